# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 414 blind test documents: 工作简报 / 政务信息 issues."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=None, color=None):
    run.font.name = east
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), east)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


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
    return doc


def fmt(p, align=None, indent=None, fixed=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = indent
    if left is not None:
        pf.left_indent = left
    if fixed:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(fixed)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def red_rule(p, sz=18, where="bottom"):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + where)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    pBdr.append(b)
    pPr.append(pBdr)


def black_rules(p, top=True, bottom=True, sz=6):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    for where, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + where)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            pBdr.append(b)
    pPr.append(pBdr)


def empty(doc, n=1, fixed=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, fixed=fixed)


def add_page_number(section, left="— ", right=" —", font="宋体", size=14,
                    align=WD_ALIGN_PARAGRAPH.CENTER):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = align
    r = p.add_run(left)
    set_font(r, font, size)
    r = p.add_run()
    set_font(r, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_font(r, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, font, size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_font(r, font, size)
    r = p.add_run()
    set_font(r, font, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(right)
    set_font(r, font, size)


def table_borders(table, spec):
    """spec: dict edge -> (val, sz). Edges not given are set to nil."""
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tb = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        if edge in spec:
            e.set(qn("w:val"), spec[edge][0])
            e.set(qn("w:sz"), str(spec[edge][1]))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), spec[edge][2] if len(spec[edge]) > 2 else "000000")
        else:
            e.set(qn("w:val"), "nil")
        tb.append(e)
    anchor = None
    for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"):
        anchor = tblPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(tb)
    else:
        tblPr.append(tb)


def set_widths(table, widths):
    table.autofit = False
    for j, w in enumerate(widths):
        table.columns[j].width = Cm(w)
        for row in table.rows:
            row.cells[j].width = Cm(w)


def cell_text(cell, text, font=FS, size=16, bold=None, align=None, fixed=28, color=None):
    p = cell.paragraphs[0]
    fmt(p, align=align, fixed=fixed)
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return p


# ------------------------------------------------------------ body writers
class Body:
    """Writes body paragraphs and records clauses at the same time."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def para(self, text, manual_spaces=False, font=FS, size=16):
        p = self.doc.add_paragraph()
        if manual_spaces:
            fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            r = p.add_run("\u3000\u3000" + text)
        else:
            fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=Pt(32))
            r = p.add_run(text)
        set_font(r, font, size)
        self.clauses.append(text)
        return p

    def para_softbreak(self, first, second, manual_spaces=False):
        """One paragraph with a hand-typed soft line break mid-sentence."""
        p = self.doc.add_paragraph()
        if manual_spaces:
            fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            r = p.add_run("\u3000\u3000" + first)
        else:
            fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=Pt(32))
            r = p.add_run(first)
        set_font(r, FS, 16)
        r.add_break()
        r2 = p.add_run(second)
        set_font(r2, FS, 16)
        self.clauses.append(first + second)
        return p

    def para_runs(self, runs, clause_text):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=Pt(32))
        for text, font, bold in runs:
            r = p.add_run(text)
            set_font(r, font, 16, bold)
        self.clauses.append(clause_text)
        return p

    def headline(self, text, font=XBS, size=18, bold=False, soft_split=None):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, fixed=32, before=6, after=6)
        if soft_split:
            a, b = soft_split
            r = p.add_run(a)
            set_font(r, font, size, bold)
            r.add_break()
            r = p.add_run(b)
            set_font(r, font, size, bold)
        else:
            r = p.add_run(text)
            set_font(r, font, size, bold)
        return p

    def source(self, text, align=WD_ALIGN_PARAGRAPH.CENTER):
        p = self.doc.add_paragraph()
        fmt(p, align=align)
        r = p.add_run(text)
        set_font(r, KT, 16)
        return p

    def data_table(self, header, rows, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            cell_text(t.rows[0].cells[j], h, font=HT, size=14,
                      align=WD_ALIGN_PARAGRAPH.CENTER, fixed=24)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell_text(t.rows[i + 1].cells[j], v, font=FS, size=14,
                          align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER,
                          fixed=24)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        if widths:
            set_widths(t, widths)
        return t


def masthead_line(doc, text, size=48, font=XBS, letter_spacing=None):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, fixed=None, before=0, after=0)
    r = p.add_run(text)
    set_font(r, font, size, False, RED)
    if letter_spacing:
        rPr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(letter_spacing))
        rPr.append(sp)
    return p


def add_numbering(doc, num_id=901):
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), num_id, FS, FS, FS)
    )
    absn = parse_xml(absxml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))
    return num_id


def numbered_para(body, text, num_id, n):
    """Paragraph numbered by Word's automatic numbering; clause shows the number."""
    p = body.doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=Pt(32), left=Pt(0))
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    r = p.add_run(text)
    set_font(r, FS, 16)
    body.clauses.append("%d.%s" % (n, text))
    return p


