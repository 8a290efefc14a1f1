# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 558: 市政府政务信息 / 工作动态 简报 (一带一路、自贸试验区)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    return doc


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if line is not None:
        p.paragraph_format.line_spacing = line
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side="bottom", color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_footer(doc, style="dash"):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "dash":
        set_font(p.add_run("— "), "宋体", 14)
        r = p.add_run()
        set_font(r, "宋体", 14)
        add_field(r, "PAGE")
        set_font(p.add_run(" —"), "宋体", 14)
    else:
        r = p.add_run()
        set_font(r, "宋体", 12)
        add_field(r, "PAGE")


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(22)
    set_font(p.add_run(text), font, size, bold, color)


def data_table(doc, header, rows, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size)
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, FS, size,
                      align=WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.CENTER)
    return t


def row_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, row)) for row in rows]


def distribution(doc, lines, copies=None, top_rule=True):
    """报/送/发 block at the end, between rules.  Each line: list of segments,
    a segment "\n" = soft line break."""
    first = True
    for segs in lines:
        p = para(doc, indent=False, size=14, line=Pt(26))
        p.paragraph_format.left_indent = Pt(0)
        if first and top_rule:
            border(p, "top", "000000", 8)
            first = False
        for s in segs:
            if s == "\n":
                p.add_run().add_break(WD_BREAK.LINE)
            else:
                set_font(p.add_run(s), FS, 14)
    last = doc.paragraphs[-1]
    border(last, "bottom", "000000", 8)
    if copies:
        p = para(doc, copies, size=14, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)


def chinese_numbering(doc):
    """Add a Word numbering definition 一、二、三、 and return its numId."""
    numbering = doc.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId")))
                    for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abstract_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
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
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), HT)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
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


