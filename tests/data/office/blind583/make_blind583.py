# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 583: 自贸区产业联盟 / 商会 章程 (Word + PDF + answer key)."""
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
FW = "\u3000"  # full-width space

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SAN = Pt(16)   # 三号
ER = Pt(22)    # 二号
SISAN = Pt(14)  # 四号


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=SAN, bold=False, color=None):
    run.font.name = "Times New Roman" if name in (FS, KT) else name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    run.font.size = size
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.font.size = SAN
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28.95)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    footer = sec.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", SISAN)
    r = p.add_run()
    set_font(r, "宋体", SISAN)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif text.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            r._element.append(t)
    set_font(p.add_run(" —"), "宋体", SISAN)


def para(doc, align=None, indent=True):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def cell_text(cell, text, font=FS, size=SISAN, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.line_spacing = 1.15
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
            p.alignment = align
            p.paragraph_format.line_spacing = 1.15
        set_font(p.add_run(line), font, size, bold)


def table_borders(table, outer=True, inner=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        on = outer if edge in ("top", "left", "bottom", "right") else inner
        e.set(qn("w:val"), "single" if on else "nil")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


# --------------------------------------------------- auto numbering (Word)
_ABS_ID = [900]
_NUM_ID = [900]


def make_abstract(doc, lvl_text, fmt="chineseCounting", font=FS):
    numbering = doc.part.numbering_part.element
    aid = _ABS_ID[0]
    _ABS_ID[0] += 1
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("start", "1"), ("numFmt", fmt), ("suff", "nothing"),
                     ("lvlText", lvl_text), ("lvlJc", "left")):
        e = OxmlElement("w:" + tag)
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
    rf.set(qn("w:hint"), "eastAsia")
    rf.set(qn("w:eastAsia"), font)
    rpr.append(rf)
    lvl.append(rpr)
    a.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    return aid


def make_num(doc, aid):
    numbering = doc.part.numbering_part.element
    nid = _NUM_ID[0]
    _NUM_ID[0] += 1
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    n.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    n.append(ov)
    numbering.append(n)
    return nid


def set_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


# ------------------------------------------------------- common blocks
def title_block(doc, lines, bracket_lines):
    """Title (split over lines by soft break or separate paragraphs) and the
    bracketed adoption line(s) in 楷体."""
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.line_spacing = Pt(36)
    for i, ln in enumerate(lines):
        r = set_font(p.add_run(ln), XBS, ER)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    for bl in bracket_lines:
        q = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        set_font(q.add_run(bl), KT, SAN)
    empty(doc)


def chapter(doc, text, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(6)
    set_font(p.add_run(text), HT, SAN, color="000000" if style else None)
    return p


def article(doc, clauses, num, text, soft_break_at=None, lead_spaces=False,
            split_runs=False):
    """num like '第一条', text the rest.  Doc shows 第X条 in 黑体 + 全角空格."""
    p = para(doc, indent=not lead_spaces)
    if lead_spaces:
        set_font(p.add_run(FW * 2), FS)
    set_font(p.add_run(num), HT)
    body = text
    if soft_break_at:
        a, b = body.split(soft_break_at, 1)
        set_font(p.add_run(FW + a), FS)
        r = p.runs[-1]
        r.add_break()
        set_font(p.add_run(soft_break_at + b), FS)
    elif split_runs:
        half = len(body) // 2
        set_font(p.add_run(FW + body[:half]), FS)
        set_font(p.add_run(body[half:]), FS)
    else:
        set_font(p.add_run(FW + body), FS)
    clauses.append(num + FW + text)
    return p


def plain(doc, clauses, text, lead_spaces=False, font=FS):
    p = para(doc, indent=not lead_spaces)
    if lead_spaces:
        set_font(p.add_run(FW * 2), font)
    set_font(p.add_run(text), font)
    clauses.append(text)
    return p


def items(doc, clauses, lst, nid=None):
    """lst: list of item texts WITHOUT number; numbered （一）… by hand or by Word."""
    cn = "一二三四五六七八九十"
    for i, t in enumerate(lst):
        label = "（%s）" % cn[i]
        p = para(doc)
        if nid is not None:
            set_num(p, nid)
            p.paragraph_format.first_line_indent = Pt(32)
            set_font(p.add_run(t), FS)
        else:
            set_font(p.add_run(label + t), FS)
        clauses.append(label + t)


def application_form(doc, title, org_short, zone_label):
    page_break(doc)
    p = para(doc, indent=False)
    set_font(p.add_run("附件"), HT, SAN)
    empty(doc)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run(title), XBS, Pt(18))
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("编号：" + FW * 6), FS, SISAN)
    t = doc.add_table(rows=11, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    widths = [Cm(3.6), Cm(4.4), Cm(3.0), Cm(4.6)]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    rows = [
        ("单位名称", None, None, None),
        ("统一社会信用代码", "", "成立时间", ""),
        ("注册地址", None, None, None),
        ("所在片区（区域）", zone_label, "企业类型", "□内资  □外资\n□港澳台资"),
        ("主营业务", None, None, None),
        ("法定代表人", "", "职  务", ""),
        ("联 系 人", "", "手  机", ""),
        ("电子邮箱", "", "申请类别", "□理事单位\n□会员单位"),
        ("入会承诺", "本单位自愿申请加入%s，承认并遵守%s章程，履行会员义务，按时交纳会费。\n\n"
                    "法定代表人（签字）：          单位（盖章）\n年    月    日" % (org_short, org_short),
         None, None),
        ("秘书处\n初审意见", "\n\n（盖章）\n年    月    日", None, None),
        ("理事会\n审议意见", "\n\n（盖章）\n年    月    日", None, None),
    ]
    for ri, (a, b, c, d) in enumerate(rows):
        cells = t.rows[ri].cells
        cell_text(cells[0], a, bold=False)
        if c is None:
            m = cells[1].merge(cells[3])
            al = WD_ALIGN_PARAGRAPH.LEFT if b and len(b) > 12 else WD_ALIGN_PARAGRAPH.RIGHT
            cell_text(m, b or "", align=al if b else WD_ALIGN_PARAGRAPH.LEFT)
        else:
            cell_text(cells[1], b)
            cell_text(cells[2], c)
            cell_text(cells[3], d)
    p = para(doc, indent=False)
    set_font(p.add_run("注：本表一式两份，请附营业执照复印件（加盖公章）。"), FS, Pt(12))


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_583", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =====================================================================
# 1. 成都：中国（四川）自由贸易试验区跨境电商产业联盟章程
# =====================================================================
def make_chengdu():
    doc = new_doc()
    C = []
    title_block(doc, ["中国（四川）自由贸易试验区", "跨境电商产业联盟章程"],
                ["（2026年3月18日第一次会员大会通过）"])

    chapter(doc, "第一章" + FW + "总" + FW * 2 + "则")
    article(doc, C, "第一条", "本联盟名称为中国（四川）自由贸易试验区跨境电商产业联盟（以下简称本联盟），"
            "英文名称为China (Sichuan) Pilot Free Trade Zone Cross-border E-commerce Industry Alliance。")
    article(doc, C, "第二条", "本联盟是由在中国（四川）自由贸易试验区内从事跨境电子商务及相关配套服务的企业、"
            "科研院所和专业服务机构自愿组成的非营利性、开放式合作组织。")
    article(doc, C, "第三条", "本联盟的宗旨是：服务“一带一路”建设和成渝地区双城经济圈建设，依托中欧班列（成渝）、"
            "成都国际铁路港综合保税区和成都双流航空口岸，推动跨境电商产业集聚发展，促进会员之间资源共享、"
            "优势互补、合作共赢。", soft_break_at="成都国际铁路港综合保税区")
    article(doc, C, "第四条", "本联盟接受四川省自由贸易试验区工作办公室的业务指导，秘书处设在成都市双流区西航港街道。")
    empty(doc)

    chapter(doc, "第二章" + FW + "业务范围")
    article(doc, C, "第五条", "本联盟的业务范围：")
    items(doc, C, [
        "组织开展跨境电商政策研究，及时向有关部门反映会员诉求，提出意见建议；",
        "推动跨境电商公共海外仓、公共服务平台和国际物流通道建设，协助会员对接中欧班列、国际货运航线等物流资源；",
        "组织会员参加国内外展会、供采对接会和“丝路电商”合作交流活动；",
        "开展跨境电商人才培训和校企合作，推动行业标准制定和知识产权保护；",
        "承办政府部门和有关机构委托的其他事项。",
    ])
    empty(doc)

    chapter(doc, "第三章" + FW + "会" + FW * 2 + "员")
    article(doc, C, "第六条", "本联盟实行单位会员制。凡在中国（四川）自由贸易试验区内依法登记注册，"
            "或者在区内设有分支机构并实际开展跨境电商业务的企业和机构，承认本章程的，均可申请加入本联盟。")
    article(doc, C, "第七条", "申请加入本联盟，应当提交《会员入会申请表》及营业执照复印件，经秘书处初审后报理事会审议；"
            "理事会审议通过的，由秘书处颁发会员证书。", split_runs=True)
    article(doc, C, "第八条", "会员享有下列权利：")
    items(doc, C, [
        "本联盟的选举权、被选举权和表决权；",
        "参加本联盟组织的活动，优先获得本联盟提供的信息和服务；",
        "对本联盟工作提出批评、建议并实施监督；",
        "入会自愿、退会自由。",
    ])
    article(doc, C, "第九条", "会员履行下列义务：")
    items(doc, C, [
        "遵守本章程，执行本联盟的决议；",
        "维护本联盟的合法权益和声誉；",
        "按照规定交纳会费；",
        "按要求向本联盟报送跨境电商进出口业务数据，配合开展行业统计调查；",
        "诚信经营，不得从事侵犯知识产权、虚假宣传、刷单炒信等违法违规行为。",
    ])
    article(doc, C, "第十条", "会员退会的，应当书面通知秘书处，并交回会员证书。")
    # second 款 typed with manual full-width spaces instead of first-line indent
    plain(doc, C, "会员连续两年不交纳会费或者不参加本联盟活动的，视为自动退会。", lead_spaces=True)
    article(doc, C, "第十一条", "会员有严重违反本章程行为的，经理事会表决通过，予以除名。")
    empty(doc)

    chapter(doc, "第四章" + FW + "组织机构")
    article(doc, C, "第十二条", "本联盟的最高权力机构是会员大会。会员大会的职权是：")
    items(doc, C, [
        "制定和修改本章程；",
        "选举和罢免理事长、副理事长和理事；",
        "审议理事会的工作报告和财务报告；",
        "决定终止事宜和其他重大事项。",
    ])
    article(doc, C, "第十三条", "会员大会每年至少召开一次，须有三分之二以上的会员出席方能召开，其决议须经到会会员"
            "半数以上表决通过方能生效。")
    plain(doc, C, "制定和修改章程、决定终止事宜，须经到会会员三分之二以上表决通过。")
    article(doc, C, "第十四条", "理事会是会员大会的执行机构，在会员大会闭会期间领导本联盟开展日常工作，对会员大会负责。"
            "理事会每届任期三年，可以连任。")
    article(doc, C, "第十五条", "本联盟设理事长一名、副理事长若干名、秘书长一名。秘书长在理事长领导下主持秘书处日常工作。")
    empty(doc)

    chapter(doc, "第五章" + FW + "经费管理")
    article(doc, C, "第十六条", "本联盟经费来源包括会费、社会捐赠、政府购买服务收入和其他合法收入。")
    article(doc, C, "第十七条", "本联盟经费必须用于本章程规定的业务范围和事业发展，不得在会员中分配。本联盟每年向会员大会"
            "报告财务收支情况，接受会员监督。")
    empty(doc)

    chapter(doc, "第六章" + FW + "附" + FW * 2 + "则")
    article(doc, C, "第十八条", "本联盟终止前，应当成立清算组，清理债权债务；剩余财产用于与本联盟宗旨相关的事业。")
    article(doc, C, "第十九条", "本章程由本联盟理事会负责解释。")
    article(doc, C, "第二十条", "本章程自会员大会通过之日起生效。")
    empty(doc)
    p = para(doc)
    set_font(p.add_run("附件：会员入会申请表"), FS)

    application_form(doc, "会员入会申请表", "中国（四川）自由贸易试验区跨境电商产业联盟",
                     "□天府新区  □青白江  □川南临港\n□其他协同改革先行区")

    stem = "blind583_chengdu_zhangcheng"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "中国（四川）自由贸易试验区跨境电商产业联盟章程",
        "doc_number": None,
        "issuer": ["中国（四川）自由贸易试验区跨境电商产业联盟"],
        "date": "2026-03-18",
        "published": None,
        "level": "zone",
        "region": "中国（四川）自由贸易试验区",
        "effective": "2026-03-18",
        "expires": None,
        "attachments": ["会员入会申请表"],
        "doc_type": "章程",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": C}]


# =====================================================================
# 2. 厦门：外商投资企业商会章程（修订）— Word auto numbering, 会费 table
# =====================================================================
def make_xiamen():
    doc = new_doc()
    C = []
    item_abs = make_abstract(doc, "（%1）")
    # title in one line; revision history bracket split into TWO paragraphs
    title_block(doc, ["中国（福建）自由贸易试验区厦门片区", "外商投资企业商会章程"],
                ["（2024年6月20日第一次会员大会通过",
                 "2026年1月15日第二次会员大会修订）"])

    # chapter headings typed with Heading 1 style and ordinary double spaces
    chapter(doc, "第一章  总则", style="Heading 1")
    article(doc, C, "第一条", "本会名称为中国（福建）自由贸易试验区厦门片区外商投资企业商会（以下简称本会）。")
    article(doc, C, "第二条", "本会是由在中国（福建）自由贸易试验区厦门片区内依法设立的外商投资企业、港澳台资企业"
            "以及为其提供服务的专业机构自愿结成的地方性、非营利性社会组织。")
    article(doc, C, "第三条", "本会的宗旨是：遵守宪法、法律法规和国家政策，贯彻落实《中华人民共和国外商投资法》，"
            "发挥政府与外商投资企业之间的桥梁纽带作用，维护会员合法权益，助力厦门片区打造国际一流营商环境，"
            "服务“一带一路”建设和海峡两岸融合发展。")
    article(doc, C, "第四条", "本会接受厦门市商务局、厦门市民政局的业务指导和监督管理，并接受中国（福建）自由贸易试验区"
            "厦门片区管理委员会的工作指导。")

    chapter(doc, "第二章  业务范围", style="Heading 1")
    article(doc, C, "第五条", "本会的业务范围：")
    items(doc, C, [
        "宣传外商投资法律法规和自贸试验区政策，组织政策解读和培训；",
        "收集会员在投资经营中遇到的问题，向有关部门反映并推动解决；",
        "组织会员开展投资考察、项目对接和国际交流合作；",
        "受政府部门委托，承担外商投资企业投诉协调和营商环境评估相关工作。",
    ], nid=make_num(doc, item_abs))

    chapter(doc, "第三章  会员", style="Heading 1")
    article(doc, C, "第六条", "申请加入本会的单位，应当拥护本会章程，有加入本会的意愿，并在厦门片区内依法登记、正常经营。")
    article(doc, C, "第七条", "会员享有下列权利：")
    items(doc, C, [
        "选举权、被选举权和表决权；",
        "参加本会活动并优先获得本会服务；",
        "对本会工作的知情权、建议权和监督权；",
        "入会自愿、退会自由。",
    ], nid=make_num(doc, item_abs))
    article(doc, C, "第八条", "会员履行下列义务：")
    items(doc, C, [
        "执行本会的决议，维护本会合法权益；",
        "完成本会交办的工作；",
        "按规定交纳会费；",
        "向本会反映情况，提供有关资料。",
    ], nid=make_num(doc, item_abs))
    article(doc, C, "第九条", "会员应当按照下列标准交纳会费：")
    header = ["会员类别", "会费标准（元/年）", "备注"]
    rows = [
        ["会长单位", "50000", "—"],
        ["副会长单位", "20000", "—"],
        ["理事单位", "8000", "—"],
        ["普通会员单位", "2000", "上年度营业收入在5000万元以下的，减半交纳"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, font=HT)
    for ri, r in enumerate(rows, start=1):
        for ci, v in enumerate(r):
            cell_text(t.rows[ri].cells[ci], v,
                      align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 and len(v) > 2 else WD_ALIGN_PARAGRAPH.CENTER)
        C.append("；".join("%s：%s" % (header[ci], r[ci]) for ci in range(3)))
    plain(doc, C, "会费标准的调整，须经会员大会表决通过。")
    article(doc, C, "第十条", "会员退会应书面通知本会，并交回会员证。会员1年不交纳会费或者不参加本会活动的，视为自动退会。")

    chapter(doc, "第四章  组织机构", style="Heading 1")
    article(doc, C, "第十一条", "本会的最高权力机构是会员大会，会员大会的职权是：")
    items(doc, C, [
        "制定和修改章程；",
        "选举和罢免理事；",
        "审议理事会的工作报告和财务报告；",
        "决定终止事宜。",
    ], nid=make_num(doc, item_abs))
    article(doc, C, "第十二条", "理事会是会员大会的执行机构，在会员大会闭会期间领导本会开展日常工作，对会员大会负责。"
            "理事会每届任期五年。")

    chapter(doc, "第五章  资产管理", style="Heading 1")
    article(doc, C, "第十三条", "本会经费必须用于本章程规定的业务范围和事业的发展，不得在会员中分配。")

    chapter(doc, "第六章  附则", style="Heading 1")
    article(doc, C, "第十四条", "本章程经2026年1月15日第二次会员大会修订通过，自通过之日起施行。2024年6月20日第一次"
            "会员大会通过的《中国（福建）自由贸易试验区厦门片区外商投资企业商会章程》同时废止。")
    article(doc, C, "第十五条", "本章程的解释权属本会理事会。")
    empty(doc, 2)
    # attachment list: hand-aligned with full-width spaces, second line via new paragraph
    p = para(doc)
    set_font(p.add_run("附件：1.会员入会申请表"), FS)
    p = para(doc)
    set_font(p.add_run(FW * 3 + "2.会员退会申请表"), FS)

    application_form(doc, "会员入会申请表", "中国（福建）自由贸易试验区厦门片区外商投资企业商会",
                     "厦门片区")
    # 附件2: short withdrawal form
    page_break(doc)
    p = para(doc, indent=False)
    set_font(p.add_run("附件2"), HT)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("会员退会申请表"), XBS, Pt(18))
    t = doc.add_table(rows=4, cols=2)
    table_borders(t)
    for i, (a, b) in enumerate([("单位名称", ""), ("会员证编号", ""), ("退会原因", "\n\n"),
                                 ("单位意见", "\n\n（盖章）\n年    月    日")]):
        cell_text(t.rows[i].cells[0], a)
        cell_text(t.rows[i].cells[1], b, align=WD_ALIGN_PARAGRAPH.RIGHT)
    # the first 附件 page label typed as plain "附件" (no number) — fix to 附件1 like offices do by hand
    for para_ in doc.paragraphs:
        if para_.text == "附件":
            para_.runs[0].text = "附件1"
            break

    stem = "blind583_xiamen_shanghui"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "中国（福建）自由贸易试验区厦门片区外商投资企业商会章程",
        "doc_number": None,
        "issuer": ["中国（福建）自由贸易试验区厦门片区外商投资企业商会"],
        "date": "2026-01-15",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": "2026-01-15",
        "expires": None,
        "attachments": ["会员入会申请表", "会员退会申请表"],
        "doc_type": "章程",
        "recipients": [],
        "publicity": None,
        "repeals": "2024年6月20日第一次会员大会通过的《中国（福建）自由贸易试验区厦门片区外商投资企业商会章程》",
    }
    return stem, [{"meta": meta, "clauses": C}]