def meta(title, issuer, date, level, region, doc_type="简报"):
    return {
        "title": title,
        "doc_number": None,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": level,
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": doc_type,
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }


# ================================================================ doc 1
def make_chengdu():
    doc = new_doc()
    add_page_number(doc.sections[0])
    b = Body(doc)

    empty(doc, 1)
    masthead_line(doc, "四川自贸试验区工作简报", size=40)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
    r = p.add_run("2026年第5期（总第93期）")
    set_font(r, FS, 16)
    # 编印单位 and date typed into a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    table_borders(t, {})
    cell_text(t.rows[0].cells[0], "四川省自由贸易试验区工作办公室编印", align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[0].cells[1], "2026年5月18日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_widths(t, [10.4, 5.2])
    p = doc.add_paragraph()
    fmt(p, fixed=8)
    red_rule(p, sz=24)

    # 编者按 — typed with manual full-width spaces, whole paragraph in 楷体
    ed = ("【编者按】今年以来，全省各自贸试验区片区坚持以制度创新为核心，围绕国际班列、"
          "跨境电商、保税维修、外商投资服务等重点领域大胆试、大胆闯，形成了一批可复制可推广的"
          "经验做法。本期选编4篇片区工作动态，供各地各部门学习借鉴。")
    b.para(ed, manual_spaces=True, font=KT)

    h1 = "中欧班列（成渝）“运贸一体化”改革试点取得阶段性成效"
    h2 = "天府国际机场综合保税区首票“跨境电商+保税维修”业务落地"
    h3 = "川南临港片区探索外商投资“一站式”服务新模式"
    h4 = "四川自贸试验区“铁路提单”融资规模突破百亿元"

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, before=6)
    r = p.add_run("本期要目")
    set_font(r, HT, 16, True)
    for h in (h1, h2, h3, h4):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(32))
        r = p.add_run("★ " + h)
        set_font(r, KT, 16)
    p = doc.add_paragraph()
    fmt(p, fixed=8)
    red_rule(p, sz=6)
    empty(doc, 1)

    # article 1
    b.headline(h1)
    b.source("（成都国际铁路港经济技术开发区供稿）")
    b.para("今年以来，青白江片区依托成都国际铁路港，聚焦中欧班列（成渝）由“开得好”向“运得好、卖得好”"
           "转变，在全国率先开展“运贸一体化”改革试点，推动班列由单一通道功能向“通道+贸易+产业”综合功能"
           "拓展。1—4月，中欧班列（成渝）成都方向累计开行1126列，同比增长8.7%，其中回程班列占比提升至46.3%。",
           manual_spaces=True)
    b.para("试点工作主要有三方面做法。一是搭建“班列+贸易”服务平台，整合订舱、报关、结算、仓储等12项服务，"
           "企业“一次登录、全程办理”；二是推行“整列集拼、分段结算”模式，中小企业可按箱订舱、按段付费，"
           "平均物流成本下降约15%；三是联合成都海关推广“铁路快通”模式，进出口货物在铁路港完成全部通关手续，"
           "通关时间压缩至6小时以内。", manual_spaces=True)
    b.para("下一步，青白江片区将围绕汽车整车、跨境电商、冷链食品等重点货类，培育20家以上“运贸一体化”"
           "示范企业，力争全年带动进出口贸易额增长10%以上。", manual_spaces=True)
    empty(doc, 1)

    # article 2
    b.headline(h2)
    b.source("（成都东部新区管理委员会供稿）")
    b.para("4月22日，成都天府国际机场综合保税区首票“跨境电商+保税维修”业务顺利通关，一批经跨境电商出口"
           "至海外仓、需返厂维修的笔记本电脑以保税方式进入区内维修企业，维修完成后将复运出境。该业务的落地，"
           "标志着四川跨境电商售后服务链条实现闭环。", manual_spaces=True)
    b.para_softbreak("据了解，此前跨境电商出口商品发生退换修时，企业需按一般贸易方式办理进口手续并缴纳税款，"
                     "流程长、成本高。天府国际机场综合保税区会同成都海关创新监管方式，",
                     "对跨境电商出口商品的维修实施“保税进、维修后复出”，预计每年可为区内企业节约税费及物流成本"
                     "约3000万元。", manual_spaces=True)
    empty(doc, 1)

    # article 3 (no source line)
    b.headline(h3)
    b.para("川南临港片区聚焦外商投资企业设立、运营、退出全生命周期，在泸州综合保税区政务服务中心设立外商投资"
           "“一站式”服务专窗，集成商务、市场监管、税务、外汇、海关等8个部门的23项涉外事项，实现外资企业"
           "设立登记“一窗受理、一日办结”。", manual_spaces=True)
    b.para("片区同步建立外资企业“服务专员”制度，为每家重点外资企业配备1名服务专员，定期走访了解企业诉求，"
           "协调解决用地、用工、融资等问题。今年以来，片区新设外商投资企业14家，实际使用外资1.2亿美元，"
           "同比增长21.5%。", manual_spaces=True)
    empty(doc, 1)

    # article 4
    b.headline(h4)
    b.source("（中国人民银行四川省分行供稿）")
    b.para("截至4月底，四川自贸试验区累计签发多式联运“一单制”铁路提单2.6万余单，依托铁路提单办理贸易融资"
           "业务1870笔、金额103.4亿元，融资规模首次突破百亿元。", manual_spaces=True)
    b.para("人民银行四川省分行指导辖内银行机构将铁路提单纳入动产融资统一登记公示系统，明确提单物权凭证功能，"
           "推出“提单贷”“班列融”等专属产品，并对符合条件的业务给予再贴现支持，有效缓解了外贸中小企业"
           "“融资难、融资贵”问题。", manual_spaces=True)
    b.para("下一步，将推动铁路提单与海运提单、航空运单互认衔接，探索开展铁路提单跨境流转和跨境融资业务，"
           "进一步提升国际陆海贸易通道金融服务水平。", manual_spaces=True)

    # 版记 — three lines with rules, plus print count
    empty(doc, 2)
    lines = [
        "报：省委、省政府领导同志，商务部自由贸易试验区港建设协调司。",
        "送：省自由贸易试验区工作领导小组成员单位。",
        "发：各市（州）商务主管部门，各自贸试验区片区管委会，各协同改革先行区。",
    ]
    for i, ln in enumerate(lines):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(0))
        p.paragraph_format.left_indent = Pt(42)
        p.paragraph_format.first_line_indent = Pt(-42)
        black_rules(p, top=(i == 0), bottom=True)
        r = p.add_run(ln)
        set_font(r, FS, 14)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    r = p.add_run("（共印120份）")
    set_font(r, FS, 14)

    name = "blind414_chengdu_jianbao"
    doc.save(os.path.join(HERE, name + ".docx"))
    m = meta("四川自贸试验区工作简报（2026年第5期）", ["四川省自由贸易试验区工作办公室"],
             "2026-05-18", "provincial", "四川省")
    return name, [{"meta": m, "clauses": b.clauses}]


