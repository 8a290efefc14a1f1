# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 867: 片区管委会专题协调会议纪要（议定事项+责任单位+参会名单）, Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
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


LINE = [28]  # fixed line spacing (pt) the clerk set for this document


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = LINE[0]
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, fontname, size, bold[, color])."""
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


def empty(doc, n=1, line=None):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def footer_pageno(doc, left="— ", right=" —", size=14):
    s = doc.sections[0]
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, size)


def setup(doc, pageno=("— ", " —")):
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
    footer_pageno(doc, *pageno)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for tr in table._tbl.findall(qn("w:tr")):
        for i, tc in enumerate(tr.findall(qn("w:tc"))):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            # position of this tc in the grid
            pos = sum(int(x.find(qn("w:tcPr")).find(qn("w:gridSpan")).get(qn("w:val")))
                      if x.find(qn("w:tcPr")) is not None and x.find(qn("w:tcPr")).find(qn("w:gridSpan")) is not None else 1
                      for x in tr.findall(qn("w:tc"))[:i])
            w = sum(widths_cm[pos:pos + n])
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")


def banji(doc, cc, printer, date_txt, label="抄送：", gap=2):
    """版记: 抄送/分送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(label, FS, 14, False), (cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


# ---- Word automatic numbering ---------------------------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, numfmt="decimal"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_867", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": "纪要", "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 钦州港片区：专题协调会议纪要，议定事项逐条列出并在括号内写明责任单位，
# 参会人员按单位列在正文之后，落款为管委会全称。
def doc_qinzhou():
    stem = "blind867_qinzhou_jiyao"
    LINE[0] = 26
    doc = Document()
    setup(doc)
    clauses = []

    # 纪要标志（红色）
    add_par(doc, [("钦州港片区管委会专题会议纪要", XBS, 30, False, RED)],
            align=C, indent=False, line=50, before=24)
    empty(doc, 1, line=20)
    p = add_par(doc, [("钦港片管纪〔2026〕7号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed over three paragraphs, broken at odd places
    for t in ("关于加快推进西部陆海新通道钦州港东站",
              "集装箱办理站扩能改造工程建设专题协调",
              "会议纪要"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        # clerk indents with two full-width spaces instead of a first-line indent
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t, tail_runs=None):
        clauses.append(h + t + "".join(x for x in (tail_runs or [])))
        runs = [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)]
        for x in (tail_runs or []):
            runs.append((x, KT, 16, False))
        add_par(doc, runs, indent=False)

    body("3月12日下午，片区管委会副主任黄立军在片区管委会四楼第二会议室主持召开专题协调会，研究解决西部陆海新通道钦州港东站集装箱办理站扩能改造工程（以下简称“扩能工程”）建设中存在的用地、资金、电力迁改、施工组织等问题。片区规划建设局、经济发展局、财政金融局、征地拆迁工作指挥部，钦州港经济技术开发区自然资源分局，钦州市生态环境局钦州港分局，钦州港街道办事处，中国铁路南宁局集团有限公司钦州东站，广西北部湾国际港务集团有限公司，广西电网有限责任公司钦州供电局，广西钦州港片区开发投资集团有限公司等单位负责同志参加会议。现将会议议定事项纪要如下：")
    body("会议听取了广西钦州港片区开发投资集团有限公司关于扩能工程建设进展情况的汇报。扩能工程总投资12.6亿元，新建集装箱装卸线4条、集装箱堆场18.5万平方米，建成后办理站年作业能力将由80万标箱提升至150万标箱。截至2026年2月底，工程累计完成投资3.9亿元，占总投资的31%，其中站场路基工程完成65%，但受征地拆迁、电力线路迁改、专项债券资金拨付等因素影响，总体进度滞后计划约45天。")
    body("会议指出，扩能工程是西部陆海新通道骨干工程，对提升钦州港海铁联运集疏运能力、服务共建“一带一路”具有重要意义。各有关单位要倒排工期、挂图作战，确保扩能工程2026年10月底前具备开通运营条件。")
    body("会议议定以下事项：")
    runin("一、关于征地拆迁。", "沙井港作业区剩余约47亩集体土地征收工作，由片区征地拆迁工作指挥部牵头，3月31日前完成地上附着物清点和补偿协议签订，4月15日前完成交地；涉及的3户房屋征收要依法依规做好补偿安置工作。",
          ["（责任单位：片区征地拆迁工作指挥部；配合单位：钦州港经济技术开发区自然资源分局、钦州港街道办事处）"])
    runin("二、关于用地报批。", "扩能工程新增建设用地约326亩已纳入国土空间规划“一张图”，片区规划建设局要会同自然资源分局加快组卷报批，4月20日前将用地报批材料报送自治区自然资源厅。",
          ["（责任单位：片区规划建设局；配合单位：钦州港经济技术开发区自然资源分局）"])
    # half-width punctuation typed in this item's bracket
    runin("三、关于电力线路迁改。", "110千伏港东线、10千伏沙井线共5处杆塔与扩能工程站场存在交叉，广西电网有限责任公司钦州供电局要优化迁改方案，4月底前完成110千伏港东线迁改，5月15日前完成10千伏沙井线迁改；迁改费用约1860万元，由片区开发投资集团先行垫付，按程序纳入工程概算。",
          ["(责任单位:片区经济发展局;配合单位:广西电网有限责任公司钦州供电局、广西钦州港片区开发投资集团有限公司)"])
    runin("四、关于建设资金保障。", "片区财政金融局要加快2026年第一批地方政府专项债券资金2.3亿元拨付进度，3月底前拨付到项目单位；积极争取中长期项目贷款5亿元。",
          ["（责任单位：片区财政金融局；配合单位：广西钦州港片区开发投资集团有限公司）"])
    runin("五、关于接轨施工组织。", "中国铁路南宁局集团有限公司钦州东站要在施工天窗安排上给予支持，每周安排不少于3个施工天窗点；片区开发投资集团要严格落实营业线施工安全管理规定，确保既有海铁联运班列正常开行。",
          ["（责任单位：广西钦州港片区开发投资集团有限公司；配合单位：中国铁路南宁局集团有限公司钦州东站）"])
    runin("六、关于环保手续。", "钦州市生态环境局钦州港分局要对扩能工程环境影响报告书变更事项开辟绿色通道，在材料齐全的前提下10个工作日内完成审查；施工单位要落实扬尘、噪声和水土流失防治措施。",
          ["（责任单位：钦州市生态环境局钦州港分局）"])
    runin("七、关于海铁联运业务培育。", "片区经济发展局要会同广西北部湾国际港务集团有限公司，提前谋划扩能工程投用后的货源组织，力争2026年钦州港海铁联运班列开行量突破1.2万列。",
          ["（责任单位：片区经济发展局；配合单位：广西北部湾国际港务集团有限公司）"])
    body("会议要求，各责任单位要按照议定事项和时间节点抓好落实，每周四下午下班前将工作进展情况报送片区经济发展局汇总，由片区经济发展局每半月向片区管委会报告一次。对工作推进不力、影响工程进度的，片区管委会将予以通报。")
    add_par(doc, [(IND + "参会人员：", HT, 16, False)], indent=False)
    attendees = [
        ("片区管委会：", "黄立军"),
        ("片区规划建设局：", "陈家宝　韦小兰"),
        ("片区经济发展局：", "梁志强"),
        ("片区财政金融局：", "覃海燕"),
        ("片区征地拆迁工作指挥部：", "莫振华"),
        ("钦州港经济技术开发区自然资源分局：", "黎建明"),
        ("钦州市生态环境局钦州港分局：", "潘立新"),
        ("钦州港街道办事处：", "李德胜"),
        ("中国铁路南宁局集团有限公司钦州东站：", "罗永刚"),
        ("广西北部湾国际港务集团有限公司：", "周文杰"),
        ("广西电网有限责任公司钦州供电局：", "黄海涛"),
        ("广西钦州港片区开发投资集团有限公司：", "谢志远　劳秋菊"),
    ]
    for unit, names in attendees:
        clauses.append(unit + names)
        add_par(doc, [(IND + unit, FS, 16, False), (names, FS, 16, False)], indent=False)
    # 落款：管委会全称 + 日期，用空格推到右边
    p = add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(8)
    p.paragraph_format.keep_with_next = True
    add_par(doc, "2026年3月16日" + "\u3000" * 5, indent=False, align=R)
    banji(doc, "钦州市人民政府，自治区自由贸易试验区工作办公室，片区各部门，各有关单位。",
          "钦州港片区管委会办公室", "2026年3月16日印发", label="分送：", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于加快推进西部陆海新通道钦州港东站集装箱办理站扩能改造工程建设专题协调会议纪要",
            doc_number="钦港片管纪〔2026〕7号",
            issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            date="2026-03-16",
            level="municipal",
            region="钦州市",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 绥芬河片区：内部资料；红头为管委会全称+“会议纪要”；文号与日期同一行（制表位）；
# 议定事项做成任务分解表（责任单位合并单元格、标题行重复），工作要求用Word自动编号；
# 附件参会人员名单单独成页（单位列合并）。
def doc_suifenhe():
    stem = "blind867_suifenhe_jiyao"
    LINE[0] = 27
    doc = Document()
    setup(doc, pageno=("- ", " -"))
    clauses = []
    n_req = make_numbering(doc, "%1．", "decimal")

    add_par(doc, [("内部资料　注意保存", HT, 14, False)], indent=False, line=24)
    p = add_par(doc, [("中国（黑龙江）自由贸易试验区绥芬河片区管理委员会", XBS, 17, False, RED)],
                align=C, indent=False, line=36, before=18)
    add_par(doc, [("会 议 纪 要", XBS, 44, False, RED)], align=C, indent=False, line=64)
    empty(doc, 1, line=16)
    p = add_par(doc, [("绥自贸片纪〔2026〕12号", FS, 16, False), ("\t", FS, 16, False),
                      ("2026年4月9日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    # title: one paragraph, soft line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("关于研究推进绥芬河铁路口岸换装"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("能力提升和互市贸易进口商品落地加工"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("工作的专题会议纪要"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    body("2026年4月7日下午，片区管委会常务副主任王振宇在片区管委会三楼会议室主持召开专题会议，研究推进绥芬河铁路口岸换装能力提升和互市贸易进口商品落地加工有关工作。片区有关部门、绥芬河海关、绥芬河站等单位负责同志参加会议（名单附后）。现将会议议定事项纪要如下：")
    head("一、基本情况")
    body("会议听取了片区经济发展局关于绥芬河铁路口岸运行情况的汇报。2025年，绥芬河铁路口岸过货量达到1126万吨，同比增长7.3%；中欧班列（绥芬河）开行2148列，同比增长11.6%。受宽准轨换装线能力不足、到发线紧张等因素影响，运输旺季口岸日均压车达到310车，换装效率已成为制约口岸通关能力的突出瓶颈。")
    body("会议听取了片区商务局关于互市贸易进口商品落地加工工作的汇报。截至2026年3月底，片区已备案边民互助组46个、落地加工企业23家，2025年互市贸易进口商品落地加工额18.4亿元，加工品种主要为俄罗斯大豆、油菜籽、木材和海产品，但仍存在加工链条短、园区配套设施不完善、企业融资难等问题。")
    head("二、议定事项")
    body("会议认为，提升铁路口岸换装能力、做大互市贸易落地加工，是绥芬河片区服务共建“一带一路”和中俄地方合作、推动“通道经济”向“口岸经济”转变的关键举措。经研究，会议议定事项及责任分工如下：")

    header = ["序号", "议定事项", "责任单位", "配合单位", "完成时限"]
    rows = [
        ["1", "加快推进绥芬河站宽准轨换装线扩能改造工程前期工作，6月底前开工建设。", "片区经济发展局", "绥芬河站、片区规划建设局", "2026年6月30日"],
        ["2", "协调哈尔滨局集团公司优化换装作业组织，日均换装能力由120车提升至160车。", "片区经济发展局", "绥芬河站", "2026年6月30日"],
        ["3", "推动已签约的2个互市贸易落地加工项目入驻投产，新引进落地加工企业不少于5家。", "片区商务局", "绥芬河海关、片区市场监管局", "2026年5月31日"],
        ["4", "落实互市贸易进口商品“一站式”申报和“先放后检”措施，压缩互市商品通关时间。", "绥芬河海关", "片区商务局", "长期坚持"],
        ["5", "加快推进进口资源落地加工园区道路、供水、污水管网等配套设施建设。", "片区规划建设局", "绥芬河市自然资源局、绥芬河片区城市建设投资有限公司", "2026年9月30日"],
        ["6", "统筹安排互市贸易落地加工项目扶持资金3000万元，制定资金使用管理细则。", "片区财政局", "片区商务局", "2026年5月15日"],
        ["7", "规范边民互助组运营管理，开展边民互市交易结算试点。", "片区商务局", "绥芬河市边民互市贸易区管理服务中心", "2026年6月30日"],
        ["8", "建立项目推进周调度机制，跟踪督办议定事项落实情况。", "片区管委会综合办公室", "各责任单位", "每周五"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # 责任单位 for items 1-2 typed once in a merged cell
    a = t.cell(1, 2)
    b = t.cell(2, 2)
    b.text = ""
    m = a.merge(b)
    # merging leaves an empty 2nd paragraph; drop it
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    col_widths(t, [1.3, 7.0, 2.6, 3.0, 2.1])
    add_par(doc, [("注：完成时限为最迟完成时间；标注“长期坚持”的事项由责任单位每月报送一次进展情况。", FS, 12, False)],
            indent=False, line=20, before=4)
    clauses.append("注：完成时限为最迟完成时间；标注“长期坚持”的事项由责任单位每月报送一次进展情况。")
    head("三、工作要求")
    reqs = [
        ("压实工作责任。", "各责任单位主要负责同志要亲自研究部署，对照任务分解表逐项制定推进计划，明确具体责任人，确保每项议定事项有人抓、有人管、按期办结。"),
        ("强化协同配合。", "责任单位要主动牵头协调，配合单位要积极支持，不得推诿扯皮。"),
        ("加强督查调度。", "片区管委会综合办公室要将本次会议议定事项纳入督查督办台账，实行清单化管理、销号式推进，每周五前汇总进展情况报片区管委会主要领导。"),
    ]
    for i, (h, txt) in enumerate(reqs, 1):
        clauses.append("%d．%s%s" % (i, h, txt))
        p = add_par(doc, [(h, KT, 16, True), (txt, FS, 16, False)], first=Pt(32))
        apply_num(p, n_req)
    empty(doc, 1)
    add_par(doc, "附件：参会人员名单")

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True  # 另面编排
    empty(doc, 1)
    add_par(doc, [("参会人员名单", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    h2 = ["序号", "单位", "姓名", "职务"]
    people = [
        ["1", "片区管委会", "王振宇", "常务副主任"],
        ["2", "片区经济发展局", "刘长青", "局长"],
        ["3", "片区经济发展局", "孙晓燕", "副局长"],
        ["4", "片区商务局", "张海涛", "局长"],
        ["5", "片区规划建设局", "赵国栋", "局长"],
        ["6", "片区财政局", "李春梅", "副局长"],
        ["7", "片区市场监管局", "于洪波", "副局长"],
        ["8", "绥芬河海关", "高建军", "副关长"],
        ["9", "绥芬河站", "郑立新", "站长"],
        ["10", "绥芬河市自然资源局", "马卫东", "副局长"],
        ["11", "绥芬河市边民互市贸易区管理服务中心", "韩　雪", "主任"],
        ["12", "绥芬河片区城市建设投资有限公司", "吴　刚", "总经理"],
        ["13", "片区管委会综合办公室", "林　娜", "主任"],
    ]
    t2 = doc.add_table(rows=1 + len(people), cols=4)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h2):
        set_cell(t2.rows[0].cells[i], h, HT, 12)
    repeat_header(t2.rows[0])
    for ri, row in enumerate(people, 1):
        for ci, v in enumerate(row):
            set_cell(t2.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(h2, row)))
    a = t2.cell(2, 1)
    b = t2.cell(3, 1)
    b.text = ""
    m = a.merge(b)
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    col_widths(t2, [1.6, 8.0, 2.8, 3.2])
    banji(doc, "片区管委会主任、副主任，牡丹江市自由贸易试验区工作领导小组办公室，片区各部门，各有关单位。",
          "片区管委会综合办公室", "2026年4月9日印发", label="分送：")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于研究推进绥芬河铁路口岸换装能力提升和互市贸易进口商品落地加工工作的专题会议纪要",
            doc_number="绥自贸片纪〔2026〕12号",
            issuer=["中国（黑龙江）自由贸易试验区绥芬河片区管理委员会"],
            date="2026-04-09",
            level="county",
            region="绥芬河市",
            attachments=["参会人员名单"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 喀什片区管委会办公室“文件”式红头，印发纪要的通知（通知+纪要算一件），
# 附件1纪要另起一页（责任单位单独成行，楷体），附件2参会人员名单（两级表头）。
def doc_kashi():
    stem = "blind867_kashi_tongzhi"
    LINE[0] = 26
    doc = Document()
    setup(doc)
    clauses = []

    p = add_par(doc, [("中国（新疆）自由贸易试验区喀什片区", XBS, 24, False, RED)],
                align=C, indent=False, line=40, before=6)
    add_par(doc, [("管理委员会办公室文件", XBS, 36, False, RED)], align=C, indent=False, line=50)
    p = add_par(doc, [("喀自贸片办发〔2026〕15号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    for t in ("关于印发《喀什片区中吉乌国际多式联运暨",
              "跨境电商监管中心建设专题协调会议纪要》",
              "的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各部门，喀什综合保税区管理服务中心，各有关单位：", indent=False, before=10)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("现将《喀什片区中吉乌国际多式联运暨跨境电商监管中心建设专题协调会议纪要》印发给你们，请结合工作职责认真抓好贯彻落实。")
    body("各责任单位要逐项细化工作举措，于每月25日前将落实进展情况书面报送片区管委会办公室（督查科），电子版发送至kszmq_dck@163.com。")
    # 附件 list: hanging layout typed with spaces
    p = add_par(doc, "附件：1．喀什片区中吉乌国际多式联运暨跨境电商监管中心建设专题协调会议纪要")
    p.paragraph_format.left_indent = Pt(0)
    add_par(doc, "　　　" + "  2．参会人员名单")
    empty(doc, 1)
    p = add_par(doc, "中国（新疆）自由贸易试验区喀什片区管理委员会办公室", indent=False, align=R)
    p.paragraph_format.keep_with_next = True
    add_par(doc, "二〇二六年五月八日" + "\u3000" * 4, indent=False, align=R)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True  # 另面编排
    empty(doc, 1)
    p = add_par(doc, [("喀什片区中吉乌国际多式联运暨跨境电商", XBS, 22, False)],
                align=C, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("监管中心建设专题协调会议纪要"), XBS, 22)
    empty(doc, 1)

    def head(t, f=HT):
        p = add_par(doc, [(t, f, 16, False)])
        p.paragraph_format.keep_with_next = True

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    def duty(t):
        clauses.append(t)
        add_par(doc, [(t, KT, 16, False)])

    body("2026年4月28日上午，片区管委会主任艾尔肯·吐尔逊在喀什经济开发区综合服务中心第一会议室主持召开专题协调会，研究推进中吉乌国际多式联运和跨境电商监管中心建设工作。片区有关部门，喀什海关，喀什综合保税区管理服务中心，新疆喀什国际陆港有限公司等单位负责同志参加会议（名单见附件2）。会议纪要如下：")
    head("一、会议基本情况")
    body("会议听取了片区商务和口岸局关于中吉乌国际多式联运运行情况的汇报。2025年，经伊尔克什坦口岸、吐尔尕特口岸开行的中吉乌公铁联运班列累计达到1863车次，同比增长42.5%，货值约58.7亿元；片区跨境电商进出口额完成36.2亿元，同比增长67.1%。")
    body("会议听取了新疆喀什国际陆港有限公司关于跨境电商监管中心建设进展情况的汇报。跨境电商监管中心位于喀什综合保税区内，总建筑面积2.4万平方米，总投资2.86亿元，主体工程已于2026年3月完工。")
    head("二、会议议定事项")
    item("（一）加快跨境电商监管中心验收投用。", "新疆喀什国际陆港有限公司要加快监管设施设备安装调试，5月20日前完成与海关金关二期系统对接测试，6月底前具备申请验收条件；喀什海关要提前介入、靠前指导。")
    duty("责任单位：新疆喀什国际陆港有限公司、喀什海关")
    item("（二）提升中吉乌公铁联运组织效率。", "加密喀什—奥什—塔什干公铁联运线路，推动“一单制”全程联运，力争年底前实现每周稳定开行3列以上。")
    duty("责任单位：片区商务和口岸局；配合单位：中国铁路乌鲁木齐局集团有限公司喀什车务段、喀什海关")
    item("（三）完善多式联运集疏运设施。", "加快喀什国际陆港铁路专用线二期工程建设，8月底前完成铺轨；同步建设集装箱堆场3.6万平方米。")
    duty("责任单位：片区规划建设局、新疆喀什国际陆港有限公司")
    item("（四）落实资金支持政策。", "对在喀什综合保税区开展跨境电商9610、9710、9810业务的企业，按照片区现行扶持政策及时兑现奖补资金，2026年安排专项资金1500万元，6月底前完成2025年度资金兑现。")
    duty("责任单位：片区财政局、片区经济发展局")
    head("三、有关要求")
    body("会议强调，各责任单位要强化责任担当，主动对接、密切配合，按照时间节点推进各项工作；遇到重大问题要及时向片区管委会报告，确保议定事项落地见效。")

    # ---- 附件2
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True  # 另面编排
    empty(doc, 1)
    add_par(doc, [("参会人员名单", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    people = [
        ["1", "片区管委会", "艾尔肯·吐尔逊", "主任"],
        ["2", "片区管委会", "刘振华", "副主任"],
        ["3", "片区经济发展局", "王建新", "局长"],
        ["4", "片区商务和口岸局", "阿不都热依木·买买提", "局长"],
        ["5", "片区商务和口岸局", "张　丽", "副局长"],
        ["6", "片区规划建设局", "李国强", "副局长"],
        ["7", "片区财政局", "马晓东", "局长"],
        ["8", "片区招商局", "古丽娜尔·艾海提", "副局长"],
        ["9", "喀什海关", "赵卫平", "副关长"],
        ["10", "喀什综合保税区管理服务中心", "孙　浩", "主任"],
        ["11", "中国铁路乌鲁木齐局集团有限公司喀什车务段", "杨振军", "副段长"],
        ["12", "新疆喀什国际陆港有限公司", "周　斌", "总经理"],
        ["13", "片区管委会办公室", "陈　静", "副主任（记录）"],
    ]
    t = doc.add_table(rows=2 + len(people), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "序号", HT, 12)
    set_cell(t.cell(0, 1), "单位", HT, 12)
    set_cell(t.cell(0, 2), "参会人员", HT, 12)
    set_cell(t.cell(1, 2), "姓名", HT, 12)
    set_cell(t.cell(1, 3), "职务", HT, 12)
    for (r1, c1), (r2, c2) in (((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3))):
        a, b = t.cell(r1, c1), t.cell(r2, c2)
        b.text = ""
        m = a.merge(b)
        for extra in m.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "单位", "参会人员／姓名", "参会人员／职务"]
    for ri, row in enumerate(people, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    for (r1, r2) in ((2, 3), (5, 6)):
        a, b = t.cell(r1, 1), t.cell(r2, 1)
        b.text = ""
        m = a.merge(b)
        for extra in m.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    col_widths(t, [1.5, 7.4, 4.2, 2.8])
    banji(doc, "喀什地区行政公署办公室，自治区商务厅（自治区自由贸易试验区工作办公室）。",
          "喀什片区管委会办公室", "2026年5月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于印发《喀什片区中吉乌国际多式联运暨跨境电商监管中心建设专题协调会议纪要》的通知",
            doc_number="喀自贸片办发〔2026〕15号",
            issuer=["中国（新疆）自由贸易试验区喀什片区管理委员会办公室"],
            date="2026-05-08",
            level="municipal",
            region="喀什地区",
            attachments=["喀什片区中吉乌国际多式联运暨跨境电商监管中心建设专题协调会议纪要",
                         "参会人员名单"],
            doc_type="通知",
            recipients=["片区各部门", "喀什综合保税区管理服务中心", "各有关单位"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_suifenhe(), doc_kashi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
