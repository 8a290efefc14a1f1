# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 734: bilingual MoU (Xi'an - Almaty) as two-column borderless table,
plus the Chinese text alone as a plain document. Word + PDF + expected.json."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
TNR = "Times New Roman"

# ---------------------------------------------------------------- content
TITLE_ZH = "西安市人民政府与哈萨克斯坦共和国阿拉木图市政府关于共建“一带一路”经贸合作的谅解备忘录"
TITLE_ZH_L1 = "西安市人民政府与哈萨克斯坦共和国阿拉木图市政府"
TITLE_ZH_L2 = "关于共建“一带一路”经贸合作的谅解备忘录"
TITLE_EN = ("Memorandum of Understanding between the People's Government of Xi'an "
            "Municipality and the Akimat of Almaty City of the Republic of Kazakhstan "
            "on Economic and Trade Cooperation under the Belt and Road Initiative")

PREAMBLE = [
    ("中华人民共和国陕西省西安市人民政府与哈萨克斯坦共和国阿拉木图市政府（以下简称“双方”），",
     "The People's Government of Xi'an Municipality, Shaanxi Province, the People's Republic "
     "of China and the Akimat of Almaty City of the Republic of Kazakhstan (hereinafter "
     "referred to as \"the Parties\"),"),
    ("为落实中哈两国元首关于共建“一带一路”的重要共识，推动“丝绸之路经济带”倡议与哈萨克斯坦“光明之路”新经济政策深入对接；",
     "With a view to implementing the important consensus reached by the Heads of State of "
     "China and Kazakhstan on jointly building the Belt and Road, and to deepening the "
     "alignment between the Silk Road Economic Belt initiative and the Nurly Zhol new "
     "economic policy of Kazakhstan;"),
    ("回顾双方自2019年建立友好交流关系以来在经贸、物流、人文等领域开展的务实合作；",
     "Recalling the practical cooperation carried out by the Parties in economy and trade, "
     "logistics and people-to-people exchanges since the establishment of friendly "
     "exchange relations in 2019;"),
    ("认识到中欧班列（西安）“长安号”、霍尔果斯口岸和中哈（连云港）物流合作基地等通道对双方经贸往来的重要支撑作用；",
     "Recognizing the important role played by the China-Europe Railway Express (Xi'an) "
     "\"Chang'an\", the Khorgos port and the China-Kazakhstan (Lianyungang) Logistics "
     "Cooperation Base in supporting economic and trade exchanges between the Parties;"),
    ("本着平等互利、优势互补、共商共建共享的原则，经友好协商，达成谅解如下：",
     "Guided by the principles of equality, mutual benefit, complementarity and extensive "
     "consultation, joint contribution and shared benefits, and through friendly "
     "consultations, have reached the following understanding:"),
]