# ====================================================== document 1: 厦门
def make_xiamen():
    stem = "blind558_xiamen_jianbao"
    doc = new_doc()
    page_footer(doc, "dash")
    clauses = []

    # masthead
    p = para(doc, "厦门市政务信息", XBS, 40, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED, line=Pt(60))
    p.paragraph_format.space_before = Pt(12)
    para(doc, indent=False)
    p = para(doc, "第12期　　　　　　市政府办公室编　　　　　　2026年5月20日",
             FS, 14, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "E60012", 18)
    para(doc, indent=False)

    # 编者按 (at the top, 楷体, bold label run-in)
    ed = ("今年以来，全市各级各部门认真落实市委、市政府关于高质量参与共建“一带一路”和深化中国（福建）"
          "自由贸易试验区厦门片区建设的部署要求，在国际物流通道建设、制度创新、跨境电商发展和外资招引等方面"
          "取得积极进展。现将近期有关工作情况摘编如下，供各级领导参阅。")
    p = para(doc, indent=True)
    set_font(p.add_run("【编者按】"), HT, 16)
    set_font(p.add_run(ed), KT, 16)
    clauses.append("【编者按】" + ed)
    para(doc, indent=False)

    items = [
        ("中欧（厦门）班列开行质效稳步提升", [
            ["1至4月，中欧（厦门）班列累计开行186列，同比增长31.2%；发运货物1.64万标箱，货值42.7亿元，"
             "同比分别增长27.5%和35.8%。市商务局会同厦门海关、中国铁路南昌局集团有限公司厦门货运中心优化",
             "\n",
             "“铁路快通”监管模式，班列从海沧集装箱中心站至阿拉山口口岸平均运行时间压缩至5.5天，"
             "较去年同期缩短0.8天。"],
            ["线路拓展方面，新开通至匈牙利布达佩斯、波兰马拉舍维奇的两条回程线路，推动班列由“去程满载”"
             "向“双向均衡”转变；依托“海铁联运”新增东南亚经厦门中转中亚的过境班列12列，带动过境集装箱量"
             "同比增长近一倍。下一步，市商务局将加快推进中欧班列集结中心二期建设，力争全年开行600列以上。"],
        ]),
        ("自贸试验区厦门片区新增8项制度创新成果", [
            ["4月，自贸试验区厦门片区管委会发布第二十一批制度创新成果，涵盖贸易便利化、金融开放、航运服务等"
             "领域共8项，其中“保税维修+跨境结算”一体化监管、国际航行船舶“一单多报”等3项为全国首创。"
             "截至目前，片区累计推出创新举措623项，其中全国首创128项，37项在全国复制推广。"],
            ["片区同步开展制度创新成果第三方评估，对企业获得感不强的4项举措进行优化调整，并建立“企业点题、"
             "部门答题”工作机制，一季度共收集企业诉求56条，已办结49条，其余7条正在协调推进。"],
        ]),
        ("跨境电商综试区建设提速增效", [
            ["市商务局牵头实施跨境电商“品牌出海”三年行动，推动跨境电商与本地鞋服、卫浴、茶叶等特色产业"
             "深度融合。1至4月全市跨境电商主要指标如下："],
        ]),
    ]

    table_header = ["指标", "1至4月", "同比增长"]
    table_rows = [
        ["跨境电商进出口额（亿元）", "128.6", "22.4%"],
        ["其中：出口额（亿元）", "97.3", "26.1%"],
        ["公共海外仓数量（个）", "74", "新增9个"],
        ["跨境电商经营主体（家）", "2136", "18.7%"],
    ]
    after_table = ("同时，象屿综合保税区跨境电商“1210”保税进口业务实现常态化运作，“9710”“9810”出口"
                   "申报单量占全市跨境电商出口单量的比重提升至43%。")

    item4 = ("外资招引实现良好开局", [
        ["1至4月，全市新设外商投资企业312家，同比增长14.3%；实际使用外资7.86亿美元，同比增长9.6%。"
         "其中，来自共建“一带一路”国家的新设企业97家，占比31.1%，主要集中在数字经济、航运物流、"
         "生物医药等领域。"],
        ["市投资促进中心赴新加坡、马来西亚、阿联酋开展专题招商活动3场，签约项目21个、总投资28.4亿元；"
         "“外资项目服务专员”制度覆盖在建外资项目54个，协调解决用地、用工、通关等问题37个。"],
    ])

    def write_item(title, paras):
        # headline on its own line, bold 仿宋 (typed as bold run, not a style)
        para(doc, title, FS, 16, bold=True, indent=True)
        for segs in paras:
            p = para(doc)
            for s in segs:
                if s == "\n":
                    p.add_run().add_break(WD_BREAK.LINE)
                else:
                    set_font(p.add_run(s), FS, 16)
            clauses.append("".join(s for s in segs if s != "\n"))

    for title, paras in items:
        write_item(title, paras)
    data_table(doc, table_header, table_rows)
    clauses.extend(row_clauses(table_header, table_rows))
    para(doc, after_table)
    clauses.append(after_table)
    write_item(*item4)

    para(doc, "（市商务局、自贸试验区厦门片区管委会、市投资促进中心供稿）", FS, 14,
         indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, indent=False)
    para(doc, indent=False)

    distribution(doc, [
        ["报：省政府办公厅，市委办公厅，市人大常委会办公厅，市政协办公厅。"],
        ["送：市纪委监委，市委各部委办，", "\n", "　　市法院，市检察院，厦门警备区。"],
        ["发：各区人民政府，市直各委、办、局，各开发区管委会。"],
    ], copies="（共印120份）")

    meta = {
        "title": "厦门市政务信息",
        "doc_number": "第12期",
        "issuer": ["厦门市人民政府办公室"],
        "date": "2026-05-20",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "简报",
        "recipients": ["省政府办公厅", "市委办公厅", "市人大常委会办公厅", "市政协办公厅",
                       "市纪委监委", "市委各部委办", "市法院", "市检察院", "厦门警备区",
                       "各区人民政府", "市直各委、办、局", "各开发区管委会"],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ====================================================== document 2: 青岛
def make_qingdao():
    stem = "blind558_qingdao_gongzuodongtai"
    doc = new_doc()
    page_footer(doc, "plain")
    nid = chinese_numbering(doc)
    clauses = []

    p = para(doc, "青岛市政府工作动态", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED, line=Pt(56))
    p.paragraph_format.space_before = Pt(18)
    p.paragraph_format.space_after = Pt(18)
    # masthead line as a borderless 3-cell layout table
    t = doc.add_table(rows=1, cols=3)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.rows[0].cells[0], "第7期", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[0].cells[1], "市政府办公厅编", FS, 14)
    cell_text(t.rows[0].cells[2], "2026年4月28日", FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, indent=False, line=Pt(8))
    border(p, "bottom", "E60012", 24)
    para(doc, indent=False)
    p = para(doc, "扩大高水平对外开放专题", HT, 18, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, indent=False)

    items = [
        ("自贸试验区青岛片区“首单”业务密集落地。",
         "一季度，中国（山东）自由贸易试验区青岛片区聚焦航运贸易金融融合发展，先后落地全省首单"
         "国际航行船舶保税液化天然气加注、首笔离岸转手买卖“白名单”跨境结算、首单大宗商品"
         "“期现联动”保税交割等创新业务12项。片区新设企业1480家，其中外商投资企业46家；实现外贸进出口"
         "额436.2亿元，同比增长11.8%，占全市外贸总额的比重达19.4%。",
         ["下一步，片区将对标《全面与进步跨太平洋伙伴关系协定》等高标准经贸规则，在数据跨境流动、"
          "服务贸易负面清单管理等方面开展压力测试，力争年内再推出制度创新案例20项以上。"]),
        ("上合示范区中欧班列开行再创新高。",
         "中国—上海合作组织地方经贸合作示范区优化“齐鲁号”欧亚班列（胶州）线路布局，1至3月累计开行"
         "班列214列，同比增长18.2%，开行量居全省首位；新开通胶州至乌兹别克斯坦塔什干、至俄罗斯"
         "莫斯科沃尔西诺站两条直达线路，常态化运营线路达到29条，通达上合组织和共建“一带一路”国家"
         "的23个国家、54个城市。",
         ["示范区多式联运中心创新推行“一单制”全程物流服务，海铁联运集装箱到港后平均4小时内完成换装"
          "发运，单箱综合物流成本下降约12%。"]),
        ("跨境电商“9810”出口业务规模快速扩大。",
         "中国（青岛）跨境电子商务综合试验区推动跨境电商出口海外仓模式提质扩容，1至3月“9810”模式"
         "出口申报货值38.7亿元，同比增长64.5%。全市已备案跨境电商企业4312家，建设公共海外仓53个，"
         "覆盖北美、欧洲、东南亚和中东等主要市场。青岛前湾综合保税区跨境电商监管中心全面运行，"
         "实现“一次申报、一次查验、一次放行”。",
         ["市商务局将出台支持跨境电商高质量发展若干措施，对新建公共海外仓、开展独立站建设的企业"
          "给予分档支持，推动更多“青岛制造”借助跨境电商拓展共建“一带一路”国家市场。"]),
        ("RCEP企业服务中心助企享惠成效明显。",
         "市贸促会、青岛海关联合设立的《区域全面经济伙伴关系协定》（RCEP）企业服务中心，一季度为企业"
         "签发RCEP原产地证书1.16万份，同比增长21.3%，帮助企业在进口国享受关税减让约1.2亿元。"
         "中心组建由海关、税务、外汇管理等部门业务骨干组成的专家团队，开展“RCEP规则进园区”"
         "活动16场，服务企业620余家次。",
         []),
    ]

    for i, (head, text, extra) in enumerate(items):
        p = doc.add_paragraph()
        set_num(p, nid)
        set_font(p.add_run(head), FS, 16, bold=True)
        set_font(p.add_run(text), FS, 16)
        cn = "一二三四五六七八九十"[i]
        clauses.append(cn + "、" + head + text)
        for e in extra:
            para(doc, e)
            clauses.append(e)
        if i < len(items) - 1:
            para(doc, indent=False)  # empty spacer paragraph

    para(doc, indent=False)
    ed = ("共建“一带一路”和自贸试验区建设是我市扩大高水平对外开放的重要抓手。各区（市）、各部门要"
          "进一步强化改革集成和政策协同，加快推动制度型开放，持续提升国际物流通道服务能级，为全市外贸"
          "外资稳规模、优结构提供有力支撑。")
    p = para(doc)
    set_font(p.add_run("【编者按】"), FS, 16, bold=True)
    set_font(p.add_run(ed), KT, 16)
    clauses.append("【编者按】" + ed)
    para(doc, indent=False)
    para(doc, indent=False)

    distribution(doc, [
        ["报：省政府办公厅。"],
        ["送：市委办公厅，市人大常委会办公厅，市政协办公厅。"],
        ["发：各区、市人民政府，市政府各部门，市直各单位。"],
    ])

    meta = {
        "title": "青岛市政府工作动态",
        "doc_number": "第7期",
        "issuer": ["青岛市人民政府办公厅"],
        "date": "2026-04-28",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "简报",
        "recipients": ["省政府办公厅", "市委办公厅", "市人大常委会办公厅", "市政协办公厅",
                       "各区、市人民政府", "市政府各部门", "市直各单位"],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ====================================================== document 3: 西安
def make_xian():
    stem = "blind558_xian_zhengwuxinxi"
    doc = new_doc()
    page_footer(doc, "dash")
    clauses = []

    p = para(doc, "内部资料　注意保存", HT, 14, indent=False)
    p = para(doc, "西安市政务信息", XBS, 40, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED, line=Pt(64))
    p.paragraph_format.space_before = Pt(24)
    p.paragraph_format.space_after = Pt(12)
    # one line, tab-aligned: left / centre / right tab stops
    p = para(doc, indent=False, size=14)
    ts = p.paragraph_format.tab_stops
    ts.add_tab_stop(Cm(7.8), WD_TAB_ALIGNMENT.CENTER)
    ts.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run("第9期（总第412期）\t市政府办公厅编\t2026年3月16日"), FS, 14)
    border(p, "bottom", "E60012", 18)
    para(doc, indent=False)

    ed = ("2026年是“十五五”开局之年。年初以来，我市紧扣“一带一路”国际商贸物流枢纽建设和"
          "中国（陕西）自由贸易试验区提升战略，推动中欧班列（西安）集结中心扩能、综合保税区"
          "转型升级和跨境电商发展，开放型经济呈现良好态势。现将有关情况编发，请各区县、"
          "各开发区和市级有关部门结合实际抓好落实。")
    p = para(doc, indent=False)
    set_font(p.add_run("　　编者按："), HT, 16)
    set_font(p.add_run(ed), KT, 16)
    clauses.append("编者按：" + ed)
    para(doc, indent=False)

    def head(text):
        para(doc, text, HT, 16, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)

    def body(text):
        # manual full-width spaces instead of first-line indent
        para(doc, "　　" + text, indent=False)
        clauses.append(text)

    head("◆中欧班列（西安）集结中心扩能提质")
    body("1至2月，中欧班列（西安）累计开行812列，同比增长9.7%，开行量、货运量、重箱率等核心指标"
         "保持全国前列。西安国际港站新建的4条到发线和2条装卸线投入使用，集结中心日均作业能力由"
         "26列提升至32列。主要线路开行情况如下：")
    hdr = ["线路方向", "开行列数", "同比增减", "主要货品"]
    rows = [
        ["中亚方向", "356", "+14.2%", "汽车及零部件、光伏组件"],
        ["欧洲方向", "298", "+3.1%", "机电产品、电子产品"],
        ["跨里海方向", "87", "+41.9%", "日用百货、工程机械"],
        ["回程班列", "71", "-6.6%", "木材、粮食、纺织品"],
    ]
    data_table(doc, hdr, rows, size=12)
    clauses.extend(row_clauses(hdr, rows))
    body("西安国际港务区会同西安海关推广“关铁通”项目和“中欧班列+跨境电商”出口集拼模式，"
         "1至2月经班列出口跨境电商货物货值4.3亿元，同比增长56.4%。")

    head("◆自贸试验区西安区域改革试点扎实推进")
    body("中国（陕西）自由贸易试验区西安区域围绕“一带一路”经济合作和人文交流，系统推进"
         "提升战略试点任务85项，目前已完成31项。新推出“跨境电商零售进口退货中心仓”模式、"
         "“中欧班列运费分段结算”等制度创新案例7个，其中2个被商务部列为自贸试验区"
         "改革试点经验候选案例。")
    body("西安区域同步深化“放管服”改革，企业开办全程网办率达到98.6%，外商投资企业设立登记"
         "实现“一表申报、一窗受理、一日办结”。")

    head("◆综合保税区加工贸易稳中有进")
    body("全市4个综合保税区1至2月实现进出口值468.5亿元，占全市外贸进出口总值的61.2%。"
         "西安综合保税区引进保税研发、保税检测维修项目3个，西安高新综合保税区集成电路"
         "产业链配套企业新增5家，西咸空港综合保税区“空空中转”货量同比增长28.7%。")

    head("◆外资外贸政策“直达快享”")
    body("市商务局联合市财政局、人民银行陕西省分行营业管理部等部门，编制《西安市稳外贸稳外资"
         "政策汇编（2026年版）》，梳理出口信用保险、外贸企业融资、外资项目用地等政策42条，"
         "通过“秦务员”政务服务平台实现“免申即享”12项。1至2月全市实际使用外资2.41亿美元，"
         "同比增长7.2%。")

    para(doc, indent=False)
    para(doc, indent=False)
    distribution(doc, [
        ["报：省委办公厅，省政府办公厅，市委常委，市人大常委会主任，市长、副市长，",
         "\n", "　　市政协主席，秘书长、副秘书长。"],
        ["送：市人大常委会办公厅，市政协办公厅。"],
        ["发：各区、县人民政府，市人民政府各工作部门、各直属机构，各开发区管委会。"],
    ])
    p = para(doc, "责任编辑：刘　敏　　　　　　　　　　　　　　　（共印150份）", FS, 12,
             indent=False)

    meta = {
        "title": "西安市政务信息",
        "doc_number": "第9期（总第412期）",
        "issuer": ["西安市人民政府办公厅"],
        "date": "2026-03-16",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "简报",
        "recipients": ["省委办公厅", "省政府办公厅", "市委常委", "市人大常委会主任", "市长、副市长",
                       "市政协主席", "秘书长、副秘书长", "市人大常委会办公厅", "市政协办公厅",
                       "各区、县人民政府", "市人民政府各工作部门、各直属机构", "各开发区管委会"],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_xiamen, make_qingdao, make_xian):
        stem, doc, entries = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = entries
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_558", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
