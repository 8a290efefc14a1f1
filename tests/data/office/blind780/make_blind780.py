# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 780: 省政府提请审议自贸试验区条例（草案）的议案 + 说明 / 草案全文.

Writes three .docx files, their PDFs (LibreOffice) and expected.json
into the directory holding this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    if left is not None:
        pf.left_indent = left
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); '\\n' in text = soft line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = font(p.add_run(part), name, size, bold, color)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
    fmt(p, **kw)
    return p


def new_page(p):
    p.paragraph_format.page_break_before = True
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def _field(p, instr, shown, name=SONG, size=14):
    r = font(p.add_run(), name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(p.add_run(), name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = font(p.add_run(), name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run(shown), name, size)
    r = font(p.add_run(), name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, start_page=None, header_text=None):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    _field(fp, "PAGE", str(start_page or 1))
    font(fp.add_run(" —"), SONG, 14)
    if start_page:
        sectpr = s._sectPr
        sectpr.append(parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start_page)))
    if header_text:
        hp = s.header.paragraphs[0]
        hp.alignment = C
        font(hp.add_run(header_text), SONG, 10.5)
        border(hp, "bottom", "000000", 6, 1)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def fix_widths(t, widths):
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = w
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w


def keep(p):
    p.paragraph_format.keep_with_next = True
    return p


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24, left=Pt(14))
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24, left=Pt(14))
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_780", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


DIG = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n % 10] if n % 10 else "")
    return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")


