# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 702 blind test documents: 省人大常委会公告 + 自由贸易试验区条例 (章/节)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
FW = "\u3000"  # full-width space


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
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, runs, **kw):
    """runs: list of (text, font, size, bold) or str (仿宋 三号) ; 'BR' = soft line break."""
    p = doc.add_paragraph()
    fmt(p, **kw)
    for r in runs:
        if r == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        if isinstance(r, str):
            r = (r, FS, 16, False)
        t, f, s, b = r
        set_font(p.add_run(t), f, s, b)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p)


def setup_page(doc):
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    for s in doc.sections:
        s.page_width = Cm(21)
        s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)


def add_field(run, instr):
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        run._element.append(el)


def footer_page_number(doc):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run("— "), SONG, 14)
        r = p.add_run()
        set_font(r, SONG, 14)
        add_field(r, "PAGE")
        set_font(p.add_run(" —"), SONG, 14)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, runs, align=None, first=None):
    p = cell.paragraphs[0]
    fmt(p, align=align, first=first)
    for r in runs:
        if r == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        if isinstance(r, str):
            r = (r, FS, 16, False)
        set_font(p.add_run(r[0]), r[1], r[2], r[3])
    return p


def red_line(doc):
    """a red rule drawn as bottom border of an empty paragraph"""
    p = doc.add_paragraph()
    fmt(p, line=12)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), "18")
    bot.set(qn("w:space"), "1")
    bot.set(qn("w:color"), "FF0000")
    bdr.append(bot)
    pPr.append(bdr)


