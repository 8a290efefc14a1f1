# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1090: 重点项目清单 (landscape project tables), Word + PDF + expected.json."""
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size = r[:3]
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
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
    s.footer_distance = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.4), Cm(2.2)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    s.footer_distance = Cm(1.0)
    return s


def portrait(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.2)
    return s


def red_head(doc, name, scale, size=36):
    add_par(doc, [(name, XBS, size, False, RED, scale)], align=C, indent=False,
            line=size + 14, before=24)


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1090", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- tables
def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, width=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(size + 4)
    pf.first_line_indent = Pt(0)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if width is not None:
        cell.width = width


def fixed_layout(t, widths):
    t.autofit = False
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in t._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(int(x.twips) for x in widths[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(w))
            tcW.set(qn("w:type"), "dxa")
            col += span


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


D = Decimal


def money(x):
    return "%.2f" % x


def build_rows(cats, blank="", unit_col=True):
    """cats: list of (cat_title, [(seq, name, content, total, plan, years, unit)]).
    Returns list of body rows: ('cat', title) / ('item', vals, group_id) / ('sub', vals) / ('total', vals),
    plus grand totals."""
    out = []
    gt, gp, n = D("0"), D("0"), 0
    for title, items in cats:
        out.append(("cat", title))
        st, sp = D("0"), D("0")
        for it in items:
            out.append(("item", list(it)))
            st += D(it[3])
            sp += D(it[4])
            n += 1
        out.append(("sub", ["", "小计", blank, money(st), money(sp), blank, blank]))
        gt += st
        gp += sp
    out.append(("total", ["", "总计", blank, money(gt), money(gp), blank, blank]))
    return out, gt, gp, n


def row_clause(headers, vals):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, vals) if v)


def fill_table(t, start, body, widths, clauses, headers, merge_units=True, fs=10.5):
    """write body rows starting at row index start; merge identical adjacent 责任单位."""
    ncol = len(widths)
    ri = start
    unit_runs = []  # (first_row, last_row)
    prev = None
    for kind, *rest in body:
        row = t.rows[ri]
        cant_split(row)
        if kind == "cat":
            m = row.cells[0].merge(row.cells[ncol - 1])
            set_cell(m, rest[0], HT, fs, align=L)
            prev = None
        else:
            vals = rest[0]
            bold = kind in ("sub", "total")
            for ci, v in enumerate(vals):
                al = L if ci in (1, 2) and kind == "item" else C
                nm = HT if bold and ci in (1, 3, 4) else FS
                set_cell(row.cells[ci], v, nm, fs, align=al, width=widths[ci])
            clauses.append(row_clause(headers, vals))
            if kind == "item" and merge_units and prev is not None and prev[1] == vals[6]:
                unit_runs[-1][1] = ri
            elif kind == "item":
                unit_runs.append([ri, ri])
            prev = (ri, vals[6]) if kind == "item" else None
        ri += 1
    for a, b in unit_runs:
        if b > a:
            top = t.rows[a].cells[ncol - 1]
            txt = top.text
            for k in range(a + 1, b + 1):
                t.rows[k].cells[ncol - 1].text = ""
            m = top.merge(t.rows[b].cells[ncol - 1])
            set_cell(m, txt, FS, fs)
    return ri