# ================================================================ doc 2
def make_xiamen():
    doc = new_doc()
    add_page_number(doc.sections[0], left="- ", right=" -", font="Times New Roman", size=14,
                    align=WD_ALIGN_PARAGRAPH.CENTER)
    num_id = add_numbering(doc)
    b = Body(doc)

    masthead_line(doc, "厦门自贸片区", size=36, letter_spacing=40)
    masthead_line(doc, "政 务 信 息", size=54)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
    r = p.add_run("第21期（总第246期）")
    set_font(r, FS, 16)
    # 编印单位 on the left, date pushed right with a right tab stop
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("中国（福建）自由贸易试验区厦门片区管理委员会办公室\t2025年11月26日")
    set_font(r, FS, 12)
    red_rule(p, sz=18)
    empty(doc, 1, fixed=14)

    b.para_runs([("【编者按】", HT, True),
                 ("今年以来，厦门自贸片区立足对台和“一带一路”双重优势，持续深化投资贸易便利化改革。"
                  "现将近期部分工作进展编发如下，供参阅。", KT, False)],
                "【编者按】今年以来，厦门自贸片区立足对台和“一带一路”双重优势，持续深化投资贸易便利化改革。"
                "现将近期部分工作进展编发如下，供参阅。")

    h1 = "厦门片区跨境电商海外仓“离境即退税”模式运行首月成效明显"
    h2 = "首趟“丝路海运+中欧班列”海铁联运专列从厦门启程"
    h3 = "厦门片区台湾地区职业资格直接采认项目扩容至143项"
    h4 = "厦门片区合格境外有限合伙人（QFLP）试点规模突破50亿元"

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    r = p.add_run("本 期 要 目")
    set_font(r, HT, 16)
    # 要目 laid out in a borderless 2-column table
    t = doc.add_table(rows=4, cols=2)
    table_borders(t, {})
    for i, h in enumerate((h1, h2, h3, h4)):
        cell_text(t.rows[i].cells[0], ["一、", "二、", "三、", "四、"][i], font=KT,
                  align=WD_ALIGN_PARAGRAPH.RIGHT)
        cell_text(t.rows[i].cells[1], h, font=KT, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_widths(t, [1.6, 14.0])
    p = doc.add_paragraph()
    fmt(p, fixed=10)
    red_rule(p, sz=6)

    def column_label(text):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, before=6)
        r = p.add_run(text)
        set_font(r, HT, 16, True, RED)

    # article 1
    column_label("【改革创新】")
    # headline typed as a bold 黑体 run in an ordinary left-aligned paragraph
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    r = p.add_run(h1)
    set_font(r, HT, 16, True)
    b.para("10月起，厦门片区在全省率先试行跨境电商出口海外仓“离境即退税”模式，企业货物出口报关离境后，"
           "即可凭出口报关单和海外仓入仓信息申报退税，无需等待货物在境外实际销售。首月共有37家企业办理相关业务，"
           "退税金额4860万元，平均办理时间由原来的6个工作日压缩至1.5个工作日。")
    b.para("为防范风险，厦门片区会同厦门海关、国家税务总局厦门市税务局建立跨境电商海外仓企业信用评价机制，"
           "对信用良好企业适用“先退后核”，对发生境外退货的由企业在规定期限内补缴已退税款，实现便利与监管的"
           "有机统一。")
    b.source("（片区商务局供稿）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)

    # article 2 — Word automatic numbering for the three items
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    r = p.add_run(h2)
    set_font(r, HT, 16, True)
    b.para("11月18日，首趟“丝路海运+中欧班列”海铁联运专列从厦门海沧站鸣笛启程，满载着来自东南亚的电子"
           "元器件和福建本地生产的鞋服、陶瓷等货物，经霍尔果斯口岸出境，预计16天后抵达波兰马拉舍维奇。")
    b.para("此次专列主要实现三项突破：")
    items = [
        "“一次委托、全程负责”，货主在厦门港一次办理海运和铁路订舱；",
        "“一次申报、一次查验”，东南亚转口货物在海沧港区办理转关后直接装车；",
        "“一单到底、全程结算”，多式联运提单由承运人统一签发，可在境内外银行办理结汇和融资。",
    ]
    for i, it in enumerate(items, 1):
        numbered_para(b, it, num_id, i)
    b.para("今年以来，中欧（厦门）班列累计开行312列，同比增长12.6%，线路覆盖12个国家、30多个城市。")
    b.source("（片区港口与物流服务局供稿）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)

    # article 3
    column_label("【开放合作】")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    r = p.add_run(h3)
    set_font(r, HT, 16, True)
    b.para("近日，厦门片区印发新版台湾地区职业资格直接采认目录，新增建筑、医疗健康、文化创意等领域职业资格"
           "42项，采认项目总数扩容至143项。持有目录内台湾地区职业资格证书的台胞，经备案后可在片区内直接执业，"
           "无需另行参加考试。")
    b.para("截至10月底，片区已为1086名台湾地区专业人才办理职业资格采认，其中建筑师、室内设计师、导游、"
           "护理人员等领域采认人数居前。片区还推出“台胞一件事”服务，将采认备案、社保参保、公积金缴存等事项"
           "合并办理。")
    b.source("（片区人才工作办公室供稿）", align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)

    # article 4
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    r = p.add_run(h4)
    set_font(r, HT, 16, True)
    b.para("厦门片区自2021年开展合格境外有限合伙人（QFLP）试点以来，持续优化试点管理办法，推行“白名单”"
           "管理和“一次备案、多次使用”资金汇兑机制。截至11月中旬，片区累计设立QFLP试点基金28只，认缴规模"
           "52.7亿元，实际引入境外资金折合3.4亿美元，主要投向集成电路、生物医药、新能源等产业。")
    b.para("下一步，片区将推动QFLP试点与合格境内有限合伙人（QDLP）试点联动，支持符合条件的外资机构在片区"
           "设立股权投资管理企业，吸引更多境外长期资本投资厦门。")
    b.source("（片区金融服务局供稿）", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 版记
    empty(doc, 3)
    for i, ln in enumerate([
        "报：市委、市政府领导，省商务厅（省自贸办）。",
        "送：市自贸委成员单位，厦门海关，国家税务总局厦门市税务局。",
        "发：片区各局（办），海沧、湖里区政府。",
    ]):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
        black_rules(p, top=(i == 0), bottom=(i == 2))
        r = p.add_run(ln)
        set_font(r, FS, 14)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    r = p.add_run("责任编辑：陈　琳　　　　　　　　　　　　　　　（共印80份）")
    set_font(r, FS, 12)

    name = "blind414_xiamen_jianbao"
    doc.save(os.path.join(HERE, name + ".docx"))
    m = meta("厦门自贸片区政务信息（2025年第21期）",
             ["中国（福建）自由贸易试验区厦门片区管理委员会办公室"],
             "2025-11-26", "zone", "中国（福建）自由贸易试验区厦门片区", doc_type="政务信息")
    return name, [{"meta": m, "clauses": b.clauses}]


# ================================================================ doc 3
def make_zhengzhou():
    doc = new_doc()
    add_page_number(doc.sections[0], left="—", right="—", font="宋体", size=14,
                    align=WD_ALIGN_PARAGRAPH.RIGHT)
    b = Body(doc)

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    r = p.add_run("内部资料　注意保存")
    set_font(r, HT, 14)
    empty(doc, 1)
    masthead_line(doc, "郑州跨境电商综试区", size=42)
    masthead_line(doc, "工 作 简 报", size=42)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6)
    r = p.add_run("第9期")
    set_font(r, FS, 16)
    # 编印单位 and date aligned with hand-typed full-width spaces
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    r = p.add_run("郑州跨境电商综试区建设工作领导小组办公室" + "\u3000" * 5 + "二〇二四年九月十日")
    set_font(r, FS, 12)
    red_rule(p, sz=24)
    empty(doc, 1, fixed=14)

    b.para_runs([("【编者按】", HT, True),
                 ("1—8月，全市跨境电商进出口交易额保持较快增长，“跨境电商+中欧班列”“跨境电商+空港”融合"
                  "发展成效初显。本期刊发我市跨境电商和国际物流通道建设有关情况，供参考。", KT, False)],
                "【编者按】1—8月，全市跨境电商进出口交易额保持较快增长，“跨境电商+中欧班列”“跨境电商+空港”融合"
                "发展成效初显。本期刊发我市跨境电商和国际物流通道建设有关情况，供参考。")

    h1 = "1—8月全市跨境电商和中欧班列主要指标保持增长"
    h2a, h2b = "新郑综合保税区“1210”网购保税进口", "业务单量创新高"
    h3 = "航空港区集中签约外资项目6个"
    h4 = "全市跨境电商人才培训“千企万人”行动启动"

    # 要目 typed as ONE paragraph with soft breaks between lines
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, before=6)
    r = p.add_run("本期要目")
    set_font(r, HT, 16, True)
    r.add_break()
    heads = [h1, h2a + h2b, h3, h4]
    for i, h in enumerate(heads):
        r = p.add_run("\u3000\u3000%d.%s" % (i + 1, h))
        set_font(r, KT, 16)
        if i < 3:
            r.add_break()
    p = doc.add_paragraph()
    fmt(p, fixed=10)
    red_rule(p, sz=6)
    empty(doc, 1)

    # article 1 with a data table
    b.headline(h1, font=HT, size=16)
    b.source("（市商务局供稿）")
    b.para("据统计，1—8月，全市跨境电商进出口交易额、中欧班列（中豫号）开行量等主要指标均实现同比增长，"
           "跨境电商与国际物流通道协同发展态势持续向好。主要指标如下：")
    b.data_table(["指标", "1—8月累计", "同比增长"], [
        ["跨境电商进出口交易额", "1126.4亿元", "9.8%"],
        ["其中：跨境电商出口", "768.3亿元", "12.1%"],
        ["中欧班列（中豫号）开行量", "1974列", "15.3%"],
        ["中欧班列（中豫号）运输货值", "310.2亿元", "7.6%"],
        ["郑州机场货邮吞吐量", "45.2万吨", "18.9%"],
    ], widths=[7.5, 4.0, 4.0])
    b.para("从结构看，跨境电商出口增速快于进口，B2B出口占比达到71.4%；中欧班列（中豫号）回程货源中跨境电商"
           "包裹数量同比增长近一倍。")
    empty(doc, 1)

    # article 2 — headline split by a soft break
    b.headline(None, font=HT, size=16, soft_split=(h2a, h2b))
    b.source("（郑州新郑综合保税区管理委员会供稿）")
    b.para("8月，新郑综合保税区跨境电商网购保税进口（1210）业务单量达到486万单，创单月历史新高，同比增长"
           "23.7%。综保区推行“进口商品前置仓+区内直发”模式，消费者下单后最快2小时完成清关出区，郑州市区实现"
           "“当日下单、当日送达”。")
    b.para("综保区还会同郑州海关推广跨境电商退货中心仓模式，退货商品可在区内集中分拣、查验和复运出境，"
           "退货处理时间由平均30天压缩至7天以内。")
    empty(doc, 1)

    # article 3
    b.headline(h3, font=HT, size=16)
    b.source("（郑州航空港经济综合实验区经济发展局供稿）")
    b.para("9月3日，郑州航空港经济综合实验区举办2024年外资项目集中签约活动，共签约外资项目6个，合同外资"
           "3.8亿美元，涉及智能终端配套、航空物流、跨境电商供应链等领域。其中，某新加坡物流企业投资建设的亚太"
           "航空货运分拨中心项目总投资1.5亿美元，建成后年处理国际货邮能力将达到10万吨。")
    b.para("航空港区对签约项目实行“拿地即开工”“标准地+承诺制”等审批服务，并建立外资项目专班推进机制，"
           "确保项目早落地、早投产。")
    empty(doc, 1)

    # article 4 (no source line)
    b.headline(h4, font=HT, size=16)
    b.para("8月下旬，市跨境电商综试办联合市人力资源和社会保障局启动跨境电商人才培训“千企万人”行动，计划用"
           "两年时间，面向全市1000家外贸企业和生产企业开展跨境电商实操培训，培养跨境电商运营、海外营销、"
           "国际物流等专业人才1万人以上。")
    b.para("培训采取“线上课程+线下实训+企业孵化”方式，由市财政按规定给予培训补贴。首期培训班已在郑州经开区"
           "跨境电商产业园开班，来自62家企业的300余名学员参加培训。")
    b.para("市跨境电商综试办将对培训成效开展跟踪评估，对培训后实现跨境电商业务突破的企业，优先推荐申报省级"
           "跨境电商示范企业。")

    # 版记 laid out as a 1-column table with horizontal rules only
    empty(doc, 2)
    t = doc.add_table(rows=3, cols=1)
    table_borders(t, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4)})
    for i, ln in enumerate([
        "报：省商务厅，市委、市人大、市政府、市政协领导同志。",
        "送：市跨境电商综试区建设工作领导小组成员单位。",
        "发：各区县（市）政府、开发区管委会，市直有关部门。",
    ]):
        cell_text(t.rows[i].cells[0], ln, size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    r = p.add_run("（共印100份）")
    set_font(r, FS, 14)

    name = "blind414_zhengzhou_jianbao"
    doc.save(os.path.join(HERE, name + ".docx"))
    m = meta("郑州跨境电商综试区工作简报（2024年第9期）",
             ["郑州跨境电商综试区建设工作领导小组办公室"],
             "2024-09-10", "municipal", "郑州市")
    return name, [{"meta": m, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (make_chengdu, make_xiamen, make_zhengzhou):
        name, docs = fn()
        expected[name] = docs
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_414", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, name + ".docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