def make_cn_numbering(doc):
    """Add a Word list whose level-0 label is （一）（二）… (chineseCounting). Returns numbering xml."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "（%1）"), ("w:lvlJc", "left")):
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    lvl.append(rpr)
    absn.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    return numbering, aid, max(num_ids + [0]) + 1


def new_list(doc, state):
    """each article gets its own w:num restarting at （一）"""
    numbering, aid, nid = state["numbering"], state["aid"], state["next"]
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    state["next"] = nid + 1
    return nid


def set_num(p, nid):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)


CN = "一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n - 1] if n < 10 else "十"
    if n < 20:
        return "十" + (CN[n - 11] if n > 10 else "")
    t, u = divmod(n, 10)
    return CN[t - 1] + "十" + (CN[u - 1] if u else "")


# ---------------------------------------------------------------- 条例 writer
def write_regulation(doc, chapters, style, clauses):
    """chapters: list of dict(title=..., sections=[(sec_title, articles)] or articles=[...])
    article: list of paragraphs; a paragraph is str or ("ITEMS", [items]) or ("SOFT", str) meaning
    the paragraph is joined to the previous one by a soft line break in the Word file."""
    art_no = [0]

    def write_articles(arts):
        for art in arts:
            art_no[0] += 1
            label = "第" + cn_num(art_no[0]) + "条"
            prev_p = None
            for k, part in enumerate(art):
                if isinstance(part, tuple) and part[0] == "ITEMS":
                    if style.get("auto_items"):
                        nid = new_list(doc, style["numstate"])
                        for it in part[1]:
                            p = para(doc, [it], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                            set_num(p, nid)
                        for i, it in enumerate(part[1], 1):
                            clauses.append("（" + cn_num(i) + "）" + it)
                    else:
                        for i, it in enumerate(part[1], 1):
                            t = "（" + cn_num(i) + "）" + it
                            para(doc, [t], align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
                            clauses.append(t)
                    prev_p = None
                    continue
                if isinstance(part, tuple) and part[0] == "SOFT":
                    # second 款 typed after Shift+Enter in the same paragraph
                    prev_p.add_run().add_break(WD_BREAK.LINE)
                    set_font(prev_p.add_run(FW + FW + part[1]), FS, 16)
                    clauses.append(part[1])
                    continue
                if k == 0:
                    runs = [(label, style["art_font"], 16, style["art_bold"]), (FW + part, FS, 16, False)]
                    clauses.append(label + FW + part)
                else:
                    runs = [(part, FS, 16, False)]
                    clauses.append(part)
                if style.get("manual_indent") and k > 0:
                    # typed indentation instead of first-line indent
                    runs[0] = (FW + FW + runs[0][0], runs[0][1], runs[0][2], runs[0][3])
                    prev_p = para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                else:
                    prev_p = para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)

    for ci, ch in enumerate(chapters, 1):
        if ci > 1 and style.get("blank_between"):
            empty(doc)
        head = "第" + cn_num(ci) + "章" + FW + style["chap_spacer"](ch["title"])
        hp = para(doc, [(head, HT, 16, style["chap_bold"])], align=WD_ALIGN_PARAGRAPH.CENTER,
                  before=style.get("chap_before", 6), after=6)
        hp.paragraph_format.keep_with_next = True
        if "sections" in ch:
            for si, (stitle, arts) in enumerate(ch["sections"], 1):
                sh = "第" + cn_num(si) + "节" + FW + stitle
                sp = para(doc, [(sh, KT, 16, True)], align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=4)
                sp.paragraph_format.keep_with_next = True
                write_articles(arts)
        else:
            write_articles(ch["articles"])


def toc_entries(chapters, spacer):
    out = []
    for ci, ch in enumerate(chapters, 1):
        out.append(("第" + cn_num(ci) + "章" + FW + spacer(ch["title"]), None))
        for si, (st, _) in enumerate(ch.get("sections", []), 1):
            out.append((None, "第" + cn_num(si) + "节" + FW + st))
    return out


def spaced2(t):
    """两字章名中间打两个全角空格：总　　则"""
    return t[0] + FW + FW + t[1] if len(t) == 2 else t


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_702", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ 1. 湖南
HN_CHAPTERS = [
    dict(title="总则", articles=[
        ["为了推进和保障中国（湖南）自由贸易试验区建设，发挥改革开放试验田作用，根据有关法律、行政法规和国务院批准的《中国（湖南）自由贸易试验区总体方案》，结合本省实际，制定本条例。"],
        ["本条例适用于经国务院批准设立的中国（湖南）自由贸易试验区（以下简称自贸试验区）。",
         "自贸试验区包括长沙片区、岳阳片区和郴州片区，具体范围按照国务院批准的方案确定。"],
        ["自贸试验区建设应当以制度创新为核心，以可复制可推广为基本要求，对接高标准国际经贸规则，着力打造世界级先进制造业集群、联通长江经济带和粤港澳大湾区的国际投资贸易走廊、中非经贸深度合作先行区和内陆开放新高地。"],
        ["自贸试验区应当坚持大胆试、大胆闯、自主改，在法治框架内积极探索，建立鼓励改革创新、允许试错、宽容失败的容错机制。",
         ("SOFT", "改革创新未能实现预期目标，但符合国家和本省确定的改革方向，决策程序符合规定，且勤勉尽责、未牟取私利的，对有关单位和个人不作负面评价，依法免除相关责任。")],
        ["法律、行政法规、国务院决定对自贸试验区有特别规定的，从其规定；本省地方性法规和规章的有关规定，经依法调整后在自贸试验区停止实施或者变通实施。"],
    ]),
    dict(title="管理体制", articles=[
        ["省人民政府应当加强对自贸试验区建设的领导，建立自贸试验区工作领导小组，研究决定自贸试验区发展规划、重大政策和重大事项。"],
        ["省商务主管部门承担自贸试验区工作领导小组办公室日常工作，履行下列职责：",
         ("ITEMS", ["组织实施自贸试验区总体方案和发展规划；",
                    "统筹协调自贸试验区改革试点任务；",
                    "组织开展制度创新成果的评估、复制和推广；",
                    "协调推进自贸试验区与周边区域联动发展；",
                    "省人民政府赋予的其他职责。"])],
        ["长沙市、岳阳市、郴州市人民政府应当设立片区管理机构，负责片区的具体建设管理工作，依法履行经济管理职责和省人民政府赋予的行政管理职权。"],
        ["省人民政府及其有关部门应当按照权责一致、应放尽放的原则，依法向片区管理机构下放省级经济管理权限；不宜下放的，应当开通绿色通道或者委托实施。",
         "下放权限目录由省人民政府确定并向社会公布，实行动态调整。"],
    ]),
    dict(title="投资开放", sections=[
        ("投资准入", [
            ["自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。"],
            ["自贸试验区探索实行商事主体登记确认制，推行经营范围规范化登记、住所与经营场所分离登记和简易注销登记。"],
            ["鼓励境外投资者在自贸试验区设立总部机构、研发中心、结算中心，依法参与自贸试验区基础设施建设和重点产业发展。"],
        ]),
        ("投资服务", [
            ["自贸试验区应当建立健全外商投资服务体系，完善外商投资企业投诉工作机制，依法保护外国投资者和外商投资企业的合法权益。"],
            ["支持自贸试验区内企业开展境外投资合作，在非洲、东盟等重点区域建设境外经贸合作园区，推动装备制造、工程机械、轨道交通等优势产业“走出去”。"],
            ["自贸试验区对境外投资一般项目实行备案管理，推行境外投资备案“一网通办”。"],
        ]),
    ]),
    dict(title="贸易便利", sections=[
        ("货物贸易", [
            ["自贸试验区应当依托国际贸易“单一窗口”，推进货物申报、运输工具申报、许可证件申领、税费支付等业务全流程线上办理。"],
            ["海关、海事等部门应当在自贸试验区推行“提前申报”“两步申报”“船边直提”“抵港直装”等通关便利措施，压缩整体通关时间。"],
            ["支持岳阳片区发展江海联运、铁水联运，提升城陵矶港口功能；支持长沙片区拓展中欧班列（长沙）线路，推进中欧班列集结中心建设。"],
            ["自贸试验区应当推动综合保税区高水平开放，支持开展保税研发、保税维修、保税展示交易和跨境电子商务保税备货等业务。"],
        ]),
        ("服务贸易", [
            ["自贸试验区应当推动服务贸易创新发展，重点发展数字贸易、技术贸易、文化贸易和服务外包。"],
            ["支持自贸试验区内企业开展跨境电子商务，建设跨境电子商务综合试验区线上综合服务平台和线下产业园区，完善跨境电子商务零售进口退货中心仓模式。"],
            ["自贸试验区应当深化中非经贸合作，支持中国—非洲经贸博览会常设机构建设，探索非洲非资源性产品集散交易，建设非洲咖啡、坚果等特色产品交易中心。"],
        ]),
    ]),
    dict(title="金融服务", articles=[
        ["在风险可控的前提下，支持自贸试验区依法开展跨境人民币业务创新，推动经常项目和直接投资项下跨境人民币结算便利化。"],
        ["支持金融机构在自贸试验区设立分支机构和专营机构，开展供应链金融、知识产权质押融资和出口信用保险保单融资等业务。"],
        ["地方金融管理部门应当会同国家金融管理部门派出机构建立金融风险监测预警机制，防范和化解区域性金融风险。"],
    ]),
    dict(title="营商环境", articles=[
        ["自贸试验区应当深化“放管服”改革，推行“证照分离”改革全覆盖，实行告知承诺制，推动政务服务事项“一件事一次办”。"],
        ["自贸试验区应当建立以信用为基础的新型监管机制，对市场主体实施分级分类监管，推行包容审慎监管和柔性执法。"],
        ["自贸试验区应当加强知识产权保护，建立知识产权快速协同保护机制，探索知识产权纠纷多元化解决途径。"],
        ["支持在自贸试验区设立国际商事调解组织和仲裁机构，依法为当事人提供商事纠纷解决服务。",
         ("SOFT", "当事人可以依法选择诉讼、仲裁、调解等方式解决商事纠纷。")],
    ]),
    dict(title="附则", articles=[
        ["省人民政府有关部门和长沙市、岳阳市、郴州市人民政府应当根据本条例制定相关配套措施。"],
        ["本条例自2021年1月1日起施行。"],
    ]),
]


def build_hunan():
    doc = Document()
    setup_page(doc)
    stem = "blind702_hunan_tiaoli"
    # ---- 公告
    empty(doc)
    para(doc, [("湖南省人民代表大会常务委员会公告", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, ["（第25号）"], align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    g_body = ("湖南省第十四届人民代表大会常务委员会第十八次会议于2025年9月26日通过了"
              "《湖南省人民代表大会常务委员会关于修改〈中国（湖南）自由贸易试验区条例〉的决定》，"
              "现将修正后的《中国（湖南）自由贸易试验区条例》公布，自2025年11月1日起施行。")
    para(doc, [g_body], align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    empty(doc, 2)
    # 落款 pushed right with typed full-width spaces (no right alignment)
    para(doc, [FW * 10 + "湖南省人民代表大会常务委员会"])
    para(doc, [FW * 13 + "2025年9月26日"])
    page_break(doc)

    # ---- 条例
    para(doc, [("中国（湖南）自由贸易试验区条例", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("（2020年11月27日湖南省第十三届人民代表大会常务委员会第二十一次会议通过", KT, 16, False),
               (FW, KT, 16, False),
               "BR",
               ("根据2025年9月26日湖南省第十四届人民代表大会常务委员会第十八次会议"
                "《湖南省人民代表大会常务委员会关于修改〈中国（湖南）自由贸易试验区条例〉的决定》修正）", KT, 16, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT, left=32)
    empty(doc)
    para(doc, [("目" + FW + FW + "录", HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    for chap, sec in toc_entries(HN_CHAPTERS, spaced2):
        if chap:
            para(doc, [(chap, KT, 16, False)], first=32)
        else:
            para(doc, [(FW + FW + sec, KT, 16, False)], first=32)
    empty(doc)
    clauses = []
    style = dict(art_font=HT, art_bold=False, chap_bold=False, chap_spacer=spaced2, blank_between=True)
    write_regulation(doc, HN_CHAPTERS, style, clauses)
    footer_page_number(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    gonggao = dict(
        meta=dict(title="湖南省人民代表大会常务委员会公告", doc_number="第25号",
                  issuer=["湖南省人民代表大会常务委员会"], date="2025-09-26", published="2025-09-26",
                  level="provincial", region="湖南省", effective="2025-11-01", expires=None,
                  attachments=[], doc_type="公告", recipients=[], publicity=None, repeals=None),
        clauses=[g_body])
    tiaoli = dict(
        meta=dict(title="中国（湖南）自由贸易试验区条例", doc_number=None,
                  issuer=["湖南省人民代表大会常务委员会"], date="2025-09-26", published="2025-09-26",
                  level="provincial", region="中国（湖南）自由贸易试验区", effective="2021-01-01",
                  expires=None, attachments=[], doc_type="条例", recipients=[], publicity=None,
                  repeals=None),
        clauses=clauses)
    return stem, path, [gonggao, tiaoli]


# ================================================================ 2. 安徽
AH_CHAPTERS = [
    dict(title="总则", articles=[
        ["为了推进中国（安徽）自由贸易试验区建设，发挥其在科技创新和制度创新方面的引领作用，根据有关法律、行政法规和国务院批准的《中国（安徽）自由贸易试验区总体方案》，结合本省实际，制定本条例。"],
        ["本条例适用于中国（安徽）自由贸易试验区（以下简称自贸试验区），包括合肥片区、芜湖片区和蚌埠片区。"],
        ["自贸试验区以制度创新为核心，以可复制可推广为基本要求，围绕科技创新策源地、先进制造业和战略性新兴产业集聚地、内陆开放新高地建设，推动长三角区域一体化发展。"],
        ["自贸试验区建设应当坚持系统集成、协同推进，加强与中国（上海）自由贸易试验区及临港新片区、中国（江苏）自由贸易试验区、中国（浙江）自由贸易试验区的联动发展。"],
        ["县级以上人民政府应当将自贸试验区建设纳入国民经济和社会发展规划，所需经费列入本级财政预算。"],
    ]),
    dict(title="管理体制", articles=[
        ["省人民政府设立自贸试验区建设领导小组，统筹推进自贸试验区改革开放和建设发展，协调解决重大问题。",
         "领导小组办公室设在省商务主管部门，承担领导小组日常工作。"],
        ["合肥市、芜湖市、蚌埠市人民政府是所在片区建设的责任主体，应当设立片区管理机构，履行下列职责：",
         ("ITEMS", ["组织实施片区发展规划和改革试点任务；",
                    "统筹片区内产业布局、招商引资和项目建设；",
                    "依法履行省、市下放的行政审批和行政执法职权；",
                    "统计、分析片区经济运行情况，报送改革创新案例；",
                    "所在市人民政府确定的其他职责。"])],
        ["省人民政府有关部门应当在规划、财政、用地、人才等方面支持自贸试验区建设，依法将省级管理权限下放或者委托片区管理机构实施。"],
        ["片区管理机构可以依法实行聘任制、绩效工资制等人事薪酬制度改革，探索大部门制管理模式。"],
    ]),
    dict(title="投资开放", sections=[
        ("投资自由化便利化", [
            ["自贸试验区实施外商投资准入前国民待遇加负面清单管理制度，不得在负面清单之外对外商投资设置准入限制。"],
            ["自贸试验区推行企业开办“一网通办”，实现企业登记、公章刻制、申领发票、社保登记、银行开户等事项一日办结。"],
            ["自贸试验区探索建立企业投资项目承诺制，对符合条件的项目推行“标准地”出让和“拿地即开工”。"],
        ]),
        ("外商投资促进与保护", [
            ["省和片区所在市人民政府应当完善外商投资促进机制，支持外国投资者以其在中国境内的投资收益在自贸试验区扩大投资。"],
            ["自贸试验区应当建立外商投资企业投诉处理机制，及时处理外商投资企业或者其投资者反映的问题，依法保障其合法权益。"],
            ["自贸试验区内行政机关不得违法利用行政手段强制外国投资者、外商投资企业转让技术。"],
        ]),
    ]),
    dict(title="贸易便利", sections=[
        ("货物贸易便利", [
            ["自贸试验区应当深化国际贸易“单一窗口”建设，推动与长三角区域其他口岸数据互联互通。"],
            ["支持合肥片区建设中欧班列集结中心，拓展至欧洲、中亚和东盟的国际班列线路，推进中欧班列运输单证金融服务试点。"],
            ["支持芜湖片区发展港口型国家物流枢纽，推进芜湖港与上海港联动发展，开展“联动接卸”“离港确认”等通关模式创新。"],
            ["支持在综合保税区内开展高技术含量、高附加值产品的保税维修和再制造业务。"],
        ]),
        ("跨境电商与新型贸易", [
            ["支持合肥、芜湖、蚌埠跨境电子商务综合试验区与自贸试验区联动发展，推进跨境电子商务“9610”“9710”“9810”“1210”等监管模式运用。"],
            ["支持自贸试验区发展市场采购贸易、离岸贸易、数字贸易等新型贸易业态，培育外贸综合服务企业。"],
        ]),
    ]),
    dict(title="科技创新", articles=[
        ["自贸试验区应当依托合肥综合性国家科学中心，推动大科学装置、重大创新平台与企业研发需求对接，促进科技成果转移转化。"],
        ["支持自贸试验区开展以下科技创新改革试点：",
         ("ITEMS", ["职务科技成果所有权或者长期使用权改革；",
                    "科研仪器设备和实验用耗材通关便利化；",
                    "外籍高层次人才来华工作、居留便利化；",
                    "科技型企业知识产权质押融资和科技保险。"])],
        ["自贸试验区应当健全知识产权保护体系，支持建设知识产权保护中心，开展专利快速审查、确权和维权。"],
    ]),
    dict(title="金融服务", articles=[
        ["支持自贸试验区在依法合规、风险可控的前提下，开展合格境外有限合伙人、本外币合一跨境资金池等试点。"],
        ["鼓励金融机构为自贸试验区内科技型企业提供投贷联动、科技信贷和跨境融资服务。"],
        ["省地方金融管理部门应当会同国家金融监督管理部门派出机构，建立健全自贸试验区金融风险防控体系。"],
    ]),
    dict(title="法治环境", articles=[
        ["自贸试验区应当建立公平竞争审查机制，清理和废除妨碍统一市场和公平竞争的规定和做法。"],
        ["支持在合肥片区设立国际商事法律服务中心，集聚商事调解、仲裁、公证和律师等法律服务资源。",
         "当事人可以约定由国际商事法律服务中心内的调解组织或者仲裁机构解决其商事纠纷。"],
        ["省人民代表大会常务委员会可以就自贸试验区改革创新事项作出决定；省人民政府可以依法制定相关规章。"],
    ]),
    dict(title="附则", articles=[
        ["本条例自2021年3月1日起施行。"],
    ]),
]


def build_anhui():
    doc = Document()
    setup_page(doc)
    stem = "blind702_anhui_tiaoli"
    # running header of the gazette reprint
    for s in doc.sections:
        hp = s.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        set_font(hp.add_run("安徽省人民代表大会常务委员会公报" + FW * 6 + "2025年第2号"), SONG, 10.5)
    # ---- 公告: title broken with Shift+Enter, red rule under it
    para(doc, [("安徽省人民代表大会常务委员会", XBS, 22, False), "BR", ("公" + FW + FW + "告", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("第23号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    red_line(doc)
    empty(doc)
    g1 = ("《安徽省人民代表大会常务委员会关于修改〈中国（安徽）自由贸易试验区条例〉的决定》已经"
          "安徽省第十四届人民代表大会常务委员会第十五次会议于2025年3月28日通过，现予公布，自公布之日起施行。")
    g2 = "根据上述决定，现将修正后的《中国（安徽）自由贸易试验区条例》全文重新公布。"
    # first paragraph split into two runs with a font change in the middle (copy-paste remnant)
    p = para(doc, [(g1[:40], FS, 16, False), (g1[40:], "仿宋", 16, False)], align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    para(doc, [g2], align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    empty(doc)
    # 落款 in a borderless two-column layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), [""])
    cell_text(t.cell(0, 1), ["安徽省人民代表大会常务委员会"], align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 0), [""])
    cell_text(t.cell(1, 1), ["2025年3月28日"], align=WD_ALIGN_PARAGRAPH.CENTER)
    t.autofit = False
    t.columns[0].width = Cm(6.6)
    t.columns[1].width = Cm(9.0)
    for row in t.rows:
        row.cells[0].width = Cm(6.6)
        row.cells[1].width = Cm(9.0)
    page_break(doc)

    # ---- 条例: title broken across two lines with Shift+Enter
    para(doc, [("中国（安徽）自由贸易试验区", XBS, 22, False), "BR", ("条例", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("（2020年12月25日安徽省第十三届人民代表大会常务委员会第二十四次会议通过"
                + FW + "根据2025年3月28日安徽省第十四届人民代表大会常务委员会第十五次会议"
                "《安徽省人民代表大会常务委员会关于修改〈中国（安徽）自由贸易试验区条例〉的决定》修正）", KT, 16, False)],
         align=WD_ALIGN_PARAGRAPH.JUSTIFY, left=32)
    empty(doc)
    para(doc, [("目录", HT, 16, True)], align=WD_ALIGN_PARAGRAPH.CENTER)
    # 目录 typed into a borderless table: 章 in col 1, 节 in col 2
    entries = toc_entries(AH_CHAPTERS, lambda x: x)
    tt = doc.add_table(rows=len(entries), cols=2)
    no_borders(tt)
    for i, (chap, sec) in enumerate(entries):
        cell_text(tt.cell(i, 0), [(chap or "", KT, 16, False)])
        cell_text(tt.cell(i, 1), [(sec or "", KT, 16, False)])
    empty(doc)
    clauses = []
    numbering, aid, nid = make_cn_numbering(doc)
    style = dict(art_font=FS, art_bold=True, chap_bold=True, chap_spacer=lambda x: x,
                 blank_between=False, chap_before=12, auto_items=True, manual_indent=True,
                 numstate=dict(numbering=numbering, aid=aid, next=nid))
    write_regulation(doc, AH_CHAPTERS, style, clauses)
    footer_page_number(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    gonggao = dict(
        meta=dict(title="安徽省人民代表大会常务委员会公告", doc_number="第23号",
                  issuer=["安徽省人民代表大会常务委员会"], date="2025-03-28", published="2025-03-28",
                  level="provincial", region="安徽省", effective="2025-03-28", expires=None,
                  attachments=[], doc_type="公告", recipients=[], publicity=None, repeals=None),
        clauses=[g1, g2])
    tiaoli = dict(
        meta=dict(title="中国（安徽）自由贸易试验区条例", doc_number=None,
                  issuer=["安徽省人民代表大会常务委员会"], date="2025-03-28", published="2025-03-28",
                  level="provincial", region="中国（安徽）自由贸易试验区", effective="2021-03-01",
                  expires=None, attachments=[], doc_type="条例", recipients=[], publicity=None,
                  repeals=None),
        clauses=clauses)
    return stem, path, [gonggao, tiaoli]


def main():
    expected = {}
    for build in (build_hunan, build_anhui):
        stem, path, docs = build()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