# =====================================================================
# 3. 青岛：秘书处印发通知 + 联盟章程（one file, two documents）
# =====================================================================
def make_qingdao():
    doc = new_doc()
    N = []
    ORG = "中国（山东）自由贸易试验区青岛片区国际物流产业联盟"
    # red header (版头) — two lines, red, with red rule
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.line_spacing = Pt(40)
    r = set_font(p.add_run("中国（山东）自由贸易试验区青岛片区"), XBS, Pt(26), color="FF0000")
    r.add_break()
    set_font(p.add_run("国际物流产业联盟"), XBS, Pt(26), color="FF0000")
    empty(doc)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("青片物联〔2026〕2号"), FS)
    bottom_border(p)
    empty(doc)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.line_spacing = Pt(34)
    r = set_font(p.add_run("关于印发《中国（山东）自由贸易试验区"), XBS, ER)
    r.add_break()
    set_font(p.add_run("青岛片区国际物流产业联盟章程》的通知"), XBS, ER)
    empty(doc)
    p = para(doc, indent=False)
    set_font(p.add_run("各会员单位："), FS)
    plain(doc, N, "《中国（山东）自由贸易试验区青岛片区国际物流产业联盟章程》已经2026年3月27日联盟第一次会员大会"
          "审议通过，现予印发，请遵照执行。有关事项通知如下：")
    # run-in headings in bold 黑体
    for head, rest in [
        ("一、认真组织学习。", "各会员单位要组织本单位相关人员认真学习章程，熟悉会员权利和义务，按照章程规定参与联盟各项工作。"),
        ("二、及时补报入会材料。", "尚未提交入会材料的单位，请于2026年4月30日前填写《会员入会申请表》，加盖公章后报送联盟秘书处。"),
        ("三、做好会费交纳准备。", "联盟2026年度会费交纳事宜另行通知。"),
    ]:
        p = para(doc)
        set_font(p.add_run(head), HT, bold=True)
        set_font(p.add_run(rest), FS)
        N.append(head + rest)
    plain(doc, N, "联系人：王海涛" + FW + "联系电话：0532-86967215")
    empty(doc, 2)
    # 落款 with manual spaces for alignment
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run(ORG), FS)
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("2026年4月3日" + FW * 6), FS)
    p = para(doc)
    set_font(p.add_run("（此件公开发布）"), FS)

    # ---------------- the 章程 that is issued
    page_break(doc)
    Z = []
    title_block(doc, ["中国（山东）自由贸易试验区青岛片区", "国际物流产业联盟章程"], ["（2026年3月27日第一次会员大会通过）"])
    chapter(doc, "第一章" + FW + "总则")
    article(doc, Z, "第一条", "为促进中国（山东）自由贸易试验区青岛片区国际物流产业协同发展，加强会员单位之间的交流合作，"
            "根据国家有关法律法规，制定本章程。")
    article(doc, Z, "第二条", "本联盟名称为中国（山东）自由贸易试验区青岛片区国际物流产业联盟（以下简称联盟）。")
    article(doc, Z, "第三条", "联盟是由在青岛片区内从事国际货运代理、中欧班列运营、海铁联运、保税仓储、跨境电商物流等"
            "业务的企业和相关机构自愿组成的非营利性合作组织。", split_runs=True)
    article(doc, Z, "第四条", "联盟的宗旨是：服务“一带一路”建设和上海合作组织地方经贸合作，依托青岛港、青岛前湾综合保税区"
            "和中欧班列（齐鲁号），推动国际物流通道建设，降低会员物流成本，提升青岛片区国际物流枢纽功能。",
            soft_break_at="和中欧班列（齐鲁号）")
    article(doc, Z, "第五条", "联盟接受中国（山东）自由贸易试验区青岛片区管理委员会的业务指导。")
    chapter(doc, "第二章" + FW + "会员")
    article(doc, Z, "第六条", "凡承认本章程、在青岛片区依法设立并从事国际物流相关业务的企业、事业单位和社会组织，"
            "均可自愿申请成为联盟会员。")
    article(doc, Z, "第七条", "会员享有以下权利：")
    items(doc, Z, [
        "参加会员大会，享有选举权、被选举权和表决权；",
        "优先参加联盟组织的中欧班列线路推介、港航物流对接等活动；",
        "共享联盟收集的政策信息、运力信息和市场信息；",
        "对联盟工作提出意见建议并实施监督；",
        "自愿退出联盟。",
    ])
    article(doc, Z, "第八条", "会员承担以下义务：")
    items(doc, Z, [
        "遵守本章程和联盟的各项规定；",
        "执行联盟决议，积极参加联盟活动；",
        "按期交纳会费；",
        "遵守国际物流行业规范，不得以低于成本的价格恶性竞争；",
        "按要求报送班列开行、货运量等统计信息，并对其真实性负责。",
    ])
    article(doc, Z, "第九条", "会员退出联盟的，应当提前三十日书面告知秘书处。")
    chapter(doc, "第三章" + FW + "组织机构")
    article(doc, Z, "第十条", "会员大会是联盟的最高决策机构，每年召开一次。经理事会或者三分之一以上会员提议，"
            "可以召开临时会员大会。")
    article(doc, Z, "第十一条", "联盟设理事会，由会员大会选举产生，每届任期三年。理事会设理事长一名、副理事长若干名。")
    article(doc, Z, "第十二条", "联盟设秘书处，负责联盟日常工作。秘书处设在青岛前湾综合保税区。")
    chapter(doc, "第四章" + FW + "经费")
    article(doc, Z, "第十三条", "联盟经费主要来源于会费、社会赞助和其他合法收入，专项用于联盟开展活动，不得在会员中分配。")
    chapter(doc, "第五章" + FW + "附则")
    article(doc, Z, "第十四条", "本章程经会员大会表决通过后生效。")
    article(doc, Z, "第十五条", "本章程由联盟理事会负责解释。")
    empty(doc)
    p = para(doc)
    set_font(p.add_run("附件：青岛片区国际物流产业联盟会员入会申请表"), FS)

    application_form(doc, "青岛片区国际物流产业联盟会员入会申请表", "联盟", "青岛片区")

    # 版记 as a borderless layout table with top/bottom rules, at the end of the file
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=1)
    table_borders(t, outer=True, inner=True)
    cell_text(t.rows[0].cells[0], "抄送：中国（山东）自由贸易试验区青岛片区管理委员会，青岛市商务局，青岛海关。",
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[1].cells[0], "青岛片区国际物流产业联盟秘书处" + FW * 5 + "2026年4月3日印发",
              align=WD_ALIGN_PARAGRAPH.LEFT)

    stem = "blind583_qingdao_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    notice = {
        "meta": {
            "title": "关于印发《中国（山东）自由贸易试验区青岛片区国际物流产业联盟章程》的通知",
            "doc_number": "青片物联〔2026〕2号",
            "issuer": [ORG],
            "date": "2026-04-03",
            "published": None,
            "level": "zone",
            "region": "中国（山东）自由贸易试验区青岛片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各会员单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": N,
    }
    charter = {
        "meta": {
            "title": ORG + "章程",
            "doc_number": None,
            "issuer": [ORG],
            "date": "2026-03-27",
            "published": None,
            "level": "zone",
            "region": "中国（山东）自由贸易试验区青岛片区",
            "effective": "2026-03-27",
            "expires": None,
            "attachments": ["青岛片区国际物流产业联盟会员入会申请表"],
            "doc_type": "章程",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": Z,
    }
    return stem, [notice, charter]


def main():
    expected = {}
    for fn in (make_chengdu, make_xiamen, make_qingdao):
        stem, docs = fn()
        expected[stem] = docs
        convert(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for k, v in expected.items():
        print(k, [len(d["clauses"]) for d in v])


if __name__ == "__main__":
    main()
