# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 964: 跨境电商零售进口试点城市扩围 + 正面清单调整 (联合公告、解读、省级落实通知).

Writes Word + PDF + expected.json into this script's directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
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
    fmt(p, indent=False)


def _field(fp, name, size, instr="PAGE"):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_style == "dash":          # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field(fp, SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:                               # - 1 -  (typed with hyphens)
        font(fp.add_run("- "), "Times New Roman", 12)
        _field(fp, "Times New Roman", 12)
        font(fp.add_run(" -"), "Times New Roman", 12)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=20, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def grid(t):
    tblPr = t._tbl.tblPr
    borders = parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '</w:tblBorders>' % nsdecls("w"))
    tblPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(t, cms):
    t.autofit = False
    tbl = t._tbl
    grid_el = tbl.tblGrid
    for gc, w in zip(grid_el.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblPr = tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(Cm(sum(cms)).twips)))
    tw.set(qn("w:type"), "dxa")
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[col:col + span]))
            col += span


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, use_tab=False, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    if use_tab:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    else:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_964", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ shared data
GONGGAO_TITLE = "关于扩大跨境电子商务零售进口试点城市范围和调整跨境电子商务零售进口商品清单的公告"

CITIES = ["河北省邯郸市", "山西省运城市", "内蒙古自治区赤峰市", "辽宁省丹东市",
          "吉林省延边朝鲜族自治州", "黑龙江省牡丹江市", "江苏省镇江市", "浙江省丽水市",
          "安徽省安庆市", "福建省三明市", "江西省九江市", "山东省济宁市", "河南省许昌市",
          "湖北省襄阳市", "湖南省常德市", "广东省清远市", "广西壮族自治区钦州市",
          "四川省德阳市", "贵州省遵义市", "云南省红河哈尼族彝族自治州", "陕西省宝鸡市",
          "甘肃省天水市", "宁夏回族自治区石嘴山市", "新疆维吾尔自治区喀什地区"]
assert len(CITIES) == 24

JY = "仅限已获我国检疫准入的国家（地区）的产品"
YS = "列入《进出口野生动植物种商品目录》的除外"
OLD = "原备注“仅限网购保税商品”删除"
ADD = "新增"
DEL = "删除"


def M(x):
    return "备注调整为：" + x


