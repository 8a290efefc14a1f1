# ruff: noqa: E501, E402, E702, F841, C408  (the documents' own paragraphs, one string each; helpers as written)
# Round 6 of blind office checks: joint and upward documents, run-in articles, statistical forms,
# a CMS page pasted from Word, a web text copy with ". " numbering.
# F  浙商务发〔2023〕45号  联合行文 请示 (商务厅 + 发改委): masthead table (two organs | 文件 merged down),
#    文号 | 签发人 (two names) in a borderless header table, 妥否请批示, two attachments, joint signature
#    in a borderless table, 附注 联系人, 版记 抄送/印发
# G  沪自贸临管委规〔2023〕5号  印发 notice + 办法: bold run-in 第X条, spaced chapter titles (总　　则),
#    第一节/第二节, 项 in Word auto numbering restarted per article, 款 paragraphs, 前款, 附则 with
#    施行 2024-01-01 + 有效期5年 + 同时废止, odd/even page numbers
# H  桂商自贸发〔2023〕21号  notice + landscape 附件1 statistical form (表号/制定机关/批准文号/有效期至 corner
#    block, 填报单位 line, two-row merged header, 甲/乙/1/2 column-code row, 其中 rows indented with
#    full-width spaces, 注 1. 2.), 附件2 Excel-pasted table with merged header, thousands separators, 合计 row
# I  闽商务自贸〔2023〕17号  HTML page from a CMS (gb2312 declared, GBK bytes): meta ArticleTitle/PubDate/
#    ContentSource, Word-pasted MsoNormal spans split at digits, &nbsp; indents, <br> items inside one <p>,
#    名单 table with rowspan/colspan and a 合计 row, attachment links, site footer
# J  渝府发〔2023〕18号  实施意见 copied from a website as UTF-8 text: full-width space indents, blank lines,
#    "一. " "(一) " "1. " "(1)" numbering, an item's second paragraph, attachment list aligned with
#    full-width spaces, signature pushed right with full-width spaces, 附件1 task list with (牵头单位：…)
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent  # the files side by side: DOCX, its PDF, the HTML and text copies
FS, HT, KT, XBS, ST = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
EXPECTED: dict[str, list[str]] = {}   # clause texts (body paragraphs, table cells) in reading order
META: dict[str, list[dict]] = {}      # per file: the documents it holds, with their metadata


