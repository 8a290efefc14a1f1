# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 454: 人民银行/外汇局 自贸试验区 跨境贸易投资高水平开放试点业务指引."""
import io
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

STY = {
    "fs": (FS, 16, False),
    "fsb": (FS, 16, True),
    "ht": (HT, 16, False),
    "kt": (KT, 16, False),
    "ktb": (KT, 16, True),
    "xbs": (XBS, 22, False),
    "fs14": (FS, 14, False),
    "fs12": (FS, 12, False),
    "ht12": (HT, 12, False),
}


# ---------------------------------------------------------------- helpers
def set_font(run, east, size, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
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
    # page number footer  "— 1 —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r._element.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._element.append(s)
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._element.append(e)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)
    return doc


def fmt(p, align=None, indent=True, exact=28, left=None):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = Pt(left)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def P(doc, parts, clauses=None, align="j", indent=True, prefix="", numid=None,
      exact=28, color=None, left=None):
    """parts: list of (text, style). text '\\n' = soft line break (Shift+Enter)."""
    if isinstance(parts, str):
        parts = [(parts, "fs")]
    p = doc.add_paragraph()
    fmt(p, align, indent and numid is None, exact, left)
    if numid is not None:
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), numid)))
    text = prefix
    for t, s in parts:
        if t == "\n":
            r = p.add_run()
            r.add_break()
            continue
        east, size, bold = STY[s]
        r = p.add_run(t)
        set_font(r, east, size, bold, color)
        text += t
    if clauses is not None:
        clauses.append(text.strip("　 "))
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr")
        ppr.append(b)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    b.append(el)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, style="fs12", align="c"):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, exact=20)
    east, size, bold = STY[style]
    parts = text.split("\n")
    for i, t in enumerate(parts):
        r = p.add_run(t)
        set_font(r, east, size, bold)
        if i < len(parts) - 1:
            r.add_break()


def data_table(doc, header, rows, clauses, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, "ht12")
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v, "fs12", "c" if j == 0 else "l")
        clauses.append("；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, row)))
    if widths:
        t.autofit = False
        for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Mm(w)
    return t


def red_header(doc, lines, docno):
    for ln in lines:
        p = doc.add_paragraph()
        fmt(p, "c", indent=False, exact=60)
        r = p.add_run(ln)
        set_font(r, XBS, 36, False, RED)
        # squeeze the long organ names like offices do
        rpr = r._element.get_or_add_rPr()
        w = OxmlElement("w:w"); w.set(qn("w:val"), "80"); rpr.append(w)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, "c", indent=False)
    r = p.add_run(docno)
    set_font(r, FS, 16)
    border(p, "bottom", "FF0000", 18)
    empty(doc)


def add_numbering(doc, fmt_val, lvl_text, font):
    """Add an abstractNum; return function making a new (restarted) num id."""
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(existing + [0]) + 1
    abs_xml = (
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s" w:hint="eastAsia"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
    ) % (nsdecls("w"), aid, fmt_val, lvl_text, font)
    first_num = numbering.find(qn("w:num"))
    el = parse_xml(abs_xml)
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)

    def make():
        ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        nid = max(ids + [0]) + 1
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls("w"), nid, aid)))
        return nid
    return make


def flowchart_png():
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (900, 1100), "white")
    d = ImageDraw.Draw(img)
    boxes = [(300, 40, 600, 130), (300, 230, 600, 320), (300, 420, 600, 510),
             (120, 620, 400, 710), (500, 620, 780, 710), (300, 830, 600, 920)]
    for b in boxes:
        d.rectangle(b, outline="black", width=4, fill=(235, 235, 235))
    d.polygon([(450, 560), (560, 580), (450, 600), (340, 580)], outline="black")
    for y1, y2 in [(130, 230), (320, 420), (510, 560)]:
        d.line([(450, y1), (450, y2)], fill="black", width=4)
        d.polygon([(440, y2 - 14), (460, y2 - 14), (450, y2)], fill="black")
    d.line([(340, 580), (260, 580), (260, 620)], fill="black", width=4)
    d.line([(560, 580), (640, 580), (640, 620)], fill="black", width=4)
    d.line([(260, 710), (260, 780), (450, 780), (450, 830)], fill="black", width=4)
    d.line([(640, 710), (640, 780), (450, 780)], fill="black", width=4)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return buf


