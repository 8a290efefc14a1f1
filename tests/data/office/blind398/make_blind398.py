# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 398 blind test documents: 跨境服务贸易特别管理措施（负面清单）."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def fnt(run, name, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font or name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), name)
    if ascii_font is None:
        rfonts.set(qn("w:ascii"), name)
        rfonts.set(qn("w:hAnsi"), name)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color
    return run


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
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fnt(p.add_run("— "), "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    fnt(r, "宋体", 14, ascii_font="宋体")
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r2 = p.add_run()
    fnt(r2, "宋体", 14, ascii_font="宋体")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    fnt(r3, "宋体", 14, ascii_font="宋体")
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._element.append(e)
    fnt(p.add_run(" —"), "宋体", 14, ascii_font="宋体")


def P(container, runs, align=None, indent=True, size=16, line=28, before=0, after=0,
      font=FS):
    """runs: str or list of (text, font, bold) / str."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if isinstance(runs, str):
        runs = [(runs, font, False)]
    for item in runs:
        if isinstance(item, str):
            item = (item, font, False)
        text, f, bold = item
        if text == "\n":
            p.add_run().add_break()
            continue
        fnt(p.add_run(text), f, size, bold=bold)
    return p


def red_line(doc, before=0, after=12):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(6)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "18")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "FF0000")
    bdr.append(bottom)
    # pBdr must come before spacing/ind/jc
    sp = ppr.find(qn("w:spacing"))
    if sp is not None:
        sp.addprevious(bdr)
    else:
        ppr.append(bdr)
    return p


def rule_para(doc, text, top=False, bottom=True, size=14, runs=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(26)
    pf.left_indent = Pt(14)
    pf.right_indent = Pt(14)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on, sz in (("top", top, "12"), ("bottom", bottom, "6")):
        if on:
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), sz)
            el.set(qn("w:space"), "1")
            el.set(qn("w:color"), "000000")
            bdr.append(el)
    sp = ppr.find(qn("w:spacing"))
    if sp is not None:
        sp.addprevious(bdr)
    else:
        ppr.append(bdr)
    for t in (runs or [text]):
        fnt(p.add_run(t), FS, size)
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_text(cell, parts, size=12, bold=False, align=None, font=FS, first=True):
    """parts: list of strings, each a paragraph; a string may contain '\n' = soft break."""
    for i, text in enumerate(parts):
        p = cell.paragraphs[0] if (i == 0 and first) else cell.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(size + 7)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        segs = text.split("\n")
        for j, s in enumerate(segs):
            if j:
                p.add_run().add_break()
            fnt(p.add_run(s), font, size, bold=bold)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_col_widths(table, widths):
    table.autofit = False
    for tr in table._tbl.tr_lst:
        tcs = tr.tc_lst
        if len(tcs) == len(widths):
            for tc, w in zip(tcs, widths):
                tc.get_or_add_tcPr().get_or_add_tcW().type = "dxa"
                tc.get_or_add_tcPr().get_or_add_tcW().w = w
        elif len(tcs) == 1:
            tc = tcs[0]
            tc.get_or_add_tcPr().get_or_add_tcW().type = "dxa"
            tc.get_or_add_tcPr().get_or_add_tcW().w = sum(widths, Cm(0))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))


NUMBERING_ADDED = {}


def add_chinese_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
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
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level=None, region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


def row_clause(n, field, measures):
    return "序号：%s；领域：%s；特别管理措施：%s" % (n, field.replace("\n", ""),
                                             "".join(m.replace("\n", "") for m in measures))


# ---------------------------------------------------------------- list builder
def build_list_table(doc, groups, clauses, style):
    """style 'hainan': 门类 rows merged, measures as separate paragraphs, vertical merges
    of repeated 领域; style 'ftz': header repeated, measures joined by soft breaks."""
    table = doc.add_table(rows=1, cols=3)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(3.6), Cm(10.6)]
    hdr = table.rows[0]
    for i, h in enumerate(["序号", "领域", "特别管理措施"]):
        cell_text(hdr.cells[i], [h], size=12, bold=True, align="c", font=HT)
        if style == "hainan":
            cell_shade(hdr.cells[i], "D9D9D9")
    if style == "ftz":
        set_repeat_header(hdr)
    for gname, rows in groups:
        r = table.add_row()
        a = r.cells[0].merge(r.cells[2])
        cell_text(a, [gname], size=12, bold=True, font=HT if style == "hainan" else KT)
        if style == "ftz":
            cell_shade(a, "F2F2F2")
        prev_field, prev_cell = None, None
        for n, field, measures in rows:
            r = table.add_row()
            cell_text(r.cells[0], [str(n)], size=12, align="c")
            if style == "hainan" and field == prev_field and prev_cell is not None:
                prev_cell = prev_cell.merge(r.cells[1])
            else:
                cell_text(r.cells[1], [field], size=12, align="c")
                prev_cell = r.cells[1]
            prev_field = field
            if style == "hainan":
                cell_text(r.cells[2], measures, size=12, align="j")
            else:
                cell_text(r.cells[2], ["\n".join(measures)], size=12, align="j")
            clauses.append(row_clause(n, field, measures))
    set_col_widths(table, widths)
    return table


# ================================================================ DOC 1: 商务部令 + 海南清单
HAINAN_LIST_TITLE = "海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2026年版）"

HAINAN_SHUOMING = [
    "一、《海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2026年版）》（以下简称《海南跨境服务贸易负面清单》）统一列出在海南自由贸易港内针对境外服务提供者以跨境方式提供服务的特别管理措施。",
    "二、本清单所称跨境服务贸易，是指由境外服务提供者自境外向境内的服务消费者提供服务（跨境交付）；在境外向来自境内的服务消费者提供服务（境外消费）；境外个人在境内提供服务（自然人移动）。",
    "三、《海南跨境服务贸易负面清单》之外的领域，在海南自由贸易港内按照境内外服务及服务提供者待遇一致原则实施管理。境外服务提供者在海南自由贸易港内以跨境方式提供服务，应当遵守国家及海南自由贸易港有关法律法规规定；涉及行政许可的，应当依法取得许可。",
    "四、《海南跨境服务贸易负面清单》不适用于境外服务提供者以商业存在方式提供服务的情形，相关事项按照《外商投资准入特别管理措施（负面清单）》和《海南自由贸易港外商投资准入特别管理措施（负面清单）》执行。",
    "五、有关法律、行政法规、国务院决定及国务院批准的文件中关于职业资格、资质认定、公共秩序、国家安全、金融审慎等方面的管理规定，以及国家对政府采购、补贴、政府授权、税收等方面的管理规定，按照现行规定执行。",
    "六、《海南跨境服务贸易负面清单》中未列出的文化、金融等领域与国家安全、意识形态、公共秩序相关的管理措施，按照现行规定执行。涉及个人信息和重要数据出境的，按照国家数据出境安全管理有关规定执行。",
    "七、《海南跨境服务贸易负面清单》由商务部会同有关部门负责解释，并根据国家及海南自由贸易港有关法律法规，结合海南自由贸易港建设需要适时调整。",
    "八、本清单自2026年4月1日起施行。",
]

HAINAN_GROUPS = [
    ("A　农、林、牧、渔业", [
        (1, "农、林、牧、渔业专业及辅助性活动",
         ["境外服务提供者不得提供农作物、畜禽、水产新品种选育和种子（苗）生产服务。"]),
        (2, "渔业",
         ["（一）境外渔业船舶不得在中华人民共和国管辖水域从事渔业生产、渔业资源调查活动，经国务院有关主管部门批准的除外。",
          "（二）境外个人不得担任中国籍渔业船舶的船长、驾驶员、轮机长等职务船员。"]),
    ]),
    ("F　批发和零售业", [
        (3, "烟草制品批发与零售",
         ["境外服务提供者不得提供烟叶、卷烟、复烤烟叶及其他烟草制品的批发、零售服务。"]),
        (4, "拍卖",
         ["（一）境外服务提供者不得提供文物拍卖服务。",
          "（二）境外个人不得在境内担任拍卖师。"]),
    ]),
    ("G　交通运输、仓储和邮政业", [
        (5, "水上运输业",
         ["（一）境外服务提供者不得经营或者以租用中国籍船舶、舱位等方式变相经营国内水路运输业务及其辅助业务。",
          "（二）境外个人不得担任中国籍船舶的船长、高级船员。",
          "（三）境外服务提供者在洋浦港从事国际船舶代理业务，按照海南自由贸易港有关规定执行。"]),
        (6, "航空运输业",
         ["境外服务提供者不得经营境内两点之间的航空运输业务，不得从事通用航空中的农林作业、航空摄影、航空探矿等作业飞行业务。"]),
        (7, "邮政业",
         ["境外服务提供者不得经营邮政服务，不得经营信件的国内快递业务。"]),
    ]),
    ("I　信息传输、软件和信息技术服务业", [
        (8, "电信、广播电视和\n卫星传输服务",
         ["（一）境外服务提供者不得提供电信业务服务，海南自由贸易港按规定向境外服务提供者开放的增值电信业务除外。",
          "（二）境外服务提供者不得从事广播电视节目的传送服务及卫星电视广播地面接收设施安装服务。"]),
        (9, "互联网和相关服务",
         ["（一）境外服务提供者不得提供互联网新闻信息服务、网络出版服务、网络视听节目服务、互联网文化经营（音乐除外）服务。",
          "（二）境外服务提供者不得提供互联网上网服务营业场所经营服务。",
          "（三）境外服务提供者向境内提供个人信息处理服务，应当遵守国家个人信息保护和数据出境安全管理有关规定。"]),
        (10, "软件和信息技术服务业",
         ["境外服务提供者为境内关键信息基础设施运营者提供网络产品和服务，影响或者可能影响国家安全的，应当按照规定通过网络安全审查。"]),
    ]),
    ("J　金融业", [
        (11, "货币金融服务",
         ["境外金融机构不得在境内吸收公众存款或者变相吸收公众存款，不得在境内开展人民币零售业务。"]),
        (12, "货币金融服务",
         ["（一）境外服务提供者不得在境内从事银行卡清算业务，经中国人民银行批准的除外。",
          "（二）境外非银行支付机构为境内用户提供跨境支付服务的，应当依法取得支付业务许可。"]),
        (13, "资本市场服务",
         ["（一）境外证券经营机构不得在境内从事证券承销与保荐、证券自营业务。",
          "（二）境外期货经营机构不得直接接受境内客户委托从事境内期货交易，海南自由贸易港特定品种期货交易除外。"]),
        (14, "保险业",
         ["境外保险机构不得向境内提供除再保险、国际海运保险、国际航空保险、国际货运保险及其相关保险经纪服务以外的保险服务。"]),
    ]),
    ("L　租赁和商务服务业", [
        (15, "法律服务",
         ["境外律师事务所、其他组织和个人不得在境内从事中国法律事务，不得成为境内律师事务所的合伙人。"]),
        (16, "法律服务",
         ["（一）境外个人不得担任境内公证员、司法鉴定人。",
          "（二）境外仲裁机构在海南自由贸易港内开展仲裁业务，应当按照海南自由贸易港有关规定办理登记。"]),
        (17, "会计审计服务",
         ["境外会计师事务所不得在境内承办审计业务、出具审计报告，经国务院财政部门批准的临时执行审计业务除外。"]),
        (18, "人力资源服务",
         ["境外服务提供者不得为境内用人单位提供跨境劳务派遣服务。"]),
    ]),
    ("M　科学研究和技术服务业", [
        (19, "测绘地理信息服务",
         ["境外组织和个人不得在境内从事大地测量、测绘航空摄影、行政区域界线测绘、海洋测绘、地形图和普通地图编制、导航电子地图编制等测绘活动。"]),
        (20, "专业技术服务业",
         ["（一）境外服务提供者不得提供人体干细胞、基因诊断与治疗技术开发和应用服务。",
          "（二）境外个人在境内从事建筑设计、工程造价咨询等业务，应当按照规定取得相应执业资格或者经海南自由贸易港认可。"]),
    ]),
    ("P　教育", [
        (21, "教育",
         ["境外教育机构、其他组织和个人不得单独在境内举办以中国公民为主要招生对象的学校及其他教育机构（不包括非学制类职业技能培训）。"]),
    ]),
    ("Q　卫生和社会工作", [
        (22, "卫生",
         ["境外个人在境内从事医师执业活动，应当取得短期行医许可，许可期限最长为三年。"]),
    ]),
    ("R　文化、体育和娱乐业", [
        (23, "新闻出版和广播电视",
         ["境外服务提供者不得从事新闻、出版、广播电视、电影的制作和发行活动，经批准的中外合作摄制电影除外。"]),
        (24, "文化艺术业",
         ["（一）境外个人不得在境内举办营业性演出，经批准的除外。",
          "（二）境外服务提供者不得从事文物商店、国有文物博物馆经营服务。"]),
    ]),
]


def make_doc1():
    stem = "blind398_hainan_ling"
    doc = new_doc()
    objs = []
    # ---- 令
    P(doc, [("中华人民共和国商务部令", XBS, False)], align="c", indent=False, size=36,
      line=None, before=30, after=6)
    doc.paragraphs[-1].runs[0].font.color.rgb = RED
    P(doc, "2026年第1号", align="c", indent=False)
    red_line(doc, after=18)
    ling_clauses = []
    t = ("《海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2026年版）》已经2026年2月27日"
         "商务部第3次部务会议审议通过，并经国务院同意，现予公布，自2026年4月1日起施行。")
    t2 = ("2021年7月23日商务部公布的《海南自由贸易港跨境服务贸易特别管理措施（负面清单）》"
          "（商务部令2021年第3号）同时废止。")
    # body typed as two runs, second sentence on same paragraph with a tab of spaces
    P(doc, [t[:40], t[40:], t2], align="j")
    ling_clauses.append(t + t2)
    empty(doc, 2)
    P(doc, "部长　　周立新　　　", align="r", indent=False)
    P(doc, "2026年3月2日　　　", align="r", indent=False)
    objs.append({"meta": meta(title="中华人民共和国商务部令", doc_number="商务部令2026年第1号",
                              issuer=["商务部"], date="2026-03-02", level="national",
                              region="海南自由贸易港", effective="2026-04-01", doc_type="令",
                              repeals="《海南自由贸易港跨境服务贸易特别管理措施（负面清单）》（商务部令2021年第3号）"),
                 "clauses": ling_clauses})
    page_break(doc)
    # ---- 清单
    lc = []
    P(doc, [("海南自由贸易港跨境服务贸易特别管理措施", XBS, False), "\n",
            ("（负面清单）（2026年版）", XBS, False)],
      align="c", indent=False, size=22, line=36, after=12)
    P(doc, [("说　明", HT, False)], align="c", indent=False, after=6)
    for s in HAINAN_SHUOMING:
        P(doc, s, align="j")
        lc.append(s)
    empty(doc)
    P(doc, [("特别管理措施", HT, False)], align="c", indent=False, after=6)
    build_list_table(doc, HAINAN_GROUPS, lc, "hainan")
    empty(doc)
    objs.append({"meta": meta(title=HAINAN_LIST_TITLE, issuer=["商务部"], date="2026-03-02",
                              level="national", region="海南自由贸易港",
                              effective="2026-04-01", doc_type="负面清单"),
                 "clauses": lc})
    return stem, doc, objs


# ================================================================ DOC 2: 公告 + 自贸试验区清单
FTZ_LIST_TITLE = "自由贸易试验区跨境服务贸易特别管理措施（负面清单）（2026年版）"
FTZ_GG_TITLE = "关于发布《自由贸易试验区跨境服务贸易特别管理措施（负面清单）（2026年版）》的公告"

FTZ_GG_BODY = [
    "为贯彻落实党中央、国务院决策部署，稳步扩大规则、规制、管理、标准等制度型开放，推进自由贸易试验区跨境服务贸易高水平开放，经国务院同意，现就有关事项公告如下：",
    "一、商务部、国家发展改革委会同有关部门制定了《自由贸易试验区跨境服务贸易特别管理措施（负面清单）（2026年版）》（以下简称《自贸试验区跨境服务贸易负面清单》），现予发布。",
    "二、《自贸试验区跨境服务贸易负面清单》自2026年7月1日起施行。《自由贸易试验区跨境服务贸易特别管理措施（负面清单）（2024年版）》（商务部令2024年第2号公布）同时废止。",
    "三、海南自由贸易港继续实施《海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2026年版）》。海南自由贸易港以外的自由贸易试验区，实施《自贸试验区跨境服务贸易负面清单》。",
    "四、各自由贸易试验区所在地省级人民政府要切实承担主体责任，加强对清单实施的组织领导，及时清理与清单不一致的地方性规定，建立健全跨境服务贸易事中事后监管体系，做好风险防范工作。",
    "五、国务院有关部门要按照职责分工，加快完善相关领域配套政策，指导地方做好许可办理、资格认定等衔接工作，重大问题及时报告。",
    "特此公告。",
]

FTZ_SHUOMING = [
    "《自由贸易试验区跨境服务贸易特别管理措施（负面清单）（2026年版）》（以下简称《自贸试验区跨境服务贸易负面清单》）统一列出在自由贸易试验区内针对境外服务提供者以跨境方式提供服务的特别管理措施，适用于海南自由贸易港以外的各自由贸易试验区。",
    "本清单所称跨境服务贸易，是指由境外服务提供者自境外向境内的服务消费者提供服务；在境外向来自境内的服务消费者提供服务；境外个人在境内提供服务。",
    "《自贸试验区跨境服务贸易负面清单》之外的领域，在自由贸易试验区内按照境内外服务及服务提供者待遇一致原则实施管理。",
    "《自贸试验区跨境服务贸易负面清单》不适用于境外服务提供者以商业存在方式提供服务的情形，相关事项按照《外商投资准入特别管理措施（负面清单）》和《自由贸易试验区外商投资准入特别管理措施（负面清单）》执行。",
    "有关法律、行政法规、国务院决定及国务院批准的文件中关于职业资格、资质认定、公共秩序、国家安全、金融审慎等方面的管理规定，按照现行规定执行。境内服务消费者购买境外服务，涉及外汇管理的，按照国家外汇管理有关规定执行。",
    "我国缔结或者参加的国际条约、协定对境外服务提供者有更优惠待遇的，可以按照相关国际条约、协定的规定执行。",
    "《自贸试验区跨境服务贸易负面清单》由商务部、国家发展改革委会同有关部门负责解释。",
]

FTZ_GROUPS = [
    ("一、农、林、牧、渔业（A）", [
        (1, "渔业", ["境外渔业船舶不得在中华人民共和国管辖水域从事渔业生产活动，经国务院农业农村主管部门批准的除外。"]),
    ]),
    ("二、批发和零售业（F）", [
        (2, "烟草制品批发与零售", ["境外服务提供者不得从事烟叶、卷烟、复烤烟叶及其他烟草制品的批发、零售业务。"]),
        (3, "拍卖", ["（一）境外服务提供者不得提供文物拍卖服务。", "（二）境外个人不得在境内担任拍卖师。"]),
    ]),
    ("三、交通运输、仓储和邮政业（G）", [
        (4, "水上运输业", ["（一）境外服务提供者不得经营国内水路运输业务，不得以租用中国籍船舶或者舱位等方式变相经营国内水路运输业务。",
                        "（二）境外个人不得担任中国籍船舶的船长、高级船员，经批准的除外。"]),
        (5, "航空运输业", ["境外服务提供者不得经营境内两点之间的航空运输业务。"]),
        (6, "邮政业", ["境外服务提供者不得经营邮政服务，不得经营信件的国内快递业务。"]),
    ]),
    ("四、信息传输、软件和信息技术服务业（I）", [
        (7, "电信服务", ["（一）境外服务提供者不得提供基础电信业务服务。",
                       "（二）境外服务提供者提供增值电信业务服务，应当依法取得经营许可，国家另有规定的除外。"]),
        (8, "互联网和相关服务", ["（一）境外服务提供者不得提供互联网新闻信息服务、网络出版服务、网络视听节目服务。",
                             "（二）境外服务提供者不得提供互联网文化经营服务（音乐除外）。",
                             "（三）境外服务提供者不得提供互联网公众发布信息服务。"]),
        (9, "数据处理和存储支持服务", ["（一）境外服务提供者处理境内自然人个人信息的，应当在境内设立专门机构或者指定代表。",
                                   "（二）关键信息基础设施运营者向境外服务提供者提供在境内运营中收集和产生的个人信息和重要数据，应当按照国家规定进行安全评估。"]),
    ]),
    ("五、金融业（J）", [
        (10, "银行业", ["境外金融机构不得在境内吸收公众存款，不得在境内开展人民币零售业务。"]),
        (11, "证券期货业", ["（一）境外证券经营机构不得在境内从事证券承销与保荐业务。",
                          "（二）境外期货经营机构不得直接接受境内客户委托从事境内期货交易，国家规定的特定品种除外。"]),
        (12, "保险业", ["境外保险机构不得向境内提供除再保险、国际海运保险、国际航空保险、国际货运保险及其相关保险经纪服务以外的保险服务。"]),
    ]),
    ("六、租赁和商务服务业（L）", [
        (13, "法律服务", ["（一）境外律师事务所、其他组织和个人不得在境内从事中国法律事务。",
                        "（二）境外个人不得担任境内公证员、司法鉴定人。"]),
        (14, "会计审计服务", ["境外会计师事务所不得在境内承办审计业务，经国务院财政部门批准的临时执行审计业务除外。"]),
    ]),
    ("七、科学研究和技术服务业（M）", [
        (15, "测绘地理信息服务", ["境外组织和个人不得在境内从事大地测量、测绘航空摄影、行政区域界线测绘、海洋测绘、导航电子地图编制等测绘活动。"]),
    ]),
    ("八、文化、体育和娱乐业（R）", [
        (16, "广播电视电影", ["（一）境外服务提供者不得从事广播电视节目、电影的制作和发行活动，经批准的中外合作摄制电影除外。",
                            "（二）境外个人在境内举办营业性演出，应当依法报经文化和旅游主管部门批准。"]),
    ]),
]


def make_doc2():
    stem = "blind398_zimaoqu_gonggao"
    doc = new_doc()
    num_id = add_chinese_numbering(doc)
    objs = []
    P(doc, [("商务部　国家发展改革委", XBS, False)], align="c", indent=False, size=30,
      line=None, before=24)
    doc.paragraphs[-1].runs[0].font.color.rgb = RED
    P(doc, [("公　　告", XBS, False)], align="c", indent=False, size=36, line=None, after=6)
    doc.paragraphs[-1].runs[0].font.color.rgb = RED
    P(doc, "2026年第9号", align="c", indent=False)
    red_line(doc, after=18)
    P(doc, [("关于发布《自由贸易试验区跨境服务贸易", XBS, False), "\n",
            ("特别管理措施（负面清单）（2026年版）》的公告", XBS, False)],
      align="c", indent=False, size=22, line=36, after=16)
    gc = []
    for s in FTZ_GG_BODY:
        P(doc, s, align="j")
        gc.append(s)
    empty(doc)
    P(doc, "附件：自由贸易试验区跨境服务贸易特别管理措施（负面清单）（2026年版）", align="j")
    empty(doc, 2)
    P(doc, "商务部　　　　　国家发展改革委　　", align="r", indent=False)
    P(doc, "2026年6月5日　　　　", align="r", indent=False)
    objs.append({"meta": meta(title=FTZ_GG_TITLE, doc_number="商务部 国家发展改革委公告2026年第9号",
                              issuer=["商务部", "国家发展改革委"], date="2026-06-05",
                              level="national", region="自由贸易试验区",
                              effective="2026-07-01", doc_type="公告",
                              attachments=[FTZ_LIST_TITLE],
                              repeals="《自由贸易试验区跨境服务贸易特别管理措施（负面清单）（2024年版）》（商务部令2024年第2号公布）"),
                 "clauses": gc})
    page_break(doc)
    lc = []
    P(doc, [("附件", HT, False)], indent=False)
    empty(doc)
    P(doc, [("自由贸易试验区跨境服务贸易特别管理措施", XBS, False), "\n",
            ("（负面清单）（2026年版）", XBS, False)],
      align="c", indent=False, size=22, line=36, after=12)
    P(doc, [("说明", HT, False)], align="c", indent=False, after=6)
    cn = "一二三四五六七八九十"
    for i, s in enumerate(FTZ_SHUOMING):
        p = P(doc, s, align="j")
        numbered(p, num_id)
        lc.append(cn[i] + "、" + s)
    empty(doc)
    build_list_table(doc, FTZ_GROUPS, lc, "ftz")
    objs.append({"meta": meta(title=FTZ_LIST_TITLE, issuer=["商务部", "国家发展改革委"],
                              date="2026-06-05", level="national", region="自由贸易试验区",
                              effective="2026-07-01", doc_type="负面清单"),
                 "clauses": lc})
    return stem, doc, objs


# ================================================================ DOC 3: 海南省商务厅 通知
def make_doc3():
    stem = "blind398_hainan_tongzhi"
    doc = new_doc()
    c = []
    # 版头
    P(doc, [("海南省商务厅", XBS, False), "\n", ("海南省发展和改革委员会", XBS, False)],
      align="c", indent=False, size=30, line=44, before=20)
    for r in doc.paragraphs[-1].runs:
        r.font.color.rgb = RED
    P(doc, [("文件", XBS, False)], align="c", indent=False, size=36, line=None)
    doc.paragraphs[-1].runs[0].font.color.rgb = RED
    empty(doc)
    P(doc, ["琼商务", "〔2026〕", "38", "号"], align="c", indent=False)
    red_line(doc, after=20)
    P(doc, [("海南省商务厅　海南省发展和改革委员会", XBS, False), "\n",
            ("关于做好《海南自由贸易港跨境服务贸易", XBS, False), "\n",
            ("特别管理措施（负面清单）（2026年版）》", XBS, False), "\n",
            ("贯彻落实工作的通知", XBS, False)],
      align="c", indent=False, size=22, line=34, after=16)
    P(doc, "各市、县、自治县商务局，洋浦经济开发区管委会，省有关单位：", indent=False)

    def para(text, runin=None, runin_font=KT, bold=True):
        if runin:
            P(doc, [(runin, runin_font, bold), (text, FS, False)], align="j")
            c.append(runin + text)
        else:
            P(doc, text, align="j")
            c.append(text)

    def head(text):
        P(doc, [(text, HT, False)], align="j")

    para("2026年3月2日，商务部以2026年第1号令公布《海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2026年版）》（以下简称《负面清单》），自2026年4月1日起施行。为抓好《负面清单》贯彻落实，进一步推进海南自由贸易港跨境服务贸易自由化便利化，经省政府同意，现将有关事项通知如下：")
    head("一、充分认识实施《负面清单》的重要意义")
    para("《负面清单》是海南自由贸易港跨境服务贸易管理的基础性制度安排。2026年版《负面清单》特别管理措施由2021年版的70项压减至24项，在专业服务、数字贸易、金融、运输等领域进一步放宽境外服务提供者跨境提供服务的限制。各地各部门要充分认识实施《负面清单》对于建设具有世界影响力的中国特色自由贸易港的重要意义，把落实《负面清单》作为推进制度型开放的重点任务抓紧抓实。")
    empty(doc)
    head("二、全面落实清单管理要求")
    para("对《负面清单》之外的领域，各地各部门要按照境内外服务及服务提供者待遇一致原则实施管理，不得以备案、登记、年检、认定、认证等形式另设针对境外服务提供者的准入限制。",
         runin="（一）落实“非禁即入”。")
    para("各地各部门要于2026年6月30日前完成对本地区、本部门制定的规范性文件和其他政策措施的清理，重点清理以下内容：",
         runin="（二）开展文件清理。")
    # numbered items typed inside one paragraph with soft line breaks
    items = ["1.对境外服务提供者设置的资质、资格、注册资本等歧视性条件；",
             "2.要求境外服务提供者在境内设立商业存在作为提供服务前提的规定；",
             "3.其他与《负面清单》及“非禁即入”原则不一致的规定。"]
    P(doc, [items[0], "\n", items[1], "\n", items[2]], align="j")
    c.extend(items)
    para("清理结果及拟修改、废止的文件目录，请于2026年7月15日前书面报送省商务厅。")
    para("对《负面清单》之外、仍需办理行政许可的事项，各审批部门要于2026年4月30日前梳理形成跨境服务许可事项目录，明确境外服务提供者适用的申请材料、办理程序和办理时限，并通过海南省政务服务网统一公开。",
         runin="（三）做好许可衔接。")
    empty(doc)
    head("三、推进重点领域开放")
    para("支持境外服务提供者在海南自由贸易港开展跨境数据处理、软件开发、数字内容等服务。省大数据管理局要会同有关部门完善数据出境安全评估、个人信息保护认证等申报指引，用好海南国际数据服务试验区，探索建立数据跨境流动“白名单”制度。",
         runin="（一）数字贸易。")
    para("推动境外律师、会计、建筑设计、工程造价等专业人士依法在海南自由贸易港提供服务。省司法厅、省财政厅、省住房城乡建设厅要按照职责分别制定境外专业人员执业认可或备案办法，于2026年9月30日前公布实施。",
         runin="（二）专业服务。")
    para("配合金融管理部门做好《负面清单》涉及金融领域措施的落地工作，支持境外金融机构为海南自由贸易港内企业提供跨境金融服务，推进跨境支付、跨境保险等业务便利化。",
         runin="（三）金融服务。")
    para("支持境外医师依法申请短期行医许可，在博鳌乐城国际医疗旅游先行区等区域提供医疗服务。省卫生健康委要优化短期行医许可办理流程，办理时限压缩至10个工作日以内。",
         runin="（四）医疗健康。")
    empty(doc)
    head("四、强化事中事后监管和风险防控")
    para("各行业主管部门要按照“谁审批、谁监管，谁主管、谁监管”的原则，将跨境服务提供纳入本行业监管范围，依托海南自由贸易港社会管理信息化平台实现信息共享、协同监管。",
         runin="（一）压实监管责任。")
    para("加强对跨境服务贸易领域的风险监测，重点关注数据安全、金融安全、意识形态安全等方面风险，发现重大风险隐患的，要及时处置并按程序报告。",
         runin="（二）防范化解风险。")
    para("对境外服务提供者违反国家及海南自由贸易港有关法律法规的行为，依法予以查处，并按照规定纳入信用记录。",
         runin="（三）依法查处违法行为。")
    empty(doc)
    head("五、加强组织实施")
    para("省商务厅、省发展改革委牵头建立《负面清单》实施工作协调机制，统筹推进清单实施、政策配套和评估调整等工作。各市县要明确责任部门和工作人员。",
         runin="（一）加强统筹协调。")
    para("各地各部门要通过政府网站、新闻发布会、政策宣讲会等多种形式开展宣传解读，及时回应境内外市场主体关切。",
         runin="（二）做好宣传解读。")
    para("各市县、各有关单位要于每季度结束后10个工作日内，填报《〈负面清单〉实施情况季度报送表》（见附件2）报送省商务厅。省商务厅会同省发展改革委适时开展第三方评估，并向商务部提出清单调整建议。",
         runin="（三）开展跟踪评估。")
    para("执行中遇到的重大问题，请及时向省商务厅、省发展改革委报告。")
    para("联系人：陈琳（省商务厅服务贸易处），联系电话：0898-65201234。")
    empty(doc)
    P(doc, "附件：1.海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2026年版）", align="j")
    P(doc, "　　　2.《负面清单》实施情况季度报送表", align="j")
    empty(doc, 2)
    # 落款 as a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), ["海南省商务厅"], size=16, align="c")
    cell_text(t.cell(0, 1), ["海南省发展和改革委员会"], size=16, align="c")
    cell_text(t.cell(1, 1), ["2026年3月20日"], size=16, align="c")
    set_col_widths(t, [Cm(7.8), Cm(7.8)])
    empty(doc)
    P(doc, "（此件公开发布）", indent=True)
    empty(doc, 3)
    rule_para(doc, None, top=True, bottom=True,
              runs=["抄送：商务部服务贸易和商贸服务业司，省司法厅，省财政厅，省卫生健康委，省大数据管理局，中国人民银行海南省分行。"])
    rule_para(doc, None, top=False, bottom=True,
              runs=["海南省商务厅办公室", "　　　　　　　　　　　", "2026年3月20日印发"])
    obj = {"meta": meta(
        title="海南省商务厅 海南省发展和改革委员会关于做好《海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2026年版）》贯彻落实工作的通知",
        doc_number="琼商务〔2026〕38号", issuer=["海南省商务厅", "海南省发展和改革委员会"],
        date="2026-03-20", level="provincial", region="海南省",
        attachments=["海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2026年版）",
                     "《负面清单》实施情况季度报送表"],
        doc_type="通知",
        recipients=["各市、县、自治县商务局", "洋浦经济开发区管委会", "省有关单位"],
        publicity="此件公开发布"), "clauses": c}
    return stem, doc, [obj]


def main():
    expected = {}
    profile = "-env:UserInstallation=file:///tmp/lo_398"
    for maker in (make_doc1, make_doc2, make_doc3):
        stem, doc, objs = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf",
                        "--outdir", HERE, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
