# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 452: municipal 政府工作报告（摘要）对外开放部分 + 人大决议."""
import copy
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
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=None, bold=None, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container, parts, align=None, indent=True, size=15, line=None,
         space_before=0, space_after=0):
    """parts: list of (text, font, bold) tuples; text '\n' => soft line break."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    for part in parts:
        text, font, bold = part[0], part[1], part[2]
        psize = part[3] if len(part) > 3 else size
        color = part[4] if len(part) > 4 else None
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, psize, bold, color)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def empty(container, n=1):
    for _ in range(n):
        container.add_paragraph()


def bottom_border(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def table_borders(table, val="single", sz=8, color="000000"):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        borders.append(e)
    tblPr.append(borders)


def fix_widths(table, widths):
    """fixed layout with explicit grid, so the table fits a newspaper column."""
    table.autofit = False
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    r = p.add_run(text)
    set_font(r, font, size, bold)
    return p


def add_page_field(p, font=FS, size=14, dash=True):
    if dash:
        set_font(p.add_run("— "), font, size)
    r = p.add_run()
    set_font(r, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r2 = p.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, font, size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r3._element.append(f2)
    if dash:
        set_font(p.add_run(" —"), font, size)


def page_setup(section):
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.top_margin = Cm(3.0)
    section.bottom_margin = Cm(2.5)
    section.left_margin = Cm(2.6)
    section.right_margin = Cm(2.4)


def set_columns(section, num, space=425):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))


def masthead_header(section, paper, dateline):
    hdr = section.header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_font(p.add_run(paper), XBS, 16, False, RED)
    set_font(p.add_run("　　" + dateline), FS, 10.5)
    bottom_border(p)


def footer_pages(section, dash=True):
    ftr = section.footer
    p = ftr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(p, FS, 12 if not dash else 14, dash)


def runin(bold, rest):
    """paragraph parts for a bold run-in summary, returns (parts, clause)."""
    return bold, rest


# ---------------------------------------------------------------- numbering (Word auto numbering for headings)
def add_chinese_numbering(doc):
    numbering = doc.part.numbering_part.element
    abs_id = 452
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "452")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return 452


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None,
        "published": None, "level": "municipal", "region": None,
        "effective": None, "expires": None, "attachments": [],
        "doc_type": None, "recipients": [], "publicity": None, "repeals": None,
    }
    base.update(kw)
    return base


# ================================================================ document 1: 青岛 政府工作报告（摘要）
def make_qingdao_baogao():
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    masthead_header(sec, "青岛日报", "2026年1月16日　星期五　　第5版　·　两会特刊")
    footer_pages(sec, dash=False)
    clauses = []

    para(doc, [("青岛市第十七届人民代表大会第五次会议文件", HT, False, 12)],
         align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, space_after=6)
    title = "2026年政府工作报告（摘要）"
    para(doc, [("2026年政府工作报告", XBS, False, 26), ("（摘要）", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_before=6, space_after=6)
    para(doc, [("——2026年1月15日在青岛市第十七届人民代表大会\n第五次会议上", KT, False, 14)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, [("青岛市市长　　王振华", KT, False, 14)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=12)

    # two-column body (newspaper layout)
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(sec2, 2)

    S = 11  # newspaper body size
    L = 18

    def body(bold, rest):
        parts = []
        if bold:
            # split the bold run-in into two runs, the way Word often stores it
            k = max(1, len(bold) // 2)
            parts += [(bold[:k], HT, True, S), (bold[k:], HT, True, S)]
        parts.append((rest, FS, False, S))
        para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=S, line=L)
        clauses.append(bold + rest)

    def heading(text, font=HT, size=12, bold=False):
        para(doc, [(text, font, bold, size)], align=WD_ALIGN_PARAGRAPH.LEFT,
             indent=False, size=size, line=L + 2, space_before=6, space_after=3)

    heading("一、2025年工作回顾")
    body("", "过去一年，我们坚定不移扩大高水平对外开放，外贸外资量稳质升，开放型经济发展迈上新台阶。"
             "全市货物进出口总额完成9326.5亿元、增长6.1%，规模稳居全省首位，其中出口5872.3亿元、增长8.4%；"
             "实际使用外资61.2亿美元，新设外商投资企业1386家、增长11.3%；对共建“一带一路”国家进出口"
             "4145.3亿元、增长9.7%，占全市比重提高到44.4%。")
    body("开放平台能级持续提升。",
         "上合示范区三年行动计划圆满收官，一是“上合之珠”国际博览中心全面投用，全年举办展会活动47场；"
         "二是中国—上合组织经贸学院累计培训各国学员1.2万人次；三是对上合组织国家进出口完成702.4亿元、"
         "增长18.3%。自贸试验区青岛片区新形成制度创新成果46项，“跨境电商零售进口退货中心仓模式升级”等8项"
         "成果在全国复制推广。青岛前湾综合保税区、青岛胶州湾综合保税区进出口分别增长12.5%、21.8%，"
         "董家口综合保税区申建取得实质性进展。")
    body("外贸新动能加快成长。",
         "跨境电商进出口完成586.2亿元、增长24.7%，新增公共海外仓23个、总数达到112个，海外仓面积突破"
         "200万平方米；市场采购贸易出口完成318.6亿元、增长15.2%；二手车出口4.8万辆、增长37.1%。"
         "“新三样”产品出口增长29.4%，锂电池、光伏组件出口首次突破百亿元。成功举办2025跨国公司领导人"
         "青岛峰会、第三届RCEP区域进口商品博览会，现场签约外资项目136个、总投资182亿美元。")
    body("国际物流枢纽功能增强。",
         "青岛港集装箱吞吐量完成3215万标准箱、增长5.8%，新增国际集装箱航线28条、总数达到236条；"
         "海铁联运箱量突破260万标准箱，连续十年居全国沿海港口首位。中欧班列（齐鲁号）青岛方向全年开行"
         "1063列、增长12.1%，新开通至匈牙利布达佩斯、塞尔维亚贝尔格莱德线路。胶东国际机场国际（地区）"
         "货邮吞吐量完成8.7万吨、增长16.5%，国际（地区）客货运航线达到42条。")
    body("营商环境更加开放透明。",
         "全面落实外商投资准入前国民待遇加负面清单管理制度，一是建立外资企业“服务专员”制度，全年为412家"
         "外资企业协调解决问题896件；二是开设外籍人士来青“一站式”服务中心，外国人工作许可和居留许可实现"
         "“一窗受理、一次办结”；三是推出“外卡内绑”“外卡收单”等支付便利化措施，入境外国人增长63.5%。"
         "世界500强企业在青投资项目累计达到286个。")
    body("", "同时，我们也清醒看到，外贸企业经营压力加大，部分产业链外迁风险上升，利用外资结构有待优化，"
             "各类开放平台之间协同联动还不够。对此，我们将采取有力措施，认真加以解决。")

    empty(doc)
    heading("二、2026年重点工作")
    heading("（五）以更高水平开放赢得发展主动，加快建设国际化开放门户城市", KT, 12, True)
    body("", "2026年全市对外开放工作的主要预期目标是：货物进出口总额增长5%左右，实际使用外资60亿美元以上，"
             "跨境电商进出口增长15%以上，中欧班列（齐鲁号）青岛方向开行1100列以上，青岛港集装箱吞吐量达到"
             "3300万标准箱。")

    # 专栏 table
    para(doc, [("专栏　2026年对外开放主要预期指标", HT, False, 10.5)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_before=6, space_after=3)
    header = ["序号", "指标", "2025年完成", "2026年预期"]
    rows = [
        ["1", "货物进出口总额", "9326.5亿元", "增长5%左右"],
        ["2", "实际使用外资", "61.2亿美元", "60亿美元以上"],
        ["3", "跨境电商进出口", "586.2亿元", "增长15%以上"],
        ["4", "中欧班列（齐鲁号）青岛方向开行", "1063列", "1100列以上"],
        ["5", "青岛港集装箱吞吐量", "3215万标准箱", "3300万标准箱"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, sz=6)
    widths = [Cm(0.8), Cm(2.8), Cm(1.9), Cm(1.9)]
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 9, False)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 9, False)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    fix_widths(t, widths)

    body("高标准建设上合示范区。",
         "深入实施上合示范区新一轮三年行动计划，一是建设上合国际枢纽港，拓展“上合快线”至中亚五国的班列线路，"
         "全年开行上合方向班列700列以上；二是做强“上合之珠”国际博览中心展会平台，办好2026中国—上海合作组织"
         "国际投资贸易博览会；三是推进上合经贸综合服务平台扩容升级，探索与上合组织国家开展本币结算业务，"
         "力争对上合组织国家进出口增长10%以上。")
    body("实施自贸试验区提升战略。",
         "对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，"
         "在自贸试验区青岛片区开展规则、规制、管理、标准等制度型开放压力测试，全年形成制度创新成果40项以上。"
         "推动青岛前湾综合保税区、青岛胶州湾综合保税区加快发展保税维修、保税研发、融资租赁等新业态，争取更多"
         "“两头在外”的全球维修项目落地。")
    body("推动外贸稳规模优结构。",
         "实施外贸主体培育工程，新增有进出口实绩企业1000家以上。一是大力发展跨境电商，新建公共海外仓15个，"
         "培育年交易额超10亿元的跨境电商企业10家；二是扩大市场采购贸易规模，支持即墨国际商贸城打造市场采购"
         "贸易示范基地；三是积极扩大进口，争创国家进口贸易促进创新示范区，大宗商品进口额突破2500亿元；"
         "四是用好出口信用保险、外贸贷等政策工具，政策性出口信用保险承保规模达到220亿美元。")
    body("更大力度吸引和利用外资。",
         "全面落实外商投资准入负面清单，深化“投资青岛”全球招商，一是聚焦日韩、欧洲、港澳地区开展精准招商，"
         "全年引进外资项目500个以上；二是支持外资企业利润再投资，落实境外投资者以分配利润直接投资暂不征收"
         "预提所得税政策；三是健全外资企业圆桌会议制度，及时回应外资企业诉求，打造市场化、法治化、国际化"
         "一流营商环境。")
    body("畅通国际物流大通道。",
         "加快建设青岛国际航运中心，新增国际集装箱航线10条以上。推动中欧班列（齐鲁号）高质量发展，优化"
         "“日韩—青岛—欧洲”陆海联运线路，海铁联运箱量增长5%以上。提升胶东国际机场国际枢纽功能，新开和加密"
         "国际货运航线5条，国际（地区）货邮吞吐量突破10万吨。")
    body("深化国际交流合作。",
         "高水平建设RCEP青岛经贸合作先行创新试验基地，用好RCEP原产地累积规则，全年签发RCEP原产地证书"
         "4.5万份以上。深化与日韩地方经贸合作，办好2026跨国公司领导人青岛峰会、中国·青岛国际消费电子"
         "博览会等重大活动，新增国际友好城市和友好合作关系城市3个。")
    body("", "各位代表，开放是青岛最鲜明的特质、最大的优势。我们将以更加开放的姿态拥抱世界，在服务和融入"
             "新发展格局中展现更大作为！")

    empty(doc)
    # 名词解释 box: single-cell table
    box = doc.add_table(rows=1, cols=1)
    table_borders(box, sz=12, color="E60012")
    fix_widths(box, [Cm(7.4)])
    c = box.rows[0].cells[0]
    p0 = c.paragraphs[0]
    p0.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p0.add_run("名词解释"), HT, 11, False, RED)
    notes = [
        "1．上合示范区：即中国—上海合作组织地方经贸合作示范区，2019年经国务院批复同意建设，位于胶州市，"
        "旨在打造“一带一路”国际合作新平台。",
        "2．“新三样”：指电动载人汽车、锂离子蓄电池、太阳能电池等三类外贸出口产品。",
        "3．市场采购贸易方式：指在经认定的市场集聚区采购商品，由符合条件的经营者在采购地办理出口通关手续的"
        "贸易方式，单票报关单商品货值15万美元以下。",
        "4．海铁联运：指进出口货物由铁路运到沿海港口直接由船舶运出，或是货物由船舶运输到达沿海港口之后由"
        "铁路运出的一种联运方式。",
        "5．制度型开放压力测试：指在自贸试验区等特定区域先行先试对接国际高标准经贸规则，检验相关规则对国内"
        "产业、监管和风险防控的影响。",
    ]
    for n in notes:
        p = c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.line_spacing = Pt(15)
        set_font(p.add_run(n), KT, 9.5, False)
        clauses.append(n)

    stem = "blind452_qingdao_baogao"
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [{
        "meta": meta(title=title, issuer=["青岛市人民政府"], date="2026-01-15",
                     published="2026-01-16", region="青岛市", doc_type="报告"),
        "clauses": clauses,
    }]


# ================================================================ document 2: 青岛 决议
def make_qingdao_jueyi():
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    masthead_header(sec, "青岛日报", "2026年1月19日　星期一　　第1版　·　要闻")
    footer_pages(sec, dash=True)
    clauses = []

    empty(doc)
    title = "青岛市第十七届人民代表大会第五次会议关于政府工作报告的决议"
    para(doc, [("青岛市第十七届人民代表大会第五次会议\n关于政府工作报告的决议", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, space_after=6)
    para(doc, [("（2026年1月18日青岛市第十七届人民代表大会第五次会议通过）", KT, False, 15)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    empty(doc)

    texts = [
        "青岛市第十七届人民代表大会第五次会议听取和审议了市长王振华所作的政府工作报告。会议充分肯定市人民政府"
        "过去一年的工作，同意报告提出的2026年国民经济和社会发展的总体要求、主要预期目标和重点工作安排，"
        "决定批准这个报告。",
        "会议认为，过去一年，市人民政府在中共青岛市委坚强领导下，在市人大及其常委会监督支持下，坚持稳中求进"
        "工作总基调，统筹发展和安全，扎实推进高水平对外开放，上合示范区、自贸试验区青岛片区等开放平台建设"
        "取得新成效，全市货物进出口总额突破9300亿元，较好完成了市十七届人大四次会议确定的主要目标任务。",
        "会议强调，2026年是“十五五”规划开局之年，做好今年政府工作意义重大。要坚持以习近平新时代中国特色"
        "社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻习近平总书记对山东、对青岛工作的"
        "重要指示要求，完整准确全面贯彻新发展理念，着力推动高质量发展。",
        "会议要求，市人民政府要坚定不移扩大高水平对外开放。一是高标准建设上合示范区，打造“一带一路”国际合作"
        "新平台；二是深入实施自贸试验区提升战略，加大制度型开放压力测试力度；三是推动外贸稳规模优结构，"
        "更大力度吸引和利用外资；四是畅通国际物流大通道，加快建设国际化开放门户城市。",
        "会议要求，市人民政府要持续保障和改善民生，扎实办好市办实事，统筹做好就业、教育、医疗、养老、住房等"
        "工作，守牢安全生产、金融风险、生态环境等底线，维护社会大局和谐稳定。",
        "会议要求，市人民政府要坚持依法行政，自觉接受市人大及其常委会的法律监督和工作监督，自觉接受人民政协的"
        "民主监督，认真办理人大代表建议和政协委员提案，依法及时向市人大常委会报告重大事项。",
        "会议号召，全市各级国家机关和广大干部群众更加紧密地团结在以习近平同志为核心的党中央周围，在中共青岛市委"
        "领导下，坚定信心、真抓实干，圆满完成本次会议确定的各项目标任务，为奋力谱写中国式现代化青岛篇章"
        "而努力奋斗！",
    ]
    for tx in texts:
        para(doc, [(tx, FS, False, 16)], align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=16, line=28)
        clauses.append(tx)
    empty(doc, 2)

    stem = "blind452_qingdao_jueyi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [{
        "meta": meta(title=title, issuer=["青岛市人民代表大会"], date="2026-01-18",
                     published="2026-01-19", region="青岛市", doc_type="决议"),
        "clauses": clauses,
    }]


# ================================================================ document 3: 郑州日报特刊 (报告摘要 + 决议)
def make_zhengzhou_baozhi():
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    masthead_header(sec, "郑州日报", "2026年1月13日　星期二　　特刊")
    footer_pages(sec, dash=True)
    num_id = add_chinese_numbering(doc)

    # ---- report summary
    c1 = []
    title1 = "郑州市政府工作报告（摘要）"
    para(doc, [("郑州市政府工作报告", XBS, False, 24), ("（摘要）", XBS, False, 18)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_before=6, space_after=6)
    # layout table (borderless) carrying reporter line and mayor
    lt = doc.add_table(rows=1, cols=1)
    table_borders(lt, val="nil", sz=0)
    lc = lt.rows[0].cells[0]
    lp = lc.paragraphs[0]
    lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(lp.add_run("——2026年1月9日在郑州市第十六届人民代表大会第五次会议上"), KT, 14)
    lp2 = lc.add_paragraph()
    lp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(lp2.add_run("郑州市市长　何志远"), KT, 14)
    empty(doc)

    S = 15
    L = 26

    def body(target, bold, rest):
        parts = []
        if bold:
            parts.append((bold, FS, True, S))
        parts.append((rest, FS, False, S))
        para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=S, line=L)
        target.append(bold + rest)

    def numhead(text):
        p = para(doc, [(text, HT, False, 16)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, size=16, line=L)
        apply_num(p, num_id)

    numhead("2025年对外开放工作回顾")
    body(c1, "", "过去一年，我们坚持以开放促改革促发展，“四路协同”优势持续扩大，全市进出口总值完成5218.7亿元、"
                 "增长8.9%，其中出口3264.5亿元、增长10.2%；实际使用外资折合9.6亿美元，新设外商投资企业215家。")
    body(c1, "“空中丝绸之路”越飞越广。",
         "郑州航空港经济综合实验区建设提速，新郑国际机场货邮吞吐量完成92.6万吨、增长13.4%；新开通郑州至"
         "布达佩斯、利雅得等国际全货机航线9条，全货机航线达到58条。郑州—卢森堡“双枢纽”合作持续深化，"
         "卢森堡国际货运航空公司在郑航班增至每周28班。")
    body(c1, "“陆上丝绸之路”越跑越快。",
         "中欧班列（中豫号）全年开行3128列、增长14.6%，货值突破120亿美元，境外直达城市增加到46个；"
         "一是开通“中豫号”至中亚冷链专列，二是建成中欧班列郑州集结中心二期，三是在匈牙利、德国设立海外"
         "分拨集疏中心2个。")
    body(c1, "“网上丝绸之路”越来越便捷。",
         "跨境电商进出口交易额完成1386.4亿元、增长17.2%，“1210”网购保税进口模式在全国42个城市复制推广；"
         "郑州新郑综合保税区进出口完成3652.1亿元，继续位居全国综保区前列；成功举办第九届全球跨境电子商务大会。")
    body(c1, "“海上丝绸之路”无缝衔接。",
         "郑州国际陆港铁海联运班列开行1852列，铁海联运箱量增长21.3%；开通郑州至青岛港、连云港“中豫号”"
         "铁海快线，实现“一单到底、全程负责”。")
    body(c1, "自贸试验区建设成效明显。",
         "河南自贸试验区郑州片区累计形成制度创新成果468项，2025年新增12项在全国复制推广，“跨境电商零售进口"
         "正面监管模式”“多式联运‘一单制’”等改革经验获国务院督查激励。")

    empty(doc)
    numhead("2026年对外开放重点任务")
    para(doc, [("（六）深化“四路协同”，推动更高水平对外开放", KT, True, 16)],
         align=WD_ALIGN_PARAGRAPH.LEFT, indent=True, size=16, line=L)
    body(c1, "提升“空中丝绸之路”枢纽能级。",
         "支持郑州航空港区建设国际航空物流中心，一是新开国际全货机航线5条以上，机场货邮吞吐量力争突破100万吨；"
         "二是深化郑州—卢森堡“双枢纽”合作，拓展至欧洲、中东、东南亚的航空货运网络；三是推动冷链、医药、"
         "电子产品等功能性口岸扩大业务规模。")
    body(c1, "推动中欧班列（中豫号）提质增效。",
         "全年开行3300列以上，加快中欧班列郑州集结中心三期建设，拓展中亚、西亚和东盟线路，发展"
         "“班列+跨境电商”“班列+冷链”“班列+贸易”新模式。")
    body(c1, "做强跨境电商和综合保税区。",
         "高水平建设中国（郑州）跨境电子商务综合试验区，跨境电商交易额增长10%以上；推动郑州新郑综合保税区、"
         "郑州经开综合保税区向研发、检测、维修、再制造等新业态拓展；办好第十届全球跨境电子商务大会。")
    body(c1, "实施自贸试验区提升战略。",
         "在投资贸易、金融服务、数据跨境流动等领域加大先行先试力度，全年形成制度创新成果30项以上；"
         "落实外商投资准入负面清单，全年引进外资项目80个以上、实际使用外资10亿美元以上。")

    empty(doc)
    box = doc.add_table(rows=1, cols=1)
    table_borders(box, sz=8)
    c = box.rows[0].cells[0]
    p0 = c.paragraphs[0]
    p0.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_font(p0.add_run("【名词解释】"), HT, 12, False)
    notes = [
        "①“四路协同”：指空中、陆上、网上、海上四条丝绸之路协同并进、融合发展。",
        "②“1210”模式：即“保税跨境贸易电子商务”进口模式，海关监管方式代码为1210，最早由郑州试点探索"
        "并在全国推广。",
        "③“双枢纽”：指郑州—卢森堡“空中丝绸之路”建设中以郑州、卢森堡分别作为亚太、欧洲物流枢纽的合作模式。",
        "④综合保税区：是设立在内陆地区的具有保税港区功能的海关特殊监管区域，实行封闭管理，集保税加工、"
        "保税物流、货物贸易、服务贸易等功能于一体。",
    ]
    for n in notes:
        p = c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        set_font(p.add_run(n), KT, 12, False)
        c1.append(n)

    # ---- 决议 on the same 特刊 page, after a page break
    pb = doc.add_paragraph()
    pb.add_run().add_break(WD_BREAK.PAGE)
    c2 = []
    title2 = "郑州市第十六届人民代表大会第五次会议关于政府工作报告的决议"
    para(doc, [("郑州市第十六届人民代表大会第五次会议\n关于政府工作报告的决议", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, space_after=6)
    para(doc, [("（2026年1月12日郑州市第十六届人民代表大会第五次会议通过）", KT, False, 15)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    empty(doc)
    jtexts = [
        "郑州市第十六届人民代表大会第五次会议听取和审议了何志远市长所作的政府工作报告，同意报告对2025年工作的"
        "回顾和对2026年工作的部署，决定批准这个报告。",
        "会议认为，过去一年，市人民政府坚持稳中求进工作总基调，深入实施“四路协同”开放战略，航空港区、"
        "中欧班列（中豫号）、跨境电商综试区、自贸试验区郑州片区等开放平台能级持续提升，全市进出口总值突破"
        "5200亿元，经济社会发展主要目标任务较好完成。",
        "会议要求，市人民政府要以更大力度推动高水平对外开放，一是提升“空中丝绸之路”枢纽能级，二是推动中欧班列"
        "（中豫号）提质增效，三是做强跨境电商和综合保税区，四是深入实施自贸试验区提升战略，加快建设内陆开放"
        "高地。",
        "会议要求，市人民政府要坚持依法行政，自觉接受市人大及其常委会的监督，认真办理代表建议，持续转变政府"
        "职能，不断提高行政效能和公信力。",
        "会议号召，全市人民在中共郑州市委坚强领导下，锚定奋斗目标，坚定信心、实干争先，为加快建设国家中心城市"
        "而努力奋斗！",
    ]
    for tx in jtexts:
        para(doc, [(tx, FS, False, 16)], align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=16, line=28)
        c2.append(tx)

    stem = "blind452_zhengzhou_baozhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [
        {"meta": meta(title=title1, issuer=["郑州市人民政府"], date="2026-01-09",
                      published="2026-01-13", region="郑州市", doc_type="报告"),
         "clauses": c1},
        {"meta": meta(title=title2, issuer=["郑州市人民代表大会"], date="2026-01-12",
                      published="2026-01-13", region="郑州市", doc_type="决议"),
         "clauses": c2},
    ]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_452", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (make_qingdao_baogao, make_qingdao_jueyi, make_zhengzhou_baozhi):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
