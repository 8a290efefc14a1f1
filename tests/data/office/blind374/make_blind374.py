# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 374: 片区合作框架协议 and 联席会议制度."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"

CN = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def font(run, name=FS, size=16, bold=None, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), name)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_runs(p, runs):
    """runs: list of (text, fontname, size, bold) ; text may contain \n = soft break"""
    for spec in runs:
        text, name, size, bold = (list(spec) + [FS, 16, None])[:4] if len(spec) < 4 else spec
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            font(r, name, size, bold)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def para(doc, runs, **kw):
    p = doc.add_paragraph()
    fmt(p, **kw)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, None)]
    add_runs(p, runs)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(p, instr, name=FS, size=14):
    r = p.add_run()
    font(r, name, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._element.append(fc)
    r = p.add_run()
    font(r, name, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._element.append(it)
    r = p.add_run()
    font(r, name, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._element.append(fc)
    r = p.add_run("1")
    font(r, name, size)
    r = p.add_run()
    font(r, name, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._element.append(fc)


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    font(r, "宋体", 14)
    add_field(p, "PAGE", "宋体", 14)
    r = p.add_run(" —")
    font(r, "宋体", 14)


def p_border(p, side="bottom", color="FF0000", sz=18, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(
            bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
            "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
            "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
            "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
            "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
            "w:pPrChange")
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def cell_text(cell, text, name=FS, size=14, bold=None, align=WD_ALIGN_PARAGRAPH.CENTER, line=22):
    p = cell.paragraphs[0]
    fmt(p, align=align, line=line)
    add_runs(p, [(text, name, size, bold)])
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml(
        "<w:tblBorders %s>" % nsdecls("w")
        + "".join('<w:%s w:val="nil"/>' % s for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    )
    tblPr.insert_element_before(b, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def cell_borders(cell, **sides):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + s)
        if s in sides:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sides[s]))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, row))


# ---------------------------------------------------------------- doc 1
def make_xiamen_qinzhou():
    doc = new_doc()
    cl = []
    A = "中国（福建）自由贸易试验区厦门片区管理委员会"
    B = "中国（广西）自由贸易试验区钦州港片区管理委员会"

    empty(doc, 1)
    # title: first two lines in one paragraph with a soft break, third line its own paragraph
    para(doc, [("中国（福建）自由贸易试验区厦门片区与\n中国（广西）自由贸易试验区钦州港片区", XBS, 22, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("陆海联动合作框架协议", XBS, 22, None)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)

    # party blocks, aligned with typed full-width spaces
    para(doc, [("甲" + SP + SP + "方：", HT, 16, None), (A, FS, 16, None)])
    para(doc, [("地" + SP + SP + "址：福建省厦门市湖里区象屿路93号厦门国际航运中心C栋", FS, 16, None)])
    para(doc, [("法定代表人：陈志明", FS, 16, None)])
    empty(doc, 1)
    para(doc, [("乙" + SP + SP + "方：", HT, 16, None), (B, FS, 16, None)])
    para(doc, [("地" + SP + SP + "址：广西壮族自治区钦州市钦南区中马大街1号\n" + SP * 5 + "钦州港片区综合服务中心", FS, 16, None)])
    para(doc, [("法定代表人：韦立新", FS, 16, None)])
    empty(doc, 1)

    pre = [
        "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”、加快建设西部陆海新通道和实施自由贸易试验区提升战略的决策部署，充分发挥中国（福建）自由贸易试验区厦门片区（以下简称“厦门片区”）国际航运枢纽和对台合作优势，以及中国（广西）自由贸易试验区钦州港片区（以下简称“钦州港片区”）西部陆海新通道门户港和面向东盟开放合作优势，推动两地在港航物流、跨境贸易、制度创新等领域深度合作，甲乙双方本着“优势互补、资源共享、互利共赢、协同发展”的原则，经友好协商，达成如下合作框架协议。",
    ]
    for t in pre:
        # typed leading spaces instead of a first-line indent
        para(doc, SP + SP + t)
        cl.append(t)

    # articles: (first paragraph, [extra paragraphs (款 or items)])
    arts = [
        ("双方建立长期稳定的战略合作伙伴关系，围绕港口航运、多式联运、跨境电商、贸易便利化和制度创新协同等重点领域开展全方位合作，力争到2027年底，两地间集装箱航线增至8条以上，联合开展制度创新试点不少于10项，形成一批可复制可推广的陆海联动创新成果。", []),
        ("双方加强港口航运合作，重点推进以下工作：", [
            "（一）支持厦门港、钦州港港航企业加密两港间内贸集装箱航线，探索开通“厦门—钦州—东盟”外贸集装箱循环航线，推动共享航线舱位和集装箱箱源。",
            "（二）推动两港在港口作业、船舶代理、货运代理等领域开展业务协作，鼓励港口企业相互参股或共建码头运营平台。",
            "（三）依托西部陆海新通道海铁联运班列，推动经厦门港进出口的货物通过钦州港中转至重庆、四川、贵州等西部地区，探索“一单到底、全程负责”的多式联运服务模式。",
        ]),
        ("双方深化通关便利化合作，推动海关、海事、边检等口岸部门在两地间开展信息互换、监管互认、执法互助，共同提升国际贸易“单一窗口”服务水平。", [
            "双方共同争取国家有关部门支持，在两地间试点开展进口货物“船边直提”、出口货物“抵港直装”和内外贸集装箱同船运输等便利化措施。",
        ]),
        ("双方加强跨境电商合作，支持两地跨境电子商务综合试验区、综合保税区开展业务联动，推动跨境电商企业共享海外仓资源，共同拓展东盟市场。", [
            "鼓励两地跨境电商平台互设分支机构，推动跨境电商零售进口退货中心仓、跨境电商B2B出口监管等业务模式在两地复制推广。",
        ]),
        ("双方推进产业协作，重点在以下领域开展合作：", [
            "（一）新能源汽车及零部件、电子信息产品出口东盟的物流组织与供应链协作；",
            "（二）东盟水果、海产品、粮油等大宗商品进口分拨及冷链物流；",
            "（三）航运金融、船舶融资租赁、航运保险等现代航运服务业。",
        ]),
        ("双方建立制度创新协同机制，定期交流自由贸易试验区制度创新经验，联合开展首创性、差异化改革探索，对已形成的创新成果相互复制推广。", []),
        ("双方共同推动要素跨区域流动，在人才交流、数据共享、资金结算等方面加强协作。鼓励两地金融机构为陆海联动项目提供跨境人民币结算、供应链金融等服务。", []),
        ("双方建立高层互访和工作对接机制：", [
            "（一）双方管委会主要负责同志原则上每年至少会晤一次，共同研究决定合作中的重大事项；",
            "（二）双方各明确一名分管负责同志和一个牵头部门负责日常联络，甲方牵头部门为厦门片区管委会综合协调处，乙方牵头部门为钦州港片区管委会经济发展局；",
            "（三）双方牵头部门每半年召开一次工作会商会议，梳理合作进展，协调解决有关问题。",
        ]),
        ("本协议为框架性协议，双方在本协议框架下就具体合作项目另行签订专项协议的，以专项协议约定为准。", [
            "本协议不构成双方之间具有法律约束力的权利义务，任何一方不因本协议承担违约责任。",
        ]),
        ("双方对合作过程中知悉的对方未公开信息负有保密义务，未经对方书面同意，不得向第三方披露，法律法规另有规定的除外。", []),
        ("本协议未尽事宜，由双方协商解决，并可签订补充协议。补充协议与本协议具有同等效力。", []),
        ("本协议自双方签字盖章之日起生效，有效期自2025年6月18日至2028年6月17日。有效期届满前三个月，双方可协商续签事宜。", []),
        ("本协议一式四份，甲乙双方各执二份，具有同等效力。", []),
    ]
    for i, (first, rest) in enumerate(arts, 1):
        head = "第%s条" % cn_num(i)
        # article number in a bold run, text in plain run
        para(doc, [(head, FS, 16, True), (SP + first, FS, 16, None)], first=32)
        cl.append(head + SP + first)
        for j, t in enumerate(rest):
            if j == 1 and i == 2:
                # one item typed with leading spaces and no indent
                para(doc, SP + SP + t)
            else:
                para(doc, t, first=32)
            cl.append(t)

    para(doc, "（以下无正文）", first=32)

    # 签署页: borderless two-column table
    empty(doc, 2)
    t = doc.add_table(rows=5, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = [
        ("甲方（盖章）", "乙方（盖章）"),
        ("中国（福建）自由贸易试验区\n厦门片区管理委员会", "中国（广西）自由贸易试验区\n钦州港片区管理委员会"),
        ("", ""),
        ("法定代表人（签字）：", "法定代表人（签字）："),
        ("2025年6月18日", "2025年6月18日"),
    ]
    set_widths(t, [Cm(7.8), Cm(7.8)])
    for r, (a, b) in enumerate(rows):
        for c, txt in enumerate((a, b)):
            cell = t.cell(r, c)
            cell_text(cell, txt, HT if r == 0 else FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT, line=30)
    empty(doc, 1)
    para(doc, [("签署地点：福建省厦门市", FS, 14, None)])

    meta = {
        "title": "中国（福建）自由贸易试验区厦门片区与中国（广西）自由贸易试验区钦州港片区陆海联动合作框架协议",
        "doc_number": None,
        "issuer": [A, B],
        "date": "2025-06-18",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区、中国（广西）自由贸易试验区钦州港片区",
        "effective": "2025-06-18",
        "expires": "2028-06-17",
        "attachments": [],
        "doc_type": "协议",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": cl}]


# ---------------------------------------------------------------- doc 2
def add_article_numbering(doc):
    """Word numbering whose level text is 第%1条 + full-width space (chineseCounting)."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="37">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0">'
        '<w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/>'
        '<w:lvlText w:val="第%%1条\u3000"/>'
        '<w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:b w:val="0"/><w:sz w:val="32"/></w:rPr>'
        "</w:lvl></w:abstractNum>" % nsdecls("w")
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="37"><w:abstractNumId w:val="37"/></w:num>' % nsdecls("w"))
    numbering.append(num)
    return 37


def numbered(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)
    )
    # numPr must come early in pPr (after pStyle/keepNext...); insert at start is acceptable here
    pPr.insert(0, numPr)


def make_xian_chongqing():
    doc = new_doc()
    num_id = add_article_numbering(doc)
    cl = []
    A = "中国（陕西）自由贸易试验区西安国际港务区片区管理委员会"
    B = "中国（重庆）自由贸易试验区西永片区管理委员会"

    empty(doc, 1)
    para(doc, [("中国（陕西）自由贸易试验区西安国际港务区片区与\n中国（重庆）自由贸易试验区西永片区\n中欧班列协同发展合作框架协议", XBS, 18, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    empty(doc, 1)

    # parties with tab alignment
    for lab, org, addr, rep in (
        ("甲方", A, "陕西省西安市灞桥区港务大道666号", "赵建华"),
        ("乙方", B, "重庆市沙坪坝区西永大道28号", "刘晓峰"),
    ):
        para(doc, [(lab + "：\t", HT, 16, None), (org, FS, 16, None)])
        para(doc, [("地址：\t" + addr, FS, 16, None)])
        para(doc, [("法定代表人：\t" + rep, FS, 16, None)])
        fmt(doc.add_paragraph(), line=14)

    pre = "为深入贯彻落实高质量共建“一带一路”决策部署，推动中欧班列高质量发展，充分发挥西安国际港务区片区（以下简称“甲方”）与西永片区（以下简称“乙方”）作为中欧班列集结中心和内陆开放高地的功能优势，经双方友好协商，就中欧班列协同发展达成如下协议："
    para(doc, pre, first=32)
    cl.append(pre)

    arts = [
        ("合作宗旨。", "双方坚持“政府引导、市场运作、优势互补、合作共赢”原则，推动中欧班列（长安号）与中欧班列（成渝）在线路、货源、运力、平台等方面协同联动，共同打造内陆地区向西开放的国际物流大通道。", []),
        ("线路协同。", "双方支持各自班列运营平台公司开展线路共享与运力互补合作，在中欧班列主要口岸及境外节点城市共同组织集结、联合订舱，提高班列重箱率和回程比例。", [
            "双方共同推动开行“西安—重庆”“重庆—西安—阿拉山口（霍尔果斯）”等经停集结班列，探索中欧班列与西部陆海新通道班列常态化衔接的陆海联运线路。",
        ]),
        ("货源共享。", "双方建立货源信息共享机制，定期交换中欧班列去程、回程货源需求信息，支持两地汽车、电子信息、装备制造等产业出口货物通过对方班列集结发运。", []),
        ("通关便利。", "双方推动两地海关落实中欧班列“一次申报、一次查验、一次放行”和铁路运输方式舱单归并等便利措施，支持开展“铁路快通”业务模式，减少货物在途查验环节。", []),
        ("平台联动。", "双方推动开放平台互联互通，重点开展以下合作：", [
            "（一）推动西安综合保税区与重庆西永综合保税区开展保税货物流转、保税维修、保税展示等业务协作；",
            "（二）支持两地跨境电商企业利用中欧班列开展跨境电商B2B出口、海外仓备货等业务，联合打造中欧班列跨境电商专列；",
            "（三）推动两地数字化平台互联互通，探索建设中欧班列运单、舱单、报关单数据共享的“数字班列”服务平台。",
        ]),
        ("金融服务。", "双方支持金融机构开展中欧班列铁路运单物权化探索，推广基于铁路运单的信用证结算、贸易融资等业务，为外贸企业提供跨境人民币结算、汇率避险等金融服务。", []),
        ("重点事项。", "双方确定2025—2026年重点合作事项如下：", "TABLE"),
        ("工作机制。", "双方建立联席会议机制，由双方管委会分管负责同志担任召集人，原则上每年召开一次会议，轮流在两地举办，研究部署年度合作任务。", [
            "双方各明确一个联络部门，甲方联络部门为西安国际港务区片区管委会自贸改革创新局，乙方联络部门为西永片区管委会经济运行局，负责日常沟通联络和协议落实。",
        ]),
        ("宣传推广。", "双方共同策划开展中欧班列合作宣传推介活动，联合组织企业赴中亚、欧洲开展市场拓展，提升中欧班列品牌影响力。", []),
        ("协议性质。", "本协议为双方合作的框架性文件，具体合作项目由双方或双方指定的机构另行签订协议予以明确。", []),
        ("保密义务。", "双方对本协议履行过程中获得的对方商业信息、工作秘密负有保密义务，未经对方同意不得对外公开。", []),
        ("争议解决。", "本协议履行过程中如有未尽事宜或出现分歧，双方应本着友好合作的精神协商解决。", []),
        ("生效及期限。", "本协议自双方签字盖章之日起生效，有效期至2030年9月4日。协议期满前，经双方协商一致可以续签。", []),
        ("文本。", "本协议一式六份，双方各执三份，具有同等法律效力。", []),
    ]
    header = ["序号", "合作事项", "牵头单位", "完成时限"]
    rows = [
        ["1", "开行“西安—重庆”中欧班列集结班列", "甲方、\n乙方", "2025年12月底前"],
        ["2", "建立中欧班列货源信息月度交换机制", "乙方", "2025年10月底前"],
        ["3", "开展综合保税区保税货物流转试点", "甲方", "2026年6月底前"],
        ["4", "上线“数字班列”数据共享平台（一期）", "甲方、\n乙方", "2026年12月底前"],
        ["5", "联合举办中欧班列合作推介活动", "甲方", "每年至少1次"],
    ]
    for i, (title, first, rest) in enumerate(arts, 1):
        p = para(doc, [(title, FS, 16, True), (first, FS, 16, None)], line=28)
        numbered(p, num_id)
        cl.append("第%s条%s%s%s" % (cn_num(i), SP, title, first))
        if rest == "TABLE":
            t = doc.add_table(rows=1 + len(rows), cols=4)
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(1.6), Cm(6.9), Cm(3.0), Cm(3.6)]
            for c, h in enumerate(header):
                cell_text(t.cell(0, c), h, HT, 14)
            for r, row in enumerate(rows, 1):
                for c, v in enumerate(row):
                    cell_text(t.cell(r, c), v, FS, 14,
                              align=WD_ALIGN_PARAGRAPH.LEFT if c == 1 else WD_ALIGN_PARAGRAPH.CENTER)
                cl.append(row_clause(header, row))
            set_widths(t, widths)
            continue
        for t_ in rest:
            para(doc, t_, first=32)
            cl.append(t_)

    para(doc, "（以下无正文）", align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)
    para(doc, [("（本页无正文，为《中欧班列协同发展合作框架协议》签署页）", KT, 14, None)])
    empty(doc, 2)
    t = doc.add_table(rows=6, cols=2)
    no_borders(t)
    set_widths(t, [Cm(7.8), Cm(7.8)])
    sig = [
        ("甲方（盖章）：", "乙方（盖章）："),
        (A, B),
        ("", ""),
        ("法定代表人或授权代表\n（签字）：", "法定代表人或授权代表\n（签字）："),
        ("", ""),
        ("二〇二五年九月五日", "二〇二五年九月五日"),
    ]
    for r, (a, b) in enumerate(sig):
        for c, txt in enumerate((a, b)):
            cell_text(t.cell(r, c), txt, HT if r == 0 else FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT, line=30)

    meta = {
        "title": "中国（陕西）自由贸易试验区西安国际港务区片区与中国（重庆）自由贸易试验区西永片区中欧班列协同发展合作框架协议",
        "doc_number": None,
        "issuer": [A, B],
        "date": "2025-09-05",
        "published": None,
        "level": "zone",
        "region": "中国（陕西）自由贸易试验区西安国际港务区片区、中国（重庆）自由贸易试验区西永片区",
        "effective": "2025-09-05",
        "expires": "2030-09-04",
        "attachments": [],
        "doc_type": "协议",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": cl}]


# ---------------------------------------------------------------- doc 3
def make_sichuan_tongzhi():
    doc = new_doc()
    ORG = "中国（四川）自由贸易试验区工作办公室"
    ZD = "中国（四川）自由贸易试验区片区协同发展联席会议制度"
    ncl = []
    zcl = []

    # 版头: layout table, issuer name on two lines + 文件
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    set_widths(t, [Cm(12.0), Cm(3.6)])
    p = cell_text(c0, "中国（四川）自由贸易试验区\n工作办公室", XBS, 24, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    for r in p.runs:
        r.font.color.rgb = RED
    p = cell_text(c1, "文件", XBS, 40, align=WD_ALIGN_PARAGRAPH.LEFT, line=80)
    for r in p.runs:
        r.font.color.rgb = RED
    empty(doc, 1)
    p = para(doc, "川自贸办〔2025〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    p_border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)

    # title split over two paragraphs
    para(doc, [(ORG, XBS, 22, None)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("关于印发《中国（四川）自由贸易试验区片区\n协同发展联席会议制度》的通知", XBS, 22, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, "各片区管委会，各协同改革先行区所在市（州）人民政府，省自贸试验区工作领导小组各成员单位：")

    body = [
        "为贯彻落实自由贸易试验区提升战略，推动中国（四川）自由贸易试验区各片区和协同改革先行区错位发展、联动发展，经省自贸试验区工作领导小组同意，现将《中国（四川）自由贸易试验区片区协同发展联席会议制度》印发给你们，请结合实际认真贯彻执行。",
        "各片区管委会、各成员单位要按照本制度要求，于2025年4月30日前确定1名处级干部作为联络员，并将联络员名单报省自贸办综合处。执行中遇到的问题，请及时向省自贸办反馈。",
        "联系人：省自贸办综合处　王晓蕾，联系电话：028-86706532。",
    ]
    for b in body:
        para(doc, b, first=32)
        ncl.append(b)
    empty(doc, 1)
    # 附件 line wrapped by hand: soft break + typed spaces
    para(doc, "附件：中国（四川）自由贸易试验区片区协同发展\n" + SP * 3 + "联席会议制度", first=32)
    empty(doc, 3)
    # 落款 right-aligned with typed spaces
    para(doc, SP * 9 + ORG)
    para(doc, SP * 14 + "2025年4月16日")
    empty(doc, 1)
    para(doc, "（此件公开发布）", first=32)

    # ------------- 附件: the 制度
    page_break(doc)
    para(doc, [("附件", HT, 16, None)])
    empty(doc, 1)
    para(doc, [("中国（四川）自由贸易试验区片区协同发展\n联席会议制度", XBS, 22, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)

    def chapter(text):
        para(doc, [(text, HT, 16, None)], align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)

    n = [0]

    def art(text):
        n[0] += 1
        head = "第%s条" % cn_num(n[0])
        para(doc, [(head, HT, 16, None), (SP + text, FS, 16, None)], first=32)
        zcl.append(head + SP + text)

    def sub(text, lead=False):
        if lead:
            para(doc, SP + SP + text)
        else:
            para(doc, text, first=32)
        zcl.append(text)

    chapter("第一章" + SP + "总" + SP + SP + "则")
    art("为贯彻落实自由贸易试验区提升战略，建立健全中国（四川）自由贸易试验区（以下简称“自贸试验区”）各片区及协同改革先行区之间的协同发展工作机制，统筹推进制度创新、产业协作和开放平台联动，制定本制度。")
    art("建立中国（四川）自由贸易试验区片区协同发展联席会议（以下简称“联席会议”）制度。联席会议在省自贸试验区工作领导小组领导下开展工作，不刻制印章，不正式行文。")
    art("联席会议坚持统筹协调、优势互补、错位发展、共建共享的原则，推动成都天府新区片区、成都青白江铁路港片区、川南临港片区与各协同改革先行区在改革试点、开放平台、产业发展和通道建设等方面协同联动。")

    chapter("第二章" + SP + "组织机构")
    art("联席会议由省商务厅（省自贸办）牵头，省自贸试验区工作领导小组有关成员单位、各片区管委会和各协同改革先行区所在市（州）人民政府共同组成。联席会议召集人由省商务厅分管负责同志担任，成员单位及组成人员职务如下：")
    header = ["单位", "职务"]
    rows = [
        ("省商务厅（省自贸办）", "副厅长（召集人）"),
        ("省商务厅（省自贸办）", "省自贸办专职副主任（副召集人）"),
        ("省发展改革委", "分管负责同志"),
        ("省经济和信息化厅", "分管负责同志"),
        ("省财政厅", "分管负责同志"),
        ("省交通运输厅", "分管负责同志"),
        ("省市场监管局", "分管负责同志"),
        ("成都海关", "副关长"),
        ("中国人民银行四川省分行", "副行长"),
        ("中国（四川）自由贸易试验区\n成都天府新区片区管委会", "常务副主任"),
        ("中国（四川）自由贸易试验区\n成都青白江铁路港片区管委会", "常务副主任"),
        ("中国（四川）自由贸易试验区\n川南临港片区管委会", "常务副主任"),
        ("各协同改革先行区所在市（州）人民政府", "分管副市长（副州长）"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "单" + SP + SP + "位", HT, 14)
    cell_text(t.cell(0, 1), "职" + SP + SP + "务", HT, 14)
    merge_from, merge_to = 3, 7  # table rows (1-based data rows) with 分管负责同志 merged
    for r, (u, d) in enumerate(rows, 1):
        cell_text(t.cell(r, 0), u, FS, 14)
        if merge_from <= r <= merge_to:
            if r == merge_from:
                cell_text(t.cell(r, 1), d, FS, 14)
        else:
            cell_text(t.cell(r, 1), d, FS, 14)
        zcl.append(row_clause(header, (u, d)))
    top = t.cell(merge_from, 1)
    merged = top.merge(t.cell(merge_to, 1))
    # drop the empty paragraphs python-docx carried over from the merged cells
    for extra in merged.paragraphs[1:]:
        if not extra.text:
            extra._p.getparent().remove(extra._p)
    from docx.enum.table import WD_ALIGN_VERTICAL
    merged.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    set_widths(t, [Cm(9.6), Cm(6.0)])
    sub("联席会议成员因工作变动需要调整的，由所在单位提出，报联席会议办公室备案，不另行发文。")
    art("联席会议办公室设在省商务厅（省自贸办），承担联席会议日常工作，办公室主任由省自贸办专职副主任兼任。")
    art("各成员单位确定1名处级干部为联络员，负责本单位与联席会议办公室的日常联络工作。联络员原则上不作调整，确需调整的，应及时报联席会议办公室。")

    chapter("第三章" + SP + "工作职责")
    art("联席会议主要职责：")
    sub("（一）贯彻落实党中央、国务院和省委、省政府关于自贸试验区建设的决策部署，统筹推进各片区和协同改革先行区协同发展；")
    sub("（二）研究确定年度协同发展重点任务，协调解决片区联动发展中跨部门、跨区域的重大问题；")
    sub("（三）推动各片区之间制度创新成果相互复制推广，组织开展联合改革试点和集成创新；", lead=True)
    sub("（四）统筹中欧班列（成渝）、西部陆海新通道等开放通道与各片区产业布局的衔接，推动综合保税区、跨境电子商务综合试验区等开放平台联动发展；")
    sub("（五）完成省自贸试验区工作领导小组交办的其他事项。")
    art("联席会议办公室主要职责：")
    sub("（一）承担联席会议的筹备、组织和会议纪要起草工作；")
    sub("（二）跟踪督促联席会议议定事项落实，定期通报工作进展；")
    sub("（三）收集汇总各成员单位协同发展工作信息，编发工作简报。")
    art("各成员单位应按照职责分工，主动研究片区协同发展中的有关问题，及时提出工作建议，落实联席会议议定事项。")

    chapter("第四章" + SP + "会议制度")
    art("联席会议实行全体会议和专题会议制度。")
    sub("全体会议原则上每年召开一次，由召集人主持，听取年度协同发展工作情况汇报，研究部署下一年度重点任务。")
    sub("专题会议根据工作需要不定期召开，由召集人或召集人委托的副召集人主持，相关成员单位参加，研究协调专项问题。")
    art("联席会议议题由成员单位提出，经联席会议办公室汇总并报召集人同意后确定。成员单位提交的议题应附有关情况说明和工作建议。")
    art("联席会议以会议纪要形式明确议定事项，经召集人签发后印发各成员单位。重大事项按程序报省自贸试验区工作领导小组。")

    chapter("第五章" + SP + "工作要求")
    art("各成员单位要高度重视片区协同发展工作，按照联席会议议定事项和职责分工，认真抓好落实，形成工作合力。")
    art("各片区管委会应于每季度结束后10个工作日内，向联席会议办公室报送协同发展工作进展情况，年度工作总结于每年12月15日前报送。")
    art("联席会议办公室对议定事项落实情况进行跟踪督办，督办情况纳入自贸试验区年度建设评估内容。")

    chapter("第六章" + SP + "附" + SP + SP + "则")
    art("本制度由联席会议办公室负责解释。")
    art("本制度自印发之日起施行。《中国（四川）自由贸易试验区片区联动发展工作机制》（川自贸办〔2021〕5号）同时废止。")

    # 版记 at the very end
    empty(doc, 3)
    t = doc.add_table(rows=2, cols=1)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(15.6)])
    c = t.cell(0, 0)
    cell_text(c, "抄送：省自贸试验区工作领导小组组长、副组长，四川天府新区管委会，成都市、泸州市人民政府。",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT, line=26)
    cell_borders(c, top=12, bottom=4)
    c = t.cell(1, 0)
    p = cell_text(c, ORG + "\t2025年4月16日印发", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT, line=26)
    from docx.enum.text import WD_TAB_ALIGNMENT
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    cell_borders(c, bottom=12)

    notice = {
        "title": ORG + "关于印发《" + ZD + "》的通知",
        "doc_number": "川自贸办〔2025〕7号",
        "issuer": [ORG],
        "date": "2025-04-16",
        "published": None,
        "level": "provincial",
        "region": "中国（四川）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [ZD],
        "doc_type": "通知",
        "recipients": ["各片区管委会", "各协同改革先行区所在市（州）人民政府", "省自贸试验区工作领导小组各成员单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    zhidu = {
        "title": ZD,
        "doc_number": None,
        "issuer": [ORG],
        "date": "2025-04-16",
        "published": None,
        "level": "provincial",
        "region": "中国（四川）自由贸易试验区",
        "effective": "2025-04-16",
        "expires": None,
        "attachments": [],
        "doc_type": "制度",
        "recipients": [],
        "publicity": None,
        "repeals": "《中国（四川）自由贸易试验区片区联动发展工作机制》（川自贸办〔2021〕5号）",
    }
    return doc, [{"meta": notice, "clauses": ncl}, {"meta": zhidu, "clauses": zcl}]


def main():
    expected = {}
    paths = []
    for stem, fn in (
        ("blind374_xiamen_qinzhou_xieyi", make_xiamen_qinzhou),
        ("blind374_xian_chongqing_xieyi", make_xian_chongqing),
        ("blind374_sichuan_tongzhi", make_sichuan_tongzhi),
    ):
        doc, items = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        paths.append(path)
        expected[stem] = items
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_374", "--headless",
         "--convert-to", "pdf", "--outdir", HERE] + paths,
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )


if __name__ == "__main__":
    main()