# each article: list of (zh, en) paragraphs; first paragraph carries 第X条 / Article X
ARTICLES = [
    [("第一条　双方同意以共建“一带一路”为引领，建立长期稳定的经贸合作机制，力争到2028年两市间货物贸易额较2025年增长50%，双向投资规模和合作项目数量稳步扩大，将两市打造为中国与中亚地区经贸合作的重要支点。",
      "Article 1\nGuided by the joint building of the Belt and Road, the Parties agree to "
      "establish a long-term and stable mechanism for economic and trade cooperation, and "
      "shall strive to increase the trade in goods between the two cities by 50% by 2028 "
      "compared with 2025, to steadily expand two-way investment and the number of "
      "cooperation projects, and to develop the two cities into important hubs of economic "
      "and trade cooperation between China and Central Asia.")],
    [("第二条　双方将在以下领域优先开展合作：",
      "Article 2\nThe Parties shall give priority to cooperation in the following areas:"),
     ("（一）贸易促进。支持两市企业互相参加丝绸之路国际博览会、阿拉木图国际工业展览会等展会活动，扩大农产品、机电产品、纺织服装和新能源汽车等商品贸易规模。",
      "(1) Trade promotion. Supporting enterprises of the two cities in participating in "
      "the Silk Road International Expo, the Almaty International Industrial Exhibition and "
      "other exhibitions, and expanding trade in agricultural products, mechanical and "
      "electrical products, textiles and garments, and new energy vehicles."),
     ("（二）物流通道。依托中欧班列（西安）“长安号”和西安国际港务区，加密西安至阿拉木图班列线路，探索开行“点对点”定制班列和回程班列，推动在阿拉木图市设立海外仓和物流集散中心。",
      "(2) Logistics corridors. Relying on the China-Europe Railway Express (Xi'an) "
      "\"Chang'an\" and Xi'an International Trade & Logistics Park, increasing the frequency "
      "of trains between Xi'an and Almaty, exploring point-to-point customized trains and "
      "return trains, and promoting the establishment of overseas warehouses and a "
      "logistics distribution centre in Almaty."),
     ("（三）跨境电商。支持中国（西安）跨境电子商务综合试验区与阿拉木图市电子商务企业开展合作，共建跨境电商公共海外仓，推动“丝路电商”合作走深走实。",
      "(3) Cross-border e-commerce. Supporting cooperation between China (Xi'an) "
      "Cross-border E-commerce Comprehensive Pilot Zone and e-commerce enterprises of "
      "Almaty, jointly building public overseas warehouses for cross-border e-commerce, and "
      "deepening \"Silk Road E-commerce\" cooperation."),
     ("（四）产业投资。鼓励西安市企业在阿拉木图市投资建设农产品加工、装备制造、建筑材料等项目；欢迎阿拉木图市企业到中国（陕西）自由贸易试验区西安区域和西安综合保税区投资兴业，依法享受外商投资相关政策。",
      "(4) Industrial investment. Encouraging enterprises of Xi'an to invest in agricultural "
      "processing, equipment manufacturing and building materials projects in Almaty; "
      "welcoming enterprises of Almaty to invest in the Xi'an Area of China (Shaanxi) Pilot "
      "Free Trade Zone and Xi'an Comprehensive Bonded Zone and to enjoy the relevant "
      "policies on foreign investment in accordance with law."),
     ("（五）金融服务。支持两市金融机构在依法合规的前提下开展跨境人民币结算、贸易融资等业务合作，为双方经贸往来提供便利化金融服务。",
      "(5) Financial services. Supporting financial institutions of the two cities in "
      "cooperating on cross-border RMB settlement, trade financing and other businesses in "
      "compliance with laws and regulations, so as to provide facilitated financial "
      "services for economic and trade exchanges."),
     ("（六）人文交流。加强两市在教育、旅游、文化、青年等领域的交流，支持两市高等院校联合培养经贸、物流和语言人才。",
      "(6) People-to-people exchanges. Strengthening exchanges in education, tourism, "
      "culture and youth, and supporting universities of the two cities in jointly "
      "training talents in economy and trade, logistics and languages.")],
    [("第三条　双方同意建立两市经贸合作联络机制。西安市商务局与阿拉木图市企业和投资局作为本备忘录的执行机构，负责制定年度合作计划、协调推进合作项目、交换经贸信息。",
      "Article 3\nThe Parties agree to establish a liaison mechanism for economic and trade "
      "cooperation. Xi'an Municipal Bureau of Commerce and the Department of "
      "Entrepreneurship and Investment of Almaty City shall be the executive agencies of "
      "this Memorandum, responsible for formulating annual cooperation plans, coordinating "
      "cooperation projects and exchanging economic and trade information."),
     ("双方每年轮流在西安市和阿拉木图市召开一次工作会议，总结合作进展，研究解决合作中出现的问题。",
      "The Parties shall hold a working meeting once a year, alternately in Xi'an and "
      "Almaty, to review the progress of cooperation and to study and resolve problems "
      "arising in cooperation.")],
    [("第四条　双方将为对方企业在本市开展经贸活动提供便利，及时提供投资环境、产业政策、项目信息等方面的咨询服务，依法保护对方企业和投资者的合法权益。",
      "Article 4\nEach Party shall facilitate the economic and trade activities of "
      "enterprises of the other Party in its city, provide timely consultation on the "
      "investment environment, industrial policies and project information, and protect "
      "the lawful rights and interests of the enterprises and investors of the other Party "
      "in accordance with law.")],
    [("第五条　双方支持两市商会、行业协会建立对口联系，每年至少组织一次企业对接洽谈活动，共同举办“西安—阿拉木图经贸合作论坛”。",
      "Article 5\nThe Parties support chambers of commerce and industry associations of the "
      "two cities in establishing counterpart ties, shall organize at least one business "
      "matchmaking event each year, and shall jointly hold the Xi'an-Almaty Economic and "
      "Trade Cooperation Forum.")],
    [("第六条　本备忘录为双方开展合作的意向性文件，不构成国际法或国内法意义上的权利和义务。双方在本备忘录框架下开展的具体合作项目，由相关机构和企业另行签订协议。",
      "Article 6\nThis Memorandum is a statement of intent of the Parties and does not "
      "create any rights or obligations under international or domestic law. Specific "
      "cooperation projects under the framework of this Memorandum shall be the subject of "
      "separate agreements between the relevant agencies and enterprises."),
     ("合作所需费用，除双方另有约定外，由双方各自承担。",
      "Unless otherwise agreed by the Parties, each Party shall bear its own costs "
      "arising from the cooperation.")],
    [("第七条　双方在本备忘录解释和执行过程中产生的任何分歧，应通过友好协商解决。",
      "Article 7\nAny difference arising from the interpretation or implementation of this "
      "Memorandum shall be settled through friendly consultations between the Parties."),
     ("经双方书面同意，可以对本备忘录进行修改或补充。修改或补充的内容作为本备忘录的组成部分，与本备忘录具有同等效力。",
      "This Memorandum may be amended or supplemented with the written consent of the "
      "Parties. Any amendment or supplement shall form an integral part of this Memorandum "
      "and shall have the same effect.")],
    [("第八条　本备忘录自双方签署之日起生效，有效期至2031年5月11日。期满后经双方协商一致，可以延期。任何一方可以书面通知另一方终止本备忘录，本备忘录自通知送达之日起六个月后终止。",
      "Article 8\nThis Memorandum shall enter into force on the date of its signature by "
      "the Parties and shall remain in force until 11 May 2031. It may be extended upon "
      "mutual consent of the Parties. Either Party may terminate this Memorandum by written "
      "notice to the other Party, and the termination shall take effect six months after "
      "the date of receipt of such notice."),
     ("本备忘录于2026年5月12日在阿拉木图签署，一式两份，每份均用中文和英文写成，两种文本同等作准。",
      "Done in Almaty on 12 May 2026, in duplicate, each in the Chinese and English "
      "languages, both texts being equally authentic.")],
]