GOODS = [
    ("02023000", "冻藏的去骨牛肉", M(JY)),
    ("02032900", "其他冻藏猪肉", M(JY)),
    ("02071400", "冻藏的鸡块及食用杂碎", "新增。" + JY),
    ("02109900", "其他干、熏、盐腌或盐渍的肉及食用杂碎", ADD),
    ("03019999", "其他活鱼", DEL),
    ("03028990", "其他鲜或冷的鱼", "新增。" + YS),
    ("03036300", "冻鳕鱼", ADD),
    ("03038990", "其他冻鱼", "新增。" + YS),
    ("03061790", "其他冻虾及对虾", ADD),
    ("03063390", "其他活、鲜或冷的蟹", DEL),
    ("03071190", "其他活、鲜或冷的牡蛎", DEL),
    ("03072200", "冻的扇贝", ADD),
    ("04012000", "脂肪含量超过1%但不超过6%的未浓缩及未加糖或其他甜物质的乳及稀奶油", M(JY)),
    ("04021000", "脂肪含量不超过1.5%的固状乳及稀奶油", M(JY)),
    ("04039000", "其他酪乳、结块的乳及稀奶油、酸乳酒及其他发酵或酸化的乳及稀奶油", M(JY)),
    ("04051000", "黄油", ADD),
    ("04063000", "经加工的乳酪，但磨碎或粉化的除外", ADD),
    ("04069000", "其他乳酪", M(JY)),
    ("04090000", "天然蜂蜜", M("仅限网购保税商品")),
    ("05100010", "龙涎香、海狸香、灵猫香", DEL),
    ("06029099", "其他活植物", DEL),
    ("07129090", "其他干蔬菜", ADD),
    ("08022200", "去壳榛子", ADD),
    ("08023200", "去壳核桃", ADD),
    ("08025200", "去壳阿月浑子果（开心果）", ADD),
    ("08026200", "去壳马卡达姆坚果（夏威夷果）", ADD),
    ("08044000", "鲜或干的鳄梨", "新增。" + JY),
    ("08061000", "鲜葡萄", M(JY)),
    ("08104000", "鲜的越橘属果实", "新增。" + JY),
    ("08134000", "其他干果", ADD),
    ("09011100", "未焙炒未浸除咖啡碱的咖啡", ADD),
    ("09012100", "已焙炒未浸除咖啡碱的咖啡", M("限零售包装")),
    ("09022090", "其他未发酵的绿茶", ADD),
    ("09041200", "已磨胡椒", ADD),
    ("12119039", "其他主要用作药料的植物及其某部分", DEL),
    ("15092000", "特级初榨油橄榄油", M("限零售包装")),
    ("15159090", "其他固定植物油及其分离品", ADD),
    ("16010090", "其他肉、食用杂碎或动物血制成的香肠及类似产品", ADD),
    ("16041419", "其他金枪鱼罐头", "新增。" + YS),
    ("17049000", "其他不含可可的糖食", M("限零售包装")),
    ("18063100", "夹心的块状或条状巧克力及其他含可可的食品", ADD),
    ("18069000", "其他巧克力及含可可的食品", M("限零售包装")),
    ("19011010", "供婴幼儿食用的零售包装配方奶粉", M("不包括特殊医学用途婴儿配方食品")),
    ("19019000", "其他麦精及以细粉、粗粒、淀粉或麦精制的其他编号未列名的食品",
     M("不包括特殊医学用途配方食品")),
    ("19053100", "甜饼干", ADD),
    ("19059000", "其他面包、糕点、饼干及烘焙糕饼", ADD),
    ("20079910", "其他果酱", ADD),
    ("20081920", "用其他方法制作或保藏的其他坚果", ADD),
    ("20098990", "其他未发酵及未加酒精的单一水果或坚果汁", ADD),
    ("21011100", "咖啡浓缩精汁", ADD),
    ("21039090", "其他调味品", M("限零售包装")),
    ("21069090", "其他编号未列名的食品", M("不包括特殊医学用途配方食品；保健食品应符合国家有关规定")),
    ("22011010", "矿泉水", ADD),
    ("22029900", "其他无酒精饮料", M("限零售包装")),
    ("22042100", "装入2升及以下容器的鲜葡萄酿造的酒", OLD),
    ("22083000", "威士忌酒", ADD),
    ("23091010", "零售包装的狗食或猫食饲料", M(JY)),
    ("30049090", "其他混合或非混合产品构成的药品（已配定剂量或零售包装）",
     "新增。仅限网购保税商品，且仅限已在我国批准上市的非处方药品"),
    ("33030000", "香水及花露水", OLD),
    ("33041000", "唇用化妆品", OLD),
    ("33042000", "眼用化妆品", OLD),
    ("33043000", "指（趾）甲化妆品", ADD),
    ("33049100", "粉，不论是否压紧", OLD),
    ("33049900", "其他美容品或化妆品及护肤品", M("不包括特殊化妆品中的染发、烫发类产品")),
    ("33051000", "洗发剂（香波）", ADD),
    ("33059000", "其他护发品", M("不包括染发、烫发类产品")),
    ("33061010", "牙膏", ADD),
    ("33072000", "个人用除臭剂及止汗剂", ADD),
    ("33074900", "其他室内除臭制品", DEL),
    ("34011100", "盥洗用皂（包括含药制品）", ADD),
    ("34013000", "洗皮肤用的有机表面活性产品及制剂", ADD),
    ("38089190", "其他杀虫剂", DEL),
    ("39241000", "塑料制餐具及厨房用具", ADD),
    ("42022100", "以皮革或再生皮革作面的手提包", ADD),
    ("42022200", "以塑料片或纺织材料作面的手提包", ADD),
    ("42023100", "以皮革或再生皮革作面的通常置于口袋或手提包内的物品", ADD),
    ("48182000", "纸手帕及纸面巾", ADD),
    ("61091000", "棉制针织或钩编的T恤衫、汗衫及其他背心", ADD),
    ("61112000", "棉制针织或钩编的婴儿服装及衣着附件", ADD),
    ("62044300", "合成纤维制女式连衣裙", ADD),
    ("64041100", "运动鞋靴", ADD),
    ("69111011", "骨瓷餐具", ADD),
    ("70133700", "其他玻璃杯", ADD),
    ("71023900", "其他非工业用钻石", DEL),
    ("73239300", "不锈钢制餐桌、厨房等家用器具", ADD),
    ("82142000", "修指甲及修脚用具（包括指甲锉）", ADD),
    ("84212110", "家用型过滤、净化水的机器及装置", ADD),
    ("84221100", "家用型洗碟机", ADD),
    ("85094010", "家用食品研磨机及搅拌器", ADD),
    ("85094090", "家用水果或蔬菜榨汁器", ADD),
    ("85101000", "电动剃须刀", M("限零售包装")),
    ("85102000", "电动毛发推剪", ADD),
    ("85163100", "电吹风机", ADD),
    ("85166030", "电饭锅", ADD),
    ("85167100", "电热的咖啡壶或茶壶", ADD),
    ("85183000", "耳机、耳塞机", ADD),
    ("88062200", "最大起飞重量超过250克但不超过7千克的无人驾驶航空器", DEL),
    ("90041000", "太阳镜", ADD),
    ("90191010", "按摩器具", ADD),
    ("90251990", "其他非液体温度计", ADD),
    ("91022100", "自动上弦的手表", ADD),
    ("94049090", "其他寝具及类似用品", ADD),
    ("95030060", "智力玩具", ADD),
    ("95030090", "其他玩具", M("不包括带有弹射功能的仿真枪支")),
    ("95069100", "一般的体育活动、体操或竞技用品及设备", ADD),
    ("96032100", "牙刷", ADD),
    ("96190011", "供婴儿使用的尿布及尿裤", M("限零售包装")),
    ("96190020", "卫生巾（护垫）及卫生棉条", ADD),
]
N_ROWS = len(GOODS)
N_ADD = sum(1 for g in GOODS if g[2].startswith("新增"))
N_DEL = sum(1 for g in GOODS if g[2] == DEL)
N_MOD = N_ROWS - N_ADD - N_DEL
N_OLD = 1476
N_NEW = N_OLD + N_ADD - N_DEL
assert N_ROWS >= 100
assert len({g[0] for g in GOODS}) == N_ROWS
assert [g[0] for g in GOODS] == sorted(g[0] for g in GOODS)

