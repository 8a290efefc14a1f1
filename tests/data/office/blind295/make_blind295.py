# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 295: Word files typed "the old way" (hard returns at every line end,
typed spaces for centring and indents, tab stops instead of tables, blank
paragraphs instead of page breaks, hand-typed numbering with slips).

Writes next to itself:
  blind295_guangxi_tongzhi.docx/.pdf   hard return at every printed line end
  blind295_chenzhou_banfa.docx/.pdf    实施办法 centred with spaces, 二〇二五年 五月 十二日
  blind295_hekou_fengong.docx/.pdf     分工 + 联络员名单 laid out with tab stops
  blind295_quanzhou_tongzhi.docx/.pdf  blank paragraphs, typed 附件 title, 一、二、二、四、
  expected.json
Run:  . /work/venv/bin/activate && python make_blind295.py
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
LINE = Pt(28.9)  # 22 lines a page
FW = "\u3000"  # full-width space

CLOSERS = set("，。、；：？！）》”’〕】」』%")
OPENERS = set("（《“‘〔【「『")


# ----------------------------------------------------------------- helpers
def set_run_font(run, font=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font if ascii_font else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), ascii_font if ascii_font else font)
    rfonts.set(qn("w:hAnsi"), ascii_font if ascii_font else font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, left=None, right=None, line=LINE, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(d, runs=None, text=None, font=FS, size=16, bold=False, color=None, **kw):
    """runs: list of (text, font) or (text, font, size)."""
    p = d.add_paragraph()
    if text is not None:
        runs = [(text, font)]
    for r in runs or []:
        t, f = r[0], r[1]
        s = r[2] if len(r) > 2 else size
        run = p.add_run(t)
        set_run_font(run, f, s, bold, color)
    fmt(p, **kw)
    return p


def blank(d, size=16, n=1, line=LINE):
    for _ in range(n):
        p = d.add_paragraph()
        fmt(p, line=line)
        run = p.add_run("")
        set_run_font(run, FS, size)


def border(p, side, sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_field(p, size=14):
    def r(text=None):
        run = p.add_run(text or "")
        set_run_font(run, ST, size, ascii_font=ST)
        return run

    r("— ")
    run = r()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run._r.append(b)
    run = r()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; run._r.append(it)
    run = r()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run._r.append(s)
    r("1")
    run = r()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run._r.append(e)
    r(" —")


def setup_footers(sec):
    odd = sec.footer.paragraphs[0]
    odd.text = ""
    fmt(odd, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(14), line=None)
    page_field(odd)
    even = sec.even_page_footer.paragraphs[0]
    even.text = ""
    fmt(even, align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(14), line=None)
    page_field(even)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(24)
    d.settings.odd_and_even_pages_header_footer = True
    setup_footers(sec)
    return d


def banner(d, organ_mark, size=30, spacer=2):
    """版头: red 发文机关标志 (centred), then the 发文字号 and the red rule."""
    blank(d, n=spacer)
    para(d, text=organ_mark, font=XBS, size=size, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
         line=Pt(size + 14))
    blank(d, n=2)


def docnum_rule(d, number):
    p = para(d, text=number, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", sz=18, color="FF0000", space=12)
    blank(d, n=1)
    return p


def width_units(tok):
    w = sum(0.55 if ord(c) < 0x2000 else 1.0 for c in tok)
    if tok and tok[0].isascii() and tok[0].isalnum():
        w += 0.5  # the gap Word/LibreOffice put between CJK and Latin
    return w


def tokens(text):
    out, buf = [], ""
    for c in text:
        if c.isascii() and (c.isalnum() or c in ".-%"):
            buf += c
        else:
            if buf:
                out.append(buf); buf = ""
            out.append(c)
    if buf:
        out.append(buf)
    return out


def wrap(text, width, first_prefix="", cont_prefix=""):
    """Break text into printed lines of at most `width` character units,
    the way Word breaks Chinese lines (no closing mark at a line start,
    no opening mark at a line end, no split inside a run of digits)."""
    lines = []
    cur = [first_prefix] if first_prefix else []
    w = width_units(first_prefix)
    for tok in tokens(text):
        tw = width_units(tok)
        if w + tw > width and cur and not (len(cur) == 1 and cur[0] in (first_prefix, cont_prefix)):
            carry = []
            if tok in CLOSERS and len(cur) > 1:
                carry = [cur.pop()]
            while len(cur) > 1 and cur[-1] in OPENERS:
                carry.insert(0, cur.pop())
            lines.append("".join(cur))
            cur = ([cont_prefix] if cont_prefix else []) + carry
            w = width_units(cont_prefix) + sum(width_units(t) for t in carry)
        cur.append(tok)
        w += tw
    if cur:
        lines.append("".join(cur))
    return lines


def banji(d, cc, printer, pdate, typed_spaces=False, pad_blank=0):
    """版记: 抄送 and 印发机关/印发日期 between rules, 四号仿宋."""
    if pad_blank:
        blank(d, n=pad_blank)
    if typed_spaces:
        lines = wrap(cc, 27.5, first_prefix="", cont_prefix=FW * 3)
    else:
        lines = [cc]
    ps = []
    for ln in lines:
        p = para(d, text=ln, size=14, left=Pt(14), right=Pt(14))
        ps.append(p)
    border(ps[0], "top", sz=8)
    border(ps[-1], "bottom", sz=4)
    if typed_spaces:
        gap = 29 - 1 - width_units(printer) - width_units(pdate + "印发")
        p = para(d, text=printer + FW * int(gap) + pdate + "印发", size=14, left=Pt(14))
    else:
        p = para(d, runs=[(printer + "\t" + pdate + "印发", FS, 14)], size=14, left=Pt(14), right=Pt(14))
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", sz=8)
    return p


def save(d, stem):
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    prof = "file:///tmp/lo_295"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + prof, "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


# ======================================================================
# 1. 广西 — every printed line ends with a hard return
# ======================================================================
G_TITLE = "广西壮族自治区商务厅关于开展2025年跨境电商出口海外仓培育工作的通知"
G_BODY = [
    ("p", "为贯彻落实国家关于加快发展外贸新业态新模式的部署和自治区推动跨境电商高质量发展的工作要求，加快构建面向东盟的跨境电商海外仓网络，更好服务“一带一路”建设和西部陆海新通道建设，自治区商务厅决定开展2025年跨境电商出口海外仓培育工作。现将有关事项通知如下："),
    ("h1", "一、培育对象"),
    ("c", "（一）在我区依法注册、具有独立法人资格的跨境电商企业、外贸综合服务企业和跨境物流企业，在境外自建或租赁海外仓，单仓仓储面积原则上不低于2000平方米，2024年度海外仓服务货值不低于3000万元。"),
    ("c", "（二）在东盟国家布局海外仓的企业优先纳入培育范围；已被认定为自治区级公共海外仓的企业，不重复申报。"),
    ("h1", "二、培育措施"),
    ("c", "（一）分类建立培育库。自治区商务厅按照“成熟一批、培育一批、储备一批”的原则建立海外仓培育企业库，实行动态管理，每年评估一次，评估不合格的移出培育库。"),
    ("c", "（二）加大资金支持。对入库企业新建或改扩建海外仓的，按照实际投资额的20%给予补助，单个企业最高不超过200万元，所需资金从自治区外经贸发展专项资金中安排。"),
    ("c", "（三）强化通道衔接。支持入库企业利用西部陆海新通道海铁联运班列和中越跨境直通班列，经凭祥友谊关口岸、钦州港口岸发运货物至越南、泰国、马来西亚等国海外仓，自治区商务厅会同有关部门协调降低物流成本。"),
    ("c", "（四）开展制度创新试点。对注册在中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区的入库企业，开展海外仓出口货物“离境即退税”等试点，有关片区管委会要会同海关、税务部门于2025年6月底前制定具体实施细则。"),
    ("c", "（五）搭建服务平台。南宁市、钦州市、崇左市商务局要依托本地跨境电商综合试验区线上综合服务平台，为入库企业提供海外仓数据对接、订单撮合和金融服务，2025年9月底前完成与自治区跨境电商公共服务平台的对接。"),
    ("h1", "三、申报程序"),
    ("c", "（一）企业自愿申报，于2025年4月30日前将申报材料报送注册地设区市商务局。"),
    ("c", "（二）各设区市商务局对申报材料进行初审，于2025年5月20日前将推荐名单及初审意见报送自治区商务厅（电子商务处）。"),
    ("c", "（三）自治区商务厅组织专家评审，评审结果在自治区商务厅门户网站公示5个工作日，公示无异议的纳入培育企业库。"),
    ("h1", "四、工作要求"),
    ("c", "（一）各设区市商务局要高度重视，做好政策宣传和申报辅导，确保申报材料真实、完整、有效。"),
    ("c", "（二）对弄虚作假骗取财政资金的企业，一经查实，取消入库资格，追回已拨付资金，3年内不得申报自治区商务领域专项资金。"),
    ("c", "（三）联系人：自治区商务厅电子商务处陆文斌，联系电话：0771-2811356。"),
]


def make_guangxi():
    d = new_doc()
    banner(d, "广西壮族自治区商务厅文件", size=32)
    docnum_rule(d, "桂商电发〔2025〕14号")
    for ln in ["广西壮族自治区商务厅关于开展2025年", "跨境电商出口海外仓培育工作的通知"]:
        para(d, text=ln, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
    blank(d)
    for ln in wrap("各设区市商务局，中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管委会：", 27):
        para(d, text=ln)
    for kind, text in G_BODY:
        if kind == "h1":
            para(d, text=FW * 2 + text, font=HT)
            continue
        if kind == "c" and "。" in text[:16] and text.startswith("（"):
            # run-in 楷体 heading on the first line, then 仿宋
            lines = wrap(text, 27, first_prefix=FW * 2)
            head = text[: text.index("。") + 1]
            first = lines[0]
            if head in first:
                i = first.index(head) + len(head)
                para(d, runs=[(first[:i], KT), (first[i:], FS)])
            else:
                para(d, text=first)
            for ln in lines[1:]:
                para(d, text=ln)
            continue
        for ln in wrap(text, 27, first_prefix=FW * 2):
            para(d, text=ln)
    blank(d, n=1)
    para(d, text="广西壮族自治区商务厅", align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    para(d, text="2025年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(80))
    para(d, text=FW * 2 + "（此件公开发布）")
    blank(d, n=3)
    banji(d, "抄送：商务部电子商务司，南宁海关，国家税务总局广西壮族自治区税务局，自治区财政厅。",
          "广西壮族自治区商务厅办公室", "2025年3月19日", typed_spaces=True)
    save(d, "blind295_guangxi_tongzhi")
    clauses = [t for k, t in G_BODY if k != "h1"]
    meta = {
        "title": G_TITLE,
        "doc_number": "桂商电发〔2025〕14号",
        "issuer": ["广西壮族自治区商务厅"],
        "date": "2025-03-18",
        "published": "2025-03-19",
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管委会"],
        "publicity": "公开发布",
        "repeals": None,
    }
    spec = {
        "（四）开展制度创新试点。对注册在中国（广西）自由贸易试验区南宁片区": [
            "中国（广西）自由贸易试验区南宁片区", "中国（广西）自由贸易试验区钦州港片区",
            "中国（广西）自由贸易试验区崇左片区"],
        "（五）搭建服务平台。南宁市、钦州市、崇左市商务局": ["南宁市", "钦州市", "崇左市"],
    }
    return [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


# ======================================================================
# 2. 郴州综保区 — 实施办法 centred with typed spaces, 二〇二五年 五月 十二日
# ======================================================================
C_TITLE = "郴州综合保税区管理委员会关于印发《郴州综合保税区跨境电子商务产业发展扶持实施办法》的通知"
C_NOTICE = "现将《郴州综合保税区跨境电子商务产业发展扶持实施办法》印发给你们，请认真遵照执行。"
# (chapter heading or None, article label, typed gap, text, [sub-paragraphs])
C_ARTS = [
    ("第一章　总　　则", "第一条", FW * 2, "为加快发展跨境电子商务新业态，推动郴州综合保税区（以下简称综保区）深度融入“一带一路”建设和中国（湖南）自由贸易试验区郴州片区建设，根据国家和省有关规定，结合综保区实际，制定本办法。", []),
    (None, "第二条", "    ", "本办法适用于在综保区内依法注册登记、具有独立法人资格，并在综保区内开展跨境电子商务业务的企业。", []),
    (None, "第三条", FW * 2, "扶持资金由综保区管委会在年度预算中统筹安排，遵循公开公正、突出重点、绩效优先的原则，实行总额控制。", []),
    ("第二章　扶持内容", "第四条", FW * 2, "对新引进的跨境电商平台企业，在综保区内实际运营满一年且年度跨境电商进出口额达到5000万元以上的，给予一次性落户奖励50万元；达到1亿元以上的，给予一次性落户奖励100万元。", []),
    (None, "第五条", FW + "  ", "对开展跨境电商网购保税进口（1210）业务的企业，按照年度进口单量给予每单2元的物流补贴，单个企业年度补贴最高不超过80万元。", []),
    (None, "第六条", FW * 2, "对开展跨境电商企业对企业直接出口（9710）、出口海外仓（9810）业务的企业，按照年度出口额的0.5%给予奖励，单个企业年度奖励最高不超过100万元。", []),
    (None, "第七条", FW * 2, "对企业通过湘粤非铁海联运班列、郴州至东盟跨境公路班车运输跨境电商货物的，按照实际运费的30%给予补贴，单个企业年度补贴最高不超过60万元。", []),
    (None, "第八条", "    ", "对企业租用综保区内标准厂房、仓库从事跨境电商业务的，前两年按照租金的50%给予补贴，第三年按照租金的30%给予补贴，补贴面积最高不超过5000平方米。", []),
    (None, "第九条", FW * 2, "对企业在“一带一路”共建国家和地区新建或者租赁海外仓，面积达到1000平方米以上的，按照实际投资额或者年租金的20%给予一次性补贴，最高不超过50万元。", []),
    (None, "第十条", FW * 2, "对企业引进的跨境电商高端人才，年薪30万元以上的，按照其个人所得税地方留成部分的80%给予奖励，奖励期限不超过3年。", []),
    ("第三章　申报与管理", "第十一条", FW * 2, "扶持资金每年集中申报一次。企业应当于次年3月31日前向综保区管委会经济发展局提出申请，并提交下列材料：",
     ["（一）扶持资金申请表；", "（二）营业执照复印件；", "（三）海关统计数据或者第三方审计报告；", "（四）其他需要提供的材料。"]),
    (None, "第十二条", FW * 2, "综保区管委会经济发展局会同财政金融局、海关驻区机构对申报材料进行审核，审核结果在综保区门户网站公示7日；公示无异议的，报管委会主任办公会审定后拨付。", []),
    (None, "第十三条", "   ", "同一企业同一项目同时符合本办法和综保区其他扶持政策的，按照就高不重复的原则执行。", []),
    (None, "第十四条", FW * 2, "企业采取弄虚作假等手段骗取扶持资金的，由综保区管委会追回已拨付资金，5年内取消其享受扶持政策的资格；涉嫌犯罪的，依法移送司法机关处理。", []),
    ("第四章　附　　则", "第十五条", FW * 2, "本办法由综保区管委会经济发展局负责解释。", []),
    (None, "第十六条", FW * 2, "本办法自2025年6月1日起施行，有效期至2027年5月31日。原《郴州综合保税区跨境电商企业扶持暂行办法》（郴综保管发〔2022〕15号）同时废止。", []),
]


def spaced_centre(text, size, width_pt=442):
    per_line = width_pt / size
    pad = int((per_line - width_units(text)) / 2)
    return FW * max(pad, 0) + text


def make_chenzhou():
    d = new_doc()
    banner(d, "郴州综合保税区管理委员会文件", size=30)
    docnum_rule(d, "郴综保管发〔2025〕7号")
    # title centred by typed spaces, left aligned paragraphs
    for ln in ["郴州综合保税区管理委员会关于印发", "《郴州综合保税区跨境电子商务产业", "发展扶持实施办法》的通知"]:
        para(d, text=spaced_centre(ln, 22), font=XBS, size=22, line=Pt(33))
    blank(d)
    para(d, text="综保区各部门、各驻区单位，区内各企业：")
    para(d, text=FW * 2 + C_NOTICE)
    blank(d, n=3)
    para(d, text=" " * 22 + "郴州综合保税区管理委员会")
    para(d, text=FW * 12 + "二〇二五年 五月 十二日")
    para(d, text=FW * 2 + "（此件公开发布）")
    # 办法 on a new page
    for k, ln in enumerate(["郴州综合保税区跨境电子商务产业发展", "扶持实施办法"]):
        p = para(d, text=spaced_centre(ln, 22), font=XBS, size=22, line=Pt(33))
        if k == 0:
            p.paragraph_format.page_break_before = True
    blank(d)
    for chap, label, gap, text, subs in C_ARTS:
        if chap:
            para(d, text=spaced_centre(chap, 16), font=HT)
        para(d, runs=[(FW * 2 + label, HT), (gap + text, FS)])
        for s in subs:
            para(d, text=FW * 2 + s)
    blank(d, n=2)
    banji(d, "抄送：郴州市人民政府办公室，市商务局，市财政局，郴州海关。",
          "郴州综合保税区管理委员会党政办公室", "2025年5月13日")
    save(d, "blind295_chenzhou_banfa")
    clauses = [C_NOTICE]
    for chap, label, gap, text, subs in C_ARTS:
        clauses.append("\n".join([label + FW + text] + subs))
    meta = {
        "title": C_TITLE,
        "doc_number": "郴综保管发〔2025〕7号",
        "issuer": ["郴州综合保税区管理委员会"],
        "date": "2025-05-12",
        "published": "2025-05-13",
        "level": "zone",
        "region": "郴州综合保税区",
        "effective": "2025-06-01",
        "expires": "2027-05-31",
        "attachments": [],
        "doc_type": "实施办法",
        "recipients": ["综保区各部门", "各驻区单位", "区内各企业"],
        "publicity": "公开发布",
        "repeals": "《郴州综合保税区跨境电商企业扶持暂行办法》（郴综保管发〔2022〕15号）",
    }
    return [{"meta": meta, "clauses": clauses, "applies_to": {"specific": {}}}]


# ======================================================================
# 3. 河口 — 分工 and 联络员名单 laid out with tab stops
# ======================================================================
H_TITLE = "河口瑶族自治县人民政府办公室关于印发河口县推进跨境电商和边民互市贸易创新发展重点任务分工的通知"
H_BODY = [
    "为贯彻落实中国（云南）自由贸易试验区建设部署和州委、州政府关于建设面向南亚东南亚辐射中心的工作要求，加快推进跨境电商和边民互市贸易创新发展，经县人民政府同意，现将《河口县推进跨境电商和边民互市贸易创新发展重点任务分工》印发给你们，并就有关事项通知如下：",
    "一、压实工作责任。各牵头单位要对照任务分工，细化工作措施，明确时间节点，于2025年7月15日前将具体落实方案报县商务局；各配合单位要主动对接、密切配合，形成工作合力。",
    "二、建立调度机制。县商务局每季度末月25日前汇总各单位任务进展情况，报县人民政府；对推进缓慢的任务，由县人民政府督查室开展专项督查。",
    "三、加强联络对接。各有关单位要明确1名分管领导和1名联络员，人员发生变动的，及时报县商务局更新。联络员名单见附件2。",
    "四、本通知自印发之日起执行。《河口瑶族自治县人民政府办公室关于明确跨境电商工作联络员的通知》（河政办发〔2023〕41号）同时废止。",
]
H_ATT = ["河口县推进跨境电商和边民互市贸易创新发展重点任务分工",
         "河口县跨境电商和边民互市贸易工作联络员名单"]
H_TASK_HEAD = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
H_TASKS = [
    ["1", "推进中国（云南）自由贸易试验区红河片区河口区域跨境电商综合服务平台建设，实现与国际贸易“单一窗口”数据互联互通", "河口边境经济合作区管委会", "县商务局、河口海关", "2025年12月底前"],
    ["2", "在北山边民互市区开展“互市贸易+跨境电商”试点，支持互市商品经落地加工后通过跨境电商渠道销售", "县商务局", "河口海关、县市场监管局、河口镇人民政府", "2025年10月底前"],
    ["3", "培育跨境电商市场主体，全年新增跨境电商备案企业20家以上，跨境电商进出口额同比增长15%以上", "县商务局", "县市场监管局、县税务局", "2025年12月底前"],
    ["4", "建设跨境电商公共海外仓，支持企业在越南老街省、河内市布局海外仓和商品展示中心", "县商务局", "县财政局", "2026年6月底前"],
    ["5", "推进口岸通关便利化，推广“提前申报”“两步申报”等模式，压缩跨境电商货物整体通关时间", "河口海关", "河口出入境边防检查站、县口岸办", "持续推进"],
    ["6", "加强跨境物流体系建设，开通河口至越南海防港跨境公路运输线路，完善县城至口岸物流配送网络", "县交通运输局", "县商务局、县邮政管理局", "2025年12月底前"],
    ["7", "落实跨境电商零售出口“无票免税”和企业所得税核定征收政策", "县税务局", "县财政局、县商务局", "持续推进"],
    ["8", "开展跨境电商人才培训，每年举办培训不少于4期，培训人数不少于300人次", "县人力资源和社会保障局", "县商务局、县教育体育局", "每年12月底前"],
]
H_LIST_HEAD = ["序号", "单位", "联系人", "职务", "联系电话"]
H_LIST = [
    ["1", "县商务局", "罗志刚", "副局长", "0873-3421107"],
    ["2", "县发展和改革局", "陶丽萍", "四级主任科员", "0873-3422315"],
    ["3", "县财政局", "普建明", "副局长", "0873-3423086"],
    ["4", "河口边境经济合作区管理委员会经济发展局", "李文静", "副局长", "0873-3426621"],
    ["5", "河口海关", "张海涛", "综合业务科科长", "0873-3428150"],
    ["6", "国家税务总局河口瑶族自治县税务局", "白玉兰", "副局长", "0873-3424437"],
    ["7", "县市场监督管理局", "马成林", "副局长", "0873-3425192"],
    ["8", "县交通运输局", "龙海燕", "办公室主任", "0873-3427063"],
    ["9", "县人力资源和社会保障局", "陈国强", "副局长", "0873-3421948"],
    ["10", "河口镇人民政府", "盘金凤", "副镇长", "0873-3429015"],
]


def tab_block(d, head, rows, stops_cm, widths, size=14):
    line = Pt(size + 5)
    """Lay rows out with left tab stops; a cell too long for its column
    continues on the next typed line (a new paragraph) under the same tab."""
    def emit(cells, font=FS):
        p = para(d, runs=[("\t".join(cells).rstrip("\t"), font, size)], size=size, line=line)
        for s in stops_cm:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(s), WD_TAB_ALIGNMENT.LEFT)
        return p

    emit(head, HT)
    for row in rows:
        parts = [wrap(c, w) for c, w in zip(row, widths)]
        n = max(len(x) for x in parts)
        for i in range(n):
            emit([x[i] if i < len(x) else "" for x in parts])


def make_hekou():
    d = new_doc()
    banner(d, "河口瑶族自治县人民政府办公室文件", size=26)
    docnum_rule(d, "河政办发〔2025〕23号")
    for ln in ["河口瑶族自治县人民政府办公室关于印发", "河口县推进跨境电商和边民互市贸易", "创新发展重点任务分工的通知"]:
        para(d, text=ln, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
    blank(d)
    para(d, text="各乡镇人民政府，县直各有关部门，河口边境经济合作区管委会：")
    for i, t in enumerate(H_BODY):
        if i and "。" in t[:10]:
            h = t[: t.index("。") + 1]
            para(d, runs=[(h, HT), (t[len(h):], FS)], first=Pt(32))
        else:
            para(d, text=t, first=Pt(32))
    blank(d)
    para(d, runs=[("附件：1. " + H_ATT[0], FS)], left=Pt(32), first=Pt(0))
    para(d, runs=[("2. " + H_ATT[1], FS)], left=Pt(112))
    blank(d, n=2)
    para(d, text="河口瑶族自治县人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    para(d, text="2025年6月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(96))
    para(d, text="（此件依申请公开）", first=Pt(32))

    # 附件1: landscape section, tab-stop "table"
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(30), Mm(28)
    para(d, text="附件1", font=HT)
    para(d, text=H_ATT[0], font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(32))
    blank(d, size=14, line=Pt(16))
    # text width 23.9 cm, 14 pt = 0.494 cm per character
    tab_block(d, H_TASK_HEAD, H_TASKS, [1.2, 12.6, 17.4, 21.4], [2, 26, 10.5, 8.5, 5.5], size=12)

    # 附件2: portrait again, 名单 with tab stops, then 版记
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    para(d, text="附件2", font=HT)
    para(d, text="河口县跨境电商和边民互市贸易", font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(32))
    para(d, text="工作联络员名单", font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(32))
    blank(d, size=14, line=Pt(16))
    tab_block(d, H_LIST_HEAD, H_LIST, [1.1, 7.8, 9.8, 12.5], [2, 13, 3.5, 5, 6.5])
    blank(d, n=2)
    banji(d, "抄送：县委办公室，县人大常委会办公室，县政协办公室，红河州商务局。",
          "河口瑶族自治县人民政府办公室", "2025年6月20日")
    save(d, "blind295_hekou_fengong")

    clauses = list(H_BODY)
    for row in H_TASKS:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(H_TASK_HEAD, row)))
    for row in H_LIST:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(H_LIST_HEAD, row)))
    meta = {
        "title": H_TITLE,
        "doc_number": "河政办发〔2025〕23号",
        "issuer": ["河口瑶族自治县人民政府办公室"],
        "date": "2025-06-20",
        "published": "2025-06-20",
        "level": "county",
        "region": "河口瑶族自治县",
        "effective": "2025-06-20",
        "expires": None,
        "attachments": H_ATT,
        "doc_type": "通知",
        "recipients": ["各乡镇人民政府", "县直各有关部门", "河口边境经济合作区管委会"],
        "publicity": "依申请公开",
        "repeals": "《河口瑶族自治县人民政府办公室关于明确跨境电商工作联络员的通知》（河政办发〔2023〕41号）",
    }
    spec = {
        "序号：1；工作任务：推进中国（云南）自由贸易试验区红河片区河口区域": ["中国（云南）自由贸易试验区红河片区河口区域"],
        "序号：2；工作任务：在北山边民互市区开展": ["北山边民互市区"],
    }
    return [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


# ======================================================================
# 4. 泉州 — blank paragraphs, typed 附件 title, numbering 一、二、二、四、五、
# ======================================================================
Q_TITLE = "泉州市商务局 泉州市财政局关于组织申报2025年度跨境电商和“丝路海运”发展专项资金的通知"
Q_ATT = "2025年度泉州市跨境电商和“丝路海运”发展专项资金支持项目及标准"
Q_BODY = [
    ("p", "为落实“丝路海运”高质量发展和跨境电商综合试验区建设部署，支持企业拓展“一带一路”共建国家市场，根据《泉州市跨境电商和“丝路海运”发展专项资金管理办法》（泉商务〔2024〕102号），现就申报2025年度专项资金有关事项通知如下："),
    ("c", "一、支持对象。在泉州市行政区域内依法注册登记、具有独立法人资格，2024年1月1日至2025年6月30日期间开展跨境电商、海外仓或者“丝路海运”航线业务，且未被列入严重失信主体名单的企业。"),
    ("c", "二、支持内容和标准。专项资金重点支持跨境电商主体培育、海外仓建设、“丝路海运”航线拓展和跨境电商园区建设，具体支持项目及标准见附件。"),
    ("c", "二、申报材料。申报企业应当提交专项资金申请表、营业执照复印件、业务数据证明、相关合同及发票、信用承诺书等材料，并对材料真实性负责。"),
    ("h", "四、申报程序"),
    ("c", "（一）企业于2025年9月30日前通过“泉州市商务专项资金管理系统”在线填报，并将纸质材料一式两份报送注册地县（市、区）商务主管部门。"),
    ("c", "（二）各县（市、区）商务主管部门会同同级财政部门对申报材料进行初审，于2025年10月20日前将初审意见和汇总表联合行文报送市商务局、市财政局。"),
    ("c", "（三）市商务局委托第三方机构进行专项审计，根据审计结果提出资金分配建议，经市财政局审核后，在市商务局门户网站公示5个工作日，公示无异议的下达资金。"),
    ("c", "五、有关要求。各地要严格审核把关，同一项目已获得省级以上专项资金支持的，不得重复申报。企业存在虚报、冒领等行为的，按照《财政违法行为处罚处分条例》有关规定处理。市商务局、市财政局将会同审计部门对资金使用情况开展绩效评价和监督检查，评价结果作为以后年度资金安排的重要依据。"),
    ("c", "六、联系方式。市商务局电子商务科，联系电话：0595-22135068；市财政局经济建设科，联系电话：0595-22137412。"),
]
Q_HEAD = ["支持类别", "支持项目", "支持标准", "备注"]
Q_ROWS = [
    ["跨境电商主体培育", "跨境电商出口额增长", "2025年上半年跨境电商出口额达到1000万元且同比增长20%以上的，按照出口额的1%给予奖励，最高50万元", "以海关统计数据为准"],
    ["跨境电商主体培育", "第三方平台入驻", "企业首次入驻第三方跨境电商平台并实现销售的，按照平台入驻费用的50%给予补助，最高5万元", "每家企业限申报一次"],
    ["海外仓建设", "新建海外仓", "在“一带一路”共建国家新建海外仓，面积达到2000平方米以上的，按照实际投资额的15%给予补助，最高100万元", "不含土地购置费用"],
    ["海外仓建设", "公共海外仓认定", "新认定为省级公共海外仓的，一次性奖励30万元", "以省商务厅认定文件为准"],
    ["“丝路海运”航线拓展", "新开航线", "船公司在泉州港新开通“丝路海运”命名航线且年度航次达到24个以上的，每条航线奖励50万元", "航次以港口统计为准"],
    ["跨境电商园区建设", "保税仓建设", "在泉州综合保税区内新建跨境电商保税仓，面积达到5000平方米以上的，按照实际投资额的10%给予补助，最高200万元", "限泉州综合保税区内企业申报"],
    ["跨境电商园区建设", "县域产业园区", "石狮市、晋江市跨境电商产业园区年度新增入驻企业20家以上的，给予园区运营主体奖励50万元", "所在地政府配套50%"],
]


def cell_text(cell, text, font=FS, size=12, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    set_run_font(r, font, size)
    fmt(p, align=align, line=Pt(17))


def make_quanzhou(pad_attach, pad_banji):
    d = new_doc()
    # 联合行文版头: borderless table, organs stacked, 文件 on the right
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, organ in enumerate(["泉州市商务局", "泉州市财政局"]):
        c = t.cell(r, 0)
        cell_text(c, organ, XBS, 30, WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        c.paragraphs[0].runs[0].font.color.rgb = RED
        fmt(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=Pt(44))
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 30, WD_ALIGN_PARAGRAPH.CENTER)
    m.paragraphs[0].runs[0].font.color.rgb = RED
    fmt(m.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(44))
    m.vertical_alignment = 1  # centre
    t.columns[0].width = Cm(8.5)
    t.columns[1].width = Cm(3.5)
    for row in t.rows:
        row.cells[0].width = Cm(8.5)
        row.cells[1].width = Cm(3.5)
    blank(d, n=1)
    docnum_rule(d, "泉商务〔2025〕61号")
    for ln in ["泉州市商务局 泉州市财政局关于组织申报", "2025年度跨境电商和“丝路海运”", "发展专项资金的通知"]:
        para(d, text=ln, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
    blank(d)
    para(d, text="各县（市、区）商务主管部门、财政局，泉州综合保税区管委会：")
    for kind, text in Q_BODY:
        if kind == "h":
            para(d, text=text, font=HT, first=Pt(32))
        elif kind == "c" and text[1] == "、":
            h = text[: text.index("。") + 1]
            para(d, runs=[(h, HT), (text[len(h):], FS)], first=Pt(32))
        else:
            para(d, text=text, first=Pt(32))
    blank(d)
    para(d, text="附件：" + Q_ATT, left=Pt(80), first=Pt(-48))
    blank(d, n=2)
    para(d, text="泉州市商务局" + FW * 5 + "泉州市财政局", first=Pt(64))
    para(d, text="2025年8月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    para(d, text="（此件公开发布）", first=Pt(32))
    # typed blank paragraphs to push the 附件 to the next page
    blank(d, n=pad_attach)
    para(d, text="附件", font=HT)
    blank(d)
    # attachment title typed in the body: 仿宋, bold, centred by alignment
    p = para(d, text="2025年度泉州市跨境电商和“丝路海运”发展", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(d, text="专项资金支持项目及标准", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    blank(d)
    t = d.add_table(rows=1 + len(Q_ROWS), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.6), Cm(2.6), Cm(7.6), Cm(2.8)]
    for j, h in enumerate(Q_HEAD):
        cell_text(t.cell(0, j), h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(Q_ROWS, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, FS, 12, WD_ALIGN_PARAGRAPH.CENTER if j in (0, 1) else None)
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for r in t.rows:
        for j, c in enumerate(r.cells):
            c.width = widths[j]
    # merge the 支持类别 cells that repeat (vertical merge)
    i = 1
    while i <= len(Q_ROWS):
        k = i
        while k + 1 <= len(Q_ROWS) and Q_ROWS[k][0] == Q_ROWS[i - 1][0]:
            k += 1
        if k > i:
            mc = t.cell(i, 0).merge(t.cell(k, 0))
            cell_text(mc, Q_ROWS[i - 1][0], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            mc.vertical_alignment = 1
        i = k + 1
    # typed blank paragraphs to push the 版记 to the foot of the last page
    blank(d, n=pad_banji)
    banji(d, "抄送：省商务厅，省财政厅，泉州海关，市审计局。", "泉州市商务局办公室", "2025年8月27日")
    save(d, "blind295_quanzhou_tongzhi")

    clauses = [t for k, t in Q_BODY if k != "h"]
    for row in Q_ROWS:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(Q_HEAD, row)))
    meta = {
        "title": Q_TITLE,
        "doc_number": "泉商务〔2025〕61号",
        "issuer": ["泉州市商务局", "泉州市财政局"],
        "date": "2025-08-26",
        "published": "2025-08-27",
        "level": "municipal",
        "region": "泉州市",
        "effective": None,
        "expires": None,
        "attachments": [Q_ATT],
        "doc_type": "通知",
        "recipients": ["各县（市、区）商务主管部门、财政局", "泉州综合保税区管委会"],
        "publicity": "公开发布",
        "repeals": None,
    }
    spec = {
        "支持类别：跨境电商园区建设；支持项目：保税仓建设": ["泉州综合保税区"],
        "支持类别：跨境电商园区建设；支持项目：县域产业园区": ["石狮市", "晋江市"],
    }
    return [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


PAD_ATTACH = int(os.environ.get("PAD_ATTACH", "12"))
PAD_BANJI = int(os.environ.get("PAD_BANJI", "1"))

if __name__ == "__main__":
    expected = {
        "blind295_guangxi_tongzhi": make_guangxi(),
        "blind295_chenzhou_banfa": make_chenzhou(),
        "blind295_hekou_fengong": make_hekou(),
        "blind295_quanzhou_tongzhi": make_quanzhou(PAD_ATTACH, PAD_BANJI),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("ok", sys.argv[0])
