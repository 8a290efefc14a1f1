# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1016: 司法局合法性审查意见书 + 商务局采纳情况说明 (Word + PDF + expected.json)."""
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
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


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
    fp = s.footer.paragraphs[0]
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def widths(t, ws):
    t.autofit = False
    for i, w in enumerate(ws):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(ws):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def two_col(doc, rows, clauses, header=("原条文", "修改建议"), size=12, repeat=False):
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, [7.7, 7.7])
    return t


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1016", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, first, KT, KT, KT))
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

XM_DRAFT = "中国（福建）自由贸易试验区厦门片区促进数字贸易高质量发展办法（送审稿）"
NN_DRAFT = "中国（广西）自由贸易试验区南宁片区外贸新业态发展扶持资金管理办法（送审稿）"


# =================================================================== DOC A
def doc_xiamen_yijianshu():
    stem = "blind1016_xiamen_shencha"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    add_par(doc, [("厦门市司法局", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64)
    empty(doc, 1, line=20)
    p = add_par(doc, [("厦司合审〔2026〕17号", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title broken into three paragraphs at odd places
    for part in ("关于《中国（福建）自由贸易试验区",
                 "厦门片区促进数字贸易高质量发展办法",
                 "（送审稿）》的合法性审查意见书"):
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "厦门市商务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def label(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("你局《关于提请对〈" + XM_DRAFT + "〉进行合法性审查的函》（厦商务函〔2026〕41号）及起草说明、征求意见情况、公平竞争审查表等材料于2026年3月9日收悉。根据《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）和我市行政规范性文件合法性审查有关规定，我局对送审稿进行了合法性审查，现将审查意见书面反馈如下：")
    label("送审单位：", "厦门市商务局")
    label("送审文件名称：", XM_DRAFT)
    label("审查依据：", "《中华人民共和国立法法》《中华人民共和国行政处罚法》《中华人民共和国数据安全法》《优化营商环境条例》《公平竞争审查条例》《中国（福建）自由贸易试验区条例》以及国家、省、市关于行政规范性文件管理的有关规定。")
    add_par(doc, [("审查意见", HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    body("经审查，送审稿主体内容符合法律、法规、规章和国家政策规定，制定程序基本符合要求，但部分条款存在以下问题，建议修改：")
    head("一、关于违法设定行政处罚的问题")
    body("送审稿第九条规定对未按要求报送数字贸易统计数据的企业处以罚款。根据《中华人民共和国行政处罚法》第十六条的规定，除法律、法规、规章外，其他规范性文件不得设定行政处罚。该条款没有上位法依据，属于违法设定行政处罚，应当删除。")
    two_col(doc, [
        ["第九条　片区内享受本办法扶持政策的企业应当按季度向市商务局报送数字贸易统计数据。未按规定报送或者报送虚假数据的，由市商务局责令改正，处一万元以上三万元以下罚款。",
         "第九条　片区内享受本办法扶持政策的企业应当按季度向市商务局报送数字贸易统计数据。未按规定报送的，由市商务局督促其限期报送；报送虚假数据骗取扶持资金的，依法追回已拨付资金，并按照有关规定处理。"],
    ], clauses)
    empty(doc, 1, line=14)
    t = "二、关于妨碍公平竞争的问题。"
    rest = "送审稿第六条第二款规定按照企业上一年度对片区地方财政贡献的一定比例给予奖励，第七条规定扶持对象限于“在片区注册且纳税满三年”的企业。上述规定与《公平竞争审查条例》第十条关于不得根据经营者缴纳的税收或者非税收入情况给予奖励补贴等规定不符，建议修改。"
    clauses.append(t + rest)
    add_par(doc, [(t, HT, 16, False), (rest, FS, 16, False)])
    two_col(doc, [
        ["第六条第二款　对年度数字服务出口额首次超过1000万美元的企业，按其上一年度对片区地方财政贡献的50%给予奖励，最高不超过200万元。",
         "第六条第二款　对年度数字服务出口额首次超过1000万美元的企业，按照其数字服务出口额增量给予一次性奖励，每1万美元奖励100元，最高不超过200万元。"],
        ["第七条　本办法扶持对象为在片区注册且纳税满三年的数字贸易企业。",
         "第七条　本办法扶持对象为在片区依法登记注册、具有独立法人资格，且从事数字贸易业务的企业。"],
    ], clauses)
    empty(doc, 1, line=14)
    head("三、关于施行日期和有效期的问题")
    body("送审稿第十五条规定“本办法自发布之日起施行，长期有效”，不符合行政规范性文件应当明确有效期的规定，且未预留必要的施行准备期。建议明确具体施行日期和有效期。")
    two_col(doc, [
        ["第十五条　本办法自发布之日起施行，长期有效。",
         "第十五条　本办法自2026年5月1日起施行，有效期5年。"],
    ], clauses)
    empty(doc, 1, line=14)
    label("审查结论：", "送审稿按照上述意见修改完善后，不存在违反法律、法规、规章的情形，可以按程序提请市人民政府审议。请你局在修改后将意见采纳情况书面说明报送我局；对未采纳的意见，应当说明理由。")
    empty(doc, 2)
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 42 + "厦门市司法局", indent=False)
    add_par(doc, " " * 41 + "2026年3月20日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：黄文斌，联系电话：0592-2893165）")
    banji(doc, "抄送：市人民政府办公厅。", "厦门市司法局办公室", "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于《" + XM_DRAFT + "》的合法性审查意见书",
            "doc_number": "厦司合审〔2026〕17号",
            "issuer": ["厦门市司法局"],
            "date": "2026-03-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见书",
            "recipients": ["厦门市商务局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen_shuoming():
    stem = "blind1016_xiamen_caina"
    doc = Document()
    setup(doc)
    clauses = []
    ATT = "中国（福建）自由贸易试验区厦门片区促进数字贸易高质量发展办法合法性审查意见采纳情况对照表"

    add_par(doc, [("厦门市商务局", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 36, 1, val="thickThinSmallGap")
    # 文号 pushed right with a right tab
    p = add_par(doc, [("\t", FS, 16, False), ("厦商务函〔2026〕63号", FS, 16, False)],
                indent=False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    empty(doc, 1)
    # title: one paragraph with a manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("厦门市商务局关于《中国（福建）自由贸易"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("试验区厦门片区促进数字贸易高质量发展办法"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（送审稿）》合法性审查意见采纳情况的说明"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "厦门市司法局：", indent=False)

    # body indented with typed full-width spaces, no first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    body("贵局《关于〈" + XM_DRAFT + "〉的合法性审查意见书》（厦司合审〔2026〕17号）收悉。我局高度重视，逐条研究审查意见，会同中国（福建）自由贸易试验区厦门片区管理委员会、市财政局、市市场监督管理局对送审稿进行了修改完善，形成了修改稿。现将审查意见采纳情况说明如下：")
    head("一、关于违法设定行政处罚的问题（采纳）")
    body("审查意见指出，送审稿第九条设定的罚款没有上位法依据。我局完全采纳该意见，已删除“处一万元以上三万元以下罚款”的规定，修改为“未按规定报送的，由市商务局督促其限期报送；报送虚假数据骗取扶持资金的，依法追回已拨付资金，并按照有关规定处理”。")
    head("二、关于妨碍公平竞争的问题（部分采纳）")
    runin("（一）关于第六条第二款。", "采纳。已将按地方财政贡献比例给予奖励的规定，修改为按照数字服务出口额增量给予一次性奖励，每1万美元奖励100元，最高不超过200万元。")
    runin("（二）关于第七条。", "部分采纳。已删除“纳税满三年”的限制性条件。考虑到扶持资金绩效管理需要，修改稿在第七条中增加了“财务管理制度健全、近三年内无严重失信记录”的条件。经商市市场监督管理局，该条件对各类经营者一视同仁，不属于《公平竞争审查条例》禁止的情形，故予以保留。")
    head("三、关于施行日期和有效期的问题（部分采纳）")
    body("采纳明确有效期的意见，有效期确定为5年。鉴于修改稿预计于2026年4月下旬提请市政府常务会议审议，为给企业和相关部门预留必要的准备时间，施行日期由审查意见建议的2026年5月1日调整为2026年6月1日。")
    head("四、其他修改情况")
    body("此外，我局对照审查意见精神，对送审稿第三条、第十二条的文字表述一并作了规范：第三条中“数字贸易企业”的定义与《中国（福建）自由贸易试验区条例》相关表述相衔接；删除第十二条中“市商务局可调取企业跨境数据”的表述，改为“依法依规开展数字贸易统计监测”。")
    add_par(doc, IND + "特此说明。", indent=False)
    empty(doc, 1)
    # 附件 list with hanging indent
    p = add_par(doc, IND + "附件：" + ATT, indent=False)
    p.paragraph_format.left_indent = Pt(128)
    p.paragraph_format.first_line_indent = Pt(-96)
    empty(doc, 2)
    p = add_par(doc, "厦门市商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    p = add_par(doc, "2026年3月31日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, IND + "（此件依申请公开）", indent=False)
    add_par(doc, IND + "（联系人：陈雅婷；联系电话：0592-5059371）", indent=False)

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("中国（福建）自由贸易试验区厦门片区"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("促进数字贸易高质量发展办法"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("合法性审查意见采纳情况对照表"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1, line=16)

    rows = [
        ["1", "第九条", "没有上位法依据，不得设定罚款", "采纳",
         "删除罚款规定，改为督促限期报送；骗取扶持资金的依法追回"],
        ["2", "第六条第二款", "不得按地方财政贡献给予奖励", "采纳",
         "改为按数字服务出口额增量给予一次性奖励，最高200万元"],
        ["3", "第七条", "删除“纳税满三年”等限制性条件", "部分采纳",
         "删除纳税年限限制；增加财务管理制度健全、近三年内无严重失信记录条件"],
        ["4", "第十五条", "明确施行日期和有效期", "部分采纳",
         "有效期5年；施行日期调整为2026年6月1日"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "审查意见", HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "采纳情况", HT, 12)
    for i, h in enumerate(["涉及条款", "意见要点", "是否采纳", "处理说明"], 1):
        set_cell(t.cell(1, i), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdrs = ["序号", "审查意见／涉及条款", "审查意见／意见要点", "采纳情况／是否采纳", "采纳情况／处理说明"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 1, 3) else WD_ALIGN_PARAGRAPH.LEFT
            set_cell(t.cell(ri, ci), v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdrs, row)))
    widths(t, [1.4, 2.5, 4.1, 2.3, 5.3])
    note = "注：“是否采纳”栏分为“采纳”“部分采纳”“未采纳”三类；部分采纳的理由见正文说明。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：市人民政府办公厅，中国（福建）自由贸易试验区厦门片区管理委员会。",
          "厦门市商务局办公室", "2026年3月31日印发", gap=3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市商务局关于《" + XM_DRAFT + "》合法性审查意见采纳情况的说明",
            "doc_number": "厦商务函〔2026〕63号",
            "issuer": ["厦门市商务局"],
            "date": "2026-03-31",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [ATT],
            "doc_type": "说明",
            "recipients": ["厦门市司法局"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C (two documents)
def doc_nanning():
    stem = "blind1016_nanning_shencha"
    doc = Document()
    setup(doc)
    n_item = make_numbering(doc, "（%1）")

    # ---------------- C1: 审查意见书 (no red head, 特急, auto-numbered items)
    c1 = []
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("南宁市司法局", XBS, 26, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=40)
    add_par(doc, [("行政规范性文件合法性审查意见书", XBS, 26, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    empty(doc, 1, line=16)
    p = add_par(doc, "南司合审〔2026〕23号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(8)
    empty(doc, 1, line=16)
    add_par(doc, "南宁市商务局：", indent=False)

    def body(t, cl=c1):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    items = [0]

    def item(h, t):
        items[0] += 1
        c1.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("你局报送的《" + NN_DRAFT + "》（以下简称《送审稿》）及相关材料收悉。经审查，现提出如下意见：")
    head("一、基本情况")
    body("送审单位：南宁市商务局。")
    body("送审文件名称：" + NN_DRAFT + "。")
    body("送审时间：2026年4月7日。")
    body("《送审稿》共十六条，主要对扶持对象、扶持标准、申报程序、资金监管等作了规定，旨在加快发展跨境电商、市场采购贸易、海外仓、保税维修等外贸新业态，服务中国—东盟自由贸易区3.0版建设和西部陆海新通道建设。")
    head("二、审查依据")
    body("《中华人民共和国预算法》《中华人民共和国电子商务法》《优化营商环境条例》《公平竞争审查条例》以及自治区、市关于行政规范性文件管理的有关规定。")
    head("三、审查意见")
    item("关于限定交易的问题。", "《送审稿》第五条要求申报企业“须通过片区指定的跨境电商综合服务平台开展业务”，属于《公平竞争审查条例》禁止的限定经营者购买、使用特定经营者提供的商品和服务的情形，建议删除“指定”的强制性要求，改为鼓励性表述。")
    item("关于增设证明材料的问题。", "《送审稿》第八条要求申报企业提供法定代表人无犯罪记录证明，该要求与扶持资金申报事项无直接关联，缺乏法律依据，不符合减证便民的要求，建议删除。")
    item("关于信用惩戒措施的问题。", "《送审稿》第十二条规定对弄虚作假的企业“五年内不得申报市级各类财政扶持资金”，超出了本办法的调整范围，且惩戒措施缺乏法律、法规依据，建议限定在本办法范围内，并依法依规实施。")
    body("具体修改建议见下表。")
    two_col(doc, [
        ["第五条　申报企业须通过片区指定的跨境电商综合服务平台开展业务，并在平台完成数据备案。",
         "第五条　鼓励申报企业通过跨境电商综合服务平台开展业务，并按规定报送相关数据。"],
        ["第八条　申报材料包括：（一）申报表；（二）营业执照复印件；（三）法定代表人无犯罪记录证明；（四）上一年度财务审计报告。",
         "第八条　申报材料包括：（一）申报表；（二）营业执照复印件；（三）上一年度财务审计报告。可以通过政务数据共享获取的材料，不再要求企业提供。"],
        ["第十二条　申报企业弄虚作假骗取扶持资金的，追回已拨付资金，五年内不得申报市级各类财政扶持资金。",
         "第十二条　申报企业弄虚作假骗取扶持资金的，依法追回已拨付资金，三年内不得申报本办法规定的扶持资金；涉嫌违法犯罪的，依法移送有关机关处理。"],
    ], c1, size=11, repeat=True)
    empty(doc, 1, line=14)
    head("四、审查结论")
    body("《送审稿》制定主体适格，内容总体符合法律、法规、规章和国家政策规定。请你局按照上述意见修改完善，并于2026年4月24日前将意见采纳情况书面反馈我局后，按程序提请市人民政府常务会议审议。")
    empty(doc, 2)
    p = add_par(doc, "南宁市司法局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, "二〇二六年四月十五日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)

    # ---------------- C2: 采纳情况说明 (plain, ascii-space indents, tab 落款)
    page_break(doc)
    c2 = []
    for part in ("南宁市商务局关于《中国（广西）自由贸易",
                 "试验区南宁片区外贸新业态发展扶持资金管理",
                 "办法（送审稿）》合法性审查意见采纳情况的说明"):
        add_par(doc, [(part, XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "南宁市司法局：", indent=False)
    SP = "    "  # four half-width spaces typed as indent

    def b2(t, name=FS):
        c2.append(t)
        add_par(doc, [(SP, FS, 16, False), (t, name, 16, False)], indent=False)

    def b2run(h, t):
        c2.append(h + t)
        add_par(doc, [(SP, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    b2("你局《行政规范性文件合法性审查意见书》（南司合审〔2026〕23号）收悉。我局对审查意见逐条进行了研究，并征求了中国（广西）自由贸易试验区南宁片区管委会、南宁海关、市财政局的意见，对《送审稿》作了修改。现将采纳情况说明如下：")
    b2run("一、关于第五条限定交易的问题：", "已采纳。第五条修改为“鼓励申报企业通过跨境电商综合服务平台开展业务，并按规定报送相关数据”，不再要求企业使用指定平台。")
    b2run("二、关于第八条增设证明材料的问题：", "已采纳。删除“法定代表人无犯罪记录证明”，并增加“可以通过政务数据共享获取的材料，不再要求企业提供”的规定。")
    b2run("三、关于第十二条信用惩戒措施的问题：", "部分采纳。已将限制申报的范围由“市级各类财政扶持资金”缩小为“本办法规定的扶持资金”，并增加“涉嫌违法犯罪的，依法移送有关机关处理”的规定。对将限制申报期限由五年调整为三年的意见未予采纳，理由是：《南宁市市级财政专项资金管理办法》规定，对骗取专项资金的单位五年内取消申报资格，为与该办法相衔接，修改稿保留五年的期限。")
    add_par(doc, [(SP + "四、其他修改情况", HT, 16, False)], indent=False)
    b2("1.根据自治区商务厅意见，在第三条扶持方向中增加“边境贸易创新发展”。")
    b2("2.明确资金拨付时限，在第九条中增加“公示期满无异议的，于30个工作日内拨付资金”。")
    b2("修改后的《送审稿》已另行报送。")
    empty(doc, 2)
    p = add_par(doc, [("\t", FS, 16, False), ("南宁市商务局", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.2), 0)
    p = add_par(doc, [("\t", FS, 16, False), ("2026年4月22日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0), 0)
    empty(doc, 1)
    add_par(doc, SP + "（联系人：韦丽萍，联系电话：0771-5502137）", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": {
            "title": "南宁市司法局行政规范性文件合法性审查意见书",
            "doc_number": "南司合审〔2026〕23号",
            "issuer": ["南宁市司法局"],
            "date": "2026-04-15",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见书",
            "recipients": ["南宁市商务局"],
            "publicity": None,
            "repeals": None,
        }, "clauses": c1},
        {"meta": {
            "title": "南宁市商务局关于《" + NN_DRAFT + "》合法性审查意见采纳情况的说明",
            "doc_number": None,
            "issuer": ["南宁市商务局"],
            "date": "2026-04-22",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "说明",
            "recipients": ["南宁市司法局"],
            "publicity": None,
            "repeals": None,
        }, "clauses": c2},
    ]
    return path


def main():
    paths = [doc_xiamen_yijianshu(), doc_xiamen_shuoming(), doc_nanning()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
