# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 455: 明传电报 test documents (grid head as table / grid head typed with tabs)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

FONTS = {"fs": (FS, False), "hei": (HEI, False), "kai": (KAI, False),
         "kaib": (KAI, True), "fsb": (FS, True), "heib": (HEI, True)}


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def add_text(par, text, font, size=16, bold=False, color=None):
    """Add text; '\n' inside text becomes a soft line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = par.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def fmt(par, align=None, indent=True, line=28, before=0, after=0):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def border_bottom(par, color="FF0000", sz=12):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)))


def body(doc, segs, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, numid=None):
    """segs: list of (text, fontkey). Returns the clause text (soft breaks removed)."""
    p = doc.add_paragraph()
    fmt(p, align=align, indent=indent)
    if numid is not None:
        ppr = p._p.get_or_add_pPr()
        ppr.insert(0, parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
            % (nsdecls("w"), numid)))
    for text, key in segs:
        name, bold = FONTS[key]
        add_text(p, text, name, 16, bold)
    return "".join(t for t, _ in segs).replace("\n", "")


def heading(doc, text, key="hei"):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    name, bold = FONTS[key]
    add_text(p, text, name, 16, bold)


def title(doc, text, size=22):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_text(p, text, XBS, size)


def page_setup(doc):
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
        s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)


def page_number(doc, left="— ", right=" —"):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(left)
        set_font(r, "宋体", 14)
        for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                    '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                    '<w:fldChar %s w:fldCharType="separate"/>',
                    None,
                    '<w:fldChar %s w:fldCharType="end"/>'):
            r = p.add_run("1" if xml is None else "")
            set_font(r, "宋体", 14)
            if xml is not None:
                r._element.append(parse_xml(xml % nsdecls("w")))
        r = p.add_run(right)
        set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(24)
    add_text(p, text, font, size, bold)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def set_col_widths(table, widths):
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for col, w in zip(table.columns, widths):
        col.width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def add_chinese_numbering(doc, num_id, fmt_val, lvl_text, font):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>'
        % (nsdecls("w"), num_id, fmt_val, lvl_text, font, font, font))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))


def signature(doc, organ, date, organ_pad, date_pad):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    add_text(p, "\u3000" * organ_pad + organ, FS, 16)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    add_text(p, "\u3000" * date_pad + date, FS, 16)


def new_doc():
    doc = Document()
    page_setup(doc)
    return doc


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": "通知",
            "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


# ============================================================ doc 1: Fujian
def make_fujian():
    doc = new_doc()
    clauses = []

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    add_text(p, "福建省商务厅明传电报", XBS, 36, color=RED)
    p = doc.add_paragraph()
    fmt(p, indent=False, line=12)
    border_bottom(p, "FF0000", 18)
    empty(doc)

    # telegram head as a bordered grid
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid = [("发电单位", "福建省商务厅", "签批盘号", "陈建华"),
            ("等\u3000\u3000级", "特急·明电", "明电编号", "闽商务明电〔2026〕3号")]
    for r, row in enumerate(grid):
        for c, txt in enumerate(row):
            cell_text(t.cell(r, c), txt, HEI if c % 2 == 0 else FS, 14)
    cell_text(t.cell(2, 0), "抄\u3000\u3000送", HEI, 14)
    m = t.cell(2, 1).merge(t.cell(2, 3))
    cell_text(m, "商务部对外贸易司，福建省人民政府办公厅，福州海关、厦门海关，国铁南昌局集团有限公司福州货运中心",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_col_widths(t, [2.6, 5.2, 2.6, 5.2])

    empty(doc)
    title(doc, "关于做好2026年春节期间外贸进出口和\n中欧班列稳定运行保障工作的紧急通知")
    empty(doc)
    body(doc, [("各设区市、平潭综合实验区商务主管部门，中国（福建）自由贸易试验区各片区管委会，各综合保税区管委会：", "fs")],
         indent=False)

    clauses.append(body(doc, [(
        "2026年春节临近，受节前订单集中出运、国际航运运力阶段性偏紧以及部分地区雨雪冰冻天气等因素叠加影响，\n"
        "我省外贸企业通关、物流和用工压力明显增大，中欧班列（厦门）、中欧班列（福州）节前集中发运需求旺盛。"
        "为切实保障春节期间外贸产业链供应链稳定畅通，经省政府同意，现就有关事项紧急通知如下：", "fs")]))

    clauses.append(body(doc, [
        ("一、压实工作责任。", "hei"),
        ("各地商务主管部门要把春节期间外贸保稳提质工作作为当前一项紧迫任务，主要负责同志要亲自研究部署，"
         "分管负责同志要靠前指挥、具体抓落实。要建立重点外贸企业“一企一策”问题清单，于1月30日前完成对本地区"
         "进出口额排名前50位企业的走访摸排，对企业反映的订单、物流、资金、用工等问题逐项明确责任单位和办结时限。", "fs")]))

    heading(doc, "二、保障国际物流通道畅通")
    clauses.append(body(doc, [
        ("（一）稳定中欧班列开行。", "kaib"),
        ("厦门、福州两地商务主管部门要会同班列运营平台公司，提前制定春节期间开行计划，确保节前每周开行不少于6列、"
         "节日期间（2月15日至2月23日）不停运。对节前集中抵达的回程班列，要主动协调海关、铁路部门实行“随到随检、即检即放”，"
         "防止货物积压。", "fs")]))
    clauses.append(body(doc, [
        ("（二）加强海运空运保障。", "kaib"),
        ("厦门港、福州港要提前对接主要班轮公司，重点保障美西、东南亚、中东等航线舱位供给；厦门高崎、福州长乐国际机场"
         "要做好节日期间国际货运航班保障，对生鲜冷链、医药等时效性强的货物开辟绿色通道。", "fs")]))
    clauses.append(body(doc, [
        ("（三）做好跨境电商物流衔接。", "kaib"),
        ("福州、厦门、泉州等跨境电子商务综合试验区要督促跨境电商企业和海外仓企业提前备货，做好“9610”“9710”“9810”"
         "模式出口货物的集货、分拣和申报工作，确保节日期间跨境电商进出口业务不断档。", "fs")]))

    heading(doc, "三、强化企业服务保障")
    clauses.append(body(doc, [
        ("（一）畅通诉求反映渠道。", "kaib"),
        ("各地要依托外贸企业服务专班和“外贸企业服务直通车”平台，24小时受理企业诉求，做到企业反映问题“当日响应、3日内办结”；"
         "对涉及跨部门、跨地区的问题，要及时报送省商务厅协调解决。", "fs")]))
    clauses.append(body(doc, [
        ("（二）加大金融支持力度。", "kaib"),
        ("各地要会同人民银行各分支机构、金融监管部门重点做好以下工作：", "fs")]))
    clauses.append(body(doc, [(
        "1.对受节前集中出运影响、出现短期资金周转困难的外贸企业，引导银行机构不盲目抽贷、断贷、压贷，合理给予展期、续贷支持。", "fs")]))
    clauses.append(body(doc, [(
        "2.扩大出口信用保险承保覆盖面，对年出口额300万美元以下的小微外贸企业，通过“统保平台”实现应保尽保。", "fs")]))
    clauses.append(body(doc, [(
        "3.推广跨境贸易人民币结算和汇率避险产品，降低企业汇率波动风险。", "fs")]))
    clauses.append(body(doc, [
        ("（三）做好企业用工保障。", "kaib"),
        ("各地要会同人力资源社会保障部门，指导重点外贸企业制定节日期间错峰生产和轮休方案，对春节期间坚持生产、"
         "按期交付订单的企业，按规定落实稳岗留工相关支持政策。", "fs")]))

    clauses.append(body(doc, [
        ("四、加强值班值守和信息报送。", "hei"),
        ("春节期间，各地要严格落实领导带班和24小时值班制度，保持通讯畅通。遇有重大突发情况，要在1小时内电话报告省商务厅，"
         "2小时内书面报告。省商务厅春节期间值班安排如下：", "fs")]))

    head = ["日期", "带班领导", "值班处室", "值班电话"]
    rows = [["2月15日—2月17日", "陈建华", "对外贸易处", "0591-87853012"],
            ["2月18日—2月20日", "郑雅琴", "外商投资管理处", "0591-87853027"],
            ["2月21日—2月23日", "黄志斌", "自贸试验区工作处", "0591-87853033"]]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(head):
        cell_text(t.cell(0, c), h, HEI, 14)
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v, FS, 14)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(head, row)))
    set_col_widths(t, [4.6, 2.8, 4.2, 4.0])

    clauses.append(body(doc, [(
        "请各地于2月10日前将本地区春节期间值班安排（附件1）和重点外贸企业保障需求情况（附件2）报送省商务厅对外贸易处，"
        "节日期间每日16时前报送当日外贸运行和物流保障情况，实行“零报告”制度。", "fs")]))
    clauses.append(body(doc, [(
        "联系人：省商务厅对外贸易处林晓雯，电话：0591-87853015，传真：0591-87853020。", "fs")]))

    empty(doc)
    body(doc, [("附件：1.春节期间值班安排表", "fs")])
    body(doc, [("\u3000\u3000\u30002.重点外贸企业春节期间保障需求情况表", "fs")])
    empty(doc, 3)
    signature(doc, "福建省商务厅", "2026年1月26日", 17, 16)
    empty(doc)
    body(doc, [("（此件公开发布）", "fs")])
    page_number(doc)

    m = meta(title="关于做好2026年春节期间外贸进出口和中欧班列稳定运行保障工作的紧急通知",
             doc_number="闽商务明电〔2026〕3号", issuer=["福建省商务厅"], date="2026-01-26",
             level="provincial", region="福建省",
             attachments=["春节期间值班安排表", "重点外贸企业春节期间保障需求情况表"],
             recipients=["各设区市、平潭综合实验区商务主管部门", "中国（福建）自由贸易试验区各片区管委会",
                         "各综合保税区管委会"],
             publicity="此件公开发布")
    return doc, [{"meta": m, "clauses": clauses}]


# ============================================================ doc 2: Xi'an (tab grid)
def make_xian():
    doc = new_doc()
    add_chinese_numbering(doc, 455, "chineseCounting", "%1、", HEI)
    clauses = []

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=46)
    add_text(p, "西安市人民政府办公厅", XBS, 30, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    add_text(p, "明\u3000传\u3000电\u3000报", XBS, 42, color=RED)
    p = doc.add_paragraph()
    fmt(p, indent=False, line=10)
    border_bottom(p, "FF0000", 18)

    # telegram head typed with tabs (no table)
    def tab_line(segs, stops):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=30)
        for s in stops:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(s))
        for text, key in segs:
            name, bold = FONTS[key]
            add_text(p, text, name, 14, bold)
        border_bottom(p, "000000", 6)
        return p

    tab_line([("发电单位：", "hei"), ("\t西安市人民政府办公厅", "fs"), ("\t签批盘号：", "hei"), ("\t李\u3000强", "fs")],
             [2.7, 7.0, 9.6])
    tab_line([("等\u3000\u3000级：", "hei"), ("\t特急·明电", "fs"), ("\t明电编号：", "hei"),
              ("\t市政办明电〔2025〕15号", "fs")], [2.7, 7.0, 9.6])
    tab_line([("抄\u3000\u3000送：", "hei"),
              ("\t市委办公厅，市人大常委会办公厅，市政协办公厅，\n\t西安海关，中国铁路西安局集团有限公司", "fs")],
             [2.7])
    empty(doc)

    title(doc, "关于切实做好寒潮雨雪冰冻天气期间\n中欧班列长安号和国际物流通道\n保通保畅工作的紧急通知")
    empty(doc)
    body(doc, [("各区、县人民政府，市人民政府各工作部门、各直属机构，西咸新区、各开发区管委会：", "fs")], indent=False)

    clauses.append(body(doc, [(
        "据市气象台预报，12月30日至2026年1月3日，受强冷空气影响，我市将出现大范围雨雪、降温和道路结冰天气，"
        "最低气温可降至零下12℃。此次寒潮过程持续时间长、影响范围广，恰逢元旦假期和中欧班列长安号年末集中发运，"
        "对铁路、公路、航空物流和口岸通关运行带来较大影响。", "fs"), (
        "为全力保障国际物流通道安全畅通，经市政府同意，现将有关事项紧急通知如下：", "fs")]))

    auto = [
        ("提高思想认识，迅速进入应急状态。",
         "各区县、各部门和各开发区要充分认识此次寒潮天气的严重性和复杂性，牢固树立底线思维，立即启动冬季恶劣天气应急预案，"
         "主要负责同志要坐镇指挥，确保各项防范应对措施落实到岗、到人。"),
        ("全力保障中欧班列长安号安全稳定开行。",
         "西安国际港务区管委会要会同中国铁路西安局集团有限公司，重点做好以下工作："),
    ]
    cn = "一二三四五六七八九十"
    for i, (h, t_) in enumerate(auto):
        body(doc, [(h, "heib"), (t_, "fs")], indent=False, numid=455)
        clauses.append(cn[i] + "、" + h + t_)

    for s in ["1.加强西安国际港站、新筑站等重点站场的除雪防冻工作，提前储备融雪剂、防滑材料和除雪机械，确保作业线路和装卸设备正常运转。",
              "2.科学调整班列开行计划，对冷链、医药、跨境电商等时效性强的货物实行优先配载、优先发运，确保元旦期间每日开行不少于8列。",
              "3.强化与霍尔果斯、阿拉山口等口岸站的协调联动，动态掌握口岸换装和通关情况，防止班列在途积压。"]:
        clauses.append(body(doc, [(s, "fs")]))

    auto2 = [
        ("保障进出口货物通关顺畅。",
         "市商务局、西安国际港务区管委会要主动对接西安海关，推动实行“提前申报”“两步申报”等便利措施，对受天气影响延误的"
         "进出口货物，协调做好延期申报、滞报金减免等工作；西安综合保税区、西安高新综合保税区、西安航空基地综合保税区"
         "要做好区内企业生产物资和保税货物的储运保障。"),
        ("加强公路和航空物流保障。",
         "市交通运输局要加强绕城高速、西安外环高速等物流通道的巡查和除雪保通，对运送进出口货物的车辆做到“应通尽通”；"
         "西安咸阳国际机场要提前做好航空器除冰雪准备，保障国际货运航班正常运行。"),
        ("做好安全生产和应急处置。",
         "各级各部门要加强对物流园区、冷库、危险化学品仓储设施的安全检查，严防因低温冰冻引发的安全事故。对因恶劣天气造成的"
         "道路阻断、货物滞留等突发情况，要第一时间启动应急响应，妥善处置。"),
        ("严格值班值守和信息报送。",
         "寒潮天气期间，各区县、各部门要严格执行24小时值班和领导带班制度，重大情况要在第一时间报告市政府总值班室"
         "（电话：029-86787114）。各有关单位要于每日15时前将物流通道运行情况报送市商务局，市商务局汇总后报市政府办公厅。"),
    ]
    for j, (h, t_) in enumerate(auto2):
        body(doc, [(h, "heib"), (t_, "fs")], indent=False, numid=455)
        clauses.append(cn[len(auto) + j] + "、" + h + t_)

    empty(doc, 3)
    signature(doc, "西安市人民政府办公厅", "2025年12月29日", 14, 15)
    page_number(doc, "- ", " -")

    m = meta(title="关于切实做好寒潮雨雪冰冻天气期间中欧班列长安号和国际物流通道保通保畅工作的紧急通知",
             doc_number="市政办明电〔2025〕15号", issuer=["西安市人民政府办公厅"], date="2025-12-29",
             level="municipal", region="西安市",
             recipients=["各区、县人民政府", "市人民政府各工作部门、各直属机构", "西咸新区、各开发区管委会"])
    return doc, [{"meta": m, "clauses": clauses}]


# ============================================================ doc 3: Xinjiang forwarding
def make_xinjiang():
    doc = new_doc()
    clauses_a, clauses_b = [], []

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    add_text(p, "新疆维吾尔自治区商务厅明传电报", XBS, 26, color=RED)
    p = doc.add_paragraph()
    fmt(p, indent=False, line=12)
    border_bottom(p, "FF0000", 18)
    empty(doc)

    # grid: label and value typed into the same cell
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "发电单位：新疆维吾尔自治区商务厅", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(0, 1), "签批盘号：阿力木·吐尔逊", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(1, 0), "等级：特急·明电", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(1, 1), "明电编号：新商贸明电〔2026〕2号", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    m_ = t.cell(2, 0).merge(t.cell(2, 1))
    cell_text(m_, "抄送：商务部对外贸易司，自治区人民政府办公厅，乌鲁木齐海关，新疆出入境边防检查总站",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_col_widths(t, [8.4, 7.2])

    empty(doc)
    fwd_title = "商务部办公厅关于做好春节期间边民互市贸易平稳有序运行工作的紧急通知"
    title(doc, "关于转发《" + fwd_title + "》的紧急通知")
    empty(doc)
    body(doc, [("有关地（州、市）商务主管部门，中国（新疆）自由贸易试验区喀什片区管委会，"
                "中国（新疆）自由贸易试验区霍尔果斯片区管委会，中哈霍尔果斯国际边境合作中心管理委员会：", "fs")], indent=False)

    clauses_a.append(body(doc, [(
        "现将《" + fwd_title + "》（商办贸函〔2026〕21号）转发给你们，并结合我区实际提出以下要求，请一并抓好贯彻落实。", "fs")]))
    for h, t_ in [
        ("一、抓紧部署落实。",
         "各有关地（州、市）要于1月23日前召开专题会议，对照商务部要求逐项研究细化措施，明确霍尔果斯、阿拉山口、巴克图、"
         "吉木乃、伊尔克什坦、吐尔尕特等边民互市贸易点春节期间的开放时间和保障安排。"),
        ("二、保障重点商品供应。",
         "要引导互市商品落地加工企业提前组织原料进口，重点保障粮油、牛羊肉、干果等节日消费品供应，防止出现断供和价格异常波动。"),
        ("三、强化监管服务。",
         "要会同海关、边检、市场监管等部门，加强互市商品质量安全和边民身份核验，严厉打击借用边民证件、拼凑货物等违法违规行为；"
         "同时积极推行“互市贸易+跨境电商”等新模式，提升通关便利化水平。"),
        ("四、及时报送情况。",
         "请各有关地（州、市）和片区管委会于2月25日前将春节期间边民互市贸易运行情况（含进出口额、参与边民人数、存在问题及建议）"
         "报送自治区商务厅对外贸易处。"),
    ]:
        clauses_a.append(body(doc, [(h, "fsb"), (t_, "fs")]))
    clauses_a.append(body(doc, [("联系人：古丽米热·艾则孜，电话：0991-2851063。", "fs")]))

    empty(doc, 2)
    # 落款 placed in a borderless layout table
    lt = doc.add_table(rows=2, cols=1)
    lt.alignment = WD_TABLE_ALIGNMENT.RIGHT
    cell_text(lt.cell(0, 0), "新疆维吾尔自治区商务厅", FS, 16)
    cell_text(lt.cell(1, 0), "2026年1月20日", FS, 16)
    set_col_widths(lt, [7.5])

    # forwarded document on a new page
    title(doc, fwd_title)
    doc.paragraphs[-1].paragraph_format.page_break_before = True
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_text(p, "商办贸函〔2026〕21号", KAI, 16)
    empty(doc)
    body(doc, [("内蒙古、辽宁、吉林、黑龙江、广西、云南、西藏、新疆等省（自治区）商务主管部门，新疆生产建设兵团商务局：", "fs")],
         indent=False)
    clauses_b.append(body(doc, [(
        "边民互市贸易是沿边地区群众增收致富、稳边固边的重要途径。春节期间是边民互市商品交易和消费的高峰期，"
        "为确保边民互市贸易平稳有序运行，现将有关事项通知如下：", "fs")]))
    for h, t_ in [
        ("一、做好节日期间开放安排。",
         "各地要会同口岸管理、海关、边检等部门，结合毗邻国家节假日安排和边民实际需求，合理确定春节期间边民互市贸易点开放时间，"
         "并提前向社会公布。"),
        ("二、加强商品供应保障。",
         "各地要支持边民互助组、落地加工企业与境外供货商提前签订采购合同，鼓励有条件的地区开展互市商品集中采购和统一配送，"
         "保障节日市场供应。"),
        ("三、规范边民互市贸易秩序。",
         "各地要严格落实《边民互市贸易管理办法》有关规定，加强对边民身份、交易真实性和商品用途的核查，坚决遏制以边民互市名义"
         "从事一般贸易和走私等违法违规活动。"),
        ("四、做好安全防范工作。",
         "各地要加强边民互市贸易点人员密集场所的安全管理，做好消防、冰雪天气防范和应急处置工作，确保不发生重大安全事故。"),
        ("五、及时报送运行情况。",
         "请各地于2026年2月28日前，将春节期间边民互市贸易运行情况及有关问题建议书面报送商务部（对外贸易司）。"),
    ]:
        clauses_b.append(body(doc, [(h, "hei"), (t_, "fs")]))
    empty(doc, 3)
    signature(doc, "商务部办公厅", "2026年1月16日", 18, 16)
    page_number(doc)

    ma = meta(title="关于转发《" + fwd_title + "》的紧急通知", doc_number="新商贸明电〔2026〕2号",
              issuer=["新疆维吾尔自治区商务厅"], date="2026-01-20", level="provincial",
              region="新疆维吾尔自治区",
              recipients=["有关地（州、市）商务主管部门", "中国（新疆）自由贸易试验区喀什片区管委会",
                          "中国（新疆）自由贸易试验区霍尔果斯片区管委会", "中哈霍尔果斯国际边境合作中心管理委员会"])
    mb = meta(title=fwd_title, doc_number="商办贸函〔2026〕21号", issuer=["商务部办公厅"], date="2026-01-16",
              level="national", region="全国",
              recipients=["内蒙古、辽宁、吉林、黑龙江、广西、云南、西藏、新疆等省（自治区）商务主管部门",
                          "新疆生产建设兵团商务局"])
    return doc, [{"meta": ma, "clauses": clauses_a}, {"meta": mb, "clauses": clauses_b}]


def main():
    expected = {}
    for stem, fn in [("blind455_fujian_mingdian", make_fujian),
                     ("blind455_xian_mingdian", make_xian),
                     ("blind455_xinjiang_zhuanfa", make_xinjiang)]:
        doc, docs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_455", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
