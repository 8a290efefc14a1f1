# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 827: 海关商品归类决定公告 / 实施通知 / 预裁定决定书 -> Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ------------------------------------------------------------------ helpers
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


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r == "BR":
            p.add_run().add_break()
            continue
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
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_pageno(section, size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, size)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, size)


def setup(doc, pageno=True):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if pageno:
        footer_pageno(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                           % (nsdecls("w"), int(sum(widths_cm) * 567))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_827", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================= DOC A  海关总署公告
def doc_gonggao():
    stem = "blind827_zongshu_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("中华人民共和国海关总署公告", XBS, 30, False, RED)],
            align=C, indent=False, line=48, before=18)
    add_par(doc, [("2025年第156号", FS, 16, False)], align=C, indent=False, line=30, before=6)
    p = add_par(doc, [("", FS, 8, False)], indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title wrapped in an odd place, typed as two paragraphs
    add_par(doc, [("关于发布2025年第三批商品归类", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("决定的公告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    body("为便于进出口货物的收发货人及其代理人正确申报商品归类，保障海关执法统一，根据《中华人民共和国海关进出口货物商品归类管理规定》（海关总署令第252号）有关规定，海关总署对部分进出口商品作出了商品归类决定（见附件），现予以公布，并将有关事项公告如下：")
    body("一、本批商品归类决定共9项，归类决定编号为Z2025-0031至Z2025-0039，涉及储能设备、光伏组件、农产品、橡胶、民用无人驾驶航空器、智能穿戴设备、增材制造设备及饲料等商品。")
    body("二、商品归类决定在《中华人民共和国进出口税则》、《进出口税则商品及品目注释》、《中华人民共和国进出口税则本国子目注释》以及海关总署发布的关于商品归类的行政裁定发生变化时，将由海关总署予以修改或者公告废止。")
    body("三、进出口货物收发货人及其代理人对商品归类决定有异议的，可以向海关总署关税征管司提出意见，并附相关技术资料。在海关总署作出修改或者废止决定前，仍应当按照本批商品归类决定申报。")
    body("四、海关总署公告2019年第95号附件中归类决定编号为Z2019-0031、Z2019-0032的两项商品归类决定，自本公告实施之日起同时废止。")
    body("五、本公告自2025年12月1日起实施。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：2025年第三批商品归类决定")
    empty(doc, 2)
    # 落款 typed with spaces to push it right
    add_par(doc, [("\u3000" * 17 + "海关总署", FS, 16, False)], indent=False)
    add_par(doc, [("\u3000" * 14 + "2025年10月28日", FS, 16, False)], indent=False)

    # ---- attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2025年第三批商品归类决定", XBS, 20, False)], align=C, indent=False,
            line=34, after=8)

    header = ["序号", "归类决定编号", "商品名称", "英文名称", "商品描述", "税则号列", "归类依据"]
    rows = [
        ["1", "Z2025-0031", "锂离子蓄电池储能系统（集装箱式）",
         "Containerized Lithium-ion Battery Energy Storage System",
         "该商品由磷酸铁锂电芯组成的电池簇、电池管理系统（BMS）、温控系统、消防系统及配电单元组成，安装于20英尺标准集装箱内，额定容量3.44MWh，额定电压1331.2V，不含储能变流器（PCS），用于电网侧、电源侧储存电能。",
         "8507.6000",
         "根据归类总规则三（二）及六，该商品的基本特征由锂离子蓄电池构成，应归入税则号列8507.6000。"],
        ["2", "Z2025-0032", "双面双玻光伏组件", "Bifacial Dual-glass Photovoltaic Module",
         "该商品由144片N型TOPCon单晶硅半片电池串焊后，以两片钢化玻璃层压封装而成，装有接线盒及连接线缆，未装有逆变器等其他元件，最大功率580W，用于光伏电站发电。",
         "8541.4300",
         "根据归类总规则一及六，并参照第八十五章章注十二（二）的规定，应归入税则号列8541.4300。"],
        ["3", "Z2025-0033", "冻干榴莲果肉", "Freeze-dried Durian Pulp",
         "该商品以新鲜金枕榴莲果肉为原料，经真空冷冻干燥制成，未加糖及其他物质，含水量约3%，块状，零售包装，每袋50克。",
         "0813.4090",
         "根据归类总规则一及六，该商品属于第八章的干果，应归入税则号列0813.4090。"],
        ["4", "Z2025-0034", "天然橡胶与丁苯橡胶混合胶", "Mixture of Natural Rubber and SBR",
         "该商品由天然橡胶（标准胶SCR 10，按重量计约占97%）与丁苯橡胶（按重量计约占3%）经机械混炼而成，未硫化，未添加炭黑、白炭黑、硫化剂等配合剂，块状，每块33.33千克。",
         "4002.8000",
         "根据归类总规则一及六，该商品属于税目40.01所列产品与税目40.02所列产品的混合物，应归入税则号列4002.8000。"],
        ["5", "Z2025-0035", "植保无人驾驶航空器", "Agricultural Plant Protection UAV",
         "该商品为多旋翼无人驾驶航空器，最大起飞重量约48千克，配有40升药箱、离心喷头、RTK定位模块及遥控器，通过遥控或预设航线飞行，用于农作物喷洒农药、叶面肥。",
         "8806.2400",
         "根据归类总规则一及六，并参照第八十八章子目注释一的规定，应归入税则号列8806.2400。"],
        ["6", "Z2025-0036", "胶囊咖啡", "Coffee Capsules",
         "该商品为装于铝制胶囊内的已焙炒、研磨咖啡粉，未浸除咖啡碱，未添加其他物质，每粒含咖啡粉5.5克，每盒10粒，适用于胶囊咖啡机冲泡。",
         "0901.2100",
         "根据归类总规则一及六，应归入税则号列0901.2100。"],
        ["7", "Z2025-0037", "智能手表（带蜂窝通信功能）", "Smartwatch with Cellular Function",
         "该商品具有独立eSIM卡，可通过4G蜂窝网络接打电话、收发信息，并具有计时、心率监测、运动记录、移动支付等功能，佩戴于手腕。其主要功能为通信。",
         "8517.6299",
         "根据归类总规则一及六，该商品属于接收、转换并且发送或再生声音、图像或其他数据用的设备，应归入税则号列8517.6299。"],
        ["8", "Z2025-0038", "熔融沉积成型三维打印机", "FDM 3D Printer",
         "该商品通过加热喷头将聚乳酸（PLA）等塑料丝材熔融后逐层堆积成型，成型尺寸为256mm×256mm×256mm，用于制作塑料原型件和模型。",
         "8485.2000",
         "根据归类总规则一及六，并参照第八十四章章注十一的规定，该商品属于通过塑料材料增材制造的设备，应归入税则号列8485.2000。"],
        ["9", "Z2025-0039", "发酵豆粕", "Fermented Soybean Meal",
         "该商品以提取豆油后所得的豆粕为主要原料（按重量计约占95%），添加麸皮及枯草芽孢杆菌、乳酸菌等菌种，经固态发酵、干燥、粉碎制成，粗蛋白含量约50%，用作配合饲料原料。",
         "2309.9090",
         "根据归类总规则一及六，该商品已超出税目23.04豆粕的范围，属于配制的动物饲料，应归入税则号列2309.9090。"],
    ]
    widths = [1.0, 2.4, 2.8, 3.0, 8.3, 2.4, 4.8]

    def cls_table(rows_):
        t = doc.add_table(rows=1 + len(rows_), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 11)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows_, 1):
            for ci, v in enumerate(row):
                al = J if ci in (4, 6) else C
                set_cell(t.rows[ri].cells[ci], v, FS, 10, align=al, line=14)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        col_widths(t, widths)
        return t

    cls_table(rows[:5])
    p = add_par(doc, [("续表", KT, 12, False)], align=R, indent=False, line=20)
    p.paragraph_format.page_break_before = True
    cls_table(rows[5:])
    empty(doc, 1, line=12)
    note = "注：本表“税则号列”栏目按照《中华人民共和国进出口税则（2025）》列示；“归类依据”栏目所称归类总规则、章注及子目注释，均指《中华人民共和国进出口税则》所列归类总规则、类注、章注及子目注释。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于发布2025年第三批商品归类决定的公告",
            "doc_number": "海关总署公告2025年第156号",
            "issuer": ["中华人民共和国海关总署"],
            "date": "2025-10-28",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": "2025-12-01",
            "expires": None,
            "attachments": ["2025年第三批商品归类决定"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": "海关总署公告2019年第95号附件中归类决定编号为Z2019-0031、Z2019-0032的两项商品归类决定",
        },
        "clauses": clauses,
    }]
    return path


# ============================================ DOC B  南宁海关+自治区商务厅 联合通知
def doc_nanning():
    stem = "blind827_nanning_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    # joint 版头: two organ names stacked + "文件" on the right, borderless table
    vt = doc.add_table(rows=2, cols=2)
    no_borders(vt)
    vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["南 宁 海 关", "广西壮族自治区商务厅"]):
        c = vt.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(name), XBS, 30, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(44)
    m = vt.cell(0, 1).merge(vt.cell(1, 1))
    m.text = ""
    p = m.paragraphs[0]
    font(p.add_run("文件"), XBS, 44, False, RED)
    p.alignment = C
    m.vertical_alignment = 1  # center
    col_widths(vt, [11.5, 4.0])
    p = add_par(doc, [("南关发〔2025〕118号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    add_par(doc, [("南宁海关　广西壮族自治区商务厅", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("关于做好海关总署2025年第三批商品", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("归类决定实施工作的通知", XBS, 22, False)], align=C, indent=False, line=36, after=12)
    add_par(doc, "各隶属海关，各设区市商务局，中国（广西）自由贸易试验区各片区管委会：",
            indent=False)

    SP = "    "  # clerk indents some paragraphs with 4 half-width spaces instead of format

    def body(t, spaces=False):
        clauses.append(t)
        if spaces:
            add_par(doc, SP + t, indent=False, align=J)
        else:
            add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)], align=J)

    body("海关总署于2025年10月28日发布《关于发布2025年第三批商品归类决定的公告》（海关总署公告2025年第156号，以下简称《公告》），自2025年12月1日起实施。《公告》涉及的储能系统、光伏组件、冻干榴莲、混合胶等商品与我区面向东盟的产业链供应链密切相关。为确保《公告》在我区落地见效，现就有关事项通知如下：")
    head("一、重点工作任务")
    runin("（一）开展精准宣讲解读。", "各隶属海关要会同所在地设区市商务局，于2025年11月30日前至少组织1场《公告》专题宣讲会，重点讲解归类决定涉及商品的归类依据、申报要素及与原归类做法的差异，做到重点企业全覆盖。")
    runin("（二）做好重点企业归类指导。", "结合《公告》所涉商品的进出口情况（见表1），对重点企业实施“一对一”指导：")
    body("1.建立重点企业清单。南宁海关关税处会同自治区商务厅对外贸易处梳理形成重点企业名单（见附件），实行动态更新。")
    # manual line break inside a paragraph
    clauses.append("2.开展申报情况比对。各隶属海关要对2025年1月以来上述商品的申报数据开展比对分析，对税则号列申报与归类决定不一致的，及时提醒企业规范申报，依法引导企业主动披露。")
    add_par(doc, [("2.开展申报情况比对。各隶属海关要对2025年1月以来上述商品的申报数据开展比对分析，", FS, 16, False),
                  "BR",
                  ("对税则号列申报与归类决定不一致的，及时提醒企业规范申报，依法引导企业主动披露。", FS, 16, False)],
            align=J)

    # --- table 1 with two-level merged header
    add_par(doc, [("表1　《公告》涉及我区重点商品进出口情况（2025年1—9月，单位：万元）", HT, 14, False)],
            align=C, indent=False, line=24, before=6)
    t = doc.add_table(rows=2 + 6, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0 = t.rows[0].cells
    h1 = t.rows[1].cells
    for i, txt in [(0, "序号"), (1, "商品名称"), (2, "税则号列"), (5, "同比增长（%）"), (6, "主要口岸")]:
        mc = t.cell(0, i).merge(t.cell(1, i))
        set_cell(mc, txt, HT, 11)
    mc = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(mc, "进出口额", HT, 11)
    set_cell(t.cell(1, 3), "出口", HT, 11)
    set_cell(t.cell(1, 4), "进口", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "商品名称", "税则号列", "进出口额／出口", "进出口额／进口", "同比增长（%）", "主要口岸"]
    data = [
        ["1", "锂离子蓄电池储能系统", "8507.6000", "286450", "3120", "38.6", "钦州港"],
        ["2", "双面双玻光伏组件", "8541.4300", "154380", "860", "12.4", "钦州港、北海"],
        ["3", "冻干榴莲果肉", "0813.4090", "1250", "48620", "56.2", "凭祥（友谊关）"],
        ["4", "天然橡胶与丁苯橡胶混合胶", "4002.8000", "0", "215730", "-8.3", "东兴、钦州港"],
        ["5", "植保无人驾驶航空器", "8806.2400", "18960", "0", "24.7", "南宁吴圩机场"],
        ["合计", "", "", "461040", "268330", "16.9", "—"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11)
    # 合计 spans 序号..税则号列
    mc = t.cell(7, 0).merge(t.cell(7, 2))
    set_cell(mc, "合计", HT, 11)
    col_widths(t, [1.1, 3.5, 2.8, 1.9, 1.9, 2.0, 2.4])
    for row in data[:-1]:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    # 合计 row: merged first three cells read as 合计
    clauses.append("序号：合计；进出口额／出口：461040；进出口额／进口：268330；同比增长（%）：16.9；主要口岸：—")
    note = "注：数据来源于南宁海关统计分析处，为初步统计数；同比增长为进出口合计额同比增长。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    runin("（三）用好商品归类预裁定制度。", "对归类存在疑问的同类商品，引导企业在货物实际进出口3个月前向注册地直属海关提出预裁定申请。南宁海关对中国（广西）自由贸易试验区企业的预裁定申请实行优先受理。")
    head("二、工作要求")
    body("商品归类直接关系到企业适用税率、享受《区域全面经济伙伴关系协定》（RCEP）和中国—东盟自由贸易区协定税率优惠。各单位要加强协同配合，于2025年12月15日前将宣讲培训、企业指导等工作开展情况书面报送南宁海关关税处，抄送自治区商务厅对外贸易处。", spaces=True)
    body("联系人：南宁海关关税处　黄伟明，电话：0771-5536218；自治区商务厅对外贸易处　覃丽娟，电话：0771-2026473。", spaces=True)
    add_par(doc, "附件：我区涉及2025年第三批商品归类决定重点企业名单", indent=True)
    empty(doc, 1)
    # 落款: two organs side by side with tabs, date under
    p = add_par(doc, [("南宁海关", FS, 16, False), ("\t", FS, 16, False),
                      ("广西壮族自治区商务厅", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Cm(1.5)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
    add_par(doc, [("2025年11月12日", FS, 16, False)], align=R, indent=False).paragraph_format.right_indent = Cm(2.2)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page, split by hand with 续表
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("我区涉及2025年第三批商品归类", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("决定重点企业名单", XBS, 20, False)], align=C, indent=False, line=32, after=8)
    ah = ["序号", "企业名称", "所在地", "涉及商品", "归类决定编号", "对接海关"]
    ents = [
        ["1", "广西钦州华储新能源科技有限公司", "钦州市", "锂离子蓄电池储能系统", "Z2025-0031", "钦州港海关"],
        ["2", "广西北部湾光能科技股份有限公司", "北海市", "双面双玻光伏组件", "Z2025-0032", "北海海关"],
        ["3", "钦州中马桂能光伏材料有限公司", "钦州市", "双面双玻光伏组件", "Z2025-0032", "钦州港海关"],
        ["4", "凭祥市友谊关果蔬进出口有限公司", "崇左市", "冻干榴莲果肉", "Z2025-0033", "友谊关海关"],
        ["5", "广西东盟优果食品有限公司", "南宁市", "冻干榴莲果肉", "Z2025-0033", "南宁邕州海关"],
        ["6", "东兴市中越胶业有限公司", "防城港市", "天然橡胶与丁苯橡胶混合胶", "Z2025-0034", "东兴海关"],
        ["7", "广西农垦橡胶工业有限公司", "南宁市", "天然橡胶与丁苯橡胶混合胶", "Z2025-0034", "南宁邕州海关"],
        ["8", "广西玉柴智飞农业航空科技有限公司", "玉林市", "植保无人驾驶航空器", "Z2025-0035", "玉林海关"],
        ["9", "南宁慧农无人机制造有限公司", "南宁市", "植保无人驾驶航空器", "Z2025-0035", "南宁吴圩机场海关"],
        ["10", "柳州桂中储能系统集成有限公司", "柳州市", "锂离子蓄电池储能系统", "Z2025-0031", "柳州海关"],
        ["11", "梧州东盟饲料科技有限公司", "梧州市", "发酵豆粕", "Z2025-0039", "梧州海关"],
        ["12", "防城港澳加粮油饲料有限公司", "防城港市", "发酵豆粕", "Z2025-0039", "防城海关"],
    ]

    def ent_table(rows_):
        tt = doc.add_table(rows=1 + len(rows_), cols=len(ah))
        tt.style = "Table Grid"
        tt.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(ah):
            set_cell(tt.rows[0].cells[i], h, HT, 11)
        for ri, row in enumerate(rows_, 1):
            for ci, v in enumerate(row):
                set_cell(tt.rows[ri].cells[ci], v, FS, 10.5, line=16)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(ah, row)))
        col_widths(tt, [0.9, 5.0, 1.8, 3.7, 1.9, 2.3])
        return tt

    ent_table(ents)
    banji(doc, "抄送：海关总署关税征管司，自治区人民政府办公厅。",
          "南宁海关办公室", "2025年11月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁海关　广西壮族自治区商务厅关于做好海关总署2025年第三批商品归类决定实施工作的通知",
            "doc_number": "南关发〔2025〕118号",
            "issuer": ["南宁海关", "广西壮族自治区商务厅"],
            "date": "2025-11-12",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["我区涉及2025年第三批商品归类决定重点企业名单"],
            "doc_type": "通知",
            "recipients": ["各隶属海关", "各设区市商务局", "中国（广西）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ==================================================== DOC C  两份预裁定决定书
def doc_yucaiding():
    stem = "blind827_shanghai_yucaiding"
    doc = Document()
    setup(doc, pageno=False)
    docs = []

    def one(no, appl, credit, code, apply_no, apply_date, rows, reasons, eff, exp,
            sign_date_cn, sign_date_iso, eff_iso, exp_iso, first):
        clauses = []
        if not first:
            page_break(doc)
        add_par(doc, [("中华人民共和国上海海关", SONG, 18, True)], align=C, indent=False, line=32)
        add_par(doc, [("中华人民共和国海关预裁定决定书", XBS, 22, False)], align=C, indent=False,
                line=40, before=4)
        p = add_par(doc, [("\t", FS, 14, False), ("编号：" + no, FS, 14, False)], indent=False, line=26)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
        add_par(doc, [(appl + "：", FS, 16, False)], indent=False, before=6)
        t1 = "你单位于%s提交的预裁定申请(申请号：%s)收悉。经审核，本关依据《中华人民共和国海关预裁定管理暂行办法》（海关总署令第236号）有关规定，对下列货物作出预裁定决定如下：" % (apply_date, apply_no)
        add_par(doc, t1, align=J)
        clauses.append(t1)
        # key-value form table
        kv = [("申请人", appl), ("统一社会信用代码", credit), ("海关注册编码", code)] + rows + [
            ("依据及理由", reasons), ("有效期", "自%s起至%s止" % (eff, exp))]
        tb = doc.add_table(rows=len(kv), cols=2)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, (k, v) in enumerate(kv):
            set_cell(tb.rows[i].cells[0], k, HT, 12)
            set_cell(tb.rows[i].cells[1], v, FS, 12, align=J, line=20)
            clauses.append("%s：%s" % (k, v))
        col_widths(tb, [4.6, 11.0])
        empty(doc, 1, line=14)
        for txt in [
            "本预裁定决定自%s起生效，有效期至%s。有效期内，据以作出本决定的法律、行政法规、海关规章以及海关总署公告相关规定发生变化，影响本决定效力的，本决定自动失效。" % (eff, exp),
            "你单位在本决定有效期内进口或者出口与本决定所列明的货物相同的货物，应当按照本决定申报，并在报关单备注栏中注明预裁定编号。",
            "如不服本决定，可以自收到本决定书之日起60日内向海关总署申请行政复议，或者自收到本决定书之日起6个月内向上海市第三中级人民法院提起行政诉讼。",
        ]:
            add_par(doc, txt, align=J)
            clauses.append(txt)
        empty(doc, 1)
        add_par(doc, [("中华人民共和国上海海关", FS, 16, False)], align=R, indent=False).paragraph_format.right_indent = Cm(1.0)
        add_par(doc, [(sign_date_cn, FS, 16, False)], align=R, indent=False).paragraph_format.right_indent = Cm(1.4)
        empty(doc, 1)
        add_par(doc, [("（本决定书一式两份，一份送达申请人，一份海关存档）", KT, 12, False)], indent=False, line=20)
        docs.append({
            "meta": {
                "title": "中华人民共和国海关预裁定决定书",
                "doc_number": no,
                "issuer": ["中华人民共和国上海海关"],
                "date": sign_date_iso,
                "published": None,
                "level": "other",
                "region": "上海市",
                "effective": eff_iso,
                "expires": exp_iso,
                "attachments": [],
                "doc_type": "决定",
                "recipients": [appl],
                "publicity": None,
                "repeals": None,
            },
            "clauses": clauses,
        })

    one("R-1-2200-2025-0157", "上海临港芯联半导体设备有限公司", "91310115MA1K4R7X2D", "3122260087",
        "YCD2200202508040031", "2025年8月4日",
        [("商品名称", "晶圆研磨减薄机"),
         ("规格型号", "LG-GW3200"),
         ("商品描述", "该货物用于12英寸硅晶圆背面减薄加工，由真空吸盘工作台、粗磨及精磨主轴（装有金刚石砂轮）、在线厚度测量装置、晶圆传送机械手、清洗单元及控制系统组成，通过砂轮旋转磨削将晶圆厚度由775μm减薄至50μm，专用于半导体晶圆制造。"),
         ("预裁定决定（税则号列）", "8486.2090")],
        "根据归类总规则一及六，并参照第八十四章章注十一（四）的规定，该货物属于专用于制造半导体器件的机器，应归入税则号列8486.2090。",
        "2025年9月15日", "2028年9月14日", "二〇二五年九月十二日", "2025-09-12",
        "2025-09-15", "2028-09-14", True)

    one("R-1-2200-2025-0162", "上海洋山鲜达冷链供应链管理有限公司", "91310000MA1FL8N35C", "3118969412",
        "YCD2200202508110047", "2025年8月11日",
        [("商品名称", "冷冻调味熟制小龙虾（整只）"),
         ("规格型号", "麻辣味，每盒750克"),
         ("商品描述", "该货物以鲜活淡水小龙虾（克氏原螯虾）为原料，经清洗、整只蒸煮熟制后加入辣椒、花椒、食盐等调味料，装盒后速冻制成，带壳，-18℃以下冷冻保存，食用前加热即可。"),
         ("预裁定决定（税则号列）", "1605.4019")],
        "根据归类总规则一及六，该货物属于经制作的甲壳动物，且不属于淡水小龙虾仁，应归入税则号列1605.4019。",
        "2025年9月22日", "2028年9月21日", "二〇二五年九月十九日", "2025-09-19",
        "2025-09-22", "2028-09-21", False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_gonggao(), doc_nanning(), doc_yucaiding()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