ISSUERS_A = ["商务部", "国家发展和改革委员会", "财政部",
             "海关总署", "国家税务总局", "国家市场监督管理总局"]


# =================================================================== DOC A
def doc_gonggao():
    stem = "blind964_lianhe_gonggao"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # ---- joint red 版头: borderless table, organs stacked left, 公告 merged right
    short = ["商务部", "国家发展改革委", "财政部", "海关总署", "税务总局", "市场监管总局"]
    t = doc.add_table(rows=len(short), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, nm in enumerate(short):
        set_cell(t.cell(i, 0), nm, XBS, 20, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                 line=27, color=RED)
    big = t.cell(0, 1).merge(t.cell(len(short) - 1, 1))
    set_cell(big, "公告", XBS, 48, line=60, color=RED)
    widths(t, [7.6, 4.4])
    empty(doc, 1, line=16)
    add_par(doc, "2026年第18号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)

    # title wrapped at an odd place with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("关于扩大跨境电子商务零售进口试点"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("城市范围和调整跨境电子商务零售进口"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("商品清单的公告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    def sub(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实党中央、国务院关于推动跨境电子商务高质量发展的决策部署，进一步扩大优质消费品进口，更好满足人民群众多样化消费需求，经国务院同意，现就扩大跨境电子商务零售进口（以下简称跨境电商零售进口）试点城市范围和调整《跨境电子商务零售进口商品清单》（以下简称《清单》）有关事项公告如下：")
    runin("一、扩大试点城市范围。",
          "在现有165个城市（地区）和海南岛全岛的基础上，将" + "、".join(CITIES)
          + "等24个城市（地区）纳入跨境电商零售进口试点范围。调整后，跨境电商零售进口试点范围扩大至189个城市（地区）和海南岛全岛。")
    runin("二、调整《清单》商品范围。", "根据跨境电商零售进口业务发展实际和有关部门监管要求，对《清单》作如下调整：")
    sub("（一）", "新增鲜冻水产品、坚果炒货、小家电、运动用品等%d个税目商品。" % N_ADD)
    sub("（二）", "删除活体动植物、龙涎香、杀虫剂等存在较高质量安全和检疫风险或涉及进出口特殊管理的%d个税目商品。" % N_DEL)
    sub("（三）", "对%d个税目商品的备注进行调整，主要涉及检疫准入、零售包装、特殊医学用途配方食品等监管条件表述的规范。" % N_MOD)
    body("调整后，《清单》商品总数由%d个税目调整为%d个税目。具体调整情况见附件。" % (N_OLD, N_NEW))
    runin("三、压实试点城市主体责任。", "试点城市所在地人民政府要切实承担本地区跨境电商零售进口政策试点工作的主体责任，严格落实监管要求，全面加强质量安全风险防控，及时查处在海关特殊监管区域外开展“网购保税+线下自提”、二次销售等违规行为，确保试点工作平稳有序推进。")
    # half-width parentheses typed in one place
    runin("四、规范业务开展。", "新纳入试点的城市（地区），符合海关监管要求的，可开展网购保税进口（海关监管方式代码1210）业务；网购保税进口业务原则上应在海关特殊监管区域和保税物流中心（B型）内开展。各试点城市（地区）均可开展直购进口(海关监管方式代码9610)业务。")
    runin("五、明确监管要求。", "跨境电商零售进口商品按个人自用进境物品监管，不执行有关商品首次进口许可批件、注册或备案要求。对相关部门明令暂停进口的疫区商品，以及对出现重大质量安全风险的商品启动风险应急处置时，不适用前述规定。《清单》中商品备注有监管要求的，从其规定。")
    runin("六、执行交易限值和税收政策。", "跨境电商零售进口商品的单次交易限值为人民币5000元，个人年度交易限值为人民币26000元。在限值以内进口的跨境电商零售进口商品，关税税率暂设为0%；进口环节增值税、消费税取消免征税额，暂按法定应纳税额的70%征收。")
    runin("七、施行时间。", "本公告自2026年3月1日起施行。施行前已申报进境的跨境电商零售进口商品，按原规定执行。")
    p = add_par(doc, "特此公告。")
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "", indent=False)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "附件：跨境电子商务零售进口商品清单调整表")
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "", indent=False)
    p.paragraph_format.keep_with_next = True

    # 落款: borderless layout table 2 x 3
    t = doc.add_table(rows=2, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, nm in enumerate(ISSUERS_A):
        set_cell(t.cell(i // 3, i % 3), nm, FS, 16, line=28)
    widths(t, [3.2, 6.2, 6.2])
    empty(doc, 1)
    p = add_par(doc, "2026年1月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("跨境电子商务零售进口商品清单调整表", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1, line=16)

    hdr = ["序号", "税则号列", "商品名称", "备注"]
    t = doc.add_table(rows=1 + N_ROWS, cols=4)
    grid(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=15)
    repeat_header(t.rows[0])
    for ri, (code, name, note) in enumerate(GOODS, 1):
        row = t.rows[ri]
        cant_split(row)
        vals = [str(ri), code, name, note]
        set_cell(row.cells[0], vals[0], SONG, 9, line=12)
        set_cell(row.cells[1], vals[1], SONG, 9, line=12)
        set_cell(row.cells[2], vals[2], SONG, 9, line=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        set_cell(row.cells[3], vals[3], SONG, 9, line=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append(row_clause(hdr, vals))
    widths(t, [1.3, 2.3, 6.3, 5.7])

    def note(t):
        clauses.append(t)
        add_par(doc, [(t, FS, 10.5, False)], indent=False, line=16, before=2)

    note("注：1．税则号列以《中华人民共和国进出口税则（2026）》为准。")
    p = add_par(doc, [("2．备注中“新增”指本次新纳入《清单》的商品，“删除”指本次移出《清单》的商品，其余为调整备注的商品。", FS, 10.5, False)],
                indent=False, line=16)
    p.paragraph_format.left_indent = Pt(31.5)
    clauses.append("2．备注中“新增”指本次新纳入《清单》的商品，“删除”指本次移出《清单》的商品，其余为调整备注的商品。")
    p = add_par(doc, [("3．备注中“网购保税商品”是指以网购保税进口（海关监管方式代码1210）方式进口的商品。", FS, 10.5, False)],
                indent=False, line=16)
    p.paragraph_format.left_indent = Pt(31.5)
    clauses.append("3．备注中“网购保税商品”是指以网购保税进口（海关监管方式代码1210）方式进口的商品。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": GONGGAO_TITLE,
            "doc_number": "2026年第18号",
            "issuer": list(ISSUERS_A),
            "date": "2026-01-20",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["跨境电子商务零售进口商品清单调整表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_jiedu():
    stem = "blind964_zhengce_jiedu"
    doc = Document()
    setup(doc, "hyphen")
    clauses = []

    # title over three lines (one paragraph, manual line breaks)
    p = doc.add_paragraph()
    font(p.add_run("《关于扩大跨境电子商务零售进口"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("试点城市范围和调整跨境电子商务"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("零售进口商品清单的公告》政策解读"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1, line=16)
    add_par(doc, [("发布时间：2026-01-26　　来源：商务部对外贸易司", KT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24)
    empty(doc, 1)

    # clerk typed two full-width spaces instead of using first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    body("近日，商务部、国家发展改革委、财政部、海关总署、国家税务总局、国家市场监督管理总局联合发布《关于扩大跨境电子商务零售进口试点城市范围和调整跨境电子商务零售进口商品清单的公告》（2026年第18号，以下简称《公告》）。现就《公告》有关内容解读如下。")
    head("一、出台背景")
    body("跨境电商零售进口试点自2016年实施以来，试点范围从最初的天津、上海、杭州等10个城市逐步扩大至165个城市（地区）和海南岛全岛，在满足居民消费升级需求、推动外贸新业态发展等方面发挥了积极作用。2025年，全国跨境电商零售进口额达2860亿元，同比增长9.4%。")
    body("随着业务不断发展，一些中西部和东北地区城市已具备开展试点的条件和意愿，消费者对鲜冻水产品、坚果炒货、小家电、运动用品等商品的需求日益增长，原《跨境电子商务零售进口商品清单》（以下简称《清单》）部分商品的备注表述也需要结合监管实际进一步规范。为此，有关部门在深入调研、广泛听取地方和企业意见的基础上，研究制定了《公告》。")
    head("二、主要内容")
    runin("（一）扩大试点城市范围。", "《公告》将邯郸、运城、赤峰等24个城市（地区）纳入试点范围，试点城市（地区）总数达到189个，另有海南岛全岛。新增试点城市（地区）区域分布如下：")

    hdr = ["区域", "新增数量（个）", "城市（地区）"]
    rows = [
        ["东部地区", "6", "邯郸市、镇江市、丽水市、三明市、济宁市、清远市"],
        ["中部地区", "6", "运城市、安庆市、九江市、许昌市、襄阳市、常德市"],
        ["西部地区", "9", "赤峰市、钦州市、德阳市、遵义市、红河哈尼族彝族自治州、宝鸡市、天水市、石嘴山市、喀什地区"],
        ["东北地区", "3", "丹东市、延边朝鲜族自治州、牡丹江市"],
        ["合计", "24", "—"],
    ]
    assert sum(int(r[1]) for r in rows[:-1]) == 24
    t = doc.add_table(rows=1 + len(rows), cols=3)
    grid(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, r))
    widths(t, [2.6, 2.8, 10.2])
    empty(doc, 1, line=12)

    runin("（二）优化《清单》商品范围。", "本次共新增%d个税目商品，主要是近年来消费需求旺盛的鲜冻水产品、坚果炒货、小家电、运动用品等；删除%d个税目商品，主要是检疫风险较高的活体动植物以及涉及进出口特殊管理的商品；对%d个税目商品的备注进行了调整。调整后，《清单》共计%d个税目。"
          % (N_ADD, N_DEL, N_MOD, N_NEW))
    runin("（三）重申监管要求。", "《公告》明确跨境电商零售进口商品按个人自用进境物品监管，不执行有关商品首次进口许可批件、注册或备案要求，同时要求试点城市所在地人民政府切实承担主体责任，严格落实各项监管要求。")
    head("三、常见问题")
    body("问：新纳入试点的城市何时可以开展业务？")
    body("答：《公告》自2026年3月1日起施行。新纳入试点的城市（地区），符合海关监管要求的，即可开展网购保税进口(1210)业务；直购进口(9610)业务可在所有试点城市（地区）开展。")
    body("问：消费者购买跨境电商零售进口商品有哪些限制？")
    body("答：单次交易限值为5000元，个人年度交易限值为26000元。消费者购买的跨境电商零售进口商品属于个人自用物品，原则上不得再次销售。")
    body("问：被删除的商品还能否通过跨境电商渠道进口？")
    body("答：自《公告》施行之日起，被删除的商品不再适用跨境电商零售进口政策；《公告》施行前已申报进境的，按原规定执行。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "《关于扩大跨境电子商务零售进口试点城市范围和调整跨境电子商务零售进口商品清单的公告》政策解读",
            "doc_number": None,
            "issuer": ["商务部对外贸易司"],
            "date": None,
            "published": "2026-01-26",
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "解读",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_jiangxi():
    stem = "blind964_jiangxi_tongzhi"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("江西省商务厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    empty(doc, 1)
    p = add_par(doc, "赣商务外贸字〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ["江西省商务厅 南昌海关 江西省财政厅",
               "国家税务总局江西省税务局关于做好九江市",
               "跨境电子商务零售进口试点工作的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "九江市商务局、财政局，九江海关，国家税务总局九江市税务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据《商务部 国家发展和改革委员会 财政部 海关总署 国家税务总局 国家市场监督管理总局关于扩大跨境电子商务零售进口试点城市范围和调整跨境电子商务零售进口商品清单的公告》（2026年第18号），九江市纳入跨境电子商务零售进口试点范围。为确保试点工作规范有序开展，经省人民政府同意，现就有关事项通知如下：")
    head("一、充分认识试点工作重要意义")
    body("开展跨境电子商务零售进口试点，是扩大优质消费品进口、促进外贸创新发展的重要举措，对九江市发挥长江黄金水道和九江综合保税区优势、打造内陆开放型经济新高地具有重要意义。九江市要把试点工作作为融入长江经济带发展和共建“一带一路”的重要抓手，高标准谋划、高质量推进。")
    head("二、扎实推进重点任务")
    runin("（一）完善监管设施。", "九江综合保税区要按照海关监管要求，于2026年4月30日前完成跨境电商监管作业场所建设并通过验收，配齐查验、分拣、视频监控等设施设备，实现与海关跨境电商进出境统一版信息化系统对接。")
    runin("（二）规范开展业务。", "试点初期，网购保税进口（1210）业务在九江综合保税区内开展，直购进口（9610）业务依托九江港城西港区国际集装箱码头开展。严禁在海关特殊监管区域外开展“网购保税+线下自提”业务。")
    runin("（三）落实各方责任。", "各有关方面要按照职责分工抓好落实：")
    body("1.九江市要切实承担试点工作主体责任，建立由市政府分管负责同志牵头的工作协调机制，制定试点实施方案，于2026年3月31日前报省商务厅备案。")
    body("2.跨境电商企业、平台、境内服务商要落实商品质量安全主体责任，建立商品质量安全风险防控机制，履行对消费者的提醒告知义务。")
    body("3.九江海关要加强对跨境电商零售进口商品的风险监测，对违规企业依法予以处置，并将有关信息纳入企业信用记录。")
    runin("（四）强化政策支持。", "省财政在省级外经贸发展专项资金中统筹安排资金，对九江综合保税区跨境电商监管场所建设、公共服务平台建设给予适当支持。税务部门要落实跨境电商零售进口税收政策，做好代收代缴义务人登记和税款征收工作。")
    head("三、明确任务分工")
    body("各项工作任务分工如下：")

    # two-level merged header; 牵头单位 merged vertically over rows 1-2
    t = doc.add_table(rows=2 + 6, cols=5)
    grid(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(c, "序号", HT, 12)
    c = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(c, "工作任务", HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3)); set_cell(c, "责任分工", HT, 12)
    set_cell(t.cell(1, 2), "牵头单位", HT, 12)
    set_cell(t.cell(1, 3), "配合单位", HT, 12)
    c = t.cell(0, 4).merge(t.cell(1, 4)); set_cell(c, "完成时限", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "工作任务", "责任分工／牵头单位", "责任分工／配合单位", "完成时限"]
    rows = [
        ["1", "制定九江市跨境电商零售进口试点实施方案", "九江市人民政府", "省商务厅", "2026年3月31日前"],
        ["2", "建立试点工作协调机制", "九江市人民政府", "九江市商务局", "2026年3月31日前"],
        ["3", "建成跨境电商监管作业场所并通过验收", "九江综合保税区管委会", "九江海关", "2026年4月30日前"],
        ["4", "完成跨境电商进出境统一版信息化系统对接", "九江海关", "九江市商务局", "2026年5月31日前"],
        ["5", "落实代收代缴义务人登记等税收征管工作", "国家税务总局九江市税务局", "九江海关", "持续推进"],
        ["6", "开展试点工作评估", "省商务厅", "南昌海关、省财政厅、省税务局", "2026年12月底前"],
    ]
    for ri, r in enumerate(rows):
        tr = 2 + ri
        for ci, v in enumerate(r):
            if ri == 1 and ci == 2:
                continue
            set_cell(t.cell(tr, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(keys, r))
    c = t.cell(2, 2).merge(t.cell(3, 2))
    set_cell(c, "九江市人民政府", FS, 12)
    widths(t, [1.3, 4.8, 3.5, 3.3, 2.7])
    empty(doc, 1, line=12)
    p = add_par(doc, [("注：完成时限为最迟完成时间，有条件的应提前完成。", FS, 12, False)],
                indent=False, line=20)
    clauses.append("注：完成时限为最迟完成时间，有条件的应提前完成。")
    empty(doc, 1, line=16)

    t4 = "四、加强跟踪评估。省商务厅会同南昌海关、省财政厅、国家税务总局江西省税务局对试点工作开展情况进行跟踪评估，及时总结推广经验做法。试点中遇到的重大问题，请及时报告省商务厅。"
    clauses.append(t4)
    add_par(doc, [("四、加强跟踪评估。", HT, 16, False), (t4[len("四、加强跟踪评估。"):], FS, 16, False)])
    body("本通知自2026年2月15日起施行，有效期至2028年2月14日。《江西省商务厅 南昌海关关于做好跨境电子商务零售进口试点有关工作的通知》（赣商务外贸字〔2021〕23号）同时废止。")
    empty(doc, 2)

    # 落款 typed with full-width spaces, date in Chinese numerals
    add_par(doc, "\u3000\u3000\u3000\u3000江西省商务厅\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000南昌海关", indent=False)
    empty(doc, 1)
    add_par(doc, "\u3000\u3000\u3000\u3000江西省财政厅\u3000\u3000\u3000\u3000国家税务总局江西省税务局", indent=False)
    empty(doc, 1)
    add_par(doc, "\u3000" * 17 + "二〇二六年二月九日", indent=False)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：商务部对外贸易司，海关总署综合业务司，省人民政府办公厅。",
          "江西省商务厅办公室", "2026年2月10日印发", use_tab=True, gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江西省商务厅 南昌海关 江西省财政厅 国家税务总局江西省税务局关于做好九江市跨境电子商务零售进口试点工作的通知",
            "doc_number": "赣商务外贸字〔2026〕7号",
            "issuer": ["江西省商务厅", "南昌海关", "江西省财政厅", "国家税务总局江西省税务局"],
            "date": "2026-02-09",
            "published": None,
            "level": "provincial",
            "region": "江西省",
            "effective": "2026-02-15",
            "expires": "2028-02-14",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["九江市商务局", "九江市财政局", "九江海关", "国家税务总局九江市税务局"],
            "publicity": "此件主动公开",
            "repeals": "《江西省商务厅 南昌海关关于做好跨境电子商务零售进口试点有关工作的通知》（赣商务外贸字〔2021〕23号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_gonggao(), doc_jiedu(), doc_jiangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