SIGN_ZH = {
    "left": ["代表", "西安市人民政府", "王立群", "副市长"],
    "right": ["代表", "哈萨克斯坦共和国阿拉木图市政府", "叶尔江·阿比耶夫", "副市长"],
}
SIGN_EN = {
    "left": ["For the People's Government", "of Xi'an Municipality", "Wang Liqun", "Vice Mayor"],
    "right": ["For the Akimat of Almaty City", "of the Republic of Kazakhstan", "Yerzhan Abiyev", "Deputy Akim"],
}


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, ascii_=TNR, size=16, bold=None, color=None):
    run.font.name = ascii_
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_)
    rfonts.set(qn("w:hAnsi"), ascii_)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_run(p, text, **kw):
    """text may contain '\n' -> soft line break (Shift+Enter)."""
    parts = text.split("\n")
    last = None
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, **kw)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
        last = r
    return last


def fmt(p, first_indent=None, align=None, line=None, before=0, after=0):
    pf = p.paragraph_format
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if align is not None:
        p.alignment = align
    if line is not None:
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def borderless(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def page_setup(doc, top=3.7, bottom=3.5, left=2.8, right=2.6):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(top)
        s.bottom_margin = Cm(bottom)
        s.left_margin = Cm(left)
        s.right_margin = Cm(right)


def add_page_number(doc, left="— ", right=" —", east="宋体", size=14):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, left, east=east, ascii_=east, size=size)
    r = p.add_run()
    set_font(r, east=east, ascii_=east, size=size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    add_run(p, right, east=east, ascii_=east, size=size)


def clear_cell(cell):
    # a new cell holds one empty paragraph; reuse it
    return cell.paragraphs[0]


def add_article_numbering(doc):
    """Word numbering '第一条　' (chineseCounting, no suffix) for the plain Chinese text."""
    numbering = doc.part.numbering_part.element
    abs_id = "734"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "第%1条　"),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), HT); rf.set(qn("w:hAnsi"), HT); rf.set(qn("w:eastAsia"), HT)
    rpr.append(rf)
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "734")
    ani = OxmlElement("w:abstractNumId"); ani.set(qn("w:val"), abs_id)
    num.append(ani)
    numbering.append(num)
    return "734"