# ---- Word automatic numbering "第%1条　" (chineseCounting) ------------------
def make_article_numbering(doc):
    numbering = doc.part.numbering_part.element
    aid = 780
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="第%%1条　"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, HT, HT, HT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "provincial", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_heilongjiang():
    """黑龙江省政府议案（红头、特急）+ 附件：关于条例草案的说明（含表格）."""
    stem = "blind780_hlj_yian"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t, f=HT):
        add_par(doc, [(t, f, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("黑龙江省人民政府", XBS, 40, False, RED)], align=C, indent=False,
            line=50, before=0)
    p = add_par(doc, "黑政议〔2026〕3号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title wrapped at odd places, three paragraphs
    for t in ("黑龙江省人民政府关于提请审议《中国",
              "（黑龙江）自由贸易试验区条例（草案）》",
              "的议案"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "黑龙江省人民代表大会常务委员会：", indent=False)
    body("为巩固和拓展中国（黑龙江）自由贸易试验区改革创新成果，以法治方式保障自由贸易试验区提升战略实施，加快打造我国向北开放新高地，省人民政府组织起草了《中国（黑龙江）自由贸易试验区条例（草案）》，已经2026年2月26日省人民政府第48次常务会议讨论通过，现提请省人大常委会审议。")
    empty(doc, 1)
    add_par(doc, "附件：关于《中国（黑龙江）自由贸易试验区条例（草案）》的说明",
            indent=True, left=None)
    empty(doc, 1)
    # 落款 aligned with typed spaces
    keep(add_par(doc, " " * 40 + "省长　刘振东", indent=False))
    add_par(doc, " " * 37 + "2026年3月12日", indent=False)

    # ---------------- 附件: 说明 (own page)
    new_page(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("关于《中国（黑龙江）自由贸易试验区条例", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("（草案）》的说明", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    head("一、起草背景和必要性")
    body("2019年8月，国务院批准设立中国（黑龙江）自由贸易试验区，实施范围119.85平方公里，涵盖哈尔滨、黑河、绥芬河三个片区。2025年，三个片区新设企业6523家，实现进出口额436.5亿元，以全省不到万分之三的面积贡献了全省约14%的外贸进出口额。各片区基本情况如下：")
    add_par(doc, [("表1　中国（黑龙江）自由贸易试验区各片区基本情况", HT, 14, False)],
            align=C, indent=False, before=6)
    add_par(doc, [("单位：平方公里、家、亿元", FS, 12, False)], align=R, indent=False, line=20)
    header = ["序号", "片区", "实施面积", "2025年新设企业", "2025年进出口额", "功能定位"]
    rows = [
        ["1", "哈尔滨片区", "79.86", "4312", "186.4",
         "新一代信息技术、新材料、高端装备、生物医药和现代服务业"],
        ["2", "黑河片区", "20.00", "1026", "97.3",
         "跨境能源资源加工、绿色食品、商贸物流、沿边金融"],
        ["3", "绥芬河片区", "19.99", "1185", "152.8",
         "木材、粮食等进口加工业和商贸金融、现代物流"],
        ["合计", "", "119.85", "6523", "436.5", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(2.5), Cm(1.9), Cm(2.0), Cm(2.0), Cm(6.0)]
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 5 else C)
    # 合计 spans 序号+片区
    m = t.cell(4, 0).merge(t.cell(4, 1))
    set_cell(m, "合计", HT, 12)
    fix_widths(t, widths)
    for row in rows:
        if row[0] == "合计":
            clauses.append("序号：合计；实施面积：119.85；2025年新设企业：6523；2025年进出口额：436.5；功能定位：—")
        else:
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    body_note = "注：进出口额为海关统计数，新设企业数据来源于省市场监督管理局。"
    clauses.append(body_note)
    add_par(doc, [(body_note, FS, 12, False)], indent=False, line=20, before=3)
    body("制定《条例》十分必要。")
    runin("（一）是贯彻落实党中央、国务院决策部署的需要。", "党的二十届三中全会提出实施自由贸易试验区提升战略。国务院印发的《中国（黑龙江）自由贸易试验区总体方案》明确要求推动出台自由贸易试验区地方性法规。制定《条例》，是推动自贸试验区高水平建设的重要举措。")
    runin("（二）是固化改革创新成果的需要。", "设立六年多来，自贸试验区在对俄跨境金融、边民互市贸易落地加工、中欧班列集拼集运等方面形成了一批可复制可推广的经验，有必要通过地方立法予以固化，增强改革的系统性、稳定性和可预期性。")
    head("二、起草过程")
    body("2025年3月，省商务厅（省自贸办）会同省司法厅启动《条例》起草工作，深入三个片区开展调研，召开企业、专家座谈会11场，书面征求省直有关部门和有关市人民政府意见，并向社会公开征求意见，共收到意见建议237条，采纳或者部分采纳142条。省司法厅对送审稿进行了审查修改，形成了《条例（草案）》。")
    head("三、主要内容")
    body("《条例（草案）》共8章56条，包括总则、管理体制、投资开放、贸易便利、金融服务、对俄及东北亚区域合作、营商环境和附则。主要内容如下：")
    runin("（一）关于管理体制。", "明确省人民政府建立自贸试验区工作领导协调机制，省商务主管部门承担自贸试验区推进工作的日常职责；哈尔滨、黑河、绥芬河市人民政府设立片区管理机构，依法履行片区改革试点、投资促进、综合协调等职责（第五条至第九条）。")
    runin("（二）关于投资开放和贸易便利。", "规定自贸试验区实行外商投资准入前国民待遇加负面清单管理制度，推进国际贸易“单一窗口”建设，创新海关监管模式，支持发展跨境电子商务、保税维修和数字贸易（第十四条至第二十八条）。")
    head("（三）关于对俄及东北亚区域合作", KT)
    body("1.推动跨境基础设施互联互通。支持黑河、绥芬河片区完善跨境公路、铁路、索道和口岸设施，提升中欧班列集结能力（第三十六条）。")
    body("2.创新边民互市贸易。支持开展边民互市贸易进口商品落地加工，探索“互市贸易+跨境电商”模式（第三十七条）。")
    runin("（四）关于营商环境和法治保障。", "规定建立容错免责机制，完善商事纠纷多元化解决机制，支持设立国际商事调解组织，加强知识产权保护（第四十五条至第五十四条）。")

    banji(doc, "抄送：省委办公厅，省政协办公厅，省司法厅、省商务厅。",
          "黑龙江省人民政府办公厅", "2026年3月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="黑龙江省人民政府关于提请审议《中国（黑龙江）自由贸易试验区条例（草案）》的议案",
            doc_number="黑政议〔2026〕3号",
            issuer=["黑龙江省人民政府"],
            date="2026-03-12",
            region="黑龙江省",
            attachments=["关于《中国（黑龙江）自由贸易试验区条例（草案）》的说明"],
            doc_type="议案",
            recipients=["黑龙江省人民代表大会常务委员会"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yunnan():
    """云南省政府文件：议案 + 附件 条例（草案）全文（章/条，Word 自动编号）."""
    stem = "blind780_yn_caoan"
    doc = Document()
    setup(doc)
    clauses = []
    nid = make_article_numbering(doc)

    add_par(doc, [("云南省人民政府文件", XBS, 38, False, RED)], align=C, indent=False,
            line=50, before=0)
    p = add_par(doc, "云政议〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    for t in ("云南省人民政府",
              "关于提请审议《中国（云南）自由贸易试验区",
              "条例（草案）》的议案"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "云南省人民代表大会常务委员会：", indent=False)

    def sbody(t, key=None):
        """indent typed with two full-width spaces; '\\n' = Shift+Enter."""
        clauses.append(key if key is not None else t.replace("\n", ""))
        add_par(doc, "\u3000\u3000" + t, indent=False)

    sbody("为深入贯彻落实习近平总书记关于云南努力建设成为我国面向南亚东南亚辐射中心的重要指示精神,高质量推进中国（云南）自由贸易试验区建设,\n以法治方式固化制度创新成果，省人民政府组织起草了《中国（云南）自由贸易试验区条例（草案）》,已经2026年3月31日省人民政府第62次常务会议讨论通过。现提请省人大常委会审议，并由省商务厅主要负责同志到会作说明。")
    empty(doc, 1)
    add_par(doc, "\u3000\u3000附件：中国（云南）自由贸易试验区条例（草案）", indent=False)
    empty(doc, 1)
    # 落款 aligned with tabs
    p = keep(add_par(doc, "\t\t\t\t\t\t省长　陈国平", indent=False))
    p2 = add_par(doc, "\t\t\t\t\t二〇二六年四月八日", indent=False)

    # ---------------- 附件: 草案全文
    new_page(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("中国（云南）自由贸易试验区条例", XBS, 22, False)], align=C, indent=False,
            line=34)
    add_par(doc, [("（草案）", KT, 16, False)], align=C, indent=False, line=30)
    empty(doc, 1)

    n = [0]

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, before=6, after=6)

    def art(t, *more):
        n[0] += 1
        p = add_par(doc, t)
        apply_num(p, nid)
        for m in more:
            add_par(doc, m)
        clauses.append("第%s条\u3000" % cn_num(n[0]) + t + "".join(more))

    chapter("第一章　总　　则")
    art("为了推进和保障中国（云南）自由贸易试验区（以下简称自贸试验区）建设，打造面向南亚东南亚辐射中心的重要支撑，根据有关法律、行政法规和国务院批准的《中国（云南）自由贸易试验区总体方案》，结合本省实际，制定本条例。")
    art("本条例适用于经国务院批准设立的自贸试验区，包括昆明片区、红河片区和德宏片区。",
        "自贸试验区的实施范围按照国务院批准的方案确定；实施范围调整的，依照国家有关规定执行。")
    art("自贸试验区建设应当以制度创新为核心，以可复制可推广为基本要求，对标国际高标准经贸规则，全面深化与南亚东南亚国家的经贸合作。")
    art("支持自贸试验区在法律、法规规定的权限内先行先试。改革创新未能实现预期目标，但符合国家和本省确定的改革方向，决策程序符合规定，且勤勉尽责、未谋取私利的，对有关单位和个人不作负面评价，依法免除相关责任。")
    chapter("第二章　管理体制")
    art("省人民政府建立自贸试验区工作领导机制，统筹研究决定自贸试验区改革发展中的重大问题。",
        "省商务主管部门承担自贸试验区工作领导机制的日常工作，履行下列职责：",
        "（一）组织实施自贸试验区发展规划和改革试点任务；",
        "（二）协调推进自贸试验区建设重大事项；",
        "（三）组织开展制度创新成果的评估和复制推广工作；",
        "（四）省人民政府确定的其他职责。")
    art("昆明市、红河哈尼族彝族自治州、德宏傣族景颇族自治州人民政府负责推进所辖片区建设，设立片区管理机构，具体负责片区改革试点、投资促进、综合协调和服务保障等工作。")
    chapter("第三章　投资贸易便利化")
    art("自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。")
    art("推进国际贸易“单一窗口”建设，推动与南亚东南亚国家口岸信息互联互通，实现监管互认、执法互助、信息互换。")
    art("支持红河片区、德宏片区创新边民互市贸易模式，发展互市商品落地加工，推进边民互市贸易与跨境电子商务融合发展。")
    art("支持自贸试验区依托中老铁路、中缅通道等国际运输通道发展多式联运，推行“一单制”，建设面向南亚东南亚的国际物流枢纽。")
    chapter("第四章　金融服务")
    art("支持在自贸试验区开展人民币与周边国家货币跨境结算、双边本币互换等业务，扩大人民币在跨境贸易和投资中的使用。")
    chapter("第五章　区域合作")
    art("自贸试验区应当服务和融入共建“一带一路”，深化与老挝、缅甸、越南等周边国家在产能、能源、农业、旅游、人文等领域的合作。")
    chapter("第六章　附　　则")
    art("本条例自　　年　　月　　日起施行。")

    banji(doc, "抄送：省委办公厅，省政协办公厅，省高级人民法院，省检察院。",
          "云南省人民政府办公厅", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="云南省人民政府关于提请审议《中国（云南）自由贸易试验区条例（草案）》的议案",
            doc_number="云政议〔2026〕4号",
            issuer=["云南省人民政府"],
            date="2026-04-08",
            region="云南省",
            attachments=["中国（云南）自由贸易试验区条例（草案）"],
            doc_type="议案",
            recipients=["云南省人民代表大会常务委员会"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def merged_header_table(doc, rows, clauses):
    """two header rows: 序号 | 指标 | 南宁片区(2025年,同比增长) | 钦州港片区(...) | 崇左片区(...)"""
    zones = ["南宁片区", "钦州港片区", "崇左片区"]
    sub = ["2025年", "同比增长"]
    t = doc.add_table(rows=2 + len(rows), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "序号", HT, 10.5)
    set_cell(t.cell(0, 1), "指标", HT, 10.5)
    for zi, z in enumerate(zones):
        c0 = 2 + zi * 2
        set_cell(t.cell(0, c0), z, HT, 10.5)
        set_cell(t.cell(1, c0), sub[0], HT, 10.5)
        set_cell(t.cell(1, c0 + 1), sub[1], HT, 10.5)
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 10.5)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "指标", HT, 10.5)
    for zi, z in enumerate(zones):
        c0 = 2 + zi * 2
        m = t.cell(0, c0).merge(t.cell(0, c0 + 1))
        set_cell(m, z, HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    widths = [Cm(1.1), Cm(3.4)] + [Cm(1.8)] * 6
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci == 1 else C)
    fix_widths(t, widths)
    heads = ["序号", "指标"] + ["%s／%s" % (z, s) for z in zones for s in sub]
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    return t


def doc_guangxi():
    """常委会公报翻印：自治区政府议案 + 商务厅厅长在常委会会议上的说明（两份文件）."""
    stem = "blind780_gx_gongbao"
    doc = Document()
    setup(doc, start_page=23,
          header_text="广西壮族自治区人民代表大会常务委员会公报　　2026年第4号")
    c1 = []
    c2 = []

    # ---------- 文件一：议案
    empty(doc, 1)
    for t in ("广西壮族自治区人民政府关于提请审议",
              "《中国（广西）自由贸易试验区条例",
              "（草案）》的议案"):
        add_par(doc, [(t, XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("桂政函〔2026〕45号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "广西壮族自治区人民代表大会常务委员会：", indent=False)
    t = ("中国（广西）自由贸易试验区于2019年8月经国务院批准设立，涵盖南宁、钦州港、崇左三个片区。为全面贯彻落实党中央关于实施自由贸易试验区提升战略的决策部署，推动自贸试验区更好服务和融入共建“一带一路”、深化面向东盟的开放合作，自治区人民政府起草了《中国（广西）自由贸易试验区条例（草案）》，已经2026年4月28日自治区人民政府第71次常务会议讨论通过，现提请自治区人大常委会审议。")
    c1.append(t)
    add_par(doc, t)
    empty(doc, 1)
    p = add_par(doc, "自治区主席　韦文华", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年5月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    empty(doc, 2)

    # ---------- 文件二：说明
    keep(add_par(doc, [("关于《中国（广西）自由贸易试验区", XBS, 20, False)], align=C,
                 indent=False, line=32))
    keep(add_par(doc, [("条例（草案）》的说明", XBS, 20, False)], align=C, indent=False,
                 line=32))
    keep(add_par(doc, [("——2026年5月26日在广西壮族自治区第十四届\n人民代表大会常务委员会第十九次会议上", KT, 16, False)],
            align=C, indent=False, before=6))
    add_par(doc, [("自治区商务厅厅长　覃海宁", KT, 16, False)], align=C, indent=False)
    empty(doc, 1)
    add_par(doc, "主任、各位副主任、秘书长、各位委员：", indent=False)

    def body(t):
        c2.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        c2.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("受自治区人民政府委托，现就《中国（广西）自由贸易试验区条例（草案）》（以下简称《条例（草案）》）作如下说明。")
    head("一、起草背景")
    body("中国（广西）自由贸易试验区设立以来，坚持以制度创新为核心，累计形成制度创新成果131项，其中9项在全国复制推广。2025年，自贸试验区以占全区不到万分之五的面积，贡献了全区约25%的外贸进出口额和约21%的新设外商投资企业，成为我区面向东盟开放合作的前沿平台。各片区2025年主要指标如下：")
    add_par(doc, [("广西自贸试验区各片区2025年主要指标", HT, 14, False)], align=C,
            indent=False, before=6)
    add_par(doc, [("单位：亿元、%", FS, 12, False)], align=R, indent=False, line=20)
    merged_header_table(doc, [
        ["1", "外贸进出口额", "612.4", "12.6", "1268.7", "9.8", "135.7", "21.3"],
        ["2", "实际使用外资", "3.82", "15.1", "2.16", "6.4", "0.41", "33.5"],
    ], c2)
    # clerk split the table by hand and typed 续表 on the next page
    new_page(add_par(doc, [("续表", HT, 12, False)], indent=False, line=22))
    merged_header_table(doc, [
        ["3", "新设企业", "5216", "8.7", "1874", "11.2", "623", "18.9"],
        ["4", "跨境人民币结算量", "836.2", "14.4", "402.5", "10.3", "214.8", "25.6"],
        ["5", "税收收入", "96.3", "6.2", "58.4", "4.9", "7.9", "12.8"],
        ["6", "集装箱吞吐量", "—", "—", "802.5", "12.1", "—", "—"],
        ["7", "制度创新成果", "58", "—", "47", "—", "26", "—"],
    ], c2)
    note = ("注：1.实际使用外资单位为亿美元，新设企业单位为家，集装箱吞吐量单位为万标箱，制度创新成果单位为项（累计数）。\n"
            "2.“—”表示无此项或不适用。")
    c2.append(note.replace("\n", ""))
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3)
    body("自贸试验区建设在取得积极成效的同时，也面临改革授权不够充分、片区管理机构法律地位不够明确、制度创新系统集成不足等问题，迫切需要通过地方立法予以规范和保障。")
    head("二、起草过程")
    body("按照自治区人大常委会2026年度立法工作计划，自治区商务厅（自治区自贸办）会同自治区司法厅成立起草专班，赴南宁、钦州、崇左三市和上海、海南等地开展调研，广泛征求自治区有关部门、设区的市人民政府、企业和专家学者意见，并向社会公开征求意见。自治区司法厅审查修改后，形成了《条例（草案）》。")
    head("三、主要内容")
    body("《条例（草案）》共9章62条，重点规定了以下内容：")
    runin("（一）明确管理体制。", "规定自治区人民政府建立自贸试验区建设领导机制，南宁、钦州、崇左市人民政府设立片区管理机构，自治区和设区的市人民政府依法向片区下放行政管理权限（第六条至第十二条）。")
    runin("（二）突出面向东盟开放合作。", "规定自贸试验区应当深化与东盟国家在跨境产业链供应链、跨境金融、数字经济等领域的合作，支持钦州港片区建设西部陆海新通道国际门户港，支持崇左片区建设中国—东盟跨境产业合作园区（第三十一条至第三十八条）。")
    runin("（三）推进投资贸易自由化便利化。", "规定实行外商投资准入前国民待遇加负面清单管理制度，推进“两国双园”“边民互市+落地加工”等模式创新，提升通关便利化水平（第十三条至第三十条）。")
    runin("（四）强化法治保障。", "规定建立容错免责机制，支持设立面向东盟的国际商事仲裁和调解机构，完善多元化纠纷解决机制（第五十三条至第五十九条）。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(
            title="广西壮族自治区人民政府关于提请审议《中国（广西）自由贸易试验区条例（草案）》的议案",
            doc_number="桂政函〔2026〕45号",
            issuer=["广西壮族自治区人民政府"],
            date="2026-05-12",
            region="广西壮族自治区",
            doc_type="议案",
            recipients=["广西壮族自治区人民代表大会常务委员会"],
        ), "clauses": c1},
        {"meta": meta(
            title="关于《中国（广西）自由贸易试验区条例（草案）》的说明",
            doc_number=None,
            issuer=["广西壮族自治区商务厅"],
            date="2026-05-26",
            region="广西壮族自治区",
            doc_type="说明",
            recipients=[],
        ), "clauses": c2},
    ]
    return path


def main():
    paths = [doc_heilongjiang(), doc_yunnan(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(os.path.basename(p) for p in paths))


if __name__ == "__main__":
    main()