# =================================================================== DOC A 云南
def doc_yunnan():
    stem = "blind1090_yunnan_jihua"
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "云南省发展和改革委员会文件", 70)
    empty(doc, 1)
    p = add_par(doc, "云发改投资〔2026〕118号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    for ln in ("云南省发展和改革委员会关于下达2026年", "面向南亚东南亚辐射中心建设",
               "重点项目计划的通知"):
        add_par(doc, [(ln, XBS, 22)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各州、市发展改革委，省直有关部门，有关企业：", indent=False)

    cats = [
        ("一、基础设施类", [
            ("1", "中老铁路磨憨站国际货运场站扩能工程", "新建国际货场1处，建设集装箱堆场6.8万平方米、换装线2条，配套海关监管作业场所，年换装能力提升至300万吨", "18.60", "4.20", "2025—2027", "中国铁路昆明局集团有限公司、省发展改革委"),
            ("2", "大理至瑞丽铁路保山至瑞丽段", "新建正线长约196公里，设计时速140公里，设车站8座，全线桥隧比约75%", "258.40", "22.00", "2015—2027", "中国铁路昆明局集团有限公司、省发展改革委"),
            ("3", "昆明至磨憨高速公路景洪至磨憨段扩容改造工程", "对既有高速公路约168公里实施四车道改六车道扩容改造，新建互通立交3处、服务区2处", "142.30", "26.50", "2025—2028", "省交通运输厅、云南省交通投资建设集团有限公司"),
            ("4", "临沧至清水河高速公路", "新建高速公路约109公里，双向四车道，设计速度80公里/小时，连接孟定清水河口岸", "118.70", "21.00", "2024—2027", "省交通运输厅、云南省交通投资建设集团有限公司"),
            ("5", "瑞丽至陇川边境高速公路", "新建高速公路约53公里，同步建设瑞丽口岸联络线8公里", "64.20", "12.80", "2026—2029", "省交通运输厅、云南省交通投资建设集团有限公司"),
            ("6", "昆明长水国际机场改扩建工程", "新建T2航站楼约84万平方米，新建第三跑道及站坪机位92个，配套建设综合交通中心", "454.00", "55.00", "2022—2028", "云南机场集团有限责任公司"),
            ("7", "西双版纳嘎洒国际机场改扩建工程", "新建航站楼6万平方米、机位21个，跑道延长至3200米", "38.50", "9.60", "2025—2027", "云南机场集团有限责任公司"),
            ("8", "滇中引水二期工程（昆明段）", "建设输水干支线约265公里，配套调蓄水库3座、提水泵站11座", "176.40", "32.00", "2023—2028", "省水利厅"),
            ("9", "中老500千伏联网工程（国内段）", "新建500千伏输电线路约180公里，扩建西双版纳500千伏变电站", "25.80", "7.50", "2025—2027", "省能源局、云南电网有限责任公司"),
        ]),
        ("二、产业发展类", [
            ("10", "昆明国际陆港物流产业园", "建设智能仓储、冷链物流、跨境分拨中心等设施，总建筑面积42万平方米", "36.80", "8.50", "2025—2028", "昆明市人民政府"),
            ("11", "昆明经开区跨境电商产业园", "建设跨境电商监管中心、海外仓服务中心及孵化载体，建筑面积18万平方米", "12.60", "3.80", "2026—2027", "昆明市人民政府"),
            ("12", "磨憨国际口岸城市跨境产业合作园（一期）", "建设标准厂房45万平方米及配套设施，重点发展农产品加工、机电产品组装", "28.40", "6.20", "2025—2027", "西双版纳州人民政府"),
            ("13", "西双版纳热带农产品精深加工基地", "建设普洱茶、咖啡、天然橡胶精深加工生产线12条及仓储设施", "9.70", "2.60", "2026—2028", "西双版纳州人民政府"),
            ("14", "瑞丽国际物流港（二期）", "建设保税仓库、查验场地、冷链中心等，用地约800亩", "15.20", "4.10", "2025—2027", "德宏州人民政府"),
            ("15", "芒市空港经济区进口资源加工园", "建设进口木材、矿产品加工厂房20万平方米及配套设施", "11.30", "3.00", "2026—2028", "德宏州人民政府"),
            ("16", "曲靖绿色硅光伏产业链项目", "建设年产20万吨高纯晶硅、20GW拉棒切片生产线", "96.00", "18.00", "2024—2027", "曲靖市人民政府"),
            ("17", "玉溪新能源电池材料产业园", "建设年产10万吨磷酸铁锂正极材料生产线及配套设施", "42.50", "10.20", "2025—2027", "玉溪市人民政府"),
        ]),
        ("三、开放平台类", [
            ("18", "中国（云南）自由贸易试验区昆明片区数字贸易服务中心", "建设数字贸易公共服务平台、国际数据服务专区及配套用房5.6万平方米", "6.80", "2.10", "2026—2027", "省商务厅、中国（云南）自由贸易试验区昆明片区管委会"),
            ("19", "昆明综合保税区二期", "新增围网面积1.2平方公里，建设卡口、查验平台及保税仓储设施", "14.50", "3.60", "2025—2027", "省商务厅、中国（云南）自由贸易试验区昆明片区管委会"),
            ("20", "红河综合保税区智能制造产业园", "建设标准厂房22万平方米及研发检测中心", "10.80", "2.90", "2025—2027", "红河州人民政府"),
            ("21", "河口口岸北山货运通道改扩建工程", "新建查验货场3.5万平方米、智能化卡口及口岸联检设施", "7.60", "2.40", "2026—2027", "红河州人民政府"),
            ("22", "中国—南亚博览会会展服务配套中心", "建设展会服务中心、南亚东南亚商品展示交易中心，建筑面积16万平方米", "21.00", "5.00", "2025—2028", "昆明市人民政府、省商务厅"),
            ("23", "孟定清水河口岸国际物流园", "建设边民互市交易区、跨境物流集散中心及配套设施", "8.90", "2.30", "2026—2028", "临沧市人民政府"),
        ]),
    ]
    body_rows, gt, gp, n = build_rows(cats)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快建设我国面向南亚东南亚辐射中心，发挥重点项目对稳增长、扩开放、促转型的支撑作用，经省人民政府同意，现将2026年面向南亚东南亚辐射中心建设重点项目计划（以下简称项目计划）下达给你们，并就有关事项通知如下：")
    runin("一、项目安排。", "项目计划共安排重点项目%d个，总投资%s亿元，2026年计划投资%s亿元。其中，基础设施类项目9个，产业发展类项目8个，开放平台类项目6个。" % (n, money(gt), money(gp)))
    runin("二、压实推进责任。", "各责任单位要按照“一个项目、一名领导、一个专班、一抓到底”的要求，逐项明确年度目标、推进节点和责任人，倒排工期、挂图作战，确保项目按计划推进。跨州（市）项目由省级责任单位牵头协调，责任单位栏中列第一位的为牵头单位。")
    runin("三、强化要素保障。", "各级自然资源、生态环境、林草等部门要对列入计划的项目开辟审批“绿色通道”，实行并联审批、容缺受理；各地要统筹地方政府专项债券、中央预算内投资等资金，优先保障项目建设需要。")
    runin("四、加强调度督导。", "我委将依托全省重点项目调度平台按月调度项目进展情况，请各责任单位于每月5日前通过平台报送上月项目进展、存在问题及下一步工作安排，每季度结束后10日内报送季度推进情况书面报告。对进展滞后的项目，我委将会同有关部门进行通报督办。（联系人：投资处 李娜，联系电话：0871-63104528）")
    runin("五、实行动态调整。", "项目计划执行中确需调整的，由责任单位提出书面申请，经我委审核后报省人民政府同意。")
    att_title = "2026年面向南亚东南亚辐射中心建设重点项目计划表"
    p = add_par(doc, "附件：" + att_title)
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 30 + "云南省发展和改革委员会", indent=False)
    add_par(doc, " " * 36 + "2026年2月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：国家发展改革委，省人民政府办公厅，省审计厅，省统计局。",
          "云南省发展和改革委员会办公室", "2026年2月16日印发", gap=3)

    # ---- 附件 landscape
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att_title, XBS, 20, False)], align=C, indent=False, line=34, after=8)
    headers = ["序号", "项目名称", "建设内容及规模", "总投资（亿元）", "2026年计划投资（亿元）",
               "建设起止年限", "责任单位"]
    widths = [Cm(1.2), Cm(4.6), Cm(8.2), Cm(2.2), Cm(2.6), Cm(2.3), Cm(3.6)]
    t = doc.add_table(rows=1 + len(body_rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    cant_split(t.rows[0])
    fill_table(t, 1, body_rows, widths, clauses, headers)
    fixed_layout(t, widths)
    notes = [
        "注：1.总投资、2026年计划投资以项目审批（核准、备案）文件及项目单位申报数据为准。",
        "2.跨年度项目总投资为项目全部建设期总投资，建设起止年限为项目审批文件确定的建设周期。",
        "3.责任单位中列第一位的为牵头单位，项目计划执行中如有调整，以省发展改革委正式文件为准。",
    ]
    for k, nt in enumerate(notes):
        p = add_par(doc, [(nt, FS, 12, False)], indent=False, line=20, before=6 if k == 0 else 0)
        if k:
            p.paragraph_format.left_indent = Pt(36)
        clauses.append(nt)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省发展和改革委员会关于下达2026年面向南亚东南亚辐射中心建设重点项目计划的通知",
            "doc_number": "云发改投资〔2026〕118号",
            "issuer": ["云南省发展和改革委员会"],
            "date": "2026-02-16",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [att_title],
            "doc_type": "通知",
            "recipients": ["各州、市发展改革委", "省直有关部门", "有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B 重庆
def doc_chongqing():
    stem = "blind1090_chongqing_qingdan"
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "重庆市人民政府办公厅文件", 78)
    empty(doc, 1)
    p = add_par(doc, "渝府办发〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    p = add_par(doc, [("重庆市人民政府办公厅", XBS, 22)], align=C, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于印发西部陆海新通道建设2026年"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("重点项目清单的通知"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "各区县（自治县）人民政府，市政府各部门，有关单位：", indent=False)

    cats = [
        ("一、通道基础设施类", [
            ("1", "重庆至黔江高速铁路", "新建正线约270公里，设计时速350公里，设车站8座", "532.00", "48.00", "2021—2026", "市交通运输委、中国铁路成都局集团有限公司"),
            ("2", "重庆至贵阳高速铁路（重庆段）", "新建正线约112公里，设计时速350公里，设车站4座，预留西部陆海新通道货运联络线", "300.50", "36.00", "2025—2030", "市交通运输委、中国铁路成都局集团有限公司"),
            ("3", "兴隆场铁路编组站扩能改造工程", "新增到发线6条、调车线12条，改造驼峰及调度信息系统，日均办理能力提升至2.2万辆", "21.60", "6.50", "2025-2027", "市交通运输委、中国铁路成都局集团有限公司"),
            ("4", "渝湘高速公路复线（巴南至彭水段）", "新建高速公路约186公里，双向六车道，设计速度100公里/小时", "598.30", "72.00", "2021—2027", "市交通运输委、重庆高速公路集团有限公司"),
            ("5", "沪渝高速公路（重庆段）扩能工程", "对既有高速公路约152公里实施扩能改造，新建枢纽互通2处", "286.40", "30.00", "2024—2028", "市交通运输委、重庆高速公路集团有限公司"),
            ("6", "长江朝天门至涪陵段航道整治工程", "整治航道约105公里，维护水深提升至4.5米，满足5000吨级船舶通航", "29.80", "8.20", "2025—2027", "市交通运输委、重庆港务物流集团有限公司"),
            ("7", "果园港三期工程", "新建5000吨级泊位6个，年通过能力集装箱100万标箱、件杂货300万吨", "38.60", "10.50", "2025—2028", "市交通运输委、重庆港务物流集团有限公司"),
            ("8", "江津珞璜港铁水联运二期工程", "新建铁路专用线4.6公里、5000吨级泊位3个及堆场设施", "16.20", "4.80", "2025—2027", "江津区人民政府"),
        ]),
        ("二、物流枢纽类", [
            ("9", "重庆国际物流枢纽园区（团结村片区）提升工程", "建设多式联运集装箱中心、智能仓储设施32万平方米", "24.50", "6.80", "2025—2027", "沙坪坝区人民政府、陆海新通道运营有限公司"),
            ("10", "西部陆海新通道物流和运营组织中心数字化平台", "建设运营调度中心、跨境结算中心及通道数字化服务平台", "12.80", "3.50", "2026—2028", "沙坪坝区人民政府、陆海新通道运营有限公司"),
            ("11", "重庆江北国际机场东航站区国际货运区", "新建国际货运站、快件中心、冷链中心等，货运设施面积约18万平方米", "46.20", "9.00", "2023—2027", "渝北区人民政府、重庆机场集团有限公司"),
            ("12", "万州新田港铁公水多式联运示范工程", "新建铁路进港专用线、集装箱堆场12万平方米及多式联运监管中心", "18.90", "5.20", "2025—2027", "万州区人民政府"),
            ("13", "涪陵龙头港区国际物流园", "建设保税物流中心（B型）、大宗商品交易及仓储设施20万平方米", "13.40", "3.60", "2026—2028", "涪陵区人民政府"),
            ("14", "重庆公路物流基地冷链物流中心", "建设冷库容量30万吨的冷链仓储及东盟农产品分拨设施", "15.70", "4.30", "2025—2027", "巴南区人民政府"),
            ("15", "秀山（武陵）现代物流园区二期", "建设公铁联运作业区、商贸物流仓储设施15万平方米", "9.80", "2.70", "2026-2028", "秀山土家族苗族自治县人民政府"),
        ]),
        ("三、开放平台及产业类", [
            ("16", "中国（重庆）自由贸易试验区数字贸易港", "建设数字贸易服务中心、跨境数据服务平台及配套载体12万平方米", "22.60", "5.80", "2025—2028", "市商务委、两江新区管委会"),
            ("17", "重庆两路果园港综合保税区二期", "新建标准厂房及保税仓库26万平方米，建设智能卡口及查验设施", "17.30", "4.50", "2025—2027", "市商务委、两江新区管委会"),
            ("18", "中新（重庆）国际互联网数据专用通道扩容工程", "扩容国际数据专用通道带宽至1000G，建设国际数据交换节点", "6.20", "1.80", "2026—2027", "市大数据发展局"),
            ("19", "西永综合保税区智能终端产业园三期", "建设标准厂房35万平方米，引进笔电、服务器整机及配套企业", "32.00", "7.60", "2025—2028", "重庆高新区管委会"),
            ("20", "东盟商品集散分拨中心", "建设东盟商品展示交易、集散分拨及跨境电商设施8万平方米", "11.50", "3.20", "2026—2027", "九龙坡区人民政府"),
            ("21", "中国—东盟（重庆）农产品加工贸易产业园", "建设热带水果、粮油等进口农产品加工生产线及冷链仓储设施", "14.80", "3.90", "2025—2028", "江津区人民政府"),
        ]),
    ]
    body_rows, gt, gp, n = build_rows(cats, blank="—")

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    att_title = "西部陆海新通道建设2026年重点项目清单"
    body("《%s》已经市政府同意，现印发给你们，并提出以下要求，请认真贯彻执行。" % att_title)
    head("一、总体安排")
    body("2026年，全市共安排西部陆海新通道建设重点项目%d个，总投资%s亿元，年度计划投资%s亿元。其中，通道基础设施类项目8个，物流枢纽类项目7个，开放平台及产业类项目6个。各责任单位要以通道能级提升为牵引，统筹推进“联通、枢纽、平台、产业”协同发展，确保全年完成投资目标。" % (n, money(gt), money(gp)))
    head("二、工作要求")
    item("（一）建立清单化推进机制。", "对列入清单的重点项目，实行“项目长”负责制，由责任单位主要负责同志担任项目长，按照“开工一批、建成一批、储备一批”的要求，细化年度建设目标和季度形象进度。")
    item("（二）强化跨区域协同。", "涉及与四川、贵州、广西等沿线省（区）衔接的项目，由市发展改革委会同相关责任单位加强对接，推动同步规划、同步建设、同步投用；涉及东盟国家的合作项目，由市商务委、市政府外办做好对外联络服务。")
    # (三)(四) typed in one paragraph with Shift+Enter
    h3, t3 = "（三）加强要素保障。", "市规划自然资源局、市生态环境局等部门要对清单项目用地、环评等审批事项实行“即来即办”；市财政局要统筹用好超长期特别国债、地方政府专项债券等资金，优先支持清单项目建设。"
    h4, t4 = "（四）严格调度督办。", "清单项目纳入全市重大项目“红黄绿灯”调度管理，每月通报一次进展情况。各责任单位要于每月3日前将上月项目进展情况报市发展改革委，12月20日前报送全年工作总结。"
    p = doc.add_paragraph()
    font(p.add_run(h3), KT, 16)
    font(p.add_run(t3), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + h4), KT, 16)
    font(p.add_run(t4), FS, 16)
    fmt(p)
    clauses.extend([h3 + t3, h4 + t4])
    add_par(doc, "附件：" + att_title)
    empty(doc, 2)
    p = add_par(doc, "重庆市人民政府办公厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月2日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 landscape, two-level header
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att_title, XBS, 20, False)], align=C, indent=False, line=34, after=8)
    widths = [Cm(1.2), Cm(4.8), Cm(7.9), Cm(2.2), Cm(2.4), Cm(2.4), Cm(3.8)]
    t = doc.add_table(rows=2 + len(body_rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = t.rows[0], t.rows[1]
    top = ["序号", "项目名称", "建设内容及规模", "投资额（亿元）", "", "建设起止年限", "责任单位"]
    for i, h in enumerate(top):
        set_cell(r0.cells[i], h, HT, 12)
    set_cell(r1.cells[3], "总投资", HT, 12)
    set_cell(r1.cells[4], "2026年计划投资", HT, 12)
    for i in (0, 1, 2, 5, 6):
        m = r0.cells[i].merge(r1.cells[i])
        set_cell(m, top[i], HT, 12)
    m = r0.cells[3].merge(r0.cells[4])
    set_cell(m, "投资额（亿元）", HT, 12)
    for r in (r0, r1):
        repeat_header(r)
        cant_split(r)
    headers = ["序号", "项目名称", "建设内容及规模", "投资额（亿元）／总投资",
               "投资额（亿元）／2026年计划投资", "建设起止年限", "责任单位"]
    fill_table(t, 2, body_rows, widths, clauses, headers, fs=12)
    fixed_layout(t, widths)
    # notes: one paragraph, items separated by manual line breaks
    n1 = "注：1.清单项目按类别排序，同类项目排序不分先后。"
    n2 = "2.“建设起止年限”中跨“十四五”“十五五”时期的项目，总投资为项目全部建设期总投资。"
    n3 = "3.责任单位有两个及以上的，列第一位的为牵头单位，其余为配合单位。"
    p = doc.add_paragraph()
    font(p.add_run(n1), FS, 12)
    for nt in (n2, n3):
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run("\u3000\u3000" + nt), FS, 12)
    fmt(p, indent=False, line=20, before=6)
    clauses.extend([n1, n2, n3])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "重庆市人民政府办公厅关于印发西部陆海新通道建设2026年重点项目清单的通知",
            "doc_number": "渝府办发〔2026〕21号",
            "issuer": ["重庆市人民政府办公厅"],
            "date": "2026-03-02",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": None,
            "expires": None,
            "attachments": [att_title],
            "doc_type": "通知",
            "recipients": ["各区县（自治县）人民政府", "市政府各部门", "有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C 义乌
def doc_yiwu():
    stem = "blind1090_yiwu_xiada"
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "义乌市人民政府办公室文件", 78)
    empty(doc, 1)
    # 文号 centred by typed spaces
    p = add_par(doc, " " * 21 + "义政办发〔2026〕15号", indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # three-line title, wrapped at odd places
    for ln in ("义乌市人民政府办公室", "关于下达2026年度市级重点建设项目", "计划的通知"):
        add_par(doc, [(ln, XBS, 22)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各镇人民政府，各街道办事处，市政府各部门，各有关单位：", indent=False)

    cats = [
        ("一、基础设施类", [
            ("1", "义乌国际陆港铁路口岸扩能工程（苏溪站）", "新建到发线4条、装卸线6条，集装箱堆场8.6万平方米，年作业能力提升至60万标箱", "23.80", "5.60", "2025—2027", "市交通运输局、义乌市国际陆港集团有限公司"),
            ("2", "金义东市域轨道交通义乌段延伸工程", "新建线路约15.2公里，设车站6座，同步建设车辆段1处", "62.40", "11.00", "2024—2028", "市交通运输局、义乌市国际陆港集团有限公司"),
            ("3", "甬金高速公路义乌段拓宽工程", "对既有高速公路约28公里实施双向四车道改八车道拓宽，改造互通立交3处", "44.70", "8.30", "2025—2028", "市交通运输局、义乌市国际陆港集团有限公司"),
            ("4", "义乌机场改扩建工程", "新建航站楼3.2万平方米、货运站1.5万平方米，跑道延长至2800米", "31.50", "6.00", "2025—2028", "义乌机场改扩建工程建设指挥部"),
            ("5", "双江湖水利枢纽配套工程", "建设引水隧洞12公里、配水管网36公里及水厂扩建工程", "12.60", "2.40", "2026—2028", "市水务局"),
            ("6", "城区地下综合管廊二期工程", "建设综合管廊约18公里，同步迁改给排水、电力、通信管线", "9.80", "2.10", "2025—2027", "市水务局"),
        ]),
        ("二、开放平台及产业类", [
            ("1", "义乌综合保税区二期", "新增围网面积0.8平方公里，建设保税仓储、跨境电商监管中心及查验设施", "16.40", "4.20", "2025—2027", "市商务局"),
            ("2", "中国（浙江）自由贸易试验区金义片区义乌数字贸易港", "建设数字贸易服务中心、直播电商基地及配套设施，总建筑面积22万平方米", "18.20", "3.90", "2026—2028", "市商务局"),
            ("3", "义乌国际商贸城全球数字自由贸易中心", "新建市场及配套设施建筑面积约130万平方米，设置进口商品、数字贸易功能区", "83.00", "15.00", "2022—2027", "浙江中国小商品城集团股份有限公司"),
            ("4", "“一带一路”海外仓配套服务中心", "建设海外仓集货分拨中心及信息服务平台，服务境外海外仓40个以上", "7.50", "2.30", "2026—2027", "浙江中国小商品城集团股份有限公司"),
            ("5", "义新欧中欧班列集结中心", "建设班列集结、拼箱、分拨设施4.5万平方米和数字化调度平台", "14.60", "3.80", "2025—2027", "义乌市国际陆港集团有限公司"),
            ("6", "义乌信息光电高新区高效光伏组件项目", "建设年产10GW高效光伏组件生产线及配套设施", "35.00", "8.00", "2025—2027", "义乌信息光电高新技术产业园区管委会"),
            ("7", "新能源汽车零部件产业园（一期）", "建设标准厂房28万平方米，引进动力电池、电驱系统等配套企业", "26.80", "6.50", "2026—2028", "义乌信息光电高新技术产业园区管委会"),
        ]),
        ("三、社会民生类", [
            ("1", "浙江大学医学院附属第四医院二期工程", "新增床位1200张，建设医技综合楼、国际医疗中心等，建筑面积21万平方米", "18.90", "4.60", "2025—2028", "市卫生健康局"),
            ("2", "义乌市国际学校新校区", "建设36个班规模国际化学校，建筑面积7.8万平方米", "6.30", "1.80", "2026—2027", "市教育局"),
            ("3", "城西街道九年一贯制学校", "建设45个班规模学校，建筑面积6.2万平方米", "3.20", "1.20", "2026—2027", "市教育局"),
            ("4", "稠城片区老旧小区改造和有机更新工程", "改造老旧小区38个，惠及居民1.6万户，同步实施街区风貌提升", "22.40", "5.00", "2025—2028", "市住房和城乡建设局"),
        ]),
    ]
    body_rows, gt, gp, n = build_rows(cats)
    pre = [
        ("1", "义乌至浦江城际铁路", "新建线路约32公里，设车站4座", "48.00", "市交通运输局"),
        ("2", "义乌港三期（国际物流枢纽）", "建设多式联运作业区、海关监管场所及配套设施", "26.50", "义乌市国际陆港集团有限公司"),
        ("3", "中国（义乌）跨境电子商务综合试验区数字服务中心", "建设跨境电商大数据中心、公共服务平台及孵化载体", "8.60", "市商务局"),
        ("4", "佛堂新城水环境综合治理工程", "治理河道约24公里，建设生态缓冲带及污水提升泵站", "11.20", "市水务局"),
        ("5", "义乌市第二人民医院迁建工程", "建设床位800张的综合医院，建筑面积12万平方米", "14.30", "市卫生健康局"),
    ]
    pre_total = sum(D(r[3]) for r in pre)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    att1 = "2026年度义乌市市级重点建设项目计划表"
    att2 = "2026年度义乌市市级重点前期项目表"
    body("经市政府同意，现将2026年度市级重点建设项目计划和重点前期项目下达给你们，并就有关事项通知如下：")
    body("一、计划安排。2026年度共安排市级重点建设项目%d个，总投资%s亿元，年度计划投资%s亿元；安排市级重点前期项目%d个，估算总投资%s亿元。项目重点聚焦国际陆港、自贸试验区金义片区和“一带一路”开放平台建设，着力提升义乌国际贸易综合改革试验区能级。"
         % (n, money(gt), money(gp), len(pre), money(pre_total)))
    body("二、落实推进责任。各项目责任单位是项目推进的责任主体，要建立“一个项目、一名领导、一套班子、一抓到底”的工作机制，于3月31日前将年度目标分解到月、责任落实到人。责任单位有两个及以上的，列第一位的为牵头单位。")
    body("三、加快要素保障。市自然资源和规划局、市生态环境局要优先保障重点建设项目用地、用林和能耗、排放指标；市财政局、市发展和改革局要积极争取地方政府专项债券和上级资金支持。对重点前期项目，各责任单位要加快推进项目立项、规划选址、用地预审等前期工作，力争年内转入实施。")
    body("四、强化督查考核。市重点项目建设领导小组办公室（设在市发展和改革局）对重点建设项目实行月通报、季督查、年考核，考核结果纳入各单位年度综合考评。各责任单位于每月25日前通过“义乌市重大项目管理平台”填报项目进展情况。")
    body("五、本通知自印发之日起施行，有效期至2026年12月31日。《义乌市人民政府办公室关于下达2025年度市级重点建设项目计划的通知》（义政办发〔2025〕12号）同时废止。")
    add_par(doc, IND + "附件：1." + att1, indent=False)
    add_par(doc, IND + "　　　2." + att2, indent=False)
    empty(doc, 2)
    add_par(doc, " " * 30 + "义乌市人民政府办公室", indent=False)
    add_par(doc, " " * 34 + "二〇二六年三月十日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件1, landscape, split by hand into 续表
    landscape(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [(att1, XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("单位：亿元", FS, 12, False)], align=R, indent=False, line=20)
    headers = ["序号", "项目名称", "建设内容及规模", "总投资", "2026年计划投资",
               "建设起止年限", "责任单位"]
    widths = [Cm(1.2), Cm(5.0), Cm(8.2), Cm(2.0), Cm(2.4), Cm(2.3), Cm(3.6)]
    # split points (row counts per physical table)
    parts = [body_rows[:8], body_rows[8:17], body_rows[17:]]
    for k, part in enumerate(parts):
        if k:
            page_break(doc)
            add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
        t = doc.add_table(rows=1 + len(part), cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, HT, 10.5)
        cant_split(t.rows[0])
        fill_table(t, 1, part, widths, clauses, headers)
        fixed_layout(t, widths)
    notes = [
        "注：1.“总投资”为项目全部建设期总投资；“2026年计划投资”为年度计划完成投资额。",
        "2.项目序号按类别分别编列。",
    ]
    for k, nt in enumerate(notes):
        add_par(doc, [(IND + nt if k else nt, FS, 12, False)], indent=False, line=20,
                before=6 if k == 0 else 0)
        clauses.append(nt)

    # ---- 附件2 on its own page
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [(att2, XBS, 20, False)], align=C, indent=False, line=32, after=8)
    h2 = ["序号", "项目名称", "建设内容及规模", "估算总投资（亿元）", "责任单位"]
    w2 = [Cm(1.4), Cm(6.4), Cm(9.0), Cm(3.0), Cm(4.4)]
    t = doc.add_table(rows=2 + len(pre), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h2):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    rows2 = [list(r) for r in pre] + [["", "合计", "", money(pre_total), ""]]
    for ri, vals in enumerate(rows2, 1):
        for ci, v in enumerate(vals):
            set_cell(t.rows[ri].cells[ci], v, HT if ri == len(rows2) and ci in (1, 3) else FS,
                     10.5, align=L if ci in (1, 2) and ri < len(rows2) else C)
        clauses.append(row_clause(h2, vals))
    fixed_layout(t, w2)

    # ---- 版记 on a final portrait page
    portrait(doc)
    empty(doc, 14)
    banji(doc, "抄送：市委各部门，市人大常委会、市政协办公室，市法院，市检察院。",
          "义乌市人民政府办公室", "2026年3月10日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "义乌市人民政府办公室关于下达2026年度市级重点建设项目计划的通知",
            "doc_number": "义政办发〔2026〕15号",
            "issuer": ["义乌市人民政府办公室"],
            "date": "2026-03-10",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": "2026-03-10",
            "expires": "2026-12-31",
            "attachments": [att1, att2],
            "doc_type": "通知",
            "recipients": ["各镇人民政府", "各街道办事处", "市政府各部门", "各有关单位"],
            "publicity": "此件主动公开",
            "repeals": "《义乌市人民政府办公室关于下达2025年度市级重点建设项目计划的通知》（义政办发〔2025〕12号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_chongqing(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
