# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 797: 自贸试验区数据出境管理清单（负面清单）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
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
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=CENTER, color=None, line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_797", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


def list_table(doc, headers, rows, widths, merge_cols=(1,), header_name=HT):
    """Simple one-row-header list table; rows: list of value lists.
    Consecutive equal values in merge_cols are merged vertically."""
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, header_name, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            align = LEFT if ci in (len(headers) - 2,) else CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=align)
    for ci in merge_cols:
        start = 0
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and rows[end + 1][ci] == rows[start][ci]:
                end += 1
            if end > start:
                c = t.cell(start + 1, ci).merge(t.cell(end + 1, ci))
                set_cell(c, rows[start][ci], FS, 10.5)
            start = end + 1
    return t


# =================================================================== DOC A
ZJ_ROWS = [
    ["1", "大宗商品贸易（油气）", "油气储运设施数据",
     "舟山、宁波等地原油、成品油、液化天然气储罐（库）的位置坐标、罐容、实时库存及进出库作业数据，涉及单个库区总库容100万立方米以上的", "重要数据"],
    ["2", "大宗商品贸易（油气）", "保税燃料油供应数据",
     "船用保税燃料油加注业务汇总形成的区域年度供应量、供应价格、加注船舶流向等统计分析数据", "重要数据"],
    ["3", "大宗商品贸易（油气）", "交易会员信息",
     "油气交易场所会员及其实际控制人的姓名、身份证件号码、联系方式、银行账户等信息，自当年1月1日起累计向境外提供10万人以上的", "个人信息"],
    ["4", "跨境电商", "交易统计数据",
     "跨境电商平台在区内汇聚形成的按商品类目、目的国（地区）统计的月度交易额、订单量、退货率等汇总数据，覆盖全省跨境电商出口额10%以上的", "重要数据"],
    ["5", "跨境电商", "消费者信息",
     "跨境电商零售进口业务中境内消费者的姓名、收货地址、联系电话、订单记录等信息，自当年1月1日起累计向境外提供10万人以上的", "个人信息"],
    ["6", "跨境电商", "跨境支付信息",
     "跨境电商支付机构处理的境内用户银行账户、支付账户、交易流水等信息", "敏感个人信息"],
    ["7", "生物医药", "人类遗传资源信息",
     "在区内开展临床试验、生物样本检测过程中产生的人类基因组、外显子组测序数据及相关表型数据", "重要数据"],
    ["8", "生物医药", "临床试验数据",
     "国际多中心临床试验中受试者的病历、检查检验结果、用药记录等健康医疗信息", "敏感个人信息"],
    ["9", "生物医药", "药品生产供应数据",
     "列入国家短缺药品清单或者国家医药储备目录的药品的原料药来源、生产工艺参数及产能数据", "重要数据"],
    ["10", "智能网联汽车", "地理信息数据",
     "车辆通过摄像头、激光雷达等传感器采集的道路及周边环境的影像、点云数据，以及经处理形成的高精度地图数据", "重要数据"],
    ["11", "智能网联汽车", "车辆运行数据",
     "区内车企或者平台汇聚的累计10万辆以上车辆的位置轨迹、充电设施运行等数据", "重要数据"],
    ["12", "智能网联汽车", "驾乘人员信息",
     "车内摄像头、麦克风等设备采集的驾驶人及乘客的人脸、声纹、行踪轨迹等信息", "敏感个人信息"],
    ["13", "航运物流", "港口作业数据",
     "宁波舟山港集装箱码头、油品码头的泊位作业计划、吞吐量实时数据及港口设施运行参数", "重要数据"],
    ["14", "航运物流", "船舶动态数据",
     "经汇聚加工形成的区域内船舶AIS轨迹热力图、航道通航密度等统计分析数据", "重要数据"],
    ["15", "航运物流", "船员信息",
     "国际航行船舶中国籍船员的姓名、护照号码、健康状况、出入境记录等信息", "敏感个人信息"],
    ["16", "数字贸易", "人工智能训练数据",
     "区内企业用于训练生成式人工智能模型的语料中，涉及区域经济运行、测绘地理信息等内容且数据量达到1TB以上的", "重要数据"],
    ["17", "数字贸易", "网络平台用户信息",
     "网络游戏、网络视听等平台境内用户的账号、实名认证、消费记录等信息，自当年1月1日起累计向境外提供10万人以上的", "个人信息"],
]


