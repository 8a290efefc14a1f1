# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1006: 关于落实省领导批示精神的情况报告 (市商务局 / 自贸片区管委会 -> 省商务厅 / 省政府办公厅).

Writes three Word files, their PDFs (LibreOffice) and expected.json into this directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def setup(doc):
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
    # footer page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    # drop extra paragraphs left over from merging
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    font(p2.add_run(printer), FS, 14)
    font(p2.add_run("\t" + date_txt), FS, 14)
    fmt(p2, indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_name="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text, HT, HT, HT))
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
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1006", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


PROGRESS_HEADER = ["序号", "工作任务", "进展情况", "下一步打算", "责任单位"]


# =================================================================== DOC A  宁波市商务局 -> 浙江省商务厅
def doc_ningbo():
    stem = "blind1006_ningbo_zhongdongou"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头: organ + 文件
    empty(doc, 1)
    add_par(doc, [("宁波市商务局文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    empty(doc, 1)
    # 文号 + 签发人 aligned with typed half-width spaces
    p = add_par(doc, [("甬商务〔2026〕9号", FS, 16, False), (" " * 20, FS, 16, False),
                      ("签发人：", FS, 16, False), ("林志强", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for t in ("宁波市商务局关于落实省领导批示精神",
              "加快推进中国—中东欧国家经贸合作示范区",
              "建设情况的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "浙江省商务厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    # 批示 quoted in 楷体, indented block
    ps = ("省领导批示：宁波在中国—中东欧国家经贸合作示范区建设上已有较好基础，要进一步发挥港口和展会平台优势，"
          "在扩大中东欧商品进口、深化双向投资、畅通物流通道上再出实招。"
          "请省商务厅加强指导，宁波市抓好落实，及时报告进展。（2026年1月12日）")
    clauses.append(ps)
    p = add_par(doc, [("省领导批示：", KT, 16, True), (ps[len("省领导批示："):], KT, 16, False)])
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.right_indent = Pt(32)
    p.paragraph_format.space_after = Pt(8)

    body("2026年1月12日，省领导在省商务厅《商务工作专报》第3期上作出重要批示。我局第一时间传达学习批示精神，"
         "研究制定落实工作清单，明确12项重点任务和责任单位。现将贯彻落实情况报告如下：")
    head("一、主要工作进展")
    runin("（一）中东欧商品进口规模持续扩大。",
          "依托中国—中东欧国家博览会和中东欧商品常年展，加快建设中东欧商品进口集散中心。2025年，宁波市自中东欧国家进口额达到186.3亿元，同比增长15.2%，占全国自中东欧国家进口额的比重提高到6.8%。")
    body("一是拓展进口品类。新增匈牙利葡萄酒、斯洛文尼亚蜂蜜、克罗地亚橄榄油等进口品种1200余个，中东欧商品常年展在售品种累计超过8000个。"
         "二是创新贸易方式。在宁波保税区开展中东欧商品“保税展示+跨境电商”销售模式，2025年通过跨境电商进口中东欧商品14.7亿元。"
         "三是完善分销网络。在全国设立中东欧商品城市分馆46家，覆盖长三角、珠三角等重点消费市场。")
    runin("（二）双向投资合作不断深化。",
          "2025年，全市新批中东欧国家投资项目23个，合同外资1.86亿美元；我市企业在中东欧国家新设境外投资项目17个，中方协议投资额4.2亿美元。"
          "一批汽车零部件、智能家电企业在罗马尼亚、塞尔维亚、捷克等国的生产基地扩产项目加快推进。")
    runin("（三）物流通道更加畅通。",
          "宁波舟山港开通至希腊比雷埃夫斯港、斯洛文尼亚科佩尔港的集装箱航线4条，“甬新欧”海铁联运班列常态化开行至匈牙利布达佩斯、波兰马拉舍维奇，2025年开行班列128列，同比增长22.1%。")
    head("二、存在的主要问题")
    body("一是进口商品结构较为单一，农产品和消费品占比超过七成；二是双向投资项目体量偏小，缺少重大产业合作项目；"
         "三是中东欧国家认证标准差异较大，企业开拓市场面临一定障碍。")
    head("三、下一步工作打算")
    body("下一步，我局将在省商务厅指导下，重点抓好以下工作：")
    runin("（一）高水平办好2026年中国—中东欧国家博览会。",
          "积极争取国家部委和省政府支持，提升展会国际化、专业化水平，力争境外展商数量和意向成交额比上届增长10%以上。")
    runin("（二）推动重大产业合作项目落地。",
          "聚焦新能源汽车、智能装备等领域开展精准招商，力争全年新引进中东欧国家投资项目25个以上；配合省商务厅推动认证标准、检验检测结果互认。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：宁波市落实省领导批示精神重点工作任务进展情况表")
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 38 + "宁波市商务局", indent=False)
    add_par(doc, " " * 37 + "2026年2月27日", indent=False)
    add_par(doc, "（联系人：郑晓雯，电话：0574-89187362）")

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("宁波市落实省领导批示精神重点工作任务进展情况表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=8)
    rows = [
        ["1", "建设中东欧商品进口集散中心", "常年展在售品种超过8000个，2025年自中东欧国家进口额186.3亿元",
         "2026年新增进口品种1000个以上", "市商务局、宁波保税区管委会"],
        ["2", "办好中国—中东欧国家博览会", "已完成2026年展会总体方案编制，招展工作全面启动",
         "5月底前完成招展招商，6月举办展会", "市商务局、市贸促会"],
        ["3", "推动双向投资合作", "新批中东欧国家投资项目23个，新设境外投资项目17个",
         "开展精准招商，全年新引进项目25个以上", "市商务局、市投资促进中心"],
        ["4", "畅通海铁联运通道", "2025年开行“甬新欧”班列128列，同比增长22.1%",
         "争取开通至塞尔维亚贝尔格莱德线路", "市交通运输局、宁波舟山港集团"],
        ["5", "推进检验检疫便利化", "“中东欧农食产品检验检疫便利化”等3项事项获批",
         "推动认证标准和检验检测结果互认", "宁波海关、市市场监管局"],
        ["6", "完善工作推进机制", "建立工作专班，实行“月调度、季通报”",
         "每季度向省商务厅报送进展情况", "市商务局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(PROGRESS_HEADER):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT)
        cant_split(t.rows[ri])
        clauses.append(row_clause(PROGRESS_HEADER, row))
    col_widths(t, [1.3, 2.9, 4.9, 3.5, 3.0])
    n1 = "注：1.进展情况统计截至2026年2月20日。"
    n2 = "2.责任单位排在第一位的为牵头单位。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=6)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend([n1, n2])

    banji(doc, "抄送：市人民政府办公厅，市发展和改革委员会。", "宁波市商务局办公室", "2026年2月27日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于落实省领导批示精神加快推进中国—中东欧国家经贸合作示范区建设情况的报告",
            "doc_number": "甬商务〔2026〕9号",
            "issuer": ["宁波市商务局"],
            "date": "2026-02-27",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["宁波市落实省领导批示精神重点工作任务进展情况表"],
            "doc_type": "报告",
            "recipients": ["浙江省商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B  昆明片区管委会 -> 云南省人民政府办公厅
def doc_kunming():
    stem = "blind1006_kunming_zhonglao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # 紧急 mark top-left
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # 红头 in two red lines (long organ name)
    p = add_par(doc, [("中国（云南）自由贸易试验区", XBS, 30, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=12)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("昆明片区管理委员会"), XBS, 30, False, RED)
    empty(doc, 1)
    # 文号 left, 签发人 right via right tab
    p = add_par(doc, [("昆自贸管〔2026〕14号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("杨卫东", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)

    # 批示 boxed at the top, 楷体
    ps = ("省领导批示：中老铁路开通以来带动效应明显，昆明片区要用好国际物流枢纽和自贸试验区制度创新优势，"
          "推动“中老铁路+”产业发展，在跨境物流、跨境贸易、跨境金融上加快突破。"
          "请省商务厅、省发展改革委加强统筹，相关情况报省政府。（2026年2月3日）")
    clauses.append(ps)
    p = add_par(doc, [(ps, KT, 15, False)], line=26)
    p.paragraph_format.left_indent = Pt(12)
    p.paragraph_format.right_indent = Pt(12)
    for side in ("top", "left", "bottom", "right"):
        border(p, side, "000000", 6, 4)
    p.paragraph_format.space_after = Pt(14)

    # title: one paragraph with a manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("关于落实省领导批示精神加快建设中老"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("铁路国际物流枢纽有关情况的报告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=14)
    add_par(doc, "云南省人民政府办公厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("按照省领导2月3日批示要求，片区管委会立即召开主任办公会议专题研究，会同昆明海关、中国铁路昆明局集团有限公司等单位制定工作方案，"
         "梳理形成重点任务，逐项明确时间表和责任人。现将有关进展情况报告如下：")
    head("主要做法和成效")
    runin("（一）跨境物流通道能力持续提升。",
          "中老铁路国际货运列车实现“每日双向开行”，2025年经中老铁路运输进出口货物486万吨，同比增长18.3%；"
          "“澜湄快线”常态化运营，昆明至万象货物运输时间压缩至26小时以内。")
    runin("（二）“中老铁路+”贸易业态加快培育。",
          "一是发展跨境电商。在昆明综合保税区设立跨境电商监管中心，2025年片区跨境电商进出口额达到42.6亿元。"
          "二是扩大大宗商品进口。引导企业经中老铁路进口老挝、泰国木薯淀粉、天然橡胶、钾盐等大宗商品，进口货值同比增长31.5%。"
          "三是培育冷链物流。建成王家营西站冷链物流基地，开行“东南亚水果冷链专列”56列。")
    runin("（三）通关便利化改革取得突破。",
          "昆明海关在王家营西站推行“铁路快通”监管模式，实现“一次申报、一次查验、一次放行”，"
          "进口、出口整体通关时间较2024年分别压缩23.6%和19.2%。")
    runin("（四）跨境金融服务不断创新。",
          "支持片区内银行机构开展人民币与老挝基普直接汇率报价和交易，2025年片区跨境人民币结算金额达到318.5亿元，同比增长12.7%；"
          "推出“中老铁路运费贷”，为42家物流企业授信9.3亿元。")
    head("存在的困难和问题")
    body("一是回程货源不足，“去多回少”问题仍然存在，回程空箱率约35%；二是境外段集货分拨能力较弱，配套仓储设施不足；"
         "三是王家营西站尚未获批整车进口口岸资质，制约了汽车等贸易业态发展。")
    head("下一步工作打算")
    runin("（一）扩大回程货源组织。",
          "联合老挝、泰国商协会开展产业对接活动，支持企业在万象赛色塔综合开发区建设境外集货仓，力争2026年回程空箱率下降至25%以内。")
    runin("（二）争取口岸功能拓展。",
          "积极向海关总署申请王家营西站整车进口口岸资质，推进进境水果、冰鲜水产品指定监管场地建设。")
    body("恳请省政府协调省级有关部门在口岸资质申报、中老铁路运费补贴等方面给予支持。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    p = add_par(doc, "附件：昆明片区落实省领导批示精神重点任务推进情况表")
    empty(doc, 1)
    # 落款 right aligned, date in Chinese numerals
    p = add_par(doc, "中国（云南）自由贸易试验区昆明片区管理委员会", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "二〇二六年三月十六日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(96)
    empty(doc, 1)
    add_par(doc, "（此件不公开）")
    add_par(doc, "（联系人：李婷婷；联系电话：0871-63198425）")

    # ---- 附件: table broken by hand with 续表 on the next page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("昆明片区落实省领导批示精神重点任务推进情况表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=8)

    U1 = "片区管委会经济发展局、中国铁路昆明局集团有限公司"
    U2 = "昆明海关、片区管委会口岸办"
    rows = [
        ["1", "提升中老铁路国际货运班列开行频次", "实现国际货运列车“每日双向开行”，2025年运输进出口货物486万吨",
         "争取加密“澜湄快线”班次，年运量突破550万吨", U1],
        ["2", "建设王家营西站冷链物流基地", "冷链物流基地已建成投用，开行冷链专列56列", "扩建冷库，库容达到5万吨", U1],
        ["3", "推广“铁路快通”监管模式", "已在王家营西站全面推行", "推动与老挝海关监管结果互认", U2],
        ["4", "申请整车进口口岸资质", "已完成申报材料编制，拟报海关总署", "6月底前完成申报", U2],
        ["5", "开展跨境人民币结算创新", "跨境人民币结算金额318.5亿元，同比增长12.7%", "争取本外币合一银行结算账户体系试点",
         "片区管委会金融服务局、中国人民银行云南省分行"],
        ["6", "建设万象境外集货仓", "已与老挝合作方签订合作备忘录", "年内完成选址并启动建设", "片区管委会投资促进局"],
    ]
    merges = [(1, 2), (3, 4)]  # vertical merge of 责任单位 (col 4), table row indexes
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for a, b in merges:
        t.cell(a, 4).merge(t.cell(b, 4))
    for i, h in enumerate(PROGRESS_HEADER):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 4 and any(a < ri <= b for a, b in merges):
                continue  # continuation of a merged cell
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append(row_clause(PROGRESS_HEADER, row))
    col_widths(t, [1.3, 3.1, 4.7, 3.5, 3.0])
    nt = "注：进展情况统计截至2026年3月10日。"
    add_par(doc, [(nt, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(nt)

    banji(doc, "抄送：省商务厅，省发展改革委，昆明市人民政府。",
          "昆明片区管委会党政办公室", "2026年3月16日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于落实省领导批示精神加快建设中老铁路国际物流枢纽有关情况的报告",
            "doc_number": "昆自贸管〔2026〕14号",
            "issuer": ["中国（云南）自由贸易试验区昆明片区管理委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": ["昆明片区落实省领导批示精神重点任务推进情况表"],
            "doc_type": "报告",
            "recipients": ["云南省人民政府办公厅"],
            "publicity": "此件不公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C  连云港市商务局 -> 江苏省商务厅
def doc_lianyungang():
    stem = "blind1006_lianyungang_luhai"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("连云港市商务局", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    empty(doc, 1)
    # 文号 / 签发人 separated by typed full-width spaces
    p = add_par(doc, [("连商务报〔2026〕3号", FS, 16, False), ("\u3000" * 9, FS, 16, False),
                      ("签发人：", FS, 16, False), ("孙建明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)

    # two 批示 quoted at the top, label in 黑体
    add_par(doc, [(IND + "省领导批示：", HT, 16, False)], indent=False)
    ps1 = ("省政府主要领导批示：连云港要在新亚欧陆海联运通道建设中当好排头兵，进一步提升中哈物流合作基地和上合组织（连云港）国际物流园功能，"
           "扩大过境运输规模。（2026年1月5日）")
    ps2 = ("省政府分管领导批示：请省商务厅会同省交通运输厅指导连云港抓好落实，重点在班列增量、港口服务、贸易便利化上拿出具体举措。"
           "（2026年1月9日）")
    for ps in (ps1, ps2):
        clauses.append(ps)
        add_par(doc, [(IND + ps, KT, 16, False)], indent=False)
    # title: one paragraph, Word wraps it
    add_par(doc, [("连云港市商务局关于贯彻落实省领导批示精神推动新亚欧陆海联运通道建设情况的报告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=14, after=14)
    add_par(doc, "江苏省商务厅：", indent=False)

    # body indented with typed full-width spaces
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t, name=HT):
        add_par(doc, [(IND + t, name, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("今年1月，省政府主要领导、分管领导先后对我市新亚欧陆海联运通道建设作出重要批示。我局会同市交通运输局、连云港海关等单位"
         "逐条研究落实举措，形成了任务清单。现将有关情况报告如下。")
    head("一、贯彻落实情况")
    runin("（一）中欧（亚）班列提质增量。",
          "2025年，连云港中欧（亚）班列累计开行986列，同比增长9.6%，其中中亚方向开行742列;过境班列占比保持在六成以上。分方向开行情况如下：")
    hdr2 = ["方向", "去程（列）", "回程（列）", "合计（列）", "同比增长"]
    rows2 = [
        ["中亚方向", "498", "244", "742", "8.8%"],
        ["欧洲方向", "86", "41", "127", "12.4%"],
        ["其他方向", "79", "38", "117", "11.4%"],
        ["合计", "663", "323", "986", "9.6%"],
    ]
    t = doc.add_table(rows=1 + len(rows2), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append(row_clause(hdr2, row))
    nt = "注：其他方向包括经霍尔果斯、阿拉山口口岸出境至西亚、南亚的班列。"
    p = add_par(doc, [(IND + nt, FS, 12, False)], indent=False, line=20, before=4, after=4)
    clauses.append(nt)
    head("（二）物流基地功能提升。", KT)
    body("1.中哈物流合作基地。完成二期堆场扩建，2025年完成集装箱进出场作业量42.3万标准箱，同比增长11.4%。")
    body("2.上合组织（连云港）国际物流园。新建铁路专用线2条，引进物流、贸易企业37家。")
    runin("(三)港口服务能力增强。",
          "连云港港开通至哈萨克斯坦阿克套港、阿塞拜疆巴库港的“跨里海”海铁联运线路，推出多式联运“一单制”服务，全程运输时间压缩约5天。")
    runin("（四）贸易便利化水平提高。",
          "一是连云港海关推行过境货物“铁水联运、一次申报”模式，过境班列在港平均停留时间缩短至30小时；"
          "二是依托中国（江苏）自由贸易试验区连云港片区，搭建中亚商品进口展示交易中心，2025年自中亚五国进口额同比增长17.8%,增速高于全市外贸平均水平。")
    head("二、需要协调解决的问题")
    body("一是中亚方向回程组货难度较大；二是跨里海线路运输时效和运价稳定性不足；三是班列运营补贴逐步退坡，运营企业压力加大。"
         "恳请省商务厅在班列运营资金支持等方面给予指导和帮助。")
    head("三、下一步工作安排")
    body("1.稳定班列开行规模。力争2026年中欧（亚）班列开行1000列以上，加密至阿拉木图、塔什干等站点的定点班列。")
    body("2.拓展“跨里海”通道。推动上合组织（连云港）国际物流园申报国家物流枢纽，推动跨里海线路常态化运营。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：连云港市贯彻落实省领导批示精神重点任务进展情况表", indent=False)
    empty(doc, 2)
    # 落款 with tab stops
    for t in ("连云港市商务局", "2026年1月23日"):
        p = add_par(doc, "\t" + t, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6 if t.startswith("连") else 9.9), 0)
    empty(doc, 1)
    add_par(doc, IND + "联系人：周敏　　联系电话：0518-85821367", indent=False)

    # ---- 附件1: two-level header table
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("连云港市贯彻落实省领导批示精神", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("重点任务进展情况表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=8)
    hdr = ["序号", "工作任务", "进展情况", "下一步打算", "责任单位／牵头单位", "责任单位／配合单位"]
    rows = [
        ["1", "稳定中欧（亚）班列开行规模", "2025年开行986列，同比增长9.6%", "2026年开行1000列以上",
         "市商务局", "连云港港口控股集团、中哈物流合作基地公司"],
        ["2", "中哈物流合作基地二期扩建", "二期堆场扩建已完成", "推进智能化闸口改造", "市交通运输局", "连云港港口控股集团"],
        ["3", "上合组织（连云港）国际物流园建设", "新建铁路专用线2条，引进企业37家", "申报国家物流枢纽",
         "市发展改革委", "市商务局、连云区人民政府"],
        ["4", "开通“跨里海”海铁联运线路", "已开通至阿克套港、巴库港线路", "推动常态化运营", "市商务局", "连云港港口控股集团"],
        ["5", "推行过境货物“铁水联运、一次申报”", "过境班列在港平均停留时间缩短至30小时", "扩大试点企业范围",
         "连云港海关", "连云港片区管委会"],
        ["6", "建设中亚商品进口展示交易中心", "自中亚五国进口额同比增长17.8%", "引进中亚商品经销商20家",
         "连云港片区管委会", "市商务局"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c in range(4):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(0, 4).merge(t.cell(0, 5))
    for c, h in enumerate(["序号", "工作任务", "进展情况", "下一步打算"]):
        set_cell(t.cell(0, c), h, HT, 12)
    set_cell(t.cell(0, 4), "责任单位", HT, 12)
    set_cell(t.cell(1, 4), "牵头单位", HT, 12)
    set_cell(t.cell(1, 5), "配合单位", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.3, 3.1, 3.4, 2.6, 2.3, 2.9])

    banji(doc, "抄送：市人民政府办公室，市交通运输局，连云港海关。",
          "连云港市商务局办公室", "2026年1月23日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港市商务局关于贯彻落实省领导批示精神推动新亚欧陆海联运通道建设情况的报告",
            "doc_number": "连商务报〔2026〕3号",
            "issuer": ["连云港市商务局"],
            "date": "2026-01-23",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": ["连云港市贯彻落实省领导批示精神重点任务进展情况表"],
            "doc_type": "报告",
            "recipients": ["江苏省商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_kunming(), doc_lianyungang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