def banji(doc, chaosong, yinfa_org, yinfa_date, gap=3):
    empty(doc, 2)
    p = doc.add_paragraph()
    fmt(p, "j", indent=False, left=14)
    r = p.add_run("抄送：" + chaosong)
    set_font(r, FS, 14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = doc.add_paragraph()
    fmt(p, "j", indent=False, left=14)
    # manual spaces for alignment of the 印发 date
    r = p.add_run(yinfa_org + "　" * gap + yinfa_date + "印发")
    set_font(r, FS, 14)
    border(p, "bottom", "000000", 8)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_454", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- file 1
def make_fuzhou(expected):
    stem = "blind454_fuzhou_tongzhi"
    doc = new_doc()
    ISS = ["中国人民银行福建省分行", "国家外汇管理局福建省分局"]
    GUIDE = "中国（福建）自由贸易试验区跨境贸易投资高水平开放试点业务指引"
    red_header(doc, ["中国人民银行福建省分行", "国家外汇管理局福建省分局文件"], "闽银发〔2025〕186号")

    # title over three paragraphs
    for ln in ["中国人民银行福建省分行　国家外汇管理局", "福建省分局关于印发《中国（福建）自由贸易",
               "试验区跨境贸易投资高水平开放试点", "业务指引》的通知"]:
        P(doc, [(ln, "xbs")], align="c", indent=False, exact=36)
    empty(doc)
    P(doc, [("人民银行福建省分行各市分行、外汇局福建省分局各市分局，各政策性银行福建省分行，各国有商业银行福建省分行，"
             "各股份制商业银行福州分行，福建海峡银行，兴业银行，各外资银行福州分行：", "fs")], indent=False)

    n = []  # notice clauses
    P(doc, "为贯彻落实党中央、国务院关于稳步扩大制度型开放的决策部署，支持中国（福建）自由贸易试验区（以下简称自贸试验区）"
           "打造高水平对外开放新高地，根据《国家外汇管理局关于在中国（福建）自由贸易试验区开展跨境贸易投资高水平开放试点的批复》"
           "（汇复〔2025〕63号）等规定，人民银行福建省分行、外汇局福建省分局制定了《中国（福建）自由贸易试验区跨境贸易投资高水平开放试点业务指引》"
           "（以下简称《指引》）。现印发给你们，并就有关事项通知如下，请遵照执行。", n)
    P(doc, [("一、加强组织实施。", "ht"),
            ("各市分行、各市分局要将试点工作纳入年度重点工作，明确牵头部门和专人负责，于2025年12月15日前将辖内试点工作联系人名单"
             "报送人民银行福建省分行（国际收支处）。", "fs")], n)
    P(doc, [("二、做好银行展业指导。", "ht"),
            ("各试点银行应当按照“了解客户、了解业务、尽职审查”的展业原则，制定本行试点业务内部操作规程，并于《指引》施行之日起"
             "1个月内报所在地人民银行分行、外汇局分局备案。试点银行在闽一级分行应当统筹辖内分支机构做好系统改造、人员培训和客户宣传工作。", "fs")], n)
    P(doc, [("三、强化监测评估。", "ht"),
            ("各市分行、各市分局要加强对试点业务的非现场监测，每季度结束后10个工作日内将辖内试点业务开展情况（含业务笔数、金额、"
             "典型案例及存在问题）报送人民银行福建省分行、外汇局福建省分局。对发现的异常交易，要及时核查处置。", "fs")], n)
    P(doc, [("四、做好政策宣传。", "ht"),
            ("各单位要会同自贸试验区各片区管委会，通过政银企对接会、“外汇政策进园区”等形式，向涉外经营主体精准推送试点政策，"
             "提升政策知晓度和获得感。", "fs")], n)
    P(doc, [("五、", "ht"),
            ("执行中如遇问题，请及时向人民银行福建省分行、外汇局福建省分局反馈。联系人：陈晓峰（国际收支处），电话：0591-87569321；"
             "林雅婷（跨境人民币业务处），电话：0591-87569458。", "fs")], n)
    empty(doc)
    P(doc, [("附件：" + GUIDE, "fs")], indent=True)
    empty(doc, 3)
    # 落款 in a layout table (two organs side by side, seals go here)
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], "中国人民银行福建省分行", "fs", "c")
    cell_text(t.rows[0].cells[1], "国家外汇管理局福建省分局", "fs", "c")
    empty(doc)
    P(doc, [("2025年11月18日　　　　", "fs")], align="r", indent=False)
    empty(doc)
    P(doc, [("（此件公开发布）", "fs")], indent=True)

    expected_notice = {
        "meta": {
            "title": "中国人民银行福建省分行　国家外汇管理局福建省分局关于印发《" + GUIDE + "》的通知",
            "doc_number": "闽银发〔2025〕186号",
            "issuer": ISS,
            "date": "2025-11-18",
            "published": None,
            "level": "provincial",
            "region": "中国（福建）自由贸易试验区",
            "effective": None,
            "expires": None,
            "attachments": [GUIDE],
            "doc_type": "通知",
            "recipients": ["人民银行福建省分行各市分行", "外汇局福建省分局各市分局", "各政策性银行福建省分行",
                           "各国有商业银行福建省分行", "各股份制商业银行福州分行", "福建海峡银行", "兴业银行",
                           "各外资银行福州分行"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": n,
    }

    # ---------------- the 指引 (attachment)
    page_break(doc)
    P(doc, [("附件", "ht")], indent=False, align="l")
    empty(doc)
    P(doc, [("中国（福建）自由贸易试验区跨境贸易投资", "xbs")], align="c", indent=False, exact=36)
    P(doc, [("高水平开放试点业务指引", "xbs")], align="c", indent=False, exact=36)
    empty(doc)
    g = []
    P(doc, [("一、总则", "ht")], indent=True)
    P(doc, [("（一）制定依据。", "kt"),
            ("为推进自贸试验区跨境贸易投资高水平开放，提升跨境资金流动便利化水平，根据《中华人民共和国中国人民银行法》"
             "《中华人民共和国外汇管理条例》等法律法规和国家外汇管理局有关批复，制定本指引。", "fs")], g)
    P(doc, [("（二）适用范围。", "kt"),
            ("本指引适用于在自贸试验区福州片区、平潭片区内依法注册登记的境内机构（以下简称试点企业），以及为其办理本指引所列业务的"
             "银行业金融机构（以下简称试点银行）。厦门片区按照人民银行厦门市分行、外汇局厦门市分局有关规定执行。", "fs")], g)
    P(doc, [("（三）职责分工。", "kt"),
            ("人民银行福建省分行、外汇局福建省分局负责试点业务的统筹协调和政策指导；各市分行、各市分局负责辖内试点业务的日常监管；"
             "试点银行承担展业主体责任。", "fs")], g)

    P(doc, [("二、经常项目便利化", "ht")])
    P(doc, [("（一）优质企业贸易外汇收支便利化。", "kt"),
            ("试点银行可为同时符合下列条件的试点企业办理贸易外汇收支便利化业务，凭企业提交的收付款指令直接办理货物贸易、服务贸易"
             "外汇收支，无需事前逐笔审核交易单证：", "fs")], g)
    P(doc, "1．货物贸易外汇管理分类结果为A类；", g)
    P(doc, "2．近两年内无外汇违规行政处罚记录；", g)
    P(doc, "3．上一年度跨境收支规模不低于等值500万美元，或者属于国家级专精特新“小巨人”企业；", g)
    P(doc, "4．已在试点银行开立经常项目外汇账户并签订便利化业务协议。", g)
    P(doc, [("（二）新型离岸国际贸易。", "kt"),
            ("试点银行可按照“实质重于形式”原则，为具有真实贸易背景的离岸转手买卖、全球采购、委托境外加工等新型离岸国际贸易"
             "提供跨境资金结算服务。", "fs"), ("\n", ""),
            ("对单笔金额超过等值5000万美元的业务，试点银行应当加强真实性审核，必要时可要求企业补充提供物流、仓储或者第三方检验等材料。", "fs")], g)
    P(doc, [("（三）跨境电商及市场采购贸易。", "kt"),
            ("试点银行可依托跨境电商综合服务平台或者市场采购贸易联网信息平台数据，为跨境电子商务经营者、市场采购贸易经营者批量办理"
             "外汇收支及结售汇业务。个人通过跨境电商平台开展对外贸易的，年度结售汇便利化额度按照现行规定执行，超出部分凭交易电子信息办理。", "fs")], g)

    P(doc, [("三、资本项目开放", "ht")])
    P(doc, [("（一）合格境外有限合伙人（QFLP）。", "kt"),
            ("支持符合条件的境外投资者在自贸试验区设立QFLP基金管理企业和QFLP基金，以境外募集资金开展股权投资。具体要求如下：", "fs")], g)
    P(doc, "1．单家QFLP管理企业所管理的QFLP基金累计额度不超过等值10亿美元，单只基金投资额度原则上不超过等值3亿美元；", g)
    P(doc, "2．QFLP基金应当选择一家试点银行作为托管银行，开立资本项目专用账户，资金汇入、汇出及结售汇均通过该账户办理；", g)
    P(doc, "3．QFLP基金在投资额度内的资金汇出、汇入不设年度限制，但应当于每月前5个工作日内通过托管银行报送上月资金变动及投资情况。", g)
    P(doc, [("（二）跨国公司本外币一体化资金池。", "kt"),
            ("符合条件的跨国公司可在自贸试验区选择一家试点银行开展本外币一体化资金池业务。上年度本外币国际收支规模超过等值1亿美元"
             "的跨国公司，可申请将境外成员企业纳入资金池，跨境资金净流入额上限按照成员企业所有者权益之和乘以宏观审慎调节参数确定。", "fs")], g)
    P(doc, [("（三）外债便利化。", "kt"),
            ("自贸试验区内符合条件的非金融企业（含高新技术企业、“专精特新”企业和科技型中小企业），可在不超过等值2000万美元的额度内"
             "自主借用外债。外债资金应当用于企业自身经营范围内的支出，不得用于购买理财产品、进行证券投资或者向他人发放贷款。", "fs")], g)
    P(doc, [("（四）境外直接投资前期费用。", "kt"),
            ("境内机构汇出境外直接投资前期费用累计金额不超过等值500万美元且不超过中方投资总额15%的，可直接在试点银行办理。", "fs")], g)
    P(doc, [("（五）资本项目收入使用。", "kt"),
            ("试点企业资本金、外债及境外上市募集资金等资本项目收入，在真实合规前提下可直接用于境内股权投资，被投资企业按规定办理"
             "接收境内再投资登记。试点企业办理资本项目收入支付时，无需事前向试点银行逐笔提供真实性证明材料。", "fs")], g)

    P(doc, [("四、账户与结算", "ht")])
    P(doc, [("（一）非居民账户。", "kt"),
            ("试点银行可为境外机构开立境外机构境内外汇账户（NRA账户）及境外机构人民币银行结算账户。NRA账户内资金可依法用于境内"
             "外汇衍生品交易和跨境贸易结算，不得用于购买境内理财产品。", "fs")], g)
    P(doc, [("（二）自由贸易账户。", "kt"),
            ("已接入自由贸易账户体系的试点银行，可为区内企业和境外机构开立FT账户，按照“一线放开、二线管住”原则办理跨境资金收付。"
             "FT账户与境内同名非自由贸易账户之间的资金划转，视同跨境业务管理。", "fs")], g)
    P(doc, [("（三）跨境支付报文。", "kt"),
            ("试点银行通过环球银行金融电信协会（SWIFT）系统、人民币跨境支付系统（CIPS）办理跨境汇款时，应当完整、准确填写汇款人和"
             "收款人名称、账号、地址及交易附言等报文要素。鼓励试点银行接入SWIFT gpi，提升跨境汇款到账速度和透明度。", "fs")], g)

    P(doc, [("五、风险防控", "ht")])
    P(doc, [("（一）展业审核。", "kt"),
            ("试点银行应当建立健全客户尽职调查、业务真实性审核和大额可疑交易报告制度，对试点企业实行分类管理、动态调整。", "fs")], g)
    P(doc, [("（二）监测预警。", "kt"),
            ("人民银行福建省分行、外汇局福建省分局依托跨境资金流动监测系统，对试点业务开展全流程监测。跨境资金流动出现异常波动时，"
             "可依法采取逆周期调节措施。", "fs")], g)
    P(doc, [("（三）退出机制。", "kt"),
            ("试点企业存在下列情形之一的，试点银行应当暂停为其办理便利化业务，并报告所在地人民银行分行、外汇局分局：", "fs")], g)
    P(doc, "1．受到外汇违规行政处罚的；", g)
    P(doc, "2．货物贸易外汇管理分类结果调整为B类或者C类的；", g)
    P(doc, "3．提供虚假材料或者拒不配合银行开展尽职调查的。", g)
    P(doc, [("（四）违规处理。", "kt"),
            ("试点银行、试点企业违反本指引规定的，由人民银行福建省分行、外汇局福建省分局依据《中华人民共和国外汇管理条例》等规定予以处理。", "fs")], g)

    P(doc, [("六、附则", "ht")])
    P(doc, "（一）本指引由人民银行福建省分行、外汇局福建省分局负责解释。", g)
    P(doc, "（二）本指引未尽事宜，按照国家外汇管理和跨境人民币业务现行规定执行。国家出台新规定的，从其规定。", g)
    P(doc, "（三）本指引自2025年12月1日起施行，有效期至2028年11月30日。《中国（福建）自由贸易试验区跨境贸易投资便利化试点业务"
           "操作指引（试行）》（闽银发〔2023〕97号）同时废止。", g)
    empty(doc)
    QA_T = "跨境贸易投资高水平开放试点业务常见问题解答"
    FC_T = "跨境贸易投资高水平开放试点业务办理流程图"
    P(doc, [("附件：1．" + QA_T, "fs")])
    P(doc, [("　　　　　　2．" + FC_T, "fs")], indent=False)   # aligned by hand with spaces

    # 附件1 Q&A
    page_break(doc)
    P(doc, [("附件1", "ht")], indent=False, align="l")
    empty(doc)
    P(doc, [(QA_T, "xbs")], align="c", indent=False, exact=36)
    empty(doc)
    qa = [
        ("试点企业如何申请办理贸易外汇收支便利化业务？",
         "符合《指引》第二部分第（一）项所列条件的企业，可向其开户的试点银行提出申请，由试点银行审核后签订便利化业务协议。试点企业无需向外汇局申请备案。"),
        ("外债便利化额度2000万美元是否包含企业此前已借用的外债余额？",
         "包含。企业已借用但尚未偿还的外债余额应当计入便利化额度，企业可在额度内自主借用、分笔提款。"),
        ("NRA账户内资金能否用于购买境内银行理财产品？",
         "不能。NRA账户内资金可用于境内外汇衍生品交易和跨境贸易结算，但不得用于购买境内理财产品。"),
        ("《指引》施行前已签订便利化业务协议的企业是否需要重新签订？",
         "不需要立即重新签订。原协议继续有效至到期日，到期后按照《指引》规定重新签订。"),
    ]
    for q, a in qa:
        P(doc, [("问：", "fsb"), (q, "fs")], g)
        P(doc, [("答：", "fsb"), (a, "fs")], g)

    # 附件2 flowchart picture placeholder
    page_break(doc)
    P(doc, [("附件2", "ht")], indent=False, align="l")
    empty(doc)
    P(doc, [(FC_T, "xbs")], align="c", indent=False, exact=36)
    empty(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(flowchart_png(), width=Mm(110))
    P(doc, [("图1　优质企业贸易外汇收支便利化业务办理流程", "kt")], align="c", indent=False)

    banji(doc, "中国人民银行，国家外汇管理局，福建省人民政府办公厅，福建省商务厅，国家金融监督管理总局福建监管局。",
          "中国人民银行福建省分行办公室", "2025年11月20日", 4)

    expected_guide = {
        "meta": {
            "title": GUIDE,
            "doc_number": None,
            "issuer": ISS,
            "date": "2025-11-18",
            "published": None,
            "level": "provincial",
            "region": "中国（福建）自由贸易试验区",
            "effective": "2025-12-01",
            "expires": "2028-11-30",
            "attachments": [QA_T, FC_T],
            "doc_type": "指引",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《中国（福建）自由贸易试验区跨境贸易投资便利化试点业务操作指引（试行）》（闽银发〔2023〕97号）",
        },
        "clauses": g,
    }
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [expected_notice, expected_guide]
    return path


# ---------------------------------------------------------------- file 2
def make_nansha(expected):
    stem = "blind454_nansha_zhiyin"
    doc = new_doc()
    TITLE = "中国（广东）自由贸易试验区南沙片区跨境贸易投资高水平开放试点业务指引（试行）"
    cn_num = add_numbering(doc, "chineseCounting", "（%1）", KT)
    dec_num = add_numbering(doc, "decimal", "%1.", FS)

    P(doc, [("中国（广东）自由贸易试验区南沙片区", "xbs")], align="c", indent=False, exact=36)
    P(doc, [("跨境贸易投资高水平开放试点业务指引", "xbs")], align="c", indent=False, exact=36)
    P(doc, [("（试行）", "kt")], align="c", indent=False, exact=36)
    empty(doc)
    c = []

    CN = "一二三四五六七八九十"

    # simple manual tracking of labels for the key
    def cn_item(nid, state, parts):
        label = "（%s）" % CN[state[0]]
        P(doc, parts, c, numid=nid, prefix=label)
        state[0] += 1

    def dec_item(nid, state, parts):
        label = "%d." % (state[0] + 1)
        P(doc, parts, c, numid=nid, prefix=label)
        state[0] += 1

    # 一、总则 — Word numbering
    P(doc, [("一、总则", "ht")])
    nid, st = cn_num(), [0]
    cn_item(nid, st, [("为落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，推动中国（广东）自由贸易试验区南沙片区（以下简称南沙片区）"
                       "跨境贸易投资高水平开放，根据国家外汇管理局有关规定，制定本指引。", "fs")])
    cn_item(nid, st, [("本指引所称试点银行，是指经国家外汇管理局广东省分局（以下简称广东省分局）同意，在南沙片区开展本指引所列业务的银行。", "fs")])
    cn_item(nid, st, [("本指引所称试点企业，是指在南沙片区注册、符合本指引规定条件并经试点银行审核纳入试点范围的企业。", "fs")])

    P(doc, [("二、试点银行", "ht")])
    nid, st = cn_num(), [0]
    cn_item(nid, st, [("申请条件。", "ktb"), ("申请开展试点业务的银行应当同时符合下列条件：", "fs")])
    dn, ds = dec_num(), [0]
    dec_item(dn, ds, [("上年度银行执行外汇管理规定考核结果为A类；", "fs")])
    dec_item(dn, ds, [("具备完善的跨境业务系统和单证电子化审核能力，能够按规定报送国际收支申报及外汇业务数据；", "fs")])
    dec_item(dn, ds, [("近两年内未因违反外汇管理规定受到行政处罚。", "fs")])
    cn_item(nid, st, [("申请程序。", "ktb"),
                      ("符合条件的银行应当以一级分行名义向广东省分局提交书面申请及内部操作规程。广东省分局自受理之日起20个工作日内作出是否"
                       "同意的书面答复。", "fs")])

    P(doc, [("三、试点业务", "ht")])
    nid, st = cn_num(), [0]
    cn_item(nid, st, [("货物贸易。", "ktb"),
                      ("试点银行可为试点企业办理货物贸易外汇收支，凭企业提交的收付款指令直接办理，并可为其办理超期限等特殊退汇业务。", "fs")])
    cn_item(nid, st, [("服务贸易。", "ktb"),
                      ("试点企业办理单笔等值5万美元以上的服务贸易对外支付，可凭合同或者发票任一交易单证办理，仍应按规定办理税务备案。", "fs")])
    cn_item(nid, st, [("外债。", "ktb"),
                      ("南沙片区内的高新技术企业、“专精特新”企业可在不超过等值1000万美元的额度内自主借用外债；与港澳地区机构开展跨境融资的，"
                       "可按规定以人民币计价结算。", "fs")])
    cn_item(nid, st, [("合格境内有限合伙人（QDLP）。", "ktb"),
                      ("单家QDLP试点机构的对外投资额度原则上不超过等值5000万美元；确需超过的，由广东省分局会同相关部门按程序评估后确定。", "fs")])

    P(doc, [("四、账户管理", "ht")])
    nid, st = cn_num(), [0]
    cn_item(nid, st, [("自由贸易账户。", "ktb"),
                      ("已接入自由贸易账户体系的试点银行可为南沙片区内企业开立FT账户，FT账户资金可用于经常项目和直接投资项下跨境收付。", "fs")])
    cn_item(nid, st, [("非居民账户。", "ktb"),
                      ("港澳地区机构可在试点银行开立NRA账户，NRA账户资金与境外账户之间可自由划转；向境内划转的，按照跨境收支管理。", "fs")])
    cn_item(nid, st, [("跨境汇款。", "ktb"),
                      ("试点银行通过SWIFT或者CIPS办理跨境汇款，应当逐笔核对交易附言与交易性质是否一致。", "fs")])

    P(doc, [("五、监督管理", "ht")])
    nid, st = cn_num(), [0]
    cn_item(nid, st, [("试点银行应当于每季度结束后15个工作日内，向广东省分局报送试点业务开展情况。", "fs")])
    cn_item(nid, st, [("广东省分局定期对试点银行开展评估。试点银行存在重大违规行为或者评估结果不合格的，广东省分局可暂停或者终止其试点资格。", "fs")])

    # 六、附则 — typed by hand (mixed with Word numbering above)
    P(doc, [("六、附则", "ht")])
    P(doc, "（一）本指引由广东省分局负责解释。", c)
    P(doc, "（二）本指引自2026年3月1日起试行，有效期至2028年2月29日。", c)
    empty(doc)
    QA_T = "南沙片区跨境贸易投资高水平开放试点常见问题解答"
    FC_T = "南沙片区跨境贸易投资高水平开放试点业务办理流程图"
    P(doc, [("附件：1．" + QA_T, "fs")])
    P(doc, [("　　　　　　2．" + FC_T, "fs")], indent=False)
    empty(doc, 2)
    P(doc, [("国家外汇管理局广东省分局", "fs")], align="r", indent=False)
    P(doc, [("2026年2月10日", "fs")], align="r", indent=False)

    page_break(doc)
    P(doc, [("附件1", "ht")], indent=False, align="l")
    P(doc, [(QA_T, "xbs")], align="c", indent=False, exact=36)
    empty(doc)
    data_table(doc, ["序号", "问", "答"], [
        ["1", "试点银行是否需要逐笔向外汇局报告便利化业务？", "不需要。试点银行按季度汇总报送即可，发现异常交易的应当及时报告。"],
        ["2", "服务贸易对外支付凭合同或者发票任一单证办理，是否还需办理税务备案？",
         "需要。单笔等值5万美元以上的服务贸易对外支付，仍应按规定办理税务备案。"],
        ["3", "港澳地区机构开立的NRA账户资金能否划转至境外？", "可以。NRA账户资金与境外账户之间可自由划转。"],
    ], c, widths=[15, 60, 80])

    page_break(doc)
    P(doc, [("附件2", "ht")], indent=False, align="l")
    P(doc, [(FC_T, "xbs")], align="c", indent=False, exact=36)
    empty(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(flowchart_png(), width=Mm(100))
    P(doc, [("图　试点银行资格申请及试点业务办理流程", "kt")], align="c", indent=False)

    expected[stem] = [{
        "meta": {
            "title": TITLE,
            "doc_number": None,
            "issuer": ["国家外汇管理局广东省分局"],
            "date": "2026-02-10",
            "published": None,
            "level": "provincial",
            "region": "中国（广东）自由贸易试验区南沙片区",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": [QA_T, FC_T],
            "doc_type": "指引",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    }]
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ---------------------------------------------------------------- file 3
def make_xiamen(expected):
    stem = "blind454_xiamen_tongzhi"
    doc = new_doc()
    red_header(doc, ["国家外汇管理局厦门市分局文件"], "厦汇发〔2026〕5号")
    TITLE = ("国家外汇管理局厦门市分局关于做好中国（福建）自由贸易试验区厦门片区"
             "跨境贸易投资高水平开放试点有关工作的通知")
    p = doc.add_paragraph()
    fmt(p, "c", indent=False, exact=36)
    lines = ["国家外汇管理局厦门市分局关于做好", "中国（福建）自由贸易试验区厦门片区",
             "跨境贸易投资高水平开放试点", "有关工作的通知"]
    for i, ln in enumerate(lines):   # one paragraph, soft line breaks
        r = p.add_run(ln)
        set_font(r, XBS, 22)
        if i < len(lines) - 1:
            r.add_break()
    empty(doc)
    P(doc, [("厦门市各外汇指定银行，中国（福建）自由贸易试验区厦门片区管理委员会：", "fs")], indent=False)
    c = []
    P(doc, [("　　为贯彻落实国家外汇管理局关于在中国（福建）自由贸易试验区开展跨境贸易投资高水平开放试点的工作部署，推动厦门片区"
             "试点业务落地见效，现就有关事项通知如下：", "fs")], c, indent=False)   # indent typed with spaces
    P(doc, [("一、试点业务范围", "ht")])
    P(doc, "自本通知施行之日起，辖内试点银行可在厦门片区开展下列试点业务：", c)
    data_table(doc, ["序号", "试点业务", "适用主体", "额度或标准", "备注"], [
        ["1", "贸易外汇收支便利化", "货物贸易外汇管理分类结果为A类的优质企业", "不设额度限制", "凭收付款指令办理"],
        ["2", "外债便利化", "高新技术企业、“专精特新”企业", "不超过等值2000万美元", "含已借用外债余额"],
        ["3", "境外直接投资前期费用", "境内机构", "累计不超过等值500万美元且不超过中方投资总额15%", "直接在银行办理"],
        ["4", "QFLP试点", "境外投资者发起设立的QFLP基金", "单只基金不超过等值3亿美元", "托管银行按月报送"],
        ["5", "NRA账户资金使用", "境外机构", "按现行规定", "可用于境内外汇\n衍生品交易"],
    ], c, widths=[12, 35, 40, 45, 28])
    empty(doc)
    P(doc, [("二、工作要求", "ht")])
    P(doc, [("（一）", "kt"), ("试点银行应当于2026年3月31日前完成业务系统改造和内部制度修订，并将内部操作规程报送我分局资本项目管理处备案。", "fs")], c)
    P(doc, [("（二）", "kt"), ("试点银行应当坚持展业原则，对优质企业实行名单制管理，名单实行动态调整，每半年复核一次。", "fs")], c)
    P(doc, [("（三）", "kt"),
            ("试点银行通过SWIFT系统办理跨境汇款时，应当在报文中准确标注试点业务标识“FTZXM-PILOT”，便于监测统计。", "fs")], c)
    P(doc, [("（四）", "kt"),
            ("厦门片区管理委员会要发挥属地协调作用，及时向我分局推送区内重点企业名单和融资需求。", "fs")], c)
    P(doc, [("三、加强监测分析。", "ht"),
            ("试点银行应当于每季度结束后10个工作日内，按照附件2格式报送试点业务开展情况。我分局将定期通报各试点银行业务开展情况，"
             "对工作成效突出的银行予以通报表扬。", "fs")], c)
    P(doc, "本通知自2026年4月1日起施行。", c)
    empty(doc)
    A1 = "厦门片区跨境贸易投资高水平开放试点银行名单"
    A2 = "试点业务季度数据报送模板"
    P(doc, [("附件：1．" + A1, "fs")])
    P(doc, [("　　　　　　2．" + A2, "fs")], indent=False)
    empty(doc, 3)
    P(doc, [("国家外汇管理局厦门市分局　　　　", "fs")], align="r", indent=False)
    P(doc, [("二〇二六年三月十六日　　　　　", "fs")], align="r", indent=False)
    banji(doc, "国家外汇管理局综合司、国际收支司、资本项目管理司，中国人民银行厦门市分行，厦门市商务局。",
          "国家外汇管理局厦门市分局办公室", "2026年3月17日")

    expected[stem] = [{
        "meta": {
            "title": TITLE,
            "doc_number": "厦汇发〔2026〕5号",
            "issuer": ["国家外汇管理局厦门市分局"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [A1, A2],
            "doc_type": "通知",
            "recipients": ["厦门市各外汇指定银行", "中国（福建）自由贸易试验区厦门片区管理委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    }]
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


def main():
    expected = {}
    paths = [make_fuzhou(expected), make_nansha(expected), make_xiamen(expected)]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