def apply_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), num_id)
    numPr.append(il); numPr.append(ni)
    pPr.insert(0, numPr)


# ---------------------------------------------------------------- doc 1: bilingual
def make_bilingual(path):
    doc = Document()
    page_setup(doc, top=2.8, bottom=2.5, left=2.2, right=2.2)
    st = doc.styles["Normal"]
    st.font.name = TNR
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(doc, left="- ", right=" -", east=TNR, size=10.5)

    # a stray empty paragraph at the top, as offices leave them
    doc.add_paragraph()

    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    borderless(t)
    widths = [Cm(8.3), Cm(8.3)]

    # row 0: titles (Chinese title broken with a soft line break)
    row = t.add_row()
    p = clear_cell(row.cells[0])
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=1.25, after=12)
    add_run(p, TITLE_ZH_L1 + "\n" + TITLE_ZH_L2, east=XBS, ascii_=XBS, size=18)
    p = clear_cell(row.cells[1])
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=1.15, after=12)
    add_run(p, "MEMORANDUM OF UNDERSTANDING", east=TNR, size=14, bold=True)
    p2 = row.cells[1].add_paragraph()
    fmt(p2, align=WD_ALIGN_PARAGRAPH.CENTER, line=1.15, after=12)
    add_run(p2, TITLE_EN[len("Memorandum of Understanding "):], east=TNR, size=12, bold=True)

    # row 1: preamble, each recital a paragraph in the cell
    row = t.add_row()
    for i, (zh, en) in enumerate(PREAMBLE):
        pz = clear_cell(row.cells[0]) if i == 0 else row.cells[0].add_paragraph()
        fmt(pz, first_indent=Pt(28), align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=1.3, after=4)
        add_run(pz, zh, size=14)
        pe = clear_cell(row.cells[1]) if i == 0 else row.cells[1].add_paragraph()
        fmt(pe, first_indent=Pt(24), align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=1.15, after=4)
        add_run(pe, en, size=12)

    # article rows
    for art in ARTICLES:
        row = t.add_row()
        for i, (zh, en) in enumerate(art):
            pz = clear_cell(row.cells[0]) if i == 0 else row.cells[0].add_paragraph()
            fmt(pz, first_indent=Pt(28), align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=1.3, after=4)
            if i == 0:
                num, rest = zh.split("　", 1)
                add_run(pz, num, east=HT, ascii_=HT, size=14, bold=True)
                add_run(pz, "　" + rest, size=14)
            else:
                add_run(pz, zh, size=14)
            pe = clear_cell(row.cells[1]) if i == 0 else row.cells[1].add_paragraph()
            fmt(pe, first_indent=Pt(24) if i else None,
                align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=1.15, after=4)
            if i == 0:
                head, body = en.split("\n", 1)
                r = add_run(pe, head, size=12, bold=True)
                r.add_break(WD_BREAK.LINE)
                add_run(pe, body, size=12)
            else:
                add_run(pe, en, size=12)
        # trailing empty paragraph in the Chinese cell of some rows (office habit)
        if art is ARTICLES[1] or art is ARTICLES[5]:
            row.cells[0].add_paragraph()

    set_col_widths(t, widths)

    doc.add_paragraph()
    doc.add_paragraph()

    # signature block: two columns, borderless
    s = doc.add_table(rows=0, cols=2)
    s.alignment = WD_TABLE_ALIGNMENT.CENTER
    borderless(s)
    # row a: 代表 … / For …
    row = s.add_row()
    for side, cell in (("left", row.cells[0]), ("right", row.cells[1])):
        p = clear_cell(cell)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=1.2)
        add_run(p, SIGN_ZH[side][0] + SIGN_ZH[side][1], size=14)
        p = cell.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=1.1)
        add_run(p, SIGN_EN[side][0] + "\n" + SIGN_EN[side][1], size=11)
    # row b: signature lines
    row = s.add_row()
    for cell in row.cells:
        p = clear_cell(cell)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=30)
        add_run(p, "＿＿＿＿＿＿＿＿＿＿", size=14)
    # row c: name
    row = s.add_row()
    for side, cell in (("left", row.cells[0]), ("right", row.cells[1])):
        p = clear_cell(cell)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=1.2)
        add_run(p, SIGN_ZH[side][2] + "\n" + SIGN_EN[side][2], size=14)
    # row d: 职务
    row = s.add_row()
    for side, cell in (("left", row.cells[0]), ("right", row.cells[1])):
        p = clear_cell(cell)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=1.2)
        add_run(p, SIGN_ZH[side][3], east=KT, size=14)
        add_run(p, "\n" + SIGN_EN[side][3], size=11)
    set_col_widths(s, widths)

    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, "签署于阿拉木图　　2026年5月12日", size=14)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, "Signed in Almaty on 12 May 2026", size=12, bold=False)
    doc.save(path)