def doc_zhejiang():
    stem = "blind797_zhejiang_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # ---- joint red 版头: organ names stacked left, 文件 on the right (layout table)
    organs = ["中共浙江省委网络安全和信息化委员会办公室", "浙江省商务厅", "浙江省数据局"]
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [12.0, 3.6])
    for i, o in enumerate(organs):
        set_cell(t.rows[i].cells[0], o, XBS, 16 if i == 0 else 26, color=RED,
                 align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=31)
    c = t.cell(0, 1).merge(t.cell(2, 1))
    set_cell(c, "文件", XBS, 42, color=RED, line=50)
    p = add_par(doc, "浙网办发〔2025〕41号", align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three lines, broken at odd places with Shift+Enter
    p = doc.add_paragraph()
    font(p.add_run("关于印发《中国（浙江）自由贸易试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("数据出境管理清单（负面清单）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（2025年版）》的通知"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "中国（浙江）自由贸易试验区各片区管委会，有关设区市党委网信办、商务局、数据局：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《促进和规范数据跨境流动规定》，经省委网络安全和信息化委员会批准，现将《中国（浙江）自由贸易试验区数据出境管理清单（负面清单）（2025年版）》（以下简称《负面清单》）印发给你们，并就有关事项通知如下：")
    runin("一、明确适用对象。", "《负面清单》适用于在中国（浙江）自由贸易试验区内依法登记注册的数据处理者（以下简称区内数据处理者）。")
    runin("二、落实分类管理。", "区内数据处理者向境外提供《负面清单》所列数据的，应当按照清单标注的级别办理相应出境手续；提供清单以外数据的，免予申报数据出境安全评估、订立个人信息出境标准合同、通过个人信息保护认证。")
    runin("三、压实主体责任。", "区内数据处理者应当对照《负面清单》判定拟出境数据，建立数据出境台账，台账保存不少于3年。")
    runin("四、强化监管服务。", "各片区管委会要设立数据出境“一站式”服务窗口，加强事中事后监管，发现违规向境外提供数据的，依法依规处理。")
    runin("五、实行动态调整。", "省委网信办会同省商务厅、省数据局适时对《负面清单》进行评估调整。")
    body("本通知自2025年12月1日起施行，有效期至2027年11月30日。")
    att1 = "中国（浙江）自由贸易试验区数据出境管理清单（负面清单）（2025年版）"
    add_par(doc, "附件：" + att1)
    empty(doc, 1)
    # 落款: borderless table, two organs on one line, third below; date right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    col_widths(t, [9.0, 6.6])
    set_cell(t.rows[0].cells[0], "中共浙江省委网络安全和信息化委员会办公室", FS, 16, line=28)
    set_cell(t.rows[0].cells[1], "浙江省商务厅", FS, 16, line=28)
    set_cell(t.rows[1].cells[1], "浙江省数据局", FS, 16, line=28)
    p = add_par(doc, "2025年11月14日", align=RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")

    # ---- 附件: the list, its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（浙江）自由贸易试验区数据出境管理清单", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    add_par(doc, [("（负面清单）（2025年版）", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    empty(doc, 1, line=14)
    lv = [r[4] for r in ZJ_ROWS]
    assert (lv.count("重要数据"), lv.count("个人信息"), lv.count("敏感个人信息")) == (10, 3, 4)
    headers = ["序号", "领域", "数据类别", "数据描述", "级别"]
    list_table(doc, headers, ZJ_ROWS, [1.1, 2.4, 2.5, 7.6, 2.0], merge_cols=(1,))
    for r in ZJ_ROWS:
        clauses.append(row_clause(headers, r))
    notes = [
        "注：1．级别为“重要数据”的，应当通过所在地省级网信部门向国家网信部门申报数据出境安全评估；级别为“个人信息”“敏感个人信息”的，按照国家规定的数量门槛，分别申报数据出境安全评估、订立个人信息出境标准合同或者通过个人信息保护认证。",
        "2．本清单所称“以上”包括本数；个人信息数量按照同一数据处理者自当年1月1日起累计向境外提供的数量计算。",
    ]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=6 if i == 0 else 0)
        if i > 0:
            p.paragraph_format.left_indent = Pt(24)
        clauses.append(n)

    banji(doc, "抄送：国家互联网信息办公室，商务部，国家数据局。",
          "中共浙江省委网信办秘书处", "2025年11月14日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《中国（浙江）自由贸易试验区数据出境管理清单（负面清单）（2025年版）》的通知",
            "doc_number": "浙网办发〔2025〕41号",
            "issuer": organs,
            "date": "2025-11-14",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2025-12-01",
            "expires": "2027-11-30",
            "attachments": [att1],
            "doc_type": "通知",
            "recipients": ["中国（浙江）自由贸易试验区各片区管委会", "有关设区市党委网信办",
                           "有关设区市商务局", "有关设区市数据局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
DL_ROWS = [
    ["1", "港航物流", "港口作业数据",
     "大连港集装箱码头、原油码头、液化天然气接收站的泊位作业计划、装卸量实时数据及设施运行参数", "重要数据"],
    ["2", "港航物流", "多式联运货运数据",
     "经大连港中转的中欧班列及海铁联运货物品名、货值、发到站等汇总统计数据，年度累计涉及集装箱10万标准箱以上的", "重要数据"],
    ["3", "港航物流", "航运客户信息",
     "船公司、货运代理企业在片区内收集的境内托运人、收货人的姓名、联系方式、证件号码等信息，自当年1月1日起累计向境外提供10万人以上的", "个人信息"],
    ["4", "港航物流", "船员信息",
     "国际航行船舶中国籍船员的姓名、身份证件号码、健康状况、出入境记录等信息", "敏感个人信息"],
    ["5", "冷链食品", "进口冷链溯源数据",
     "进口冷链食品入境、仓储、销售全链条追溯数据汇总形成的东北地区肉类、水产品储备和市场供应总量统计数据", "重要数据"],
    ["6", "冷链食品", "消费者信息",
     "冷链食品跨境电商零售进口中境内消费者的姓名、收货地址、联系电话、订单记录等信息，自当年1月1日起累计向境外提供10万人以上的", "个人信息"],
    ["7", "冷链食品", "检验检疫数据",
     "进口水产品、肉类的检验检疫结果、疫病监测数据及境外生产企业注册审核数据", "重要数据"],
    ["8", "高端装备", "船舶设计建造数据",
     "在片区内设计、建造的大型液化天然气运输船、超大型原油运输船的总体设计图纸及关键工艺参数", "重要数据"],
    ["9", "高端装备", "工业控制系统数据",
     "数控机床、轴承、机器人等重点装备企业工业控制系统的网络拓扑、安全漏洞及运行日志数据", "重要数据"],
    ["10", "石化新材料", "石化装置工艺数据",
     "单套产能100万吨/年以上炼化装置的工艺流程、操作参数、原料配比数据", "重要数据"],
    ["11", "石化新材料", "产能与库存数据",
     "片区内石化企业原油、成品油、化工新材料的产能、开工率、库存等统计数据", "重要数据"],
    ["12", "生物医药", "人类遗传资源信息",
     "在片区内开展临床试验、科学研究产生的人类基因组、外显子组等测序数据", "重要数据"],
    ["13", "生物医药", "临床试验受试者信息",
     "临床试验受试者的病历、检查检验结果、用药记录等健康医疗信息", "敏感个人信息"],
    ["14", "生物医药", "医疗器械回传数据",
     "远程运维医疗器械回传的使用记录中包含患者身份和健康状况的信息", "敏感个人信息"],
]


def doc_dalian():
    stem = "blind797_dalian_qingshi"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("大连市人民政府文件", XBS, 40, False, RED)],
            align=CENTER, indent=False, line=60, before=18)
    empty(doc, 1)
    # 文号 left and 签发人 right, aligned with typed half-width spaces
    p = add_par(doc, [("大政请〔2025〕19号", FS, 16, False), (" " * 18, FS, 16, False),
                      ("签发人：", FS, 16, False), ("王振宇", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ["大连市人民政府关于报请审核《中国（辽宁）",
                 "自由贸易试验区大连片区数据出境管理清单",
                 "（负面清单）》的请示"]:
        add_par(doc, [(line, XBS, 22, False)], align=CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "辽宁省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("我市组织中国（辽宁）自由贸易试验区大连片区（以下简称大连片区）编制了《中国（辽宁）自由贸易试验区大连片区数据出境管理清单（负面清单）》(送审稿)（以下简称《清单》）。现将有关情况报告如下：")
    head("编制过程")
    body("2025年3月以来，大连片区管委会会同市委网信办等部门，对片区内218家企业开展数据出境需求调研，形成《清单》初稿，并于2025年9月至10月,征求有关部门、大连海关和重点企业意见，召开专家论证会2次。")
    head("主要内容")
    lv = [r[4] for r in DL_ROWS]
    assert (lv.count("重要数据"), lv.count("个人信息"), lv.count("敏感个人信息")) == (9, 2, 3)
    body("《清单》涵盖5个领域、14类数据，其中重要数据9类，个人信息5类（含敏感个人信息3类）。主要内容包括：")
    item("（一）港航物流领域。", "将码头作业、海铁联运货运、船员信息等数据纳入清单。")
    item("（二）冷链食品领域。", "将进口冷链溯源、检验检疫和消费者信息等数据纳入清单。")
    item("（三）高端装备和石化新材料领域。", "将船舶设计建造、工业控制、炼化工艺等数据纳入清单。")
    item("（四）生物医药领域。", "将人类遗传资源、临床试验受试者等数据纳入清单。")
    head("有关请求")
    body("《清单》已经市委网信委审议通过，恳请省政府审核并提请省委网信委批准后，报国家有关部门备案。")
    add_par(doc, "妥否，请批示。")
    att = "中国（辽宁）自由贸易试验区大连片区数据出境管理清单（负面清单）(送审稿)"
    p = add_par(doc, "附件：" + att)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 1)
    # 落款 typed with spaces (no right alignment)
    add_par(doc, " " * 36 + "大连市人民政府", indent=False)
    add_par(doc, " " * 37 + "2025年11月6日", indent=False)
    add_par(doc, "（联系人：孙立新，电话：0411-83634217）")

    # ---- 附件, its own page, table split by hand with 续表
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（辽宁）自由贸易试验区大连片区", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    add_par(doc, [("数据出境管理清单（负面清单）", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    add_par(doc, [("（送审稿）", KT, 16, False)], align=CENTER, indent=False, line=28)
    empty(doc, 1, line=14)
    headers = ["序号", "领域", "数据类别", "数据描述", "级别"]
    widths = [1.1, 2.2, 2.8, 7.5, 2.0]
    list_table(doc, headers, DL_ROWS[:8], widths, merge_cols=(1,), header_name=HT)
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    list_table(doc, headers, DL_ROWS[8:], widths, merge_cols=(1,), header_name=HT)
    for r in DL_ROWS:
        clauses.append(row_clause(headers, r))
    note = "备注：“级别”栏为“重要数据”的，应当申报数据出境安全评估；为“个人信息”“敏感个人信息”的，按照国家规定的数量门槛申报数据出境安全评估、订立个人信息出境标准合同或者通过个人信息保护认证。本清单所称“以上”包括本数。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：省委网信办，省商务厅，省数据局，省自贸办。",
          "大连市人民政府办公室", "2025年11月6日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "大连市人民政府关于报请审核《中国（辽宁）自由贸易试验区大连片区数据出境管理清单（负面清单）》的请示",
            "doc_number": "大政请〔2025〕19号",
            "issuer": ["大连市人民政府"],
            "date": "2025-11-06",
            "published": None,
            "level": "municipal",
            "region": "大连市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "请示",
            "recipients": ["辽宁省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
QZ_ROWS = [
    ["1", "港口航运", "港口运营数据", "码头作业数据",
     "北部湾港钦州港域集装箱码头、30万吨级油码头的泊位作业计划、装卸量实时数据及港口设施运行参数", "重要数据"],
    ["2", "港口航运", "船舶数据", "船员信息",
     "国际航行船舶船员的姓名、护照号码、健康状况、出入境记录等信息", "敏感个人信息"],
    ["3", "跨境物流", "多式联运数据", "海铁联运货运数据",
     "经西部陆海新通道海铁联运班列运输货物的品名、货值、发运地、目的港等汇总统计数据，年度累计涉及集装箱50万标准箱以上的", "重要数据"],
    ["4", "跨境物流", "多式联运数据", "托运人信息",
     "境内托运人、收货人的姓名、联系方式、证件号码等信息，自当年1月1日起累计向境外提供10万人以上的", "个人信息"],
    ["5", "跨境贸易", "贸易统计数据", "大宗商品进口数据",
     "经钦州港进口的原油、铁矿石、粮食、煤炭等大宗商品的采购来源、数量、价格及库存汇总数据", "重要数据"],
    ["6", "跨境贸易", "跨境电商数据", "消费者信息",
     "面向东盟国家开展跨境电商业务中境内消费者的姓名、收货地址、联系电话、支付记录等信息，自当年1月1日起累计向境外提供10万人以上的", "个人信息"],
    ["7", "跨境金融", "跨境支付数据", "个人账户及交易信息",
     "跨境人民币结算、东盟国家货币跨境支付业务中境内个人的银行账户、交易流水、身份信息等", "敏感个人信息"],
    ["8", "跨境金融", "跨境支付数据", "资金流动统计数据",
     "区内金融机构汇聚形成的跨境资金流动规模、币种结构、交易对手国别分布等统计数据", "重要数据"],
    ["9", "新能源材料", "产业链数据", "关键矿产供应数据",
     "镍、钴、锂等关键矿产原料的境外采购来源、进口数量、库存及供应链布局数据", "重要数据"],
    ["10", "新能源材料", "产业链数据", "生产工艺数据",
     "动力电池正极材料、电解液等产品的核心工艺参数、配方及产能数据", "重要数据"],
]


def doc_qinzhou():
    stem = "blind797_qinzhou_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    # title: 3 paragraphs, broken in the middle of the bracketed name
    for line in ["中国（广西）自由贸易试验区钦州港片区",
                 "管理委员会关于发布《钦州港片区数据出境",
                 "管理清单（负面清单）》的公告"]:
        add_par(doc, [(line, XBS, 22, False)], align=CENTER, indent=False, line=36)
    add_par(doc, [("2026年第3号", KT, 16, False)], align=CENTER, indent=False, before=8)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("为贯彻落实《促进和规范数据跨境流动规定》，服务西部陆海新通道和中国—东盟自由贸易区3.0版建设，经自治区党委网络安全和信息化委员会批准，并报国家网信部门、国家数据管理部门备案，现将《钦州港片区数据出境管理清单（负面清单）（2026年版）》（以下简称《清单》）及实施说明予以发布，并就有关事项公告如下：")
    # items 一 and 二 typed in ONE paragraph separated by Shift+Enter
    i1 = "一、在中国（广西）自由贸易试验区钦州港片区内依法登记注册的数据处理者向境外提供数据，属于《清单》所列数据的，应当按照“级别”栏的要求办理数据出境安全评估申报、个人信息出境标准合同备案或者个人信息保护认证；不属于《清单》所列数据的，可以依法向境外提供."
    i2 = "二、数据处理者对拟出境数据是否属于《清单》范围存在疑问的，可以通过钦州港片区政务服务中心“数据出境服务专窗”咨询，片区管委会原则上在5个工作日内予以答复。"
    p = doc.add_paragraph()
    font(p.add_run(IND + i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + i2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([i1, i2])
    body("三、数据处理者应当落实数据安全保护主体责任，不得以化整为零、拆分数据集等方式规避《清单》管理。违反规定向境外提供数据的，由有关部门依法依规处理。")
    body("四、本公告自2026年4月1日起施行，有效期至2028年3月31日。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 1)
    att1 = "钦州港片区数据出境管理清单（负面清单）（2026年版）"
    att2 = "钦州港片区数据出境管理清单（负面清单）实施说明"
    add_par(doc, IND + "附件：1．" + att1, indent=False)
    add_par(doc, IND + "\u3000\u3000\u3000" + "2．" + att2, indent=False)
    empty(doc, 2)
    # 落款 right aligned, date in Chinese numerals
    p = add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", align=RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "二〇二六年三月十六日", align=RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(72)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件1 with two-level header (数据类别 → 一级类别／二级类别)
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("钦州港片区数据出境管理清单（负面清单）", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    add_par(doc, [("（2026年版）", XBS, 20, False)], align=CENTER, indent=False, line=32)
    empty(doc, 1, line=14)
    SZ, LN = 9, 13
    t = doc.add_table(rows=2 + len(QZ_ROWS), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [0.9, 1.6, 2.0, 2.2, 6.9, 2.0])
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ci, h in [(0, "序号"), (1, "领域"), (4, "数据描述"), (5, "级别")]:
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, h, HT, SZ, line=LN)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "数据类别", HT, SZ, line=LN)
    set_cell(t.cell(1, 2), "一级类别", HT, SZ, line=LN)
    set_cell(t.cell(1, 3), "二级类别", HT, SZ, line=LN)
    for ri, row in enumerate(QZ_ROWS, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, SZ, align=LEFT if ci == 4 else CENTER, line=LN)
    for ci in (1, 2):
        start = 0
        while start < len(QZ_ROWS):
            end = start
            while end + 1 < len(QZ_ROWS) and QZ_ROWS[end + 1][ci] == QZ_ROWS[start][ci]:
                end += 1
            if end > start:
                c = t.cell(start + 2, ci).merge(t.cell(end + 2, ci))
                set_cell(c, QZ_ROWS[start][ci], FS, SZ, line=LN)
            start = end + 1
    headers = ["序号", "领域", "数据类别／一级类别", "数据类别／二级类别", "数据描述", "级别"]
    for r in QZ_ROWS:
        clauses.append(row_clause(headers, r))
    lv = [r[5] for r in QZ_ROWS]
    assert (lv.count("重要数据"), lv.count("个人信息"), lv.count("敏感个人信息")) == (6, 2, 2)
    assert len({r[1] for r in QZ_ROWS}) == 5
    add_par(doc, [("说明：", HT, 12, False)], indent=False, line=20, before=6)
    notes = [
        "1.“级别”栏标注为“重要数据”的，应当申报数据出境安全评估；标注为“个人信息”“敏感个人信息”的，按照国家规定的数量门槛，申报数据出境安全评估、订立个人信息出境标准合同或者通过个人信息保护认证。",
        "2.本清单所称“以上”包括本数；个人信息数量按照自当年1月1日起累计向境外提供的数量计算。",
    ]
    for n in notes:
        add_par(doc, [(n, FS, 12, False)], indent=False, line=20, first=Pt(24))
        clauses.append(n)

    # ---- 附件2: 实施说明
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("钦州港片区数据出境管理清单（负面清单）", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    add_par(doc, [("实施说明", XBS, 20, False)], align=CENTER, indent=False, line=32)
    empty(doc, 1, line=14)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    runin("一、制定依据。", "本清单依据《中华人民共和国数据安全法》《促进和规范数据跨境流动规定》等规定，结合钦州港片区重点产业发展实际制定。")
    runin("二、清单结构。", "本清单按照“领域—数据类别—数据描述—级别”编制，数据类别分为一级类别和二级类别，涵盖5个领域、10类数据，其中“重要数据”6类，“个人信息”2类，“敏感个人信息”2类。")
    runin("三、判定规则。", "拟出境数据符合清单中某一二级类别“数据描述”的，属于清单范围内数据；同一数据集涉及多个类别的，按照级别最高的类别管理。")
    runin("四、清单外数据。", "向境外提供清单以外数据的，无需申报数据出境安全评估、订立个人信息出境标准合同或者通过个人信息保护认证，但应当依法履行数据安全保护义务。")
    runin("五、与其他规定的衔接。", "已被有关部门、地区告知或者公开发布为重要数据的，按照重要数据管理。")
    runin("六、解释权限。", "本说明由钦州港片区管委会负责解释。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于发布《钦州港片区数据出境管理清单（负面清单）》的公告",
            "doc_number": "2026年第3号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": [att1, att2],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_dalian(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
