# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1000: 港口设施保安费价格听证 (广西 钦州港区): 听证会公告, 听证报告, 名单及变更公告."""
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
ORGAN = "广西壮族自治区发展和改革委员会"
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
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field(fp, code, name=SONG, size=14):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), code)))
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
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
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":
        font(fp.add_run("- "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" -"), SONG, 14)
    elif footer == "gong":
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


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
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1000", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


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


# =================================================================== DOC A
def doc_gonggao():
    """听证会公告 with 参加人 table and 附件 (听证方案, two-level header table)."""
    stem = "blind1000_gonggao"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    # 版头
    add_par(doc, [(ORGAN, XBS, 26, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=48)
    empty(doc, 1)
    p = add_par(doc, "桂发改公告〔2026〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, Shift+Enter at an odd place
    p = doc.add_paragraph()
    font(p.add_run("关于举行钦州港区港口设施保安费"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("收费标准调整听证会的公告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    body("根据《中华人民共和国价格法》《政府制定价格听证办法》（国家发展和改革委员会令2018年第2号）和《广西壮族自治区定价目录》有关规定，我委定于2026年4月16日在钦州市举行钦州港区港口设施保安费收费标准调整听证会。现将有关事项公告如下：")
    head("一、听证事项")
    body("中国（广西）自由贸易试验区钦州港片区钦州港区港口设施保安费收费标准调整方案。听证方案由我委在定价成本监审的基础上研究提出，详见附件。")
    head("二、听证会时间和地点")
    runin("（一）时间：", "2026年4月16日（星期四）上午9:00。")
    runin("（二）地点：", "中国（广西）自由贸易试验区钦州港片区综合服务中心三楼第一会议室（钦州市钦南区滨海大道88号）。")
    head("三、听证会参加人及名额")
    body("本次听证会设听证会参加人15名，其中港口服务使用者（消费者）代表7名、经营者代表2名、其他利益相关方代表2名、相关领域专家学者2名、政府部门及社会组织代表2名。各类参加人名额、产生方式和报名条件如下：")

    header = ["序号", "参加人类别", "名额（名）", "产生方式", "报名条件"]
    rows = [
        ["1", "港口服务使用者（消费者）代表", "7", "自愿报名，由我委随机选取",
         "在钦州港区从事进出口贸易、航运、船舶代理、货运代理的企业人员及其他港口服务使用者"],
        ["2", "经营者代表", "2", "由自治区港口协会推荐",
         "钦州港区港口经营企业的负责人或财务、经营管理人员"],
        ["3", "其他利益相关方代表", "2", "由钦州港片区管委会推荐",
         "钦州港片区内物流园区、综合保税区企业人员"],
        ["4", "专家学者", "2", "由我委邀请",
         "从事价格、交通运输、港航经济研究的专家学者"],
        ["5", "政府部门及社会组织代表", "2", "由我委邀请",
         "有关政府部门和自治区消费者权益保护委员会代表"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 4 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al)
            vcenter(t.rows[ri].cells[ci])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, [1.2, 4.0, 1.6, 3.2, 5.6])
    # note under the table, smaller font
    t_note = "注：港口服务使用者（消费者）代表报名人数超过名额的，由我委在公证机构监督下随机抽取产生。"
    clauses.append(t_note)
    add_par(doc, [(t_note, FS, 14, False)], indent=False, line=24, before=4)

    head("四、报名方式")
    runin("（一）报名时间：", "2026年3月17日至3月27日（工作日上午8:30—12:00，下午15:00—18:00）。")
    runin("（二）报名方法：", "报名人可通过现场、邮寄或电子邮件方式报名，须填写《听证会参加人报名表》（可在自治区发展和改革委员会门户网站下载），并提供本人有效身份证件复印件。")
    # half-width colons/commas typed in the contact line
    runin("（三）报名地址：", "南宁市青秀区民族大道109号自治区发展和改革委员会收费管理处(邮政编码:530022)，联系电话:0771-2807315, 电子邮箱:gxfgwsfc@163.com。")
    head("五、旁听和新闻报道")
    body("听证会公开举行，接受社会监督。公民可以申请旁听，旁听人员名额为10名，报名时间、方式与听证会参加人相同，按报名先后顺序确定。新闻媒体可申请采访报道。")
    head("六、其他事项")
    body("听证会参加人名单将于听证会举行15日前在自治区发展和改革委员会门户网站公布。听证会参加人不得委托他人代为出席。")
    add_par(doc, "特此公告。")
    add_par(doc, "附件：钦州港区港口设施保安费收费标准调整听证方案")
    empty(doc, 1)
    # 落款 by right alignment with right indent
    for txt in (ORGAN, "2026年3月16日"):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48 if txt == ORGAN else 80)
        p.paragraph_format.keep_with_next = True
    add_par(doc, "（此件主动公开）")

    # ------------------------------------------------ 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("钦州港区港口设施保安费收费标准调整听证方案", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=10, after=10)
    head("一、现行收费标准及调整的必要性")
    body("钦州港区现行港口设施保安费收费标准于2016年核定，执行至今已近10年，其间保安设施设备和人员成本明显上升。经定价成本监审，2025年钦州港区港口设施保安定价成本为1.86亿元，按现行标准测算收费收入为1.21亿元，收支缺口较大，有必要在合理补偿成本的基础上调整收费标准、优化收费结构。")
    head("二、调整方案")
    body("本次听证提出两个调整方案，具体标准如下：")
    add_par(doc, [("钦州港区港口设施保安费收费标准调整方案对照表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26)
    add_par(doc, [("金额单位：元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    t = doc.add_table(rows=2 + 5, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0 = t.rows[0].cells
    h1 = t.rows[1].cells
    for i, h in enumerate(["收费项目", "计费单位", "现行标准"]):
        c = h0[i].merge(h1[i])
        set_cell(c, h, HT, 10.5)
        vcenter(c)
    c = h0[3].merge(h0[4])
    set_cell(c, "调整方案", HT, 10.5)
    set_cell(t.rows[1].cells[3], "方案一", HT, 10.5)
    set_cell(t.rows[1].cells[4], "方案二", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    flat = ["收费项目", "计费单位", "现行标准", "调整方案／方案一", "调整方案／方案二"]
    data = [
        ["国际航线20英尺集装箱", "元/箱", "7", "9", "8"],
        ["国际航线40英尺集装箱", "元/箱", "10", "13", "12"],
        ["国际航线散杂货", "元/吨", "0.2", "0.26", "0.24"],
        ["国际航线滚装汽车", "元/辆", "5", "6", "6"],
        ["国际航线空箱", "元/箱", "按重箱标准的50%计收", "按重箱标准的50%计收", "按重箱标准的40%计收"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5)
            vcenter(t.rows[ri].cells[ci])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(flat, row)))
    widths(t, [4.6, 1.9, 3.1, 3.0, 3.0])
    # note: two items typed in one paragraph with Shift+Enter
    n1 = "注：1.方案一按照定价成本监审结果，在合理补偿成本的基础上测算，预计年收费收入1.68亿元。"
    n2 = "2.方案二对经西部陆海新通道海铁联运进出港的国际航线集装箱按上述标准的80%计收，预计年收费收入1.52亿元。"
    p = doc.add_paragraph()
    font(p.add_run(n1), FS, 14)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + n2), FS, 14)
    fmt(p, indent=False, line=22, before=4)
    clauses.extend([n1, n2])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于举行钦州港区港口设施保安费收费标准调整听证会的公告",
            "doc_number": "桂发改公告〔2026〕4号",
            "issuer": [ORGAN],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港区港口设施保安费收费标准调整听证方案"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_baogao():
    """听证报告 on 信函式 letterhead, auto-numbered headings, long table with repeated header."""
    stem = "blind1000_baogao"
    doc = Document()
    setup(doc, "hyphen")
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # 信函式版头: organ name in red, red double rule (文武线)
    p = add_par(doc, [(ORGAN, XBS, 28, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=44)
    border(p, "bottom", "FF0000", 18, 10, val="thickThinSmallGap")
    empty(doc, 1)
    # title: three separate paragraphs
    for part in ("钦州港区港口设施保安费", "收费标准调整听证会", "听证报告"):
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)

    body("按照《政府制定价格听证办法》规定，自治区发展和改革委员会于2026年4月16日下午在钦州市举行了钦州港区港口设施保安费收费标准调整听证会。现将听证会有关情况报告如下：")
    head("听证会基本情况")
    runin("（一）听证会组织情况。", "2026年3月16日，自治区发展和改革委员会发布《关于举行钦州港区港口设施保安费收费标准调整听证会的公告》（桂发改公告〔2026〕4号），公开征集听证会参加人和旁听人员。报名期间共收到消费者代表报名申请23份，经资格审查和公证监督下随机抽取，产生消费者代表7名；其余参加人按照公告确定的方式产生。3月31日，公布了听证会参加人名单。因会场安排调整，4月8日发布公告，将听证会时间变更为4月16日下午14:30，地点变更为钦州市行政中心2号楼五楼会议室。")
    runin("（二）听证会举行情况。", "听证会由自治区发展和改革委员会副主任黄志明担任听证主持人，收费管理处李伟、自治区价格成本调查监审局韦丽华担任听证人。听证会应到参加人15名，实到15名；旁听人员9名，新闻媒体记者6名参加旁听和采访。会上，定价机关代表介绍了听证方案和定价成本监审结论，参加人逐一发表了意见。钦州市公证处对听证会全过程进行了公证。")
    head("听证参加人意见")
    body("15名听证会参加人中，13名同意调整收费标准，2名不同意调整。在同意调整的参加人中，9名支持方案二，4名支持方案一。主要意见归纳如下：")
    item("关于调整的必要性。", "多数参加人认为，钦州港区港口设施保安费收费标准已执行近10年，其间港口吞吐量和保安设施投入大幅增长，适当调整收费标准、合理补偿成本是必要的。")
    item("关于调整方案的选择。", "9名参加人支持方案二，认为方案二对海铁联运集装箱实行优惠，符合西部陆海新通道建设导向，有利于降低外贸企业物流成本、吸引货源向钦州港集聚；4名参加人支持方案一，认为方案一收费结构简单、便于执行，能够更充分地补偿成本。")
    item("关于不同意调整的意见。", "2名港口服务使用者（消费者）代表不同意调整，认为当前外贸企业经营压力较大，建议暂缓调整或通过财政补贴弥补成本缺口。")
    item("关于加强收费管理的建议。", "部分参加人建议规范港口设施保安费征收和使用管理，实行收支公开，适当降低空箱收费标准，建立收费标准定期评估机制。")
    body("听证会参加人主要意见和建议及采纳情况见下表。")
    add_par(doc, [("听证会参加人主要意见及采纳情况表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26, before=6)
    header = ["序号", "意见和建议", "提出人", "采纳情况", "说明"]
    rows = [
        ["1", "同意调整港口设施保安费收费标准，合理补偿港口设施保安成本",
         "参加人13名",
         "采纳", "现行标准下收支缺口较大"],
        ["2", "支持方案二，对海铁联运集装箱给予优惠", "参加人9名", "采纳",
         "符合西部陆海新通道建设导向"],
        ["3", "支持方案一", "参加人4名", "未采纳",
         "方案二兼顾了物流降本需要"],
        ["4", "暂缓调整，或通过财政补贴弥补成本缺口", "消费者代表2名", "未采纳",
         "按照“谁受益、谁付费”原则由使用者合理负担"],
        ["5", "空箱收费标准由重箱标准的50%降至40%", "消费者代表3名", "部分采纳",
         "海铁联运空箱按40%计收，其他空箱维持50%"],
        ["6", "实行收支公开，接受社会监督", "专家学者1名、政府部门及社会组织代表1名", "采纳",
         "收费单位每年公开收支情况"],
        ["7", "建立收费标准定期评估机制", "专家学者2名", "采纳",
         "每3年评估一次"],
        ["8", "将港口设施保安费并入港口作业包干费统一收取", "经营者代表1名", "未采纳",
         "需单独核算、专款专用"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2, 4) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al)
            vcenter(t.rows[ri].cells[ci])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, [1.2, 5.6, 2.8, 1.9, 4.1])
    note = "注：同一参加人提出多条意见的，分别统计。"
    clauses.append(note)
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=4)
    head("处理建议")
    body("综合听证会参加人意见，结合定价成本监审结论，听证人提出如下处理建议：")
    for s in (
        "1．采用方案二调整钦州港区港口设施保安费收费标准，即国际航线20英尺集装箱每箱8元、40英尺集装箱每箱12元，散杂货每吨0.24元，滚装汽车每辆6元；经西部陆海新通道海铁联运进出港的国际航线集装箱按上述标准的80%计收。",
        "2．经海铁联运进出港的国际航线空箱按重箱标准的40%计收，其他空箱按重箱标准的50%计收。",
        "3．督促收费单位严格执行明码标价规定，每年公开收费收入和保安设施投入情况。",
        "4．建立收费标准定期评估机制，原则上每3年开展一次定价成本监审。",
    ):
        body(s)
    add_par(doc, "特此报告。")
    # 落款 aligned with a left tab stop (clerk's way)
    for txt in ("听证主持人：黄志明", "听\u3000证\u3000人：李\u3000伟\u3000韦丽华"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.0))
    p = add_par(doc, [("\t二〇二六年四月二十四日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.0))
    banji(doc, "抄送：自治区交通运输厅，钦州市人民政府，钦州港片区管委会。",
          "广西壮族自治区发展和改革委员会办公室", "2026年4月24日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州港区港口设施保安费收费标准调整听证会听证报告",
            "doc_number": None,
            "issuer": [ORGAN],
            "date": "2026-04-24",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_mingdan():
    """Two 公告 printed one after the other (web print-out style, no 红头)."""
    stem = "blind1000_mingdan"
    doc = Document()
    setup(doc, "gong")
    docs = []

    def body(cl, t):
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    def title_block(title, number):
        # one paragraph, Word wraps it wherever it likes
        add_par(doc, [(title, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
        add_par(doc, [(number, KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, before=6)
        empty(doc, 1)

    def luokuan(date_txt):
        empty(doc, 2)
        # organ and date in one right-aligned paragraph split by Shift+Enter
        p = doc.add_paragraph()
        font(p.add_run(ORGAN + "\u3000\u3000"), FS, 16)
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(date_txt + "\u3000\u3000\u3000\u3000"), FS, 16)
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    # ----- C1
    cl = []
    t1 = "关于公布钦州港区港口设施保安费收费标准调整听证会参加人名单的公告"
    title_block(t1, "桂发改公告〔2026〕7号")
    body(cl, "根据《政府制定价格听证办法》和《关于举行钦州港区港口设施保安费收费标准调整听证会的公告》（桂发改公告〔2026〕4号），经公开报名、资格审查、随机抽取和邀请推荐等程序，确定钦州港区港口设施保安费收费标准调整听证会参加人15名。现将名单公布如下（同一类别内按姓氏笔画排序）：")
    header = ["序号", "类别", "姓名", "工作单位或职业"]
    groups = [
        ("港口服务使用者（消费者）代表", [
            ("马晓东", "广西钦州保税港区宏达进出口贸易有限公司"),
            ("韦丽萍", "钦州市海通国际货运代理有限公司"),
            ("邓建华", "广西钦州鑫源粮油进出口有限公司"),
            ("刘海燕", "钦州港联合船务代理有限公司"),
            ("陆文斌", "广西新通道海铁联运物流有限公司"),
            ("陈思远", "集装箱货车司机"),
            ("覃永胜", "广西东盟跨境贸易服务有限公司"),
        ]),
        ("经营者代表", [
            ("王建国", "北部湾港钦州码头有限公司"),
            ("李春梅", "钦州港集装箱码头经营有限公司"),
        ]),
        ("其他利益相关方代表", [
            ("苏\u3000明", "中国（广西）自由贸易试验区钦州港片区物流企业协会"),
            ("梁晓婷", "钦州港东盟冷链物流园运营有限公司"),
        ]),
        ("专家学者", [
            ("农志刚", "广西大学经济学院教授"),
            ("蒙\u3000丽", "北部湾大学海运学院副教授"),
        ]),
        ("政府部门及社会组织代表", [
            ("杨\u3000帆", "钦州市人民政府办公室"),
            ("廖春华", "广西壮族自治区消费者权益保护委员会"),
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + n, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    seq = 0
    for cat, people in groups:
        first = r
        for name, unit in people:
            seq += 1
            set_cell(t.rows[r].cells[0], str(seq), FS, 12)
            set_cell(t.rows[r].cells[2], name, FS, 12)
            set_cell(t.rows[r].cells[3], unit, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            cl.append("序号：%d；类别：%s；姓名：%s；工作单位或职业：%s" % (seq, cat, name, unit))
            r += 1
        c = t.rows[first].cells[1]
        if r - 1 > first:
            c = c.merge(t.rows[r - 1].cells[1])
        set_cell(c, cat, FS, 12)
        vcenter(c)
    widths(t, [1.3, 4.2, 2.0, 7.7])
    empty(doc, 1, line=14)
    # Shift+Enter between the instruction and the contact line
    s1 = "请听证会参加人于2026年4月10日前到我委收费管理处领取听证材料，并按时出席听证会。"
    s2 = "联系人：陆晨，联系电话：0771-2807315。"
    p = doc.add_paragraph()
    font(p.add_run(IND + s1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + s2), FS, 16)
    fmt(p, indent=False)
    cl.extend([s1, s2])
    add_par(doc, IND + "特此公告。", indent=False)
    luokuan("2026年3月31日")
    docs.append({
        "meta": {
            "title": t1, "doc_number": "桂发改公告〔2026〕7号", "issuer": [ORGAN],
            "date": "2026-03-31", "published": None, "level": "provincial",
            "region": "广西壮族自治区", "effective": None, "expires": None,
            "attachments": [], "doc_type": "公告", "recipients": [], "publicity": None,
            "repeals": None},
        "clauses": cl})

    # ----- C2, on the next page
    page_break(doc)
    cl = []
    t2 = "关于钦州港区港口设施保安费收费标准调整听证会时间和地点变更的公告"
    title_block(t2, "桂发改公告〔2026〕9号")
    body(cl, "因会场安排调整，原定于2026年4月16日上午举行的钦州港区港口设施保安费收费标准调整听证会时间和地点变更如下：")
    body(cl, "一、时间：2026年4月16日（星期四）下午14:30。")
    body(cl, "二、地点：钦州市行政中心2号楼五楼会议室（钦州市钦南区扬帆大道18号）。")
    body(cl, "听证会参加人、旁听人员和新闻媒体记者请于当日14:00前凭本人有效身份证件签到入场。由此带来的不便，敬请谅解。")
    add_par(doc, IND + "特此公告。", indent=False)
    luokuan("2026年4月8日")
    docs.append({
        "meta": {
            "title": t2, "doc_number": "桂发改公告〔2026〕9号", "issuer": [ORGAN],
            "date": "2026-04-08", "published": None, "level": "provincial",
            "region": "广西壮族自治区", "effective": None, "expires": None,
            "attachments": [], "doc_type": "公告", "recipients": [], "publicity": None,
            "repeals": None},
        "clauses": cl})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_gonggao(), doc_baogao(), doc_mingdan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