# ---------------------------------------------------------------- doc 2: Chinese only
def make_chinese(path):
    doc = Document()
    page_setup(doc)
    st = doc.styles["Normal"]
    st.font.name = TNR
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(doc)
    num_id = add_article_numbering(doc)

    # title on three paragraphs (manual split, the way it is typed)
    for line in ("西安市人民政府与哈萨克斯坦共和国",
                 "阿拉木图市政府关于共建“一带一路”",
                 "经贸合作的谅解备忘录"):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
        add_run(p, line, east=XBS, ascii_=XBS, size=22)
    doc.add_paragraph()

    # preamble: first recital without indent (as typed), rest indented
    for i, (zh, _en) in enumerate(PREAMBLE):
        p = doc.add_paragraph()
        fmt(p, first_indent=None if i == 0 else Pt(32),
            align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=Pt(28))
        if i == 3:
            # office quirk: a hand-typed soft line break in the middle of a recital
            k = zh.index("霍尔果斯口岸")
            add_run(p, zh[:k] + "\n" + zh[k:], size=16)
        else:
            add_run(p, zh, size=16)

    for ai, art in enumerate(ARTICLES):
        for i, (zh, _en) in enumerate(art):
            p = doc.add_paragraph()
            if i == 0:
                # article number comes from Word numbering ("第一条　"), text only typed
                apply_num(p, num_id)
                fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=Pt(28))
                add_run(p, zh.split("　", 1)[1], size=16)
            else:
                fmt(p, first_indent=Pt(32), align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=Pt(28))
                if zh.startswith("（"):
                    # run-in heading of the item in 楷体, bold
                    head, rest = zh.split("。", 1)
                    add_run(p, head + "。", east=KT, size=16, bold=True)
                    add_run(p, rest, size=16)
                else:
                    add_run(p, zh, size=16)

    # signature block typed with spaces
    for _ in range(2):
        doc.add_paragraph()
    lines = [
        "　　代　表　　　　　　　　　　　　　　　代　表",
        "西安市人民政府　　　哈萨克斯坦共和国阿拉木图市政府",
        "",
        "　　王立群　　　　　　　　　　　　　叶尔江·阿比耶夫",
        "　（副市长）　　　　　　　　　　　　　　（副市长）",
    ]
    for ln in lines:
        p = doc.add_paragraph()
        fmt(p, line=Pt(28), first_indent=Pt(16))
        if ln:
            add_run(p, ln, size=16)
    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=Pt(28))
    add_run(p, "签署于阿拉木图　　二〇二六年五月十二日　　", size=16)
    doc.save(path)


# ---------------------------------------------------------------- expected
def clauses():
    out = [zh for zh, _ in PREAMBLE]
    for art in ARTICLES:
        out.extend(zh for zh, _ in art)
    return out


def meta():
    return {
        "title": TITLE_ZH,
        "doc_number": None,
        "issuer": ["西安市人民政府", "哈萨克斯坦共和国阿拉木图市政府"],
        "date": "2026-05-12",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": "2026-05-12",
        "expires": "2031-05-11",
        "attachments": [],
        "doc_type": "谅解备忘录",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_734", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    files = {
        "blind734_xian_beiwanglu_shuangyu": make_bilingual,
        "blind734_xian_beiwanglu_zhongwen": make_chinese,
    }
    expected = {}
    for stem, fn in files.items():
        path = os.path.join(HERE, stem + ".docx")
        fn(path)
        to_pdf(path)
        expected[stem] = [{"meta": meta(), "clauses": clauses()}]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
