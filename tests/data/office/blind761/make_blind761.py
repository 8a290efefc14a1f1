# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 761: 省级重点外资项目 / 外资研发中心拟推荐（认定）名单公示, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def footer_pageno(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
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


def setup(doc, pageno=True):
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
    if pageno:
        footer_pageno(s)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=15, sp=2):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(sp)
    p.paragraph_format.space_after = Pt(sp)


def header_row(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        col = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            k = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(widths_cm[col:col + k])
            col += k
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_761", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
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


CN = "一二三四五六七八九十"

expected = {}


# =================================================================== DOC A
# 浙江省商务厅 — web-style 公示 (no 红头, no 文号), attachment on a landscape
# page, long table spanning pages with the header row repeated.
ZJ_ROWS = [
    ("高端生物医药制剂生产基地项目", "浙江诺康瑞生物制药有限公司", "瑞士", "32000", "杭州市钱塘区"),
    ("智能网联汽车软件研发及总部项目", "杭州艾森智行科技有限公司", "德国", "15000",
     "杭州市滨江区（中国（浙江）自由贸易试验区杭州片区）"),
    ("跨境数字贸易服务平台总部项目", "杭州新环亚数字科技有限公司", "新加坡", "12000", "杭州市萧山区"),
    ("生命科学仪器研发制造项目", "杭州博研生命科学仪器有限公司", "美国", "18000", "杭州市余杭区"),
    ("年产30万吨高端聚烯烃弹性体项目", "宁波利昂化工新材料有限公司", "沙特阿拉伯", "86000", "宁波市镇海区"),
    ("大宗商品保税储运及供应链结算中心项目", "宁波港联国际物流有限公司", "阿联酋", "26000",
     "宁波市北仑区（中国（浙江）自由贸易试验区宁波片区）"),
    ("精密注塑模具及汽车零部件扩产项目", "宁波旭和精密工业有限公司", "日本", "9800", "宁波市慈溪市"),
    ("新能源汽车电驱动系统生产项目", "宁波韩一动力科技有限公司", "韩国", "21000", "宁波前湾新区"),
    ("高端液压元件及传动系统项目", "宁波德力液压技术有限公司", "德国", "7500", "宁波市鄞州区"),
    ("智能低压电器及关键元器件项目", "温州欧瑞电气有限公司", "法国", "11000", "温州市乐清市"),
    ("高端光学镜片生产项目", "温州明视光学有限公司", "中国香港", "6500", "温州市瓯海区"),
    ("年产12万吨高性能聚酰胺新材料项目", "浙江科德莱新材料有限公司", "德国", "48000", "嘉兴市平湖市"),
    ("半导体封装测试材料项目", "嘉兴联晶半导体材料有限公司", "中国台湾", "18500", "嘉兴市南湖区"),
    ("航空零部件精密制造项目", "嘉兴欧航精密机械有限公司", "意大利", "7200", "嘉兴市海宁市"),
    ("动力电池正极材料一体化项目", "湖州恒源新能源材料有限公司", "印度尼西亚", "39000", "湖州市长兴县"),
    ("绿色家居智能制造项目", "湖州北欧森家居有限公司", "瑞典", "8600", "湖州市安吉县"),
    ("高端功能性纺织面料研发生产项目", "绍兴美达纺织科技有限公司", "日本", "13500", "绍兴市柯桥区"),
    ("集成电路先进封装项目", "浙江芯联微电子有限公司", "新加坡", "52000", "绍兴市越城区"),
    ("生物基可降解材料项目", "绍兴绿源生物科技有限公司", "丹麦", "11800", "绍兴市上虞区"),
    ("小商品数字贸易及跨境物流中心项目", "义乌丝路通国际供应链有限公司", "马来西亚", "10500",
     "金华市义乌市（中国（浙江）自由贸易试验区金义片区）"),
    ("电动工具及园林机械扩产项目", "浙江莱克斯动力工具有限公司", "美国", "8900", "金华市永康市"),
    ("氟硅新材料项目", "衢州泰欣氟硅材料有限公司", "泰国", "23000", "衢州市智造新城"),
    ("LNG接收站配套冷能综合利用项目", "舟山中新能源发展有限公司", "新加坡", "31000",
     "舟山市定海区（中国（浙江）自由贸易试验区舟山片区）"),
    ("船舶绿色燃料加注及保税供应项目", "舟山海联燃料供应有限公司", "中国香港", "16000", "舟山市普陀区"),
    ("医药中间体及原料药绿色化改造项目", "台州康华制药有限公司", "英国", "12500", "台州市椒江区"),
    ("智能卫浴洁具生产项目", "台州杜克卫浴科技有限公司", "荷兰", "6800", "台州市玉环市"),
    ("汽车座椅骨架及轻量化部件项目", "台州韩泰汽车部件有限公司", "韩国", "8200", "台州市临海市"),
    ("精密轴承及半导体设备零部件项目", "丽水纳思精密机械有限公司", "日本", "9500", "丽水市莲都区"),
]


def doc_zhejiang():
    stem = "blind761_zj_zhongdian"
    doc = Document()
    setup(doc)
    clauses = []

    # title typed as two paragraphs, broken at an odd place
    empty(doc, 1)
    add_par(doc, [("浙江省商务厅关于2026年度省级重点外资", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("项目拟推荐名单的公示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    n = len(ZJ_ROWS)
    body("根据《浙江省商务厅关于组织申报2026年度省级重点外资项目的通知》（浙商务函〔2025〕214号）要求，"
         "经各设区市商务主管部门初审推荐、第三方机构材料审核和专家评审，并征求省发展改革委、省经信厅、"
         "省自然资源厅、省生态环境厅等部门意见，拟推荐“%s”等%d个项目列入2026年度省级重点外资项目名单"
         "（名单见附件）。为体现公开、公平、公正原则，广泛接受社会监督，现予以公示。" % (ZJ_ROWS[0][0], n))
    head("一、公示时间")
    body("2026年3月16日至2026年3月20日(共5个工作日)。")
    head("二、异议受理")
    body("公示期间，任何单位和个人对拟推荐项目有异议的，可通过书面形式向省商务厅反映。反映情况须实事求是、"
         "客观公正，以单位名义反映的，须加盖单位公章；以个人名义反映的，须署真实姓名并提供有效联系方式"
         "及相关证明材料。匿名、超出公示期限或无具体事实依据的异议，原则上不予受理。")
    body("受理单位：浙江省商务厅外国投资管理处")
    body("联系人：王磊　沈佳怡")
    body("联系电话：0571-87701263，87701275（传真）")
    body("通讯地址：杭州市西湖区曙光路126号浙江省商务厅1108室，邮编：310007")
    head("三、其他事项")
    body("公示结束后，对无异议或异议经核查不成立的项目，我厅将按程序发文确认为2026年度省级重点外资项目，"
         "纳入全省重大外资项目库实行清单化跟踪服务；对异议经核查成立的项目，取消其推荐资格。")
    empty(doc, 1)
    add_par(doc, "附件：2026年度省级重点外资项目拟推荐名单")
    empty(doc, 3)
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 38 + "浙江省商务厅", indent=False)
    add_par(doc, " " * 37 + "2026年3月13日", indent=False)

    # ---- attachment: landscape section, long table, repeated header row
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年度省级重点外资项目拟推荐名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    hdr = ["序号", "项目名称", "外资企业", "投资方国别（地区）", "总投资（万美元）", "所在地"]
    t = doc.add_table(rows=1 + n, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=14, sp=1)
    header_row(t.rows[0])
    for ri, r in enumerate(ZJ_ROWS, 1):
        vals = [str(ri)] + list(r)
        for ci, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2, 5) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al, line=14, sp=1)
        cant_split(t.rows[ri])
        clauses.append(row_clause(hdr, vals))
    col_widths(t, [1.2, 5.9, 5.4, 3.9, 3.2, 5.1])
    p = add_par(doc, [("注：1.总投资按项目备案（核准）文件载明金额填列，以人民币备案的项目按1美元兑7.1元人民币折算。",
                       FS, 12, False)], indent=False, line=20, before=6)
    clauses.append("注：1.总投资按项目备案（核准）文件载明金额填列，以人民币备案的项目按1美元兑7.1元人民币折算。")
    add_par(doc, [("　　2.项目排名不分先后，按设区市行政区划顺序排列。", FS, 12, False)],
            indent=False, line=20)
    clauses.append("2.项目排名不分先后，按设区市行政区划顺序排列。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于2026年度省级重点外资项目拟推荐名单的公示",
            "doc_number": None,
            "issuer": ["浙江省商务厅"],
            "date": "2026-03-13",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度省级重点外资项目拟推荐名单"],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 广东省商务厅文件 — red 版头, 文号, red rule; table in the body with a
# two-level merged header, split by hand with “续表” and the header typed
# again; 合计 row; date in Chinese numerals; 公开 mark; 版记.
GD_ROWS = [
    ("广州安拓汽车电子研发中心", "安拓汽车电子（广州）有限公司", "安拓汽车系统控股有限公司", "德国", "4200", "广州市黄埔区"),
    ("广州瑞康生物医药研发中心", "瑞康医药研发（广州）有限公司", "瑞康国际生命科学有限公司", "瑞士", "6800",
     "广州市南沙区（中国（广东）自由贸易试验区南沙片区）"),
    ("广州德美化工新材料研发中心", "德美特种化学品（广州）有限公司", "德美化工股份公司", "德国", "3300", "广州市增城区"),
    ("深圳维讯通信技术研发中心", "维讯通信科技（深圳）有限公司", "维讯科技股份有限公司", "中国台湾", "3500", "深圳市南山区"),
    ("深圳海联数字金融科技研发中心", "海联数科（深圳）有限公司", "海联环球投资有限公司", "中国香港", "2600",
     "深圳市前海深港现代服务业合作区"),
    ("深圳日精精密机器人研发中心", "日精机器人（深圳）有限公司", "日精株式会社", "日本", "5100", "深圳市宝安区"),
    ("深圳鲁美智能医疗器械研发中心", "鲁美医疗科技（深圳）有限公司", "鲁美医疗器械有限公司", "以色列", "2700", "深圳市坪山区"),
    ("珠海横琴澳科中医药研发中心", "澳科中药科技（珠海横琴）有限公司", "澳科药业投资有限公司", "中国澳门", "1800",
     "横琴粤澳深度合作区"),
    ("佛山新材智能家电研发中心", "新材家电（佛山）有限公司", "新材电器株式会社", "韩国", "3900", "佛山市顺德区"),
    ("东莞泰科精密连接器研发中心", "泰科精密电子（东莞）有限公司", "泰科连接技术私人有限公司", "新加坡", "2800",
     "东莞市松山湖高新区"),
    ("惠州宝来储能电池研发中心", "宝来能源科技（惠州）有限公司", "宝来能源控股有限公司", "美国", "4600", "惠州市仲恺高新区"),
    ("中山艾朗照明光学研发中心", "艾朗照明（中山）有限公司", "艾朗照明集团有限公司", "荷兰", "1500", "中山市火炬开发区"),
    ("江门马华新能源汽车零部件研发中心", "马华汽车零部件（江门）有限公司", "马华工业控股有限公司", "马来西亚", "2200",
     "江门市蓬江区"),
    ("肇庆拉瓦尔高端食品研发中心", "拉瓦尔食品（肇庆）有限公司", "拉瓦尔食品集团", "法国", "1600", "肇庆高新区"),
    ("汕头泰宇玩具创意设计研发中心", "泰宇玩具（汕头）有限公司", "泰宇国际有限公司", "泰国", "1200", "汕头市澄海区"),
    ("湛江海新水产饲料研发中心", "海新饲料（湛江）有限公司", "海新农业私人有限公司", "新加坡", "1900", "湛江市麻章区"),
]
GD_KEYS = ["序号", "研发中心名称", "依托外资企业", "外方投资者／名称", "外方投资者／国别（地区）",
           "总投资（万美元）", "所在地"]
GD_W = [1.2, 3.0, 3.0, 2.6, 1.8, 1.7, 2.3]


def gd_table(doc, rows_vals):
    """two header rows: 外方投资者 spans 名称 + 国别（地区）; the rest merged vertically."""
    t = doc.add_table(rows=2 + len(rows_vals), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = t.rows[0], t.rows[1]
    for ci in (0, 1, 2, 5, 6):
        r0.cells[ci].merge(r1.cells[ci])
    r0.cells[3].merge(r0.cells[4])
    top = {0: "序号", 1: "研发中心名称", 2: "依托外资企业", 3: "外方投资者", 5: "总投资（万美元）", 6: "所在地"}
    for ci, h in top.items():
        set_cell(t.rows[0].cells[ci], h, HT, 10.5)
    set_cell(t.rows[1].cells[3], "名称", HT, 10.5)
    set_cell(t.rows[1].cells[4], "国别（地区）", HT, 10.5)
    for ri, vals in enumerate(rows_vals, 2):
        for ci, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2, 3, 6) and v != "—" else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al)
        cant_split(t.rows[ri])
    col_widths(t, GD_W)
    return t


def doc_guangdong():
    stem = "blind761_gd_yanfa"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("广东省商务厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    empty(doc, 2)
    p = add_par(doc, "粤商务资字〔2026〕18号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("广东省商务厅关于2026年度省级外资研发", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("中心拟认定名单的公示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    n = len(GD_ROWS)
    body("根据《广东省外资研发中心认定管理办法》（粤商务资字〔2024〕9号）和《广东省商务厅关于开展2026年度"
         "省级外资研发中心认定工作的通知》有关规定，经企业自愿申报、各地级以上市商务主管部门审核推荐、专家评审"
         "和实地核查，拟认定“%s”等%d家机构为2026年度省级外资研发中心。现将拟认定名单予以公示（见下表）。"
         % (GD_ROWS[0][0], n))
    add_par(doc, [("2026年度省级外资研发中心拟认定名单", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26, before=6, after=4)
    split = 11
    part1 = [[str(i + 1)] + list(r) for i, r in enumerate(GD_ROWS[:split])]
    part2 = [[str(i + 1 + split)] + list(r) for i, r in enumerate(GD_ROWS[split:])]
    total = sum(int(r[4]) for r in GD_ROWS)
    hj = ["合计", "—", "—", "—", "—", str(total), "—"]
    gd_table(doc, part1)
    # clerk's manual continuation: page break, “续表”, header typed again
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24, after=4)
    gd_table(doc, part2 + [hj])
    for vals in part1 + part2 + [hj]:
        clauses.append(row_clause(GD_KEYS, vals))
    empty(doc, 1, line=14)
    body("公示期为2026年4月7日至4月13日。公示期间，如对拟认定名单有异议，请以书面形式向我厅外国投资管理处反映，"
         "并提供必要的证明材料。单位提出异议的，须加盖公章并注明联系人和联系电话；个人提出异议的，须签署真实姓名"
         "并提供本人联系方式。逾期或匿名反映的，不予受理。")
    body("联系人及电话：黄志明，020-38819462；梁晓彤，020-38819457。电子邮箱：wzc_gdcom@126.com。"
         "地址：广州市越秀区天河路351号广东外经贸大厦1612室。")
    add_par(doc, "特此公示。")
    empty(doc, 3)
    p = add_par(doc, "广东省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年四月三日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：商务部外国投资管理司，省科技厅，各地级以上市商务主管部门。",
          "广东省商务厅办公室", "2026年4月3日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广东省商务厅关于2026年度省级外资研发中心拟认定名单的公示",
            "doc_number": "粤商务资字〔2026〕18号",
            "issuer": ["广东省商务厅"],
            "date": "2026-04-03",
            "published": None,
            "level": "provincial",
            "region": "广东省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 湖北省商务厅 — two 公示 printed one after the other in one file: Word
# auto-numbering (一、/（一）), table with 所在地 merged vertically and a
# repeated header row, soft line break inside a paragraph, tab-aligned 落款,
# half-width colons.
HB_ROWS = [
    ("武汉市", [
        ("新型显示面板模组扩产项目", "武汉天璟光电科技有限公司", "中国台湾", "45.0"),
        ("智能网联汽车整车研发制造项目", "武汉法瑞汽车有限公司", "法国", "38.6"),
        ("生物医药CDMO基地项目", "武汉博赛药业有限公司", "美国", "12.5"),
        ("光通信芯片研发生产项目", "武汉光谷瑞光芯片有限公司", "新加坡", "20.0"),
    ]),
    ("襄阳市", [
        ("新能源商用车电池包项目", "襄阳韩星动力电池有限公司", "韩国", "16.8"),
        ("汽车轴承及精密零部件项目", "襄阳日精轴承有限公司", "日本", "6.2"),
    ]),
    ("宜昌市", [
        ("磷化工精细化学品项目", "宜昌中沙磷化新材料有限公司", "沙特阿拉伯", "28.0"),
        ("电子级化学品项目", "宜昌星联电子材料有限公司", "新加坡", "9.5"),
        ("长江三峡国际旅游综合体项目", "宜昌港湾旅游发展有限公司", "中国香港", "15.0"),
    ]),
    ("黄石市", [("高端印制电路板项目", "黄石沪联电路科技有限公司", "中国台湾", "11.3")]),
    ("十堰市", [("商用车发动机再制造项目", "十堰欧康动力再制造有限公司", "德国", "5.6")]),
    ("荆州市", [("高端医用敷料项目", "荆州英伦医疗用品有限公司", "英国", "4.8")]),
    ("孝感市", [("食品添加剂及生物发酵项目", "孝感泰丰生物科技有限公司", "泰国", "7.0")]),
    ("鄂州市", [
        ("航空货运分拨中心项目", "鄂州环亚航空物流有限公司", "阿联酋", "18.0"),
        ("跨境电商保税仓储项目", "鄂州新港跨境供应链有限公司", "马来西亚", "3.5"),
    ]),
    ("咸宁市", [("光伏玻璃深加工项目", "咸宁新晶玻璃有限公司", "印度尼西亚", "8.8")]),
]
HB_HDR = ["序号", "所在地", "项目名称", "外资企业", "投资方国别（地区）", "总投资（亿元）"]

HB_RD = [
    ("武汉迈睿汽车电子研发中心", "迈睿汽车电子（武汉）有限公司", "德国", "2800", "武汉市东湖高新区"),
    ("武汉诺华森医疗影像研发中心", "诺华森医疗设备（武汉）有限公司", "荷兰", "1900",
     "武汉市东湖高新区（中国（湖北）自由贸易试验区武汉片区）"),
    ("襄阳日精精密轴承研发中心", "襄阳日精轴承有限公司", "日本", "1200", "襄阳高新区（中国（湖北）自由贸易试验区襄阳片区）"),
    ("宜昌中沙精细化工研发中心", "宜昌中沙磷化新材料有限公司", "沙特阿拉伯", "1500", "宜昌市猇亭区"),
]
HB_RD_HDR = ["序号", "研发中心名称", "依托外资企业", "投资方国别（地区）", "总投资（万美元）", "所在地"]


def luokuan_tab(doc, lines):
    for txt in lines:
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.6), WD_TAB_ALIGNMENT.CENTER)


def doc_hubei():
    stem = "blind761_hb_liangxiang"
    doc = Document()
    setup(doc)
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    # ------------------------------------------------ first 公示
    c1 = []
    empty(doc, 1)
    p = add_par(doc, [("湖北省商务厅关于2026年度省级重点", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("外资项目拟推荐名单的公示"), XBS, 22)
    empty(doc, 1)

    def body(cl, t):
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    items = [0]

    def item(cl, h, t):
        items[0] += 1
        cl.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    nproj = sum(len(g[1]) for g in HB_ROWS)
    t1 = ("根据《湖北省省级重点外资项目认定和服务管理办法》（鄂商务规〔2024〕3号）和《省商务厅关于做好2026年度"
          "省级重点外资项目申报工作的通知》要求，我厅组织开展了2026年度省级重点外资项目申报推荐工作。")
    t2 = ("经各市州商务主管部门审核推荐、专家评审和部门联审，拟推荐“%s”等%d个项目为2026年度省级重点外资项目。"
          "现将有关情况公示如下：" % (HB_ROWS[0][1][0][0], nproj))
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    c1.extend([t1, t2])
    head("拟推荐项目名单")
    t = doc.add_table(rows=1 + nproj, cols=len(HB_HDR))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(HB_HDR):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    header_row(t.rows[0])
    ri = 1
    seq = 1
    for city, projs in HB_ROWS:
        start = ri
        for pr in projs:
            vals = [str(seq)] + [None] + list(pr)
            for ci, v in enumerate(vals):
                if ci == 1:
                    continue
                al = WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 3) else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al)
            vals[1] = city
            c1.append(row_clause(HB_HDR, vals))
            ri += 1
            seq += 1
        cell = t.cell(start, 1)
        if ri - 1 > start:
            cell = cell.merge(t.cell(ri - 1, 1))
        set_cell(cell, city, FS, 10.5)
    col_widths(t, [1.2, 1.7, 4.3, 4.3, 2.3, 1.8])
    head("公示期限")
    body(c1, "2026年5月25日至5月29日，共5个工作日。")
    head("异议受理")
    item(c1, "受理范围。", "公示期间，对拟推荐项目的投资主体资格、投资规模、建设内容、产业类别等情况有异议的，"
         "可向我厅实名反映。")
    item(c1, "受理方式。", "以单位名义反映的，应出具加盖单位公章的书面材料；以个人名义反映的，应提供本人真实姓名、"
         "联系方式和有关证明材料。对匿名反映或超过公示期的异议，不予受理。我厅将对反映的问题进行调查核实，"
         "并对反映人信息严格保密。")
    item(c1, "联系方式。", "湖北省商务厅外国投资管理处，联系人:李楠、周航；联系电话:027-87235516、87235520；"
         "地址：武汉市武昌区中北路108号，邮编:430077。")
    empty(doc, 2)
    luokuan_tab(doc, ["湖北省商务厅", "2026年5月22日"])

    # ------------------------------------------------ second 公示 (new page)
    c2 = []
    page_break(doc)
    p = add_par(doc, [("湖北省商务厅关于2026年度省级外资", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("研发中心拟认定名单的公示"), XBS, 22)
    empty(doc, 1, line=14)
    body(c2, "根据《湖北省外资研发中心认定管理办法》，经企业申报、市州推荐、专家评审，"
         "拟认定“%s”等%d家机构为2026年度省级外资研发中心，现予以公示。" % (HB_RD[0][0], len(HB_RD)))
    t = doc.add_table(rows=1 + len(HB_RD), cols=len(HB_RD_HDR))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(HB_RD_HDR):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=14, sp=1)
    for ri, r in enumerate(HB_RD, 1):
        vals = [str(ri)] + list(r)
        for ci, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2, 5) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al, line=14, sp=1)
        c2.append(row_clause(HB_RD_HDR, vals))
    col_widths(t, [1.2, 3.3, 3.3, 2.2, 1.7, 3.9])
    body(c2, "公示期为2026年5月25日至5月29日。公示期间如有异议，请以书面形式实名向我厅外国投资管理处反映，"
         "联系电话:027-87235516。")
    add_par(doc, IND + "特此公示。", indent=False)
    empty(doc, 1, line=14)
    p = add_par(doc, "湖北省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年5月22日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    base = {
        "doc_number": None,
        "issuer": ["湖北省商务厅"],
        "date": "2026-05-22",
        "published": None,
        "level": "provincial",
        "region": "湖北省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公示",
        "recipients": [],
        "repeals": None,
    }
    m1 = dict(base, title="湖北省商务厅关于2026年度省级重点外资项目拟推荐名单的公示", publicity=None)
    m2 = dict(base, title="湖北省商务厅关于2026年度省级外资研发中心拟认定名单的公示", publicity="此件主动公开")
    keys = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
            "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]
    expected[stem] = [
        {"meta": {k: m1[k] for k in keys}, "clauses": c1},
        {"meta": {k: m2[k] for k in keys}, "clauses": c2},
    ]
    return path


def main():
    paths = [doc_zhejiang(), doc_guangdong(), doc_hubei()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
