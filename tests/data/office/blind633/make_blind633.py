# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 633: 目标责任书 + 督办通知 (郑州)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    add_page_number(doc)
    return doc


def fmt_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def add_text(p, text, font=FS, size=16, bold=False, color=None):
    """text may contain '\n' = soft line break (Shift+Enter)."""
    pieces = text.split("\n")
    for i, piece in enumerate(pieces):
        if piece:
            fmt_run(p.add_run(piece), font, size, bold, color)
        if i < len(pieces) - 1:
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)


def para(doc, parts, align=None, indent=True, exact=28, space_before=0):
    """parts: list of (text, font, bold) or plain str."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_after = Pt(0)
    pf.space_before = Pt(space_before)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if isinstance(parts, str):
        parts = [(parts, FS, False)]
    for item in parts:
        text, font, bold = item[0], item[1], item[2]
        size = item[3] if len(item) > 3 else 16
        color = item[4] if len(item) > 4 else None
        add_text(p, text, font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(28)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="4" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)
    )
    ppr.append(bdr)


def add_field(p, instr, placeholder="1", font="宋体", size=14):
    r1 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = p.add_run(placeholder)
    fmt_run(r4, font, size)
    r5 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def add_page_number(doc):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt_run(p.add_run("— "), "宋体", 14)
    add_field(p, "PAGE")
    fmt_run(p.add_run(" —"), "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(20)
    add_text(p, text, font, size, bold)


def set_col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def table_borders(table, spec):
    """spec: dict side -> 'single'/'nil'"""
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    xml = "<w:tblBorders %s>" % nsdecls("w")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        v = spec.get(side, "nil")
        if v == "nil":
            xml += '<w:%s w:val="nil"/>' % side
        else:
            xml += '<w:%s w:val="single" w:sz="%s" w:space="0" w:color="000000"/>' % (side, v)
    xml += "</w:tblBorders>"
    tblpr.append(parse_xml(xml))


def ensure_auto_numbering(doc, num_id=77):
    """Word-numbering list '1.' with no tab after the number (suff=nothing)."""
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        "</w:lvl></w:abstractNum>" % (nsdecls("w"), num_id, FS, FS, FS)
    )
    first_num = numbering.find(qn("w:num"))
    absel = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(
        parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
            % (nsdecls("w"), num_id, num_id)
        )
    )
    return num_id


def auto_num_para(doc, text, num_id):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    pf.first_line_indent = Pt(32)
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id
    add_text(p, text)
    return p


def convert_pdf(path):
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/lo_633",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            HERE,
            path,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def clean(s):
    return s.replace("\n", "").strip().lstrip("\u3000").strip()


# ---------------------------------------------------------------- doc 1
def make_zerenshu():
    doc = new_doc()
    clauses = []

    def body(parts, record=True, **kw):
        p = para(doc, parts, **kw)
        if record:
            if isinstance(parts, str):
                txt = parts
            else:
                txt = "".join(x[0] for x in parts)
            clauses.append(clean(txt))
        return p

    def runin(head, text, head_font=FS):
        body([(head, head_font, True), (text, FS, False)])

    def h1(text):
        para(doc, [(text, HT, False)])

    def h2(text):
        para(doc, [(text, KT, False)])

    empty(doc)
    # title split with a soft line break, year in a separate 楷体 line
    para(doc, [("郑州市推进自贸片区高质量发展\n目标责任书", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    para(doc, [("（2026年度）", KT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    # parties, aligned by hand with spaces, no indent
    para(doc, [("甲方：", HT, False), ("郑州市人民政府", FS, False)], indent=False)
    para(doc, [("乙方：", HT, False),
               ("中国（河南）自由贸易试验区郑州片区管理委员会", FS, False)], indent=False)
    empty(doc)

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，"
         "全面落实省委、省政府关于推进中国（河南）自由贸易试验区高质量发展的工作要求，"
         "加快把郑州片区打造成为服务“一带一路”建设的现代综合交通枢纽和内陆开放高地，"
         "明确2026年度目标任务和工作责任，经甲乙双方协商一致，签订本责任书。")

    h1("一、目标任务")
    runin("（一）总体目标。",
          "以制度创新为核心，以“空中丝绸之路”“陆上丝绸之路”“网上丝绸之路”“海上丝绸之路”"
          "四路协同为抓手，统筹推进贸易投资自由化便利化，力争到2026年底，郑州片区主要开放型经济"
          "指标增速高于全市平均水平，形成一批具有全国影响力的制度创新成果。")
    h2("（二）主要指标")
    num_id = ensure_auto_numbering(doc)
    targets = [
        "外贸进出口总额达到1280亿元，同比增长6%以上。",
        "实际使用外资达到2.3亿美元，新设外商投资企业不少于60家。",
        "跨境电商进出口交易额突破420亿元，同比增长10%以上。",
        "中欧班列（中豫）开行不少于1500列，其中回程班列占比不低于45%。",
        "郑州经开综合保税区进出口额达到310亿元，保税维修、保税研发等新业态业务额增长15%以上。",
        "新增市场主体1.8万户，其中新增企业不少于7000户。",
        "形成制度创新案例不少于10项，其中力争2项以上在全国复制推广、5项以上在全省复制推广。",
        "“一带一路”沿线国家和地区进出口额占片区外贸总额比重提高到38%以上。",
    ]
    for i, t in enumerate(targets, 1):
        auto_num_para(doc, t, num_id)
        clauses.append("%d.%s" % (i, t))
    h2("（三）重点任务")
    body("乙方应于2026年内完成以下重点任务：")

    head = ["序号", "重点任务", "完成时限", "配合单位"]
    rows = [
        ["1", "建成投用跨境电商综合服务平台2.0版，实现“9610”“9710”“9810”“1210”全模式通关",
         "2026年6月底前", "市商务局、市政府口岸办"],
        ["2", "推动中欧班列（中豫）集结中心扩容改造，新增“班列+跨境电商”专线不少于3条",
         "2026年9月底前", "市交通运输局、郑州国际陆港公司"],
        ["3", "开展外商投资准入前国民待遇加负面清单管理制度落实情况专项评估，清理与负面清单不一致的规定",
         "2026年10月底前", "市发展改革委、市商务局"],
        ["4", "推进综合保税区“智慧综保”监管平台建设，实现货物进出区全流程无纸化",
         "2026年11月底前", "市政府口岸办"],
        ["5", "完成不少于20项省级经济社会管理权限承接运行评估",
         "2026年12月底前", "市委编办、市司法局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(head):
        cell_text(t.cell(0, j), h, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, FS, 12, False,
                      WD_ALIGN_PARAGRAPH.CENTER if j in (0, 2) else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (head[j], r[j]) for j in range(4)))
    set_col_widths(t, [1.2, 8.4, 2.8, 3.2])
    empty(doc)

    h1("二、责任分工")
    runin("（一）甲方责任。",
          "甲方负责统筹协调郑州片区建设中的重大问题，在政策制定、要素保障、资金安排、干部配备等方面"
          "给予支持；组织市直有关部门按照职责分工支持乙方完成目标任务；负责对乙方目标任务完成情况进行"
          "督导和考核。")
    runin("（二）乙方责任。",
          "乙方是本责任书目标任务落实的责任主体，主要负责人为第一责任人，具体负责：")
    # hand-typed numbering with full-width period
    for s in [
        "1．制定年度工作计划，将目标任务逐项分解到内设机构和具体责任人，建立工作台账；",
        "2．每月10日前向甲方报送上月指标完成情况，每季度末报送重点任务推进情况；",
        "3．及时总结制度创新经验，按程序申报省级、国家级制度创新案例；",
        "4．配合做好统计监测、审计监督等工作，确保数据真实准确。",
    ]:
        body(s)
    # soft line break in the middle of a sentence
    runin("（三）部门协同。",
          "市商务局作为市推进自贸片区建设工作领导小组办公室所在单位，负责日常调度和指标监测；"
          "市发展改革委、市财政局、市市场监管局、市交通运输局、\n市政府口岸办等部门按照职责分工，"
          "主动对接乙方需求，协同推进相关工作。")

    h1("三、考核奖惩")
    runin("（一）考核方式。",
          "考核采取季度监测、半年评估、年终考核相结合的方式，由市推进自贸片区建设工作领导小组办公室"
          "组织实施。年终考核于2027年1月底前完成，考核结果报市政府审定。")
    runin("（二）考核等次。",
          "考核结果分为优秀、良好、合格、不合格四个等次。主要指标全部完成且制度创新成果突出的，可评为"
          "优秀；主要指标完成率低于70%的，评为不合格。")
    runin("（三）奖励措施。",
          "考核结果为优秀的，由市政府予以通报表扬，并在市级自贸试验区建设专项资金中给予乙方不超过500万元"
          "的奖励；考核结果纳入乙方领导班子和领导干部年度综合考核。")
    runin("（四）问责措施。",
          "考核结果为不合格的，由市政府约谈乙方主要负责人，乙方应在15个工作日内提交书面整改报告；"
          "连续两年不合格的，按照有关规定追究相关人员责任。")
    runin("（五）一票否决。",
          "发生重大安全生产事故、重大生态环境事件，或者严重违反外商投资、海关监管等法律法规造成恶劣"
          "影响的，年度考核不得评为良好及以上等次。")

    h1("四、其他事项")
    # these three typed with leading full-width spaces instead of a first-line indent
    for s in [
        "（一）本责任书执行期间，如遇国家、省政策重大调整或不可抗力因素影响，经双方协商一致，可对相关指标作适当调整。",
        "（二）本责任书一式四份，甲乙双方各执两份。",
        "（三）本责任书自双方签字盖章之日起生效，有效期至2026年12月31日。",
    ]:
        body("\u3000\u3000" + s, indent=False)
    empty(doc)
    para(doc, [("（以下无正文）", FS, False)], indent=True)
    empty(doc, 2)

    # signature blocks side by side, borderless layout table
    sig = doc.add_table(rows=3, cols=2)
    sig_rows = [
        ("甲方（盖章）：郑州市人民政府",
         "乙方（盖章）：中国（河南）自由贸易试验区郑州片区管理委员会"),
        ("负责人（签字）：", "负责人（签字）："),
        ("日期：2026年2月26日", "日期：2026年2月26日"),
    ]
    for i, (a, b) in enumerate(sig_rows):
        cell_text(sig.cell(i, 0), a, FS, 15)
        cell_text(sig.cell(i, 1), b, FS, 15)
        for c in (0, 1):
            sig.cell(i, c).paragraphs[0].paragraph_format.line_spacing = Pt(40)
    set_col_widths(sig, [7.5, 8.1])

    stem = "blind633_zhengzhou_zerenshu"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "郑州市推进自贸片区高质量发展目标责任书（2026年度）",
        "doc_number": None,
        "issuer": ["郑州市人民政府", "中国（河南）自由贸易试验区郑州片区管理委员会"],
        "date": "2026-02-26",
        "published": None,
        "level": "municipal",
        "region": "中国（河南）自由贸易试验区郑州片区",
        "effective": "2026-02-26",
        "expires": "2026-12-31",
        "attachments": [],
        "doc_type": "目标责任书",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2
def make_duban():
    doc = new_doc()
    clauses = []

    def body(parts, record=True, **kw):
        p = para(doc, parts, **kw)
        if record:
            txt = parts if isinstance(parts, str) else "".join(x[0] for x in parts)
            clauses.append(clean(txt))
        return p

    # 版头
    empty(doc)
    para(doc, [("督  办  通  知", XBS, False, 42, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=60)
    empty(doc)
    para(doc, [("〔2026〕第7号", FS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = para(doc, [("市委督查室  市政府督查室                    2026年3月12日", FS, False)],
             indent=False)
    bottom_border(p)
    empty(doc)

    para(doc, [("关于督办落实郑州片区2026年度\n高质量发展目标任务的通知", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    recipients = [
        "中国（河南）自由贸易试验区郑州片区管委会",
        "郑东新区管委会",
        "郑州经开区管委会",
        "金水区人民政府",
        "市发展改革委",
        "市商务局",
        "市财政局",
        "市司法局",
        "市交通运输局",
        "市市场监管局",
        "市政府口岸办",
    ]
    para(doc, "中国（河南）自由贸易试验区郑州片区管委会，郑东新区管委会、郑州经开区管委会、"
              "金水区人民政府，市发展改革委、市商务局、市财政局、市司法局、市交通运输局、"
              "市市场监管局、市政府口岸办：", indent=False)

    body("2026年2月26日，市政府与中国（河南）自由贸易试验区郑州片区管委会签订了《郑州市推进自贸片区"
         "高质量发展目标责任书（2026年度）》。从一季度监测情况看，部分指标和重点任务推进滞后于序时进度。"
         "为确保责任书确定的各项目标任务按期落实，根据市委、市政府主要领导批示精神，经市领导同意，"
         "市委督查室、市政府督查室决定对相关事项进行专项督办。现将有关事项通知如下：")

    para(doc, [("一、督办事项", HT, False)])

    head = ["序号", "督办事项", "责任单位", "办结时限", "反馈要求"]
    merged_fb = "每月25日前报送当月进展情况，办结后5个工作日内报送办结报告"
    rows = [
        ["1", "针对外贸进出口总额、实际使用外资、跨境电商交易额等主要指标完成进度滞后问题，制定针对性"
              "攻坚措施，确保上半年完成全年目标的50%以上",
         "郑州片区管委会（牵头），市商务局", "2026年6月30日", merged_fb],
        ["2", "加快推进中欧班列（中豫）集结中心扩容改造，新增“班列+跨境电商”专线不少于3条",
         "市交通运输局（牵头），郑州片区管委会", "2026年9月30日", merged_fb],
        ["3", "建成投用跨境电商综合服务平台2.0版，实现跨境电商全模式通关",
         "市商务局（牵头），市政府口岸办、郑州片区管委会", "2026年6月30日", merged_fb],
        ["4", "对照外商投资准入负面清单，完成片区内与负面清单不一致规定的清理",
         "市发展改革委（牵头），市商务局、市司法局", "2026年5月31日", "办结后5个工作日内报送清理结果"],
        ["5", "落实市级自贸试验区建设专项资金，明确年度资金拨付计划",
         "市财政局", "2026年4月15日", "办结后3个工作日内书面反馈"],
        ["6", "梳理片区内企业反映的通关、登记注册、外汇结算等方面问题，建立问题清单并逐项销号",
         "郑东新区管委会、郑州经开区管委会、金水区人民政府，市市场监管局", "长期坚持",
         "每季度末月25日前报送问题清单销号情况"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(head):
        cell_text(t.cell(0, j), h, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            if j == 4 and i in (2, 3):
                continue  # vertically merged with row 1
            cell_text(t.cell(i, j), v, FS, 10.5, False,
                      WD_ALIGN_PARAGRAPH.CENTER if j in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (head[j], r[j]) for j in range(5)))
    set_col_widths(t, [1.3, 5.8, 3.8, 2.3, 3.4])
    t.cell(1, 4).merge(t.cell(3, 4))
    empty(doc)

    para(doc, [("二、工作要求", HT, False)])

    def runin(head, text):
        body([(head, KT, False), (text, FS, False)])

    runin("（一）提高思想认识。",
          "各责任单位要把督办事项作为当前推进自贸片区高质量发展的重点工作，主要负责同志亲自研究部署，"
          "分管负责同志具体抓落实，确保件件有着落、事事有回音。")
    runin("（二）严格按时反馈。",
          "各责任单位要按照督办事项反馈要求，如实填写《督办事项落实情况反馈表》（见附件），经单位主要负责"
          "同志审签并加盖公章后，报送市委督查室（纸质版一式两份），电子版同时发送至邮箱"
          "zzdbk2026@163.com。逾期未反馈或反馈内容不实的，将予以通报。")
    runin("（三）强化跟踪问效。",
          "市委督查室、市政府督查室将会同市推进自贸片区建设工作领导小组办公室，采取实地督查、随机抽查、"
          "明察暗访等方式进行跟踪督查。对工作推进不力、进度严重滞后的，将按照有关规定启动问责程序。")
    runin("（四）实行办结销号。",
          "督办事项办结后，由责任单位提出销号申请，经市委督查室、市政府督查室审核确认后予以销号；"
          "未经审核确认的，不得自行销号。")
    body("联系人：王立新（市委督查室），联系电话：0371-67181234；赵敏（市政府督查室），"
         "联系电话：0371-67185678。")
    empty(doc)
    para(doc, "附件：督办事项落实情况反馈表")
    empty(doc)
    # 落款 aligned by typing spaces
    para(doc, "中共郑州市委督查室          郑州市人民政府督查室", indent=True)
    para(doc, "                                2026年3月12日", indent=False)

    # 附件 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", HT, False)], indent=False)
    empty(doc)
    para(doc, [("督办事项落实情况反馈表", XBS, False, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    para(doc, [("填报单位（盖章）：                  填报日期：    年  月  日", FS, False, 14)],
         indent=False)
    ft = doc.add_table(rows=6, cols=4)
    ft.style = "Table Grid"
    ft.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(ft.cell(0, 0), "督办事项", HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(ft.cell(1, 0), "责任单位", HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(ft.cell(1, 2), "办结时限", HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(ft.cell(2, 0), "落实进展情况", HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(ft.cell(3, 0), "存在问题及原因", HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(ft.cell(4, 0), "下一步工作措施", HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(ft.cell(5, 0), "单位主要负责人\n（签字）", HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(ft.cell(5, 2), "联系人及电话", HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(ft, [3.4, 5.0, 3.0, 4.2])
    ft.cell(0, 1).merge(ft.cell(0, 3))
    for r in (2, 3, 4):
        ft.cell(r, 1).merge(ft.cell(r, 3))
        ft.rows[r].height = Cm(2.6)
    ft.rows[0].height = Cm(1.6)
    empty(doc)

    # 版记 as a table: top/bottom rules only
    bj = doc.add_table(rows=2, cols=1)
    table_borders(bj, {"top": "8", "bottom": "8", "insideH": "4"})
    cell_text(bj.cell(0, 0), "抄送：市委、市政府有关领导，市推进自贸片区建设工作领导小组办公室。", FS, 14)
    cell_text(bj.cell(1, 0), "中共郑州市委督查室                          2026年3月12日印发", FS, 14)

    stem = "blind633_zhengzhou_duban"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "关于督办落实郑州片区2026年度高质量发展目标任务的通知",
        "doc_number": "〔2026〕第7号",
        "issuer": ["中共郑州市委督查室", "郑州市人民政府督查室"],
        "date": "2026-03-12",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": ["督办事项落实情况反馈表"],
        "doc_type": "通知",
        "recipients": recipients,
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_zerenshu, make_duban):
        stem, path, objs = maker()
        expected[stem] = objs
        convert_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
