# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 774: 价格听证会公告（港口 / 中欧班列场站收费）+ 听证会参加人名单公告.

Writes blind774_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
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
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
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


def setup(doc, footer=True):
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
    if not footer:
        return
    # page number footer "— 1 —"
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
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    tcpr = cell._tc.get_or_add_tcPr()
    if tcpr.find(qn("w:vAlign")) is None:
        tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """fixed layout: tblGrid + tcW on every cell (merged cells get the sum)."""
    table.autofit = False
    tw = [int(w * 567) for w in widths_cm]
    tbl = table._tbl
    tblpr = tbl.tblPr
    lay = tblpr.find(qn("w:tblLayout"))
    if lay is None:
        tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for tr in tbl.tr_lst:
        gi = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(tw[gi:gi + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(w))
            tcw.set(qn("w:type"), "dxa")
            gi += span


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_774", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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

# shared facts of the 连云港 hearing
LYG_HEARING = "连云港港集装箱港口作业包干费收费标准调整听证会"
LYG_PLACE = "连云港市行政中心2号楼三楼第一会议室"


# =================================================================== DOC A
def doc_lyg_gonggao():
    """连云港市发展改革委 听证会公告: red 版头, 文号 centered, title in 3 lines,
    run-in items, 附件 on its own page with a two-level merged-header table and notes."""
    stem = "blind774_lyg_tingzheng"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头
    add_par(doc, [("连云港市发展和改革委员会", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54)
    empty(doc, 1)
    p = add_par(doc, "连发改公告〔2025〕8号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three paragraphs, broken at odd places
    for t in ("连云港市发展和改革委员会关于召开连云港港",
              "集装箱港口作业包干费收费标准调整",
              "听证会的公告"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("根据《中华人民共和国价格法》《政府制定价格听证办法》（国家发展和改革委员会令第2号）等有关规定，我委决定举行" + LYG_HEARING + "。现将有关事项公告如下：")
    head("一、听证事项")
    body("连云港港集装箱港口作业包干费收费标准调整方案（详见附件）。调整申请由连云港港口控股集团有限公司提出，我委在成本监审基础上拟定了两套方案。")
    head("二、听证会时间和地点")
    body("时间：2026年1月22日（星期四）上午9:00")
    body("地点：" + LYG_PLACE + "（海州区朝阳东路66号）")
    head("三、听证会参加人")
    body("本次听证会设听证会参加人15名，其中：消费者6名，经营者3名，与定价听证项目有关的其他利益相关方2名，相关领域专家学者2名，政府部门、社会组织和其他人员2名。")
    runin("（一）消费者参加人。", "采取自愿报名、随机选取方式产生，主要面向使用连云港港集装箱装卸服务的进出口企业、货运代理企业、报关企业，以及关心港口发展的市民。")
    runin("（二）经营者参加人。", "由连云港港口控股集团有限公司、连云港新东方国际货柜码头有限公司、连云港新苏港码头有限公司各推荐1名。")
    runin("（三）其他参加人。", "由我委邀请或者由有关单位推荐产生。")
    body("报名作为消费者参加人的，应当符合以下条件：")
    body("1．具有完全民事行为能力，在本市居住或者工作；")
    body("2．关心港口发展，具有一定的表达意见能力；")
    body("3．能够按时参加听证会，遵守听证会纪律。")
    head("四、旁听人员报名")
    runin("（一）报名时间。", "2025年12月15日至2025年12月24日（工作日上午8:30—12:00，下午14:00—17:30）。")
    runin("（二）报名方式。", "有意报名者可登录连云港市发展和改革委员会门户网站下载《听证会参加人（旁听人员）报名表》，如实填写后通过现场、邮寄或者电子邮件方式报送至我委价格管理处（市行政中心2号楼1208室，电子邮箱：lygfgwjgc@163.com），并附本人身份证复印件。")
    runin("（三）旁听名额。", "本次听证会设旁听席10个。报名人数超过旁听席位的，按照报名先后顺序确定旁听人员。")
    head("五、其他事项")
    runin("（一）", "听证会参加人和旁听人员名单确定后，将在我委门户网站向社会公告。", FS)
    runin("（二）", "我委将在听证会举行15日前向听证会参加人送达听证材料。", FS)
    runin("（三）", "联系人：王振宇、陈晓琳　　联系电话：0518-85823617　85823652", FS)
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：连云港港集装箱港口作业包干费收费标准调整方案")
    empty(doc, 1)
    # 落款 aligned with typed half-width spaces
    p = add_par(doc, " " * 23 + "连云港市发展和改革委员会", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 28 + "2025年12月12日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = add_par(doc, [("连云港港集装箱港口作业包干费", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("收费标准调整方案"), XBS, 22)
    body("现行收费标准自2019年起执行。经成本监审，2022—2024年连云港港集装箱作业平均单箱成本为498.6元/自然箱，较上次调价时上涨18.7%。综合考虑周边港口收费水平和进出口企业承受能力，拟定以下两套调整方案：")
    body("方案一：重箱收费标准平均上调约8%，空箱收费标准不作调整。")
    body("方案二：重箱平均上调约12%，空箱平均上调约5%；经连云港中哈物流合作基地中转的中欧（中亚）班列集装箱优惠10%。")
    add_par(doc, [("连云港港集装箱港口作业包干费调整方案对比表（单位：元/箱）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    hdr = ["箱型", "箱态", "现行标准", "调整方案／方案一", "调整方案／方案二"]
    data = [
        ["20英尺", "重箱", "410", "443", "459"],
        ["20英尺", "空箱", "260", "260", "273"],
        ["40英尺", "重箱", "615", "664", "689"],
        ["40英尺", "空箱", "390", "390", "410"],
        ["45英尺", "重箱", "690", "745", "773"],
        ["45英尺", "空箱", "440", "440", "462"],
    ]
    t = doc.add_table(rows=2 + len(data), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header with merged cells
    c = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(c, "箱型", HT, 12)
    c = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(c, "箱态", HT, 12)
    c = t.cell(0, 2).merge(t.cell(1, 2)); set_cell(c, "现行标准", HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4)); set_cell(c, "调整方案", HT, 12)
    set_cell(t.cell(1, 3), "方案一", HT, 12)
    set_cell(t.cell(1, 4), "方案二", HT, 12)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    # 箱型 merged vertically over 重箱/空箱
    for i in range(0, len(data), 2):
        c = t.cell(2 + i, 0).merge(t.cell(3 + i, 0))
        set_cell(c, data[i][0])
    for ri, row in enumerate(data):
        for ci in range(1, 5):
            set_cell(t.cell(2 + ri, ci), row[ci])
        clauses.append(row_clause(hdr, row))
    col_widths(t, [3.0, 2.6, 3.2, 3.4, 3.4])
    body_notes = [
        "注：1．包干费包括船边至堆场（或堆场至船边）的装卸、搬移、免费堆存期内堆存及理货等作业费用，不包括港口设施保安费、港口建设费和超期堆存费。",
        "2．危险品集装箱、冷藏集装箱在上述标准基础上加收50%。",
    ]
    for n in body_notes:
        clauses.append(n)
        add_par(doc, [(n, FS, 12, False)], indent=(n.startswith("注")), line=20,
                first=None if n.startswith("注") else Pt(56))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港市发展和改革委员会关于召开" + LYG_HEARING + "的公告",
            "doc_number": "连发改公告〔2025〕8号",
            "issuer": ["连云港市发展和改革委员会"],
            "date": "2025-12-12",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": ["连云港港集装箱港口作业包干费收费标准调整方案"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_lyg_mingdan():
    """参加人名单公告: 文号 right-aligned by spaces, 名单 tables with vertically
    merged 类别 cells, manual 续表 after a page break, repeated header, 版记."""
    stem = "blind774_lyg_mingdan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("连云港市发展和改革委员会", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54)
    empty(doc, 1)
    # 文号 pushed right with typed spaces (not centered)
    p = add_par(doc, " " * 30 + "连发改公告〔2026〕1号", indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for t in ("连云港市发展和改革委员会关于连云港港",
              "集装箱港口作业包干费收费标准调整听证会",
              "参加人和旁听人员名单的公告"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    body("根据《政府制定价格听证办法》有关规定，我委于2025年12月12日发布了《连云港市发展和改革委员会关于召开" + LYG_HEARING + "的公告》（连发改公告〔2025〕8号）。经自愿报名、单位推荐、随机选取和邀请等方式，确定听证会参加人15名、旁听人员10名。现将名单公告如下：")
    add_par(doc, [("一、听证会参加人名单", HT, 16, False)])

    hdr = ["序号", "类别", "姓名", "性别", "工作单位或职业"]
    people = [
        ("消费者", [
            ("刘建军", "男", "连云港中联国际货运代理有限公司副总经理"),
            ("张丽萍", "女", "连云港康正医药进出口有限公司物流部主管"),
            ("孙海涛", "男", "海州区个体工商户"),
            ("周红梅", "女", "江苏东海硅材料进出口有限公司报关员"),
            ("赵永刚", "男", "连云区退休职工"),
            ("吴　倩", "女", "连云港金桥报关有限公司职员"),
        ]),
        ("经营者", [
            ("徐国强", "男", "连云港港口控股集团有限公司财务部副部长"),
            ("马　俊", "男", "连云港新东方国际货柜码头有限公司商务部经理"),
            ("朱文静", "女", "连云港新苏港码头有限公司计划财务部主任"),
        ]),
        ("其他利益相关方", [
            ("韩志勇", "男", "连云港市国际货运代理协会秘书长"),
            ("杨晓燕", "女", "连云港市进出口商会副会长"),
        ]),
        ("专家学者", [
            ("郑培元", "男", "江苏海洋大学商学院教授"),
            ("冯　雪", "女", "江苏省价格协会理事、高级经济师"),
        ]),
        ("政府部门、社会组织和其他人员", [
            ("钱立新", "男", "连云港市交通运输局港口管理处副处长"),
            ("何文斌", "男", "连云港市消费者权益保护委员会秘书长"),
        ]),
    ]
    widths = [1.4, 3.5, 1.8, 1.4, 7.5]

    def people_table(groups, start_no):
        n = sum(len(g[1]) for g in groups)
        t = doc.add_table(rows=1 + n, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr):
            set_cell(t.cell(0, i), h, HT, 12)
        repeat_header(t.rows[0])
        r = 1
        no = start_no
        for cat, ps in groups:
            top = r
            for name, sex, unit in ps:
                set_cell(t.cell(r, 0), str(no), FS, 12)
                set_cell(t.cell(r, 2), name, FS, 12)
                set_cell(t.cell(r, 3), sex, FS, 12)
                set_cell(t.cell(r, 4), unit, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
                clauses.append(row_clause(hdr, [str(no), cat, name, sex, unit]))
                r += 1
                no += 1
            c = t.cell(top, 1)
            if r - 1 > top:
                c = c.merge(t.cell(r - 1, 1))
            set_cell(c, cat, FS, 12)
        col_widths(t, widths)
        return no

    # the page ends after row 3: the clerk cuts the table there (the merged
    # 类别 cell is cut too and 消费者 is typed again in the continuation)
    first = [(people[0][0], people[0][1][:3])]
    rest = [(people[0][0], people[0][1][3:])] + people[1:]
    nxt = people_table(first, 1)
    # clerk splits the table by hand and types 续表
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False)
    people_table(rest, nxt)
    empty(doc, 1)
    add_par(doc, [("二、旁听人员名单", HT, 16, False)])
    hdr_b = ["序号", "姓名", "工作单位或职业"]
    audience = [
        ("陈　立", "连云港亿达物流有限公司职员"),
        ("王　芳", "海州区新南街道居民"),
        ("李国栋", "连云港鑫海船务代理有限公司操作部经理"),
        ("许文娟", "灌云县个体工商户"),
        ("蒋明辉", "江苏连云港港口股份有限公司退休职工"),
        ("邵　磊", "连云港市连云区港城社区工作人员"),
        ("顾佳慧", "连云港日报社记者"),
        ("潘文杰", "连云港市广播电视台记者"),
        ("唐振华", "江苏经济报社记者"),
        ("黄雅琴", "江苏海洋大学研究生"),
    ]
    t = doc.add_table(rows=1 + len(audience), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr_b):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for i, (name, unit) in enumerate(audience, 1):
        set_cell(t.cell(i, 0), str(i), FS, 12)
        set_cell(t.cell(i, 1), name, FS, 12)
        set_cell(t.cell(i, 2), unit, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append(row_clause(hdr_b, [str(i), name, unit]))
    col_widths(t, [1.4, 3.0, 11.2])
    empty(doc, 1)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    runin("三、听证会时间地点。", "听证会定于2026年1月22日（星期四）上午9:00在" + LYG_PLACE + "举行。请听证会参加人和旁听人员凭本人有效身份证件于当日8:30前到会场签到。")
    runin("四、异议反映渠道。", "本名单公示期为2026年1月5日至2026年1月9日。社会各界对上述人员有异议的，请于公示期内以书面形式向我委价格管理处反映，联系电话：0518-85823617。")
    add_par(doc, "特此公告。")
    empty(doc, 2)
    p = add_par(doc, "连云港市发展和改革委员会", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年1月5日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")
    # 版记
    empty(doc, 1)
    p = add_par(doc, [("抄送：市交通运输局，市市场监管局，市消费者权益保护委员会。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("连云港市发展和改革委员会办公室", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年1月5日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港市发展和改革委员会关于" + LYG_HEARING + "参加人和旁听人员名单的公告",
            "doc_number": "连发改公告〔2026〕1号",
            "issuer": ["连云港市发展和改革委员会"],
            "date": "2026-01-05",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_wlmq_banlie():
    """乌鲁木齐 中欧班列集结中心场站收费听证会公告: no 红头, title with soft line
    breaks, 文号 under title, Word auto-numbering, full-width space indents,
    half-width punctuation, 落款 in one paragraph with a line break, Chinese-numeral
    date, 附件 with header-repeat table and notes."""
    stem = "blind774_wlmq_banlie"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")
    IND = "\u3000\u3000"

    p = doc.add_paragraph()
    font(p.add_run("乌鲁木齐市发展和改革委员会关于召开"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中欧班列（乌鲁木齐）集结中心场站作业"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("服务收费标准调整听证会的公告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=24)
    add_par(doc, [("乌发改公告〔2026〕3号", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    counter = [0]

    def item(h, t):
        counter[0] += 1
        clauses.append("（%s）%s%s" % (CN[counter[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("为进一步规范中欧班列（乌鲁木齐）集结中心场站作业服务收费行为，促进中欧班列高质量发展，根据《中华人民共和国价格法》《政府制定价格听证办法》和《新疆维吾尔自治区定价目录》有关规定，我委定于2026年4月8日举行中欧班列（乌鲁木齐）集结中心场站作业服务收费标准调整听证会。现将有关事项公告如下:")
    head("听证事项")
    body("中欧班列（乌鲁木齐）集结中心场站作业服务收费标准调整方案。调整申请由新疆中欧班列（乌鲁木齐）集结中心运营有限公司（以下简称运营公司）提出，涉及集装箱装卸、拆装箱、堆存等7个收费项目，拟调整方案见附件。")
    head("听证会时间和地点")
    # half-width colon and brackets
    body("时间:2026年4月8日(星期三)上午10:00(北京时间)")
    body("地点:乌鲁木齐市发展和改革委员会三楼会议室(天山区南湖东路66号)")
    head("听证会参加人")
    body("听证会参加人共13名，其中：消费者6名，经营者2名，与定价听证项目有关的其他利益相关方2名，相关领域专家学者2名，政府部门、社会组织和其他人员1名。")
    item("消费者参加人6名。", "面向使用中欧班列（乌鲁木齐）集结中心场站服务的进出口企业、货运代理企业和跨境电商企业公开征集，其中中国（新疆）自由贸易试验区乌鲁木齐片区内企业不少于2名。报名人数超过名额的，由我委在公证机构监督下随机选取。")
    item("经营者参加人2名。", "由运营公司和乌鲁木齐国际陆港区内其他场站经营单位各推荐1名。")
    item("其他参加人5名。", "由新疆国际物流协会、乌鲁木齐市跨境电子商务协会各推荐1名；相关领域专家学者和政府部门人员由我委邀请。")
    head("旁听人员报名")
    body("本次听证会设旁听席8个,其中新闻媒体4个。符合条件的公民、法人和其他组织均可报名旁听。报名时间为2026年3月9日至3月20日(工作日10:00—13:30,15:30—19:30)。")
    body("报名者请填写《听证会旁听人员报名表》(可在乌鲁木齐市发展和改革委员会门户网站下载),连同本人身份证复印件以电子邮件或者现场方式报送。报名人数超过旁听席位的,按报名先后顺序确定。")
    head("其他事项")
    body("1.听证会参加人和旁听人员名单将于2026年3月27日前在我委门户网站公告。")
    body("2.听证会参加人应当认真调查研究，广泛听取意见，在听证会上如实反映所代表群体的意见。")
    body("3.联系人:李　娜　　联系电话:0991-4678215　　电子邮箱:wlmqfgwjgc@163.com")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件:中欧班列（乌鲁木齐）集结中心场站作业服务收费标准调整方案", indent=False)
    empty(doc, 2)
    # 落款 organ and date in ONE paragraph separated by a manual line break
    p = doc.add_paragraph()
    font(p.add_run("乌鲁木齐市发展和改革委员会"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("二〇二六年三月六日"), FS, 16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.left_indent = Cm(7)
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ---------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("中欧班列（乌鲁木齐）集结中心场站作业服务", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("收费标准调整方案"), XBS, 22)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    runin("一、调整必要性。", "现行收费标准于2020年核定。2023年以来集结中心新建拆装箱库、智能闸口等设施，累计投资4.2亿元，2025年单箱作业成本为386.2元/标准箱。")
    runin("二、调整原则。", "坚持补偿成本、合理盈利、公平负担，对回程班列实行优惠。")
    runin("三、拟调整标准。", "各收费项目拟调整标准见下表。")
    add_par(doc, [("中欧班列（乌鲁木齐）集结中心场站作业服务收费标准调整表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    add_par(doc, [("单位：元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    hdr = ["序号", "收费项目", "计费单位", "现行标准", "拟调整标准", "调整幅度"]
    rows = [
        ["1", "集装箱装卸费（重箱）", "标准箱", "180", "198", "10.0%"],
        ["2", "集装箱装卸费（空箱）", "标准箱", "120", "126", "5.0%"],
        ["3", "拆装箱作业费", "标准箱", "350", "385", "10.0%"],
        ["4", "集装箱堆存费（超过免费堆存期）", "标准箱·天", "8", "10", "25.0%"],
        ["5", "海关查验搬移费", "标准箱", "150", "150", "不调整"],
        ["6", "冷藏箱插电费", "箱·天", "120", "132", "10.0%"],
        ["7", "集装箱加固费", "标准箱", "90", "95", "5.6%"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.4, 5.0, 2.3, 2.1, 2.5, 2.2])
    for n in ("注:1.回程班列集装箱按拟调整标准的80%收取；集装箱免费堆存期为7天。",
              "2.经中国（新疆）自由贸易试验区乌鲁木齐片区集拼的班列货物，拆装箱作业费按拟调整标准的90%收取。"):
        clauses.append(n)
        add_par(doc, [(n, FS, 12, False)], indent=False, line=20,
                first=Pt(24) if n.startswith("注") else Pt(48))
    runin("四、执行时间。", "经听证和集体审议后另行公布执行。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "乌鲁木齐市发展和改革委员会关于召开中欧班列（乌鲁木齐）集结中心场站作业服务收费标准调整听证会的公告",
            "doc_number": "乌发改公告〔2026〕3号",
            "issuer": ["乌鲁木齐市发展和改革委员会"],
            "date": "2026-03-06",
            "published": None,
            "level": "municipal",
            "region": "乌鲁木齐市",
            "effective": None,
            "expires": None,
            "attachments": ["中欧班列（乌鲁木齐）集结中心场站作业服务收费标准调整方案"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_lyg_gonggao(), doc_lyg_mingdan(), doc_wlmq_banlie()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