# ----------------------------------------------------------------- helpers (from make_blind*.py)
def set_font(run, font, size, bold=False, color=None):
    run.font.name = "Times New Roman" if font in (FS, ST) else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def border(p, side, sz=6, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def gongwen_page(section):
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance = Mm(20)
    section.footer_distance = Mm(25)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(20), Mm(22)
    section.left_margin, section.right_margin = Mm(30), Mm(28)


def field(p, instr, size, font=ST, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r2 = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:eastAsia"), font)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    r2.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r2.append(t)
    fld.append(r2)
    p._p.append(fld)


class Writer:
    def __init__(self, name, size=16, line=28.95):
        self.name = name
        self.doc = Document()
        self.size, self.line = size, line
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(size)
        pf = st.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        EXPECTED[name] = []

    def para(self, runs, align=None, indent=True, line=None, before=0, after=0, page_break=False,
             right_chars=None, style=None, expect=True):
        p = self.doc.add_paragraph(style=style)
        pf = p.paragraph_format
        if page_break:
            pf.page_break_before = True
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line or self.line)
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if align is not None:
            p.alignment = align
        if indent:
            pf.first_line_indent = Pt(2 * self.size)
        if right_chars:
            pf.right_indent = Pt(right_chars * self.size)
        if isinstance(runs, str):
            runs = [(runs,)]
        text = "".join(r[0] for r in runs)
        if expect and text.strip():
            EXPECTED[self.name].append(text)
        for r in runs:
            t, font, size, bold = (tuple(r) + (FS, self.size, False)[len(r) - 1:])[:4]
            set_font(p.add_run(t), font, size, bold)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.para("", indent=False)

    def title(self, text, size=22):
        self.para([(text, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)

    def sign(self, org, date):
        self.para(org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4, before=16)
        self.para(date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)

    def save(self):
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{self.name}.docx"
        self.doc.save(path)
        return path


def cell_write(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 3.5)
    set_font(p.add_run(text), font, size, bold)


def table_borders(t, val):
    tblpr = t._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "none":
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:sz"), "0")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "auto")
        b.append(e)
    tblpr.append(b)


def set_widths(t, widths):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        for c, w in zip(row.cells, widths, strict=False):
            c.width = Mm(w)


def text_direction(cell, val="tbRl"):
    tcpr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), val)
    tcpr.append(td)


def v_align(cell, val="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), val)


def no_borders(t):
    table_borders(t, "none")


def cell_para(cell, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False, color=None, first=True,
              line=28.95, distribute=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE if distribute else align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(line)
    set_font(p.add_run(text), font, size, bold, color)
    return p


def footer_num(section_footer, align, side_chars=1, size=14):
    fp = section_footer.paragraphs[0]
    fp.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        fp.paragraph_format.right_indent = Pt(side_chars * size)
    elif align == WD_ALIGN_PARAGRAPH.LEFT:
        fp.paragraph_format.left_indent = Pt(side_chars * size)
    set_font(fp.add_run("— "), ST, size)
    field(fp, "PAGE", size)
    set_font(fp.add_run(" —"), ST, size)


def banji(w, rows, width_mm=156):
    """版记: a table with only top/bottom rules (first and last thick), one row each."""
    t = w.doc.add_table(rows=len(rows), cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4"), ("left", "0"), ("right", "0"), ("insideV", "0")):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single" if sz != "0" else "none")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)
    for r, runs in zip(t.rows, rows, strict=False):
        c = r.cells[0]
        p = c.paragraphs[0]
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(28)
        for txt in runs:
            set_font(p.add_run(txt), FS, 14)
    set_widths(t, [width_mm])
    return t


# ======================================================================= F
F_TITLE = "浙江省商务厅 浙江省发展和改革委员会关于支持中国（浙江）自由贸易试验区宁波片区建设“一带一路”综合试验区的请示"
F_BODY = [
    "为深入贯彻落实习近平总书记考察浙江重要讲话精神和省委、省政府关于高水平建设中国（浙江）自由贸易试验区的决策部署，推动中国（浙江）自由贸易试验区宁波片区（以下简称宁波片区）在服务共建“一带一路”中发挥更大作用，经深入调研并征求宁波市人民政府和省级有关部门意见，拟支持宁波片区建设“一带一路”综合试验区。现将有关事项请示如下：",
    "一、建设“一带一路”综合试验区的必要性",
    "宁波舟山港货物吞吐量连续14年位居全球第一，与共建“一带一路”国家的航线达到120余条。2022年，宁波片区对共建“一带一路”国家进出口额达到2860亿元，同比增长15.6%，占片区进出口总额的比重提高到41.3%。建设“一带一路”综合试验区，有利于发挥宁波片区港口、开放平台和制造业优势，在更大范围、更宽领域、更深层次参与国际经济合作。",
    "二、主要建设内容",
    "（一）打造国际航运和物流枢纽。推进宁波舟山港与共建国家港口缔结友好港，拓展海铁联运班列至中亚、中东欧国家，力争到2025年海铁联运箱量达到200万标箱。",
    "（二）建设大宗商品资源配置基地。支持宁波片区开展油气、铁矿石、粮食等大宗商品进口和储备，探索建立与国际接轨的大宗商品现货交易规则。",
    "（三）深化中东欧经贸合作。依托中国—中东欧国家博览会，建设中东欧商品常年展销中心，扩大中东欧特色农产品、食品进口，年进口额力争突破100亿元。",
    "（四）推进贸易投资自由化便利化。在宁波片区试行跨境服务贸易负面清单管理模式，开展外商投资企业“准入即准营”改革。",
    "三、需要省政府支持的事项",
    "（一）同意宁波片区以“中国（浙江）自由贸易试验区宁波片区‘一带一路’综合试验区”名义开展建设，并由省政府印发建设方案。",
    "（二）在省级专项资金中统筹安排资金，2023年至2025年每年安排不少于2亿元，支持综合试验区公共平台和重大项目建设。",
    "（三）将综合试验区建设纳入省推进“一带一路”建设工作领导小组年度工作要点，建立省市联动推进机制。",
    "妥否，请批示。",
]
F_ATT = ["1.宁波片区建设“一带一路”综合试验区政策需求清单", "2.宁波市人民政府和省级有关部门意见采纳情况"]
F_ATT1 = [
    "一、支持宁波舟山港开展国际中转集拼业务，对国际中转集装箱实行“一次申报、一次查验、一次放行”。",
    "二、支持在宁波片区设立大宗商品交易中心，开展人民币计价、结算业务。",
    "三、支持宁波片区符合条件的企业开展跨境人民币资金池业务，放宽跨境融资额度。",
    "四、支持中东欧国家在宁波设立商品展示中心和贸易代表处。",
]
F_ATT2 = [
    "本请示起草过程中，书面征求了宁波市人民政府和省财政厅、省交通运输厅、省自然资源厅、人民银行杭州中心支行、杭州海关、宁波海关等单位意见，共收到意见建议12条，采纳9条，部分采纳2条，未采纳1条。",
    "未采纳的1条为：建议在综合试验区内全面取消外资准入限制。因涉及国家外商投资准入特别管理措施，需报国家层面研究，暂未采纳。",
]


def doc_f():
    w = Writer("f_zhejiang_joint_request")
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    footer_num(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    footer_num(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    # masthead: two organs stacked | 文件 merged down (联合行文)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    cell_para(t.cell(0, 0), "浙江省商务厅", XBS, 26, color=RED, line=44, distribute=True)
    cell_para(t.cell(1, 0), "浙江省发展和改革委员会", XBS, 26, color=RED, line=44, distribute=True)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_para(m, "文件", XBS, 40, WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=50)
    v_align(m)
    set_widths(t, [122, 34])
    EXPECTED[w.name] += []
    w.blank(1)
    # 文号 left, 签发人 right (two names, the second under the first)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    p = cell_para(t.cell(0, 0), "浙商务发〔2023〕45号", FS, 16)
    p.paragraph_format.left_indent = Pt(16)
    p = t.cell(0, 1).paragraphs[0]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(28.95)
    set_font(p.add_run("签发人："), FS, 16)
    set_font(p.add_run("韩　杰"), KT, 16)
    p = t.cell(0, 1).add_paragraph()
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(28.95)
    set_font(p.add_run("　　　　"), FS, 16)
    set_font(p.add_run("孟　刚"), KT, 16)
    set_widths(t, [96, 60])
    p = w.para("", indent=False, line=6, before=2)
    border(p, "bottom", sz=18, color="FF0000")
    w.blank(1)
    w.title(F_TITLE)
    w.blank(1)
    w.para("省政府：", indent=False)
    for text in F_BODY:
        if text.endswith("性") or text.endswith("内容") or text.endswith("事项"):
            w.para([(text, HT)])
        else:
            w.para(text)
    w.blank(1)
    w.para("附件：" + F_ATT[0])
    w.para("　　　" + F_ATT[1], expect=False)
    EXPECTED[w.name].append(F_ATT[1])
    w.blank(2)
    # joint signature: the two organs side by side, then the date under the second
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    cell_para(t.cell(0, 0), "浙江省商务厅", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_para(t.cell(0, 1), "浙江省发展和改革委员会", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_para(t.cell(1, 1), "2023年6月1日", align=WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(t, [78, 78])
    w.blank(1)
    w.para("（联系人：王磊，联系电话：0571-87050000）")
    # attachments on new pages
    w.para([("附件1", HT)], indent=False, page_break=True, expect=False)
    w.blank(1)
    w.title("宁波片区建设“一带一路”综合试验区政策需求清单", size=20)
    w.blank(1)
    for text in F_ATT1:
        w.para(text)
    w.para([("附件2", HT)], indent=False, page_break=True, expect=False)
    w.blank(1)
    w.title("宁波市人民政府和省级有关部门意见采纳情况", size=20)
    w.blank(1)
    for text in F_ATT2:
        w.para(text)
    w.blank(6)
    banji(w, [("抄送：商务部，国家发展改革委。",),
              ("浙江省商务厅办公室", "　　　　　　　　　　　", "2023年6月2日印发")])
    META[w.name] = [dict(title=F_TITLE, doc_number="浙商务发〔2023〕45号",
                         issuers=["浙江省商务厅", "浙江省发展和改革委员会"], signed="2023-06-01",
                         issuing_mark="浙江省商务厅 浙江省发展和改革委员会文件", signatory="韩杰 孟刚",
                         addressees="省政府", remarks="（联系人：王磊，联系电话：0571-87050000）",
                         cc="商务部，国家发展改革委", printed_by="浙江省商务厅办公室", printed_date="2023-06-02",
                         attachments=F_ATT)]
    return w.save()


# ======================================================================= G
def item_numbering(doc):
    """One abstract list （一）（二）… (chineseCounting); each article gets its own w:num that restarts at 1,
    as Word writes 'restart numbering'. Returns a function giving a fresh numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "（%1）"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)

    def new_num():
        nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        nid = max(nids + [0]) + 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(aid))
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return nid
    return new_num


def numbered(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


G_NOTICE_TITLE = "中国（上海）自由贸易试验区临港新片区管理委员会关于印发《中国（上海）自由贸易试验区临港新片区跨境服务贸易企业认定和扶持办法》的通知"
G_MEASURE_TITLE = "中国（上海）自由贸易试验区临港新片区跨境服务贸易企业认定和扶持办法"
# ("ch", "第一章", "总　　则") | ("sec", "第一节", "认定条件") | ("art", first paragraph, [items], [further 款])
G_BODY = [
    ("ch", "第一章", "总　　则"),
    ("art", "为了推动中国（上海）自由贸易试验区临港新片区（以下简称临港新片区）跨境服务贸易高质量发展，打造面向共建“一带一路”国家的服务贸易开放高地，根据《中国（上海）自由贸易试验区临港新片区总体方案》和有关规定，结合临港新片区实际，制定本办法。", [], []),
    ("art", "本办法适用于在临港新片区依法登记注册、具有独立法人资格，并从事跨境服务贸易的企业（以下简称服务贸易企业）。", [], []),
    ("art", "本办法所称跨境服务贸易，包括以下形式：", [
        "自临港新片区向境外提供服务；",
        "在临港新片区向境外服务消费者提供服务；",
        "临港新片区企业通过在境外设立商业存在提供服务。",
    ], []),
    ("art", "中国（上海）自由贸易试验区临港新片区管理委员会（以下简称管委会）经济发展处负责服务贸易企业的认定、扶持资金的审核拨付和监督管理。", [], [
        "管委会财政预算处负责扶持资金的预算安排和绩效评价；临港新片区市场监管、税务、海关等部门按照各自职责做好相关工作。",
    ]),
    ("ch", "第二章", "认定条件和程序"),
    ("sec", "第一节", "认定条件"),
    ("art", "申请认定为临港新片区重点服务贸易企业的，应当同时符合下列条件：", [
        "在临港新片区注册并实际经营满1年；",
        "上一年度跨境服务贸易收支额不低于500万美元，或者对共建“一带一路”国家服务出口额不低于200万美元；",
        "近3年内未发生重大安全、质量、环境污染事故，未被列入严重失信主体名单。",
    ], []),
    ("art", "从事数字贸易、国际航运服务、跨境金融服务的企业，上一年度跨境服务贸易收支额不低于300万美元的，可以申请认定。", [], []),
    ("sec", "第二节", "认定程序"),
    ("art", "管委会每年组织一次认定工作，认定通知在临港新片区门户网站发布。", [], [
        "申请企业应当在通知规定的期限内提交申请表、上一年度财务审计报告和跨境服务贸易收支证明材料。",
    ]),
    ("art", "管委会经济发展处应当自受理申请之日起20个工作日内完成审核，必要时可以委托第三方机构开展核查。审核通过的，在临港新片区门户网站公示5个工作日。", [], [
        "公示无异议的，由管委会认定为临港新片区重点服务贸易企业，有效期3年。",
    ]),
    ("ch", "第三章", "扶持措施"),
    ("art", "对认定的重点服务贸易企业，按照其上一年度跨境服务贸易收支额给予奖励：", [
        "收支额500万美元以上不满1000万美元的，奖励30万元；",
        "收支额1000万美元以上不满5000万美元的，奖励80万元；",
        "收支额5000万美元以上的，奖励200万元。",
    ], [
        "前款所称收支额，以国家外汇管理局上海市分局或者商务部服务贸易统计监测系统的数据为准。",
    ]),
    ("art", "重点服务贸易企业在共建“一带一路”国家新设分支机构、海外仓或者服务网点的，按照实际投资额的10%给予补助，单家企业每年最高100万元。", [], []),
    ("art", "同一企业同一事项符合本办法和临港新片区其他扶持政策的，按照就高原则给予支持，不重复享受。", [], []),
    ("ch", "第四章", "监督管理"),
    ("art", "获得扶持资金的企业应当按照规定用途使用资金，并配合管委会开展绩效评价和监督检查。", [], []),
    ("art", "企业以虚报、冒领、伪造材料等方式骗取扶持资金的，由管委会追回已拨付资金，5年内不再受理其申请，并按照规定纳入公共信用信息服务平台；涉嫌犯罪的，依法移送司法机关处理。", [], []),
    ("ch", "第五章", "附　　则"),
    ("art", "本办法由管委会经济发展处负责解释。", [], []),
    ("art", "本办法自2024年1月1日起施行，有效期5年。《中国（上海）自由贸易试验区临港新片区服务贸易企业扶持暂行办法》（沪自贸临管委规〔2020〕12号）同时废止。", [], []),
]


def doc_g():
    w = Writer("g_lingang_measures_runin")
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    footer_num(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    footer_num(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    new_num = item_numbering(doc)

    w.para([("中国（上海）自由贸易试验区临港新片区管理委员会", XBS, 24, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    w.para([("文件", XBS, 36, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    w.blank(1)
    w.para("沪自贸临管委规〔2023〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = w.para("", indent=False, line=6, before=4)
    border(p, "bottom", sz=18, color="FF0000")
    w.blank(1)
    w.title(G_NOTICE_TITLE)
    w.blank(1)
    w.para("管委会各部门，临港新片区各开发公司，各有关单位：", indent=False)
    w.para("现将《" + G_MEASURE_TITLE + "》印发给你们，请认真按照执行。")
    w.sign("中国（上海）自由贸易试验区临港新片区管理委员会", "2023年11月20日")
    w.blank(1)
    w.para("（此件公开发布）")

    # the measures, after the signature on a new page
    w.para([(G_MEASURE_TITLE, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, page_break=True)
    w.blank(1)
    n = 0
    for item in G_BODY:
        if item[0] == "ch":
            w.para([(item[1] + "　" + item[2], HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=8, after=8)
        elif item[0] == "sec":
            w.para([(item[1] + "　" + item[2], KT, 16, True)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=4, after=4)
        else:
            n += 1
            _, first, items, more = item
            w.para([("第" + cn_num(n) + "条", FS, 16, True), ("　" + first,)])
            if items:
                nid = new_num()
                for i, it in enumerate(items):
                    p = w.para(it, indent=False, expect=False)
                    numbered(p, nid)
                    EXPECTED[w.name].append("（" + CN[i] + "）" + it)
            for m in more:
                w.para(m)
    w.blank(3)
    banji(w, [("抄送：市司法局，市商务委，市财政局。",),
              ("临港新片区管委会办公室", "　　　　　　　　", "2023年11月21日印发")])
    META[w.name] = [dict(title=G_NOTICE_TITLE, doc_number="沪自贸临管委规〔2023〕5号",
                         issuers=["中国（上海）自由贸易试验区临港新片区管理委员会"], signed="2023-11-20",
                         effective="2024-01-01", expires="2028-12-31",
                         repeals=["沪自贸临管委规〔2020〕12号"],
                         addressees="管委会各部门，临港新片区各开发公司，各有关单位", remarks="（此件公开发布）",
                         cc="市司法局，市商务委，市财政局", printed_by="临港新片区管委会办公室",
                         printed_date="2023-11-21", articles=n)]
    return w.save()


# ======================================================================= H
H_TITLE = "广西壮族自治区商务厅关于做好中国（广西）自由贸易试验区对东盟经贸合作统计监测工作的通知"
H_BODY = [
    ("p", "为全面掌握中国（广西）自由贸易试验区（以下简称广西自贸试验区）面向东盟开放合作进展，服务中国—东盟自由贸易区3.0版建设和共建“一带一路”，经商自治区统计局同意，自2023年第三季度起，对广西自贸试验区南宁、钦州港、崇左三个片区开展对东盟经贸合作统计监测。现将有关事项通知如下："),
    ("h", "一、监测范围和内容"),
    ("p", "监测范围为广西自贸试验区三个片区实施范围内的企业和机构。监测内容包括货物进出口、服务进出口、实际使用外资、对外直接投资和跨境人民币结算等5类12项指标，具体见附件1。"),
    ("h", "二、报送要求"),
    ("p", "（一）报送时间。各片区管委会于每季度结束后10日内报送本季度数据，年度数据于次年1月20日前报送。"),
    ("p", "（二）报送方式。通过“广西自贸试验区统计监测系统”在线填报，同时将加盖公章的纸质报表报送自治区商务厅（自治区自贸办）。"),
    ("p", "（三）数据质量。各片区要建立数据核查机制，确保数据真实、准确、完整、及时，不得虚报、瞒报、拒报、迟报，不得伪造、篡改统计资料。"),
    ("h", "三、工作要求"),
    ("p", "各片区管委会要明确一名分管负责同志和一名统计联络员，于2023年7月31日前将名单报自治区商务厅。自治区商务厅将每半年通报一次各片区主要指标完成情况（2023年上半年情况见附件2）。"),
    ("p", "联系人：自治区商务厅自贸试验区处黄海，联系电话：0771-2110000。"),
]
H_ATT = ["1.中国（广西）自由贸易试验区对东盟经贸合作统计监测表", "2.2023年上半年各片区对东盟经贸合作主要指标完成情况"]
H_FORM_CORNER = ["表　　号：桂自贸统1表", "制定机关：广西壮族自治区商务厅", "批准机关：广西壮族自治区统计局",
                 "批准文号：桂统制〔2023〕8号", "有效期至：2025年12月"]
H_FORM_ROWS = [
    ("甲", "乙", "1", "2", "3", "4"),
    ("一、货物进出口总额", "01", "", "", "", ""),
    ("　　其中：对东盟", "02", "", "", "", ""),
    ("　　　　　出口", "03", "", "", "", ""),
    ("　　　　　进口", "04", "", "", "", ""),
    ("二、服务进出口总额", "05", "", "", "", ""),
    ("　　其中：对东盟", "06", "", "", "", ""),
    ("三、实际使用外资", "07", "", "", "", ""),
    ("　　其中：来自东盟", "08", "", "", "", ""),
    ("四、对外直接投资", "09", "", "", "", ""),
    ("　　其中：对东盟", "10", "", "", "", ""),
    ("五、跨境人民币结算额", "11", "", "", "", ""),
    ("　　其中：与东盟", "12", "", "", "", ""),
]
H_FORM_NOTES = [
    "注：1.本表由各片区管委会填报，每季度结束后10日内报送。",
    "2.货物进出口数据来源于南宁海关，服务进出口数据来源于商务部服务贸易统计监测系统，跨境人民币结算数据来源于人民银行南宁中心支行。",
    "3.实际使用外资、对外直接投资以美元计价，货物和服务进出口、跨境人民币结算额按当期平均汇率折算为万美元。",
]
H_FORM_SIGN = "单位负责人：　　　　统计负责人：　　　　填表人：　　　　联系电话：　　　　报出日期：　　年　　月　　日"
H_T2_ROWS = [
    ("南宁片区", "1,286.4", "18.6", "23,415", "-3.2", "46"),
    ("钦州港片区", "862.7", "9.4", "8,902", "27.5", "18"),
    ("崇左片区", "531.9", "35.1", "1,260", "—", "7"),
    ("合计", "2,681.0", "17.3", "33,577", "2.8", "71"),
]


def doc_h():
    w = Writer("h_guangxi_stat_form")
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), ST, 14)
    field(fp, "PAGE", 14)
    set_font(fp.add_run(" —"), ST, 14)

    w.para([("广西壮族自治区商务厅文件", XBS, 34, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    w.blank(1)
    w.para("桂商自贸发〔2023〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = w.para("", indent=False, line=6, before=4)
    border(p, "bottom", sz=18, color="FF0000")
    w.blank(1)
    w.title(H_TITLE)
    w.blank(1)
    w.para("南宁市、钦州市、崇左市商务局，中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管委会：", indent=False)
    for kind, text in H_BODY:
        w.para([(text, HT)] if kind == "h" else text)
    w.blank(1)
    w.para("附件：" + H_ATT[0])
    w.para("　　　" + H_ATT[1], expect=False)
    EXPECTED[w.name].append(H_ATT[1])
    w.sign("广西壮族自治区商务厅", "2023年7月10日")
    w.blank(1)
    w.para("（此件依申请公开）")

    # 附件1: landscape statistical form
    land = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(land)
    w.para([("附件1", HT)], indent=False, expect=False)
    w.para([("中国（广西）自由贸易试验区对东盟经贸合作统计监测表", XBS, 18)], align=WD_ALIGN_PARAGRAPH.CENTER,
           indent=False, line=30, after=4)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    for i, line in enumerate(H_FORM_CORNER):
        cell_para(t.cell(0, 1), line, ST, 10.5, first=(i == 0), line=15)
    EXPECTED[w.name].extend(H_FORM_CORNER)
    set_widths(t, [170, 67])
    t = doc.add_table(rows=1, cols=3)
    no_borders(t)
    cell_para(t.cell(0, 0), "填报单位（盖章）：", ST, 10.5, line=18)
    cell_para(t.cell(0, 1), "2023年　　季度", ST, 10.5, WD_ALIGN_PARAGRAPH.CENTER, line=18)
    cell_para(t.cell(0, 2), "计量单位：万美元", ST, 10.5, WD_ALIGN_PARAGRAPH.RIGHT, line=18)
    EXPECTED[w.name].extend(["填报单位（盖章）：", "2023年　　季度", "计量单位：万美元"])
    set_widths(t, [80, 77, 80])
    t = doc.add_table(rows=2 + len(H_FORM_ROWS), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    m = h0[0].merge(h1[0]); cell_write(m, "指标名称", ST, 10.5, WD_ALIGN_PARAGRAPH.CENTER, True); v_align(m)
    m = h0[1].merge(h1[1]); cell_write(m, "代码", ST, 10.5, WD_ALIGN_PARAGRAPH.CENTER, True); v_align(m)
    m = h0[2].merge(h0[3]); cell_write(m, "本季度", ST, 10.5, WD_ALIGN_PARAGRAPH.CENTER, True)
    m = h0[4].merge(h0[5]); cell_write(m, "本年累计", ST, 10.5, WD_ALIGN_PARAGRAPH.CENTER, True)
    for i, h in enumerate(("金额", "同比增长（%）", "金额", "同比增长（%）")):
        cell_write(t.rows[1].cells[2 + i], h, ST, 10.5, WD_ALIGN_PARAGRAPH.CENTER, True)
    EXPECTED[w.name].extend(["指标名称", "代码", "本季度", "本年累计", "金额", "同比增长（%）"])
    for r, row in zip(t.rows[2:], H_FORM_ROWS, strict=False):
        for i, (c, v) in enumerate(zip(r.cells, row, strict=False)):
            if v:
                cell_write(c, v, ST, 10.5, WD_ALIGN_PARAGRAPH.LEFT if i == 0 and v not in ("甲",) else WD_ALIGN_PARAGRAPH.CENTER)
        EXPECTED[w.name].extend([v.strip("　") for v in row if v])
    set_widths(t, [75, 22, 35, 35, 35, 35])
    for i, note in enumerate(H_FORM_NOTES):
        p = w.para([(note, ST, 10.5)], indent=False, line=16, before=4 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(31.5)
    w.para([(H_FORM_SIGN, ST, 10.5)], indent=False, line=16, before=6)

    # 附件2: a table pasted from Excel (Calibri/宋体 11, right-aligned numbers, merged header, 合计)
    w.para([("附件2", HT)], indent=False, page_break=True, expect=False)
    w.para([("2023年上半年各片区对东盟经贸合作主要指标完成情况", XBS, 18)], align=WD_ALIGN_PARAGRAPH.CENTER,
           indent=False, line=30, after=6)
    t = doc.add_table(rows=2 + len(H_T2_ROWS), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    m = h0[0].merge(h1[0]); cell_write(m, "片区", ST, 11, WD_ALIGN_PARAGRAPH.CENTER, True); v_align(m)
    m = h0[1].merge(h0[2]); cell_write(m, "对东盟货物进出口", ST, 11, WD_ALIGN_PARAGRAPH.CENTER, True)
    m = h0[3].merge(h0[4]); cell_write(m, "实际使用东盟外资", ST, 11, WD_ALIGN_PARAGRAPH.CENTER, True)
    m = h0[5].merge(h1[5]); cell_write(m, "新设东盟投资企业（家）", ST, 11, WD_ALIGN_PARAGRAPH.CENTER, True); v_align(m)
    for i, h in enumerate(("金额（亿元）", "同比增长（%）", "金额（万美元）", "同比增长（%）")):
        cell_write(t.rows[1].cells[1 + i], h, ST, 11, WD_ALIGN_PARAGRAPH.CENTER, True)
    EXPECTED[w.name].extend(["片区", "对东盟货物进出口", "实际使用东盟外资", "新设东盟投资企业（家）", "金额（亿元）", "同比增长（%）", "金额（万美元）", "同比增长（%）"])
    for r, row in zip(t.rows[2:], H_T2_ROWS, strict=False):
        bold = row[0] == "合计"
        for i, (c, v) in enumerate(zip(r.cells, row, strict=False)):
            cell_write(c, v, ST, 11, WD_ALIGN_PARAGRAPH.CENTER if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT, bold)
        EXPECTED[w.name].extend(row)
    set_widths(t, [34, 30, 28, 32, 28, 34])
    w.para([("注：同比增长按可比口径计算；“—”表示上年同期无数据，不计算增速。数据来源：南宁海关、自治区商务厅。", ST, 10.5)],
           indent=False, line=16, before=4)
    last = doc.add_section(WD_SECTION.NEW_PAGE)  # 版记 on a portrait page of its own, at the foot
    gongwen_page(last)
    last.orientation = WD_ORIENT.PORTRAIT
    w.blank(14)
    banji(w, [("抄送：自治区统计局，南宁海关，人民银行南宁中心支行。",),
              ("广西壮族自治区商务厅办公室", "　　　　　　　　", "2023年7月11日印发")])
    META[w.name] = [dict(title=H_TITLE, doc_number="桂商自贸发〔2023〕21号", issuers=["广西壮族自治区商务厅"],
                         signed="2023-07-10", addressees="南宁市、钦州市、崇左市商务局，中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管委会",
                         remarks="（此件依申请公开）", cc="自治区统计局，南宁海关，人民银行南宁中心支行",
                         printed_by="广西壮族自治区商务厅办公室", printed_date="2023-07-11", attachments=H_ATT,
                         expires=None, note="批准文号 桂统制〔2023〕8号 and 有效期至2025年12月 belong to the form, not the notice")]
    return w.save()


# ======================================================================= I
I_TITLE = "福建省商务厅关于公布2023年度中国（福建）自由贸易试验区“丝路海运”重点合作企业名单的通知"
I_TO = "福州、厦门、平潭自贸片区管委会，各设区市商务局："
I_P1 = "为深入贯彻落实省委、省政府关于建设21世纪海上丝绸之路核心区的决策部署，推动中国（福建）自由贸易试验区（以下简称福建自贸试验区）与“丝路海运”联动发展，根据《福建省商务厅关于开展中国（福建）自由贸易试验区“丝路海运”重点合作企业遴选工作的通知》（闽商务自贸函〔2023〕5号）要求，经企业申报、片区推荐、专家评审和网上公示，确定福州港务集团有限公司等15家企业为2023年度中国（福建）自由贸易试验区“丝路海运”重点合作企业（名单见附件）。现将有关事项通知如下："
I_ITEMS = [
    ("一、加强跟踪服务。", "各片区管委会要建立入选企业“一对一”联系服务机制，及时协调解决企业开拓共建“一带一路”国家市场中遇到的困难和问题，每半年向省商务厅报送一次企业发展情况。"),
    ("二、落实支持政策。", "入选企业可按规定享受以下支持："),
]
I_SUB = [
    "（一）优先推荐申报省级外经贸发展专项资金，对新开通“丝路海运”命名航线的，每条航线给予最高100万元奖励；",
    "（二）优先纳入海关高级认证企业培育名单，享受通关便利措施；",
    "（三）优先参加省商务厅组织的境外经贸洽谈和展会活动，展位费给予全额补助。",
]
I_ITEMS2 = [
    ("三、实行动态管理。", "名单有效期2年。入选企业发生重大安全生产事故、被列入严重失信主体名单或者弄虚作假骗取支持资金的，取消其入选资格，并收回已享受的支持资金。"),
]
I_SIGN = ["福建省商务厅", "2023年8月10日"]
I_REMARK = "（此件主动公开）"
I_ROWS = [
    ("福州片区", "1", "福州港务集团有限公司", "印度尼西亚、马来西亚", "港口运营、航线开发"),
    ("福州片区", "2", "福建江阴港集装箱码头有限公司", "越南、泰国", "集装箱航线"),
    ("福州片区", "3", "福州新区国际冷链物流有限公司", "菲律宾", "冷链物流"),
    ("福州片区", "4", "福建海峡国际船舶代理有限公司", "新加坡、斯里兰卡", "国际船舶代理"),
    ("福州片区", "5", "福州中欧班列国际贸易有限公司", "俄罗斯、哈萨克斯坦", "海铁联运"),
    ("厦门片区", "6", "厦门港务控股集团有限公司", "东盟国家", "港口投资运营"),
    ("厦门片区", "7", "厦门象屿海运有限公司", "马来西亚、缅甸", "大宗商品运输"),
    ("厦门片区", "8", "厦门国际航运中心物流有限公司", "意大利、希腊", "航运物流"),
    ("厦门片区", "9", "厦门远海集装箱码头有限公司", "沙特阿拉伯、阿联酋", "智慧码头建设运营"),
    ("厦门片区", "10", "厦门自贸片区跨境电商产业园有限公司", "菲律宾、泰国", "跨境电商海运专线"),
    ("厦门片区", "11", "厦门国贸船舶进出口有限公司", "巴拿马、利比里亚", "船舶贸易"),
    ("厦门片区", "12", "厦门海沧保税港区物流有限公司", "越南", "保税物流"),
    ("平潭片区", "13", "平潭港区开发建设有限公司", "印度尼西亚", "港口建设"),
    ("平潭片区", "14", "平潭海峡高速客滚航运有限公司", "新加坡", "客滚运输"),
    ("平潭片区", "15", "平潭跨境电商综合服务有限公司", "马来西亚", "跨境电商"),
]


def wspan(text, lang_en=False, size="16.0pt", font="仿宋_GB2312"):
    """A Word-pasted run: digits in their own lang=EN-US span, long text hard-wrapped at ~38 chars as
    Word's HTML export wraps its source lines."""
    if lang_en:
        return f"<span lang=EN-US style='font-size:{size};font-family:\"Times New Roman\"'>{text}</span>"
    chunks = [text[i:i + 38] for i in range(0, len(text), 38)]
    return f"<span style='font-size:{size};font-family:{font}'>" + "\n".join(chunks) + "</span>"


def word_runs(text, **kw):
    import re
    out = []
    for part in re.split(r"(\d+)", text):
        if part:
            out.append(wspan(part, lang_en=part.isdigit(), **kw))
    return "".join(out)


def doc_i():
    name = "i_fujian_cms_page"
    EXPECTED[name] = [I_TITLE, "闽商务自贸〔2023〕17号", I_TO, I_P1] + [a + b for a, b in I_ITEMS] + I_SUB + \
        [a + b for a, b in I_ITEMS2] + ["附件：2023年度中国（福建）自由贸易试验区“丝路海运”重点合作企业名单"] + I_SIGN + [I_REMARK] + \
        ["2023年度中国（福建）自由贸易试验区“丝路海运”重点合作企业名单"] + \
        ["片区", "序号", "企业名称", "合作情况", "主要合作国家（地区）", "合作领域"] + \
        [c for r in I_ROWS for c in r] + ["合计", "15家"]
    P = "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>"
    body = []
    body.append("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b>" +
                word_runs(I_TITLE, size="22.0pt", font="方正小标宋简体") + "</b></p>")
    body.append("<p class=MsoNormal align=center style='text-align:center'>" + word_runs("闽商务自贸〔2023〕17号") + "</p>")
    body.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    body.append("<p class=MsoNormal style='line-height:28.0pt'>" + word_runs(I_TO) + "</p>")
    body.append(P + word_runs(I_P1) + "</p>")
    for a, b in I_ITEMS:
        body.append(P + "<b>" + wspan(a, font="黑体") + "</b>" + word_runs(b) + "</p>")
    # the three sub-items typed into one paragraph with soft returns (Shift+Enter)
    body.append(P + "<br>\n&nbsp;&nbsp;&nbsp;&nbsp;".join(word_runs(s) for s in I_SUB) + "</p>")
    for a, b in I_ITEMS2:
        body.append(P + "<b>" + wspan(a, font="黑体") + "</b>" + word_runs(b) + "</p>")
    body.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    body.append(P + word_runs("附件：2023年度中国（福建）自由贸易试验区“丝路海运”重点合作企业名单") + "</p>")
    body.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    for s in I_SIGN:
        body.append("<p class=MsoNormal align=right style='text-align:right;margin-right:64.0pt'>" + word_runs(s) + "</p>")
    body.append(P + word_runs(I_REMARK) + "</p>")
    body.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    body.append("<p class=MsoNormal><b>" + wspan("附件", font="黑体") + "</b></p>")
    body.append("<p class=MsoNormal align=center style='text-align:center'><b>" +
                word_runs("2023年度中国（福建）自由贸易试验区“丝路海运”重点合作企业名单", size="18.0pt", font="方正小标宋简体") + "</b></p>")

    def td(text, attrs="", bold=False, align="center"):
        inner = word_runs(text, size="12.0pt") if text else "<span lang=EN-US><o:p>&nbsp;</o:p></span>"
        if bold:
            inner = "<b>" + inner + "</b>"
        return (f"<td {attrs} valign=middle style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
                f"<p class=MsoNormal align={align} style='text-align:{align}'>{inner}</p></td>")

    rows = []
    rows.append("<tr>" + td("片区", "rowspan=2 width=80", True) + td("序号", "rowspan=2 width=40", True) +
                td("企业名称", "rowspan=2 width=220", True) + td("合作情况", "colspan=2 width=260", True) + "</tr>")
    rows.append("<tr>" + td("主要合作国家（地区）", "width=140", True) + td("合作领域", "width=120", True) + "</tr>")
    seen = {}
    for zone, *_ in I_ROWS:
        seen[zone] = seen.get(zone, 0) + 1
    first = set()
    for zone, no, co, ctry, field_ in I_ROWS:
        cells = ""
        if zone not in first:
            first.add(zone)
            cells += td(zone, f"rowspan={seen[zone]}")
        cells += td(no) + td(co, align="left") + td(ctry, align="left") + td(field_, align="left")
        rows.append("<tr>" + cells + "</tr>")
    rows.append("<tr>" + td("合计", "colspan=3", True) + td("15家", "colspan=2", True) + "</tr>")
    body.append("<div align=center><table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 "
                "style='border-collapse:collapse;mso-table-layout-alt:fixed'>\n" + "\n".join(rows) + "\n</table></div>")

    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="SiteName" content="福建省商务厅" />
<meta name="ColumnName" content="通知公告" />
<meta name="ArticleTitle" content="{I_TITLE}" />
<meta name="PubDate" content="2023-08-15 10:30" />
<meta name="ContentSource" content="福建省商务厅" />
<meta name="Keywords" content="自贸试验区,丝路海运" />
<title>{I_TITLE}_通知公告_福建省商务厅</title>
<link rel="stylesheet" href="/images/common.css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="福建省商务厅" /></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwgk/tzgg/">通知公告</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="xl_con">
<div class="xl_tit"><h2>{I_TITLE}</h2>
<div class="xl_info"><span>发布时间：2023-08-15 10:30</span>　<span>来源：福建省商务厅</span>　<span>浏览量：<script>document.write(Math.round(Math.random()*1000))</script></span>　<span class="font">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div></div>
<div class="TRS_Editor"><div class="WordSection1" style="layout-grid:15.6pt">
{chr(10).join(body)}
</div></div>
<div class="fj">附件下载：<a href="/zwgk/tzgg/202308/P020230815412345678901.xlsx">2023年度中国（福建）自由贸易试验区“丝路海运”重点合作企业名单.xlsx</a></div>
<div class="xgjd">相关解读：<a href="/zwgk/zcjd/202308/t20230816_6201234.htm">一图读懂2023年度福建自贸试验区“丝路海运”重点合作企业名单</a></div>
<div class="share"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="/zwgk/tzgg/202307/t20230705_6190001.htm">福建省商务厅关于开展中国（福建）自由贸易试验区“丝路海运”重点合作企业遴选工作的通知</a><span>2023-03-02</span></li>
<li><a href="/zwgk/tzgg/202306/t20230620_6180002.htm">关于2023年第二季度自贸试验区制度创新成果评估情况的通报</a><span>2023-06-20</span></li>
</ul></div>
<div class="footer"><p>主办单位：福建省商务厅　地址：福州市鼓楼区五四路158号　邮编：350003</p>
<p>网站标识码：3500000039　<a href="https://beian.miit.gov.cn">闽ICP备05006123号</a>　闽公网安备 35010202000123号</p></div>
</body>
</html>
"""
    path = OUT / f"{name}.html"
    path.write_bytes(html.encode("gbk"))
    META[name] = [dict(title=I_TITLE, doc_number="闽商务自贸〔2023〕17号", issuers=["福建省商务厅"], signed="2023-08-10",
                       published="2023-08-15", source_name="福建省商务厅", addressees=I_TO.rstrip("："),
                       remarks=I_REMARK, attachments=["2023年度中国（福建）自由贸易试验区“丝路海运”重点合作企业名单"],
                       table_rows=15)]
    return path


# ======================================================================= J
J_TITLE = "重庆市人民政府关于推进中国（重庆）自由贸易试验区与西部陆海新通道协同发展的实施意见"
J_NO = "渝府发〔2023〕18号"
J_TO = "各区县（自治县）人民政府，市政府各部门，有关单位："
# (indent, text, part-of-previous-item?)
J_BODY = [
    "为深入贯彻落实《西部陆海新通道总体规划》和《中国（重庆）自由贸易试验区总体方案》，推动中国（重庆）自由贸易试验区（以下简称重庆自贸试验区）与西部陆海新通道协同发展，更好服务共建“一带一路”，现提出如下实施意见。",
    "一. 总体要求",
    "(一) 基本思路。以制度创新为核心，以通道建设为牵引，统筹推进重庆自贸试验区两江、西永、果园港三个片区与西部陆海新通道物流枢纽联动发展，打造内陆开放高地。",
    "(二) 主要目标。到2025年，经西部陆海新通道运输的集装箱货量年均增长15%以上，重庆自贸试验区对东盟进出口额突破1500亿元；形成通道制度创新成果20项以上。",
    "到2027年，基本建成通道物流和运营组织中心，重庆自贸试验区在西部陆海新通道建设中的引领作用全面显现。",
    "二. 重点任务",
    "(一) 提升通道物流效能。",
    "1. 加密铁海联运班列。优化重庆至北部湾港铁海联运班列运行线，推行“客车化”开行，全程运输时限压缩至5天以内。",
    "2. 发展跨境公路班车。拓展至越南、老挝、泰国的跨境公路班车线路，推动中越、中老跨境公路运输“一车到底”。",
    "3. 推进多式联运“一单制”。",
    "(1) 推广使用多式联运电子运单，实现“一次委托、一单到底、一次结算”；",
    "(2) 探索铁路运单物权化，支持银行开展基于铁路运单的融资业务；",
    "(3) 建立多式联运标准体系，推动与东盟国家标准互认。",
    "(二) 深化贸易投资便利化。",
    "1. 推行“智慧口岸”建设。在果园港、团结村铁路口岸推广应用智能卡口、无人机巡查等设施，进口货物整体通关时间压缩至30小时以内。",
    "2. 扩大对东盟投资合作。支持重庆企业在东盟国家建设境外经贸合作区和海外仓，对新建海外仓按实际投资额的20%给予补助，最高500万元。",
    "(三) 创新通道金融服务。",
    "1. 开展跨境金融服务试点。支持银行为通道沿线企业提供跨境人民币结算、出口信用保险保单融资等服务。",
    "2. 设立通道发展基金。由市级国有企业牵头设立西部陆海新通道发展基金，首期规模50亿元，重点投向物流枢纽、冷链设施等项目。",
    "三. 保障措施",
    "(一) 加强组织领导。市推进西部陆海新通道建设工作领导小组统筹推进本意见实施，领导小组办公室设在市政府口岸物流办。",
    "(二) 强化考核评估。建立重点任务年度评估机制，评估结果纳入区县和市级部门经济社会发展业绩考核。",
    "本实施意见自2023年7月1日起施行，有效期至2027年12月31日。",
]
J_ATT = ["1. 重点任务分工表", "2. 2023年重点项目清单"]
J_SIGN = ["重庆市人民政府", "2023年6月1日"]
J_REMARK = "(此件公开发布)"
J_ATT1 = [
    "1. 加密铁海联运班列。(牵头单位：市政府口岸物流办；配合单位：中国铁路成都局集团公司重庆车务段、市交通局)",
    "2. 发展跨境公路班车。(牵头单位：市交通局；配合单位：重庆海关、市商务委)",
    "3. 推进多式联运“一单制”。(牵头单位：市政府口岸物流办；配合单位：人民银行重庆营业管理部、重庆银保监局)",
    "4. 推行“智慧口岸”建设。(牵头单位：重庆海关；配合单位：两江新区管委会、西永综保区管委会)",
    "5. 扩大对东盟投资合作。(牵头单位：市商务委；配合单位：市财政局)",
    "6. 开展跨境金融服务试点。(牵头单位：人民银行重庆营业管理部；配合单位：市金融监管局)",
    "7. 设立通道发展基金。(牵头单位：市国资委；配合单位：市财政局、市金融监管局)",
]
J_ATT2 = [
    "1. 果园港国家物流枢纽二期工程，总投资38亿元，2023年计划投资9亿元。",
    "2. 团结村铁路口岸智慧化改造项目，总投资6.5亿元，2023年计划投资2亿元。",
    "3. 重庆东盟冷链物流中心项目，总投资12亿元，2023年计划投资4亿元。",
]
FW = "　"


def doc_j():
    name = "j_chongqing_web_text"
    EXPECTED[name] = [J_TITLE, J_NO, J_TO] + J_BODY + ["附件：" + J_ATT[0], J_ATT[1]] + J_SIGN + [J_REMARK] + \
        ["重点任务分工表"] + J_ATT1 + ["2023年重点项目清单"] + J_ATT2
    lines = [J_TITLE, "", J_NO, "", J_TO, ""]
    for t in J_BODY:
        if t[:2] in ("一.", "二.", "三."):
            lines += [FW * 2 + t, ""]
        else:
            lines += [FW * 2 + t, ""]
    lines += [FW * 2 + "附件：" + J_ATT[0], FW * 7 + J_ATT[1], "", ""]
    lines += [FW * 18 + J_SIGN[0], FW * 18 + J_SIGN[1], "", FW * 2 + J_REMARK, "", ""]
    lines += ["附件1", "", FW * 6 + "重点任务分工表", ""]
    lines += [FW * 2 + t for t in J_ATT1] + ["", "附件2", "", FW * 5 + "2023年重点项目清单", ""]
    lines += [FW * 2 + t for t in J_ATT2]
    path = OUT / f"{name}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    META[name] = [dict(title=J_TITLE, doc_number=J_NO, issuers=["重庆市人民政府"], signed="2023-06-01",
                       effective="2023-07-01", expires="2027-12-31", addressees=J_TO.rstrip("："),
                       remarks=J_REMARK, attachments=["重点任务分工表", "2023年重点项目清单"])]
    return path


def to_pdf(docx: Path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(docx)],
                   check=True, capture_output=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (doc_f, doc_g, doc_h):
        p = f()
        to_pdf(p)
        print("made", p.name, "+ pdf")
    for f in (doc_i, doc_j):
        print("made", f().name)
    (OUT / "expected.json").write_text(json.dumps({"clauses": EXPECTED, "documents": META}, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
