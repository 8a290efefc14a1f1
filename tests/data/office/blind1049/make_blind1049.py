# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1049: 省政府通知印发行动方案（专栏1…专栏3 方框）+ 市级方案（两列表格专栏）.

Writes Word + PDF + expected.json into this script's directory.
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


def add_runs(p, runs):
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    return p


def add_par(container, runs, **kw):
    p = container.add_paragraph()
    add_runs(p, runs)
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
    # clerk presses Ctrl+Enter at the end of the last line
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def setup(doc, footer_align=WD_ALIGN_PARAGRAPH.CENTER, dash="— "):
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
    fp.alignment = footer_align
    font(fp.add_run(dash), SONG, 14)
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
    font(fp.add_run(dash[::-1]), SONG, 14)


def cell_par(cell, runs, align=WD_ALIGN_PARAGRAPH.LEFT, line=22, first=Pt(0), new=True):
    """Write runs into a cell (first paragraph, or a new one)."""
    if new and cell.paragraphs and (cell.paragraphs[0].text or cell.paragraphs[0].runs):
        p = cell.add_paragraph()
    else:
        p = cell.paragraphs[0]
    add_runs(p, runs)
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.first_line_indent = first
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def table_borders(table, val="single", sz=4, color="000000", inside=True):
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    sides = ["top", "left", "bottom", "right"]
    if inside:
        sides += ["insideH", "insideV"]
    xml = "".join('<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="%s"/>' % (s, val, sz, color)
                  for s in sides)
    tblpr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), xml)))


def no_borders(table):
    tblpr = table._tbl.tblPr
    xml = "".join('<w:%s w:val="nil"/>' % s
                  for s in ["top", "left", "bottom", "right", "insideH", "insideV"])
    tblpr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), xml)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    add_runs(p2, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)])
    fmt(p2, indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def red_header(doc, organ_runs, size=36, line=50):
    p = doc.add_paragraph()
    for t in organ_runs:
        font(p.add_run(t), XBS, size, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=line, before=0)
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1049", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_hunan():
    """湖南省人民政府 通知 + 方案 (after 落款); 专栏 = one-cell shaded tables."""
    stem = "blind1049_hunan_ydyl"
    doc = Document()
    setup(doc)
    clauses = []

    red_header(doc, ["湖南省人民政府文件"], size=38)
    empty(doc, 1, line=16)
    p = add_par(doc, "湘政发〔2026〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: 3 lines, wrapped at odd places (two paragraphs, 2nd with soft break)
    add_par(doc, [("湖南省人民政府关于印发湖南省深度融入", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p = add_par(doc, [("共建“一带一路”高质量发展三年行动方案", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（2026—2028年）的通知"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "各市州人民政府，省政府各厅委、各直属机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("现将《湖南省深度融入共建“一带一路”高质量发展三年行动方案（2026—2028年）》印发给你们，请认真贯彻落实。")
    body("各地各部门要把深度融入共建“一带一路”作为推进高水平对外开放的重要抓手，对照方案明确的目标任务和专栏项目，细化工作措施，压实工作责任，确保各项任务落地见效。省发展改革委、省商务厅要加强统筹协调和跟踪督促，重大情况及时向省人民政府报告。")
    empty(doc, 1)
    p = add_par(doc, "湖南省人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月12日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    page_break(doc)
    # ---- the 方案
    p = add_par(doc, [("湖南省深度融入共建“一带一路”", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("高质量发展三年行动方案"), XBS, 22)
    add_par(doc, [("（2026—2028年）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1)

    def box(heading, lines, fill="E7E6E6"):
        """专栏: one-cell shaded table, heading + numbered lines inside."""
        t = doc.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, "single", 6, "7F7F7F", inside=False)
        c = t.rows[0].cells[0]
        c.width = Cm(15.4)
        shade(c, fill)
        cell_par(c, [(heading, HT, 15, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
        for ln in lines:
            cell_par(c, [(ln, FS, 14, False)], line=22, first=Pt(28))
            clauses.append(ln)
        # no "cantSplit": Word lets a long box run over the page break
        fmt(doc.add_paragraph(), indent=False, line=12)  # spacer after box

    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快打造内陆地区改革开放高地，结合我省实际，制定本方案。")
    head("一、总体要求")
    body("坚持以习近平新时代中国特色社会主义思想为指导，统筹推进硬联通、软联通、心联通，以中欧班列（长沙）、湘粤非铁海联运为骨干，以中国（湖南）自由贸易试验区、中非经贸深度合作先行区为平台，推动我省与共建国家经贸合作提质扩量。")
    body("到2028年，全省与共建“一带一路”国家进出口额突破4500亿元，年均增长8%以上；对共建国家直接投资累计达到60亿美元；中欧班列（长沙）年开行量稳定在1200列以上，湘粤非铁海联运班列年开行量达到600列。")
    head("二、重点任务")
    runin("（一）畅通国际物流大通道。", "推动中欧班列（长沙）提质扩量，拓展经跨里海国际运输走廊的南线通道；做强湘粤非铁海联运，常态化开行怀化至东盟国际货运班列，新开和加密至共建国家的国际全货机航线。")
    box("专栏1　国际物流通道建设重点", [
        "1．中欧班列（长沙）集结中心建设：完成长沙北站场站扩能改造，年集结能力达到25万标准箱。",
        "2．湘粤非铁海联运通道：新增株洲、衡阳、郴州3个始发站点，实现与广州南沙港、深圳盐田港“一单制”联运。",
        "3．怀化国际陆港：建成中老铁路、西部陆海新通道集货分拨中心，年开行东盟班列500列以上。",
        "4．航空货运枢纽：开通长沙至阿拉木图、布达佩斯、内罗毕等国际全货机航线6条以上。",
    ])
    runin("（二）推进重大项目建设。", "聚焦交通物流、产业园区、能源资源等领域，滚动实施一批标志性工程，建立省级重点项目调度清单，实行“一项目一专班”推进机制。2026—2028年，全省共建“一带一路”重点建设项目计划总投资1286亿元。")
    box("专栏2　重点建设项目", [
        "（1）长沙国际铁路港二期工程，总投资86亿元，2027年建成投用。",
        "（2）岳阳城陵矶新港区三期工程，新增集装箱泊位4个，总投资42亿元。",
        "（3）中非经贸博览会永久会址配套工程，总投资35亿元。",
        "（4）湘潭综合保税区跨境产业园，总投资28亿元。",
        "（5）郴州湘南国际物流园冷链枢纽，总投资19.5亿元。",
    ])
    runin("（三）深化经贸产能合作。", "筹办好2027年第五届中国—非洲经贸博览会，扩大自非洲非资源性产品进口；支持工程机械、轨道交通等优势企业在共建国家布局生产基地和营销网络。")
    runin("（四）提升开放平台能级。", "发挥中国（湖南）自由贸易试验区长沙、岳阳、郴州三个片区引领作用，推动综合保税区、国家级经开区与共建国家园区开展“两国双园”合作。")
    box("专栏3　经贸合作平台提升行动", [
        "1.中非经贸深度合作先行区：建设非洲非资源性产品集散交易加工中心，非洲咖啡、坚果、可可等产品年交易额突破300亿元。",
        "2.自贸试验区制度创新：每年形成省级以上制度创新成果30项以上。",
        "3.境外经贸合作区：支持企业在肯尼亚、埃塞俄比亚、印度尼西亚等国建设境外经贸合作区3个。",
    ])
    head("三、保障措施")
    runin("（一）加强组织领导。", "依托省推进“一带一路”建设工作领导小组，建立省直有关部门和各市州协同推进机制，每半年调度一次重点任务和专栏项目进展。")
    runin("（二）强化要素保障。", "统筹省级开放型经济发展专项资金，对专栏所列项目给予支持；鼓励金融机构为“走出去”企业提供融资、保险和汇兑避险服务。")
    body("本方案自2026年3月1日起施行，有效期至2028年12月31日。")
    banji(doc, "抄送：省委各部门，省军区，省人大常委会办公厅，省政协办公厅，省监委，省高级人民法院，省人民检察院。",
          "湖南省人民政府办公厅", "2026年2月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省人民政府关于印发湖南省深度融入共建“一带一路”高质量发展三年行动方案（2026—2028年）的通知",
            "doc_number": "湘政发〔2026〕4号",
            "issuer": ["湖南省人民政府"],
            "date": "2026-02-12",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": "2026-03-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市州人民政府", "省政府各厅委、各直属机构"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    """钦州市人民政府办公室 通知 + 附件 方案; 专栏 = two-column tables 项目名称/建设内容."""
    stem = "blind1049_qinzhou_ftz"
    doc = Document()
    setup(doc, footer_align=WD_ALIGN_PARAGRAPH.RIGHT)
    clauses = []

    red_header(doc, ["钦州市人民政府办公室文件"], size=34)
    empty(doc, 1, line=16)
    p = add_par(doc, "钦政办发〔2026〕8号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("钦州市人民政府办公室关于印发钦州市高水平"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("建设中国（广西）自由贸易试验区钦州港片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("行动方案（2026—2027年）的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（区）人民政府，市直各委、办、局，中国（广西）自由贸易试验区钦州港片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("《钦州市高水平建设中国（广西）自由贸易试验区钦州港片区行动方案（2026—2027年）》已经市人民政府同意，现印发给你们，请认真组织实施。实施过程中遇到的问题，请及时向市商务局（市自贸办）反馈。")
    empty(doc, 1)
    # 附件 list with hanging indent typed the office way
    p = add_par(doc, "附件：钦州市高水平建设中国（广西）自由贸易试验区钦州港片区行动方案（2026—2027年）",
                indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    # 落款 aligned with typed spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 14 + "钦州市人民政府办公室", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二六年三月九日", indent=False)
    add_par(doc, "（此件公开发布）")

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("钦州市高水平建设中国（广西）", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区钦州港片区行动方案"), XBS, 22)
    add_par(doc, [("（2026—2027年）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def box(heading, rows):
        """专栏: title row merged across 2 columns, header row, then 项目名称/建设内容."""
        hdr = ["项目名称", "建设内容"]
        t = doc.add_table(rows=2 + len(rows), cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_col_widths(t, [Cm(5.0), Cm(10.4)])
        top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        shade(top, "D9E2F3")
        cell_par(top, [(heading, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=24)
        for i, h in enumerate(hdr):
            cell_par(t.rows[1].cells[i], [(h, HT, 12, False)],
                     align=WD_ALIGN_PARAGRAPH.CENTER, line=22)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, (name, content) in enumerate(rows, 2):
            cell_par(t.rows[ri].cells[0], [(name, FS, 12, False)], line=20)
            cell_par(t.rows[ri].cells[1], [(content, FS, 12, False)], line=20)
            cant_split(t.rows[ri])
            clauses.append("项目名称：%s；建设内容：%s" % (name, content))
        fmt(doc.add_paragraph(), indent=False, line=14)

    body("为深入实施自由贸易试验区提升战略，加快建设西部陆海新通道国际门户港，推动中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）高水平开放、高质量发展，制定本方案。")
    head("一、工作目标")
    body("到2027年，钦州港片区累计形成制度创新成果120项以上，其中在全国复制推广或获评最佳实践案例5项以上；钦州港集装箱吞吐量突破1000万标准箱，海铁联运班列年开行量达到12000列；片区外贸进出口额达到1300亿元，实际使用外资年均增长10%以上。")
    head("二、重点任务")
    runin("（一）建设西部陆海新通道国际门户港。", "加快钦州港东航道扩建、自动化集装箱码头建设，完善海铁联运设施，提升港口集疏运能力，加密至东盟、中东、非洲的外贸航线。")
    box("专栏1　国际门户港重点项目", [
        ("钦州港东航道扩建工程", "按30万吨级标准拓宽浚深航道，2027年底前完成主体工程。"),
        ("大榄坪南作业区自动化集装箱泊位", "建设10万吨级自动化集装箱泊位4个，设计年通过能力400万标准箱。"),
        ("钦州铁路集装箱中心站扩能", "新增装卸线4条，年作业能力提升至150万标准箱。"),
        ("海铁联运“一单制”改革", "推广全程“一次委托、一口报价、一单到底”，实现与重庆、成都、昆明等内陆港数据互通。"),
    ])
    runin("（二）深化制度创新和差别化探索。", "围绕通关便利化、跨境金融、要素流动等领域，开展首创性、集成式改革，推进与东盟国家规则、规制、管理、标准相通相容。")
    box("专栏2　制度创新重点事项", [
        ("“船边直提、抵港直装”拓展", "将监管模式由集装箱扩展至汽车滚装、冷链货物，进口货物通关时间压缩至24小时以内。"),
        ("跨境人民币结算便利化", "支持片区内优质企业开展经常项目跨境人民币结算“白名单”业务，2027年跨境人民币结算量达到800亿元。"),
        ("中国—东盟跨境数据流动试点", "在跨境电商、国际物流领域探索建立数据出境“负面清单”管理模式。"),
    ])
    runin("（三）培育临港产业集群。", "依托钦州石化产业园、钦州港新能源材料产业园，推动绿色化工新材料、新能源材料、装备制造产业链延链补链强链，打造千亿元级临港产业集群。")
    box("专栏3　临港产业重点项目", [
        ("北部湾绿色化工新材料一体化项目", "建设年产120万吨乙烯及下游深加工装置，总投资约380亿元。"),
        ("新能源电池材料产业园", "建设年产20万吨磷酸铁锂正极材料及配套前驱体项目。"),
        ("临港装备制造基地", "引进海上风电装备、船舶修造等企业10家以上。"),
    ])
    head("三、保障措施")
    runin("（一）强化组织协调。", "市自贸办负责统筹推进本方案实施，建立重点任务和专栏项目台账，实行清单化管理、项目化推进，每季度通报进展情况。")
    runin("（二）加强政策支持。", "市财政每年统筹安排自贸试验区发展专项资金不少于2亿元，对制度创新成果和重大项目给予奖励和支持。")
    runin("（三）营造良好氛围。", "及时总结推广改革经验，加强宣传解读，营造全社会关注支持钦州港片区建设的良好氛围。")
    banji(doc, "抄送：市委各部门，钦州军分区，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院。",
          "钦州市人民政府办公室", "2026年3月10日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市人民政府办公室关于印发钦州市高水平建设中国（广西）自由贸易试验区钦州港片区行动方案（2026—2027年）的通知",
            "doc_number": "钦政办发〔2026〕8号",
            "issuer": ["钦州市人民政府办公室"],
            "date": "2026-03-09",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州市高水平建设中国（广西）自由贸易试验区钦州港片区行动方案（2026—2027年）"],
            "doc_type": "通知",
            "recipients": ["各县（区）人民政府", "市直各委、办、局",
                           "中国（广西）自由贸易试验区钦州港片区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_yunnan():
    """云南省人民政府办公厅 通知 + 方案; bordered (double-line) one-cell 专栏 boxes,
    one box typed with Shift+Enter; a normal data table with merged header; spaces as indent."""
    stem = "blind1049_yunnan_ftz"
    doc = Document()
    setup(doc, dash="- ")
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    red_header(doc, ["云南省人民政府办公厅文件"], size=34, line=52)
    empty(doc, 1, line=16)
    p = add_par(doc, "云政办发〔2026〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("云南省人民政府办公厅关于印发中国（云南）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("自由贸易试验区提升行动方案的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)

    # body typed with full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("《中国（云南）自由贸易试验区提升行动方案》已经省人民政府同意，现印发给你们，请结合实际认真贯彻落实。")
    body("《云南省人民政府办公厅关于印发中国（云南）自由贸易试验区深化改革创新行动方案的通知》（云政办发〔2023〕27号）同时废止。")
    empty(doc, 1)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_col_widths(t, [Cm(8.0), Cm(7.4)])
    cell_par(t.rows[0].cells[1], [("云南省人民政府办公厅", FS, 16, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    cell_par(t.rows[1].cells[1], [("2026年4月3日", FS, 16, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    page_break(doc)
    add_par(doc, [("中国（云南）自由贸易试验区提升行动方案", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def box(heading, lines, soft_breaks=False):
        """专栏: one-cell table with double-line border, no shading."""
        t = doc.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, "double", 4, "000000", inside=False)
        c = t.rows[0].cells[0]
        c.width = Cm(15.4)
        cell_par(c, [(heading, HT, 15, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
        if soft_breaks:
            # clerk typed all lines into one paragraph with Shift+Enter
            p = c.add_paragraph()
            for i, ln in enumerate(lines):
                if i:
                    p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + ln), FS, 14)
            p.paragraph_format.line_spacing = Pt(24)
            p.paragraph_format.first_line_indent = Pt(0)
        else:
            for ln in lines:
                cell_par(c, [(IND + ln, FS, 14, False)], line=24)
        clauses.extend(lines)
        cant_split(t.rows[0])
        fmt(doc.add_paragraph(), indent=False, line=12)

    body("为贯彻落实国家关于实施自由贸易试验区提升战略的部署要求，推动中国（云南）自由贸易试验区（以下简称云南自贸试验区）昆明、红河、德宏三个片区在服务面向南亚东南亚辐射中心建设中发挥更大作用，制定本方案。")
    head("一、主要目标")
    body("到2027年底，云南自贸试验区以占全省不到千分之三的面积，贡献全省20%以上的外贸进出口额和25%以上的实际使用外资；累计形成制度创新成果300项以上。主要指标如下：")
    add_par(doc, [("表1　云南自贸试验区主要发展指标", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26)
    # data table with two-level header
    rows = [
        ["1", "外贸进出口额（亿元）", "1386", "1520", "1680"],
        ["2", "实际使用外资（亿美元）", "4.2", "4.6", "5.1"],
        ["3", "新增市场主体（万户）", "3.1", "3.3", "3.5"],
        ["4", "累计制度创新成果（项）", "236", "268", "300"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(1.4), Cm(5.8), Cm(2.8), Cm(2.7), Cm(2.7)])
    a = t.rows[0].cells[0].merge(t.rows[1].cells[0])
    b = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    c = t.rows[0].cells[2].merge(t.rows[1].cells[2])
    d = t.rows[0].cells[3].merge(t.rows[0].cells[4])
    for cell, txt in ((a, "序号"), (b, "指标"), (c, "2025年基期值"), (d, "目标值"),
                      (t.rows[1].cells[3], "2026年"), (t.rows[1].cells[4], "2027年")):
        cell_par(cell, [(txt, HT, 12, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "指标", "2025年基期值", "目标值／2026年", "目标值／2027年"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            cell_par(t.rows[ri].cells[ci], [(v, FS, 12, False)],
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER,
                     line=20)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    note = "注：2025年数据为快报数。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22)
    clauses.append(note)

    head("二、重点任务")
    runin("（一）推进面向南亚东南亚的制度型开放。", "对接《区域全面经济伙伴关系协定》（RCEP）高标准经贸规则，在货物贸易、服务贸易、投资便利化、跨境数据流动等领域开展先行先试。")
    box("专栏1　制度型开放先行先试事项", [
        "（1）探索RCEP原产地规则累积适用，推广“智能审核+自助打印”原产地证书签发模式。",
        "（2）在昆明片区开展跨境服务贸易负面清单管理试点。",
        "（3）在德宏片区探索边民互市贸易进口商品落地加工“互市+加工+物流”一体化模式。",
    ], soft_breaks=True)
    runin("（二）建设跨境产业链供应链合作平台。", "依托中老铁路、中缅印度洋新通道，推动昆明片区发展生物医药、数字经济，红河片区发展跨境加工、现代物流，德宏片区发展跨境产能合作和边境贸易，形成各具特色、错位发展格局。")
    box("专栏2　重点建设项目", [
        "1．昆明片区中老铁路国际陆港多式联运枢纽：建设国际集装箱作业区和海关监管作业场所，年集装箱作业能力达到60万标准箱。",
        "2．红河片区河口跨境产能合作园：建设标准厂房50万平方米，引进电子信息、轻纺加工企业30家以上。",
        "3．德宏片区瑞丽边境经济合作区进出口加工基地：完善边民互市落地加工配套设施，年加工产值突破100亿元。",
    ])
    runin("（三）提升跨境金融服务水平。", "扩大人民币在周边国家跨境使用，支持片区内银行与老挝、越南、缅甸银行开展本币结算合作，推动跨境人民币业务便利化政策扩面增效。")
    box("专栏3　跨境金融创新举措", [
        "1．开展中老本外币合一银行结算账户体系试点。",
        "2．支持符合条件的企业开展跨境资金集中运营业务。",
        "3．探索建立面向南亚东南亚的跨境保险服务平台。",
    ])
    head("三、保障措施")
    runin("（一）压实主体责任。", "昆明市、红河州、德宏州人民政府要切实履行属地责任，各片区管委会要制定年度工作要点，细化任务分工。")
    runin("（二）强化督促评估。", "省商务厅（省自贸办）要会同有关部门加强跟踪督促，每年开展一次实施情况评估，评估结果报省人民政府。")
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省高级人民法院，省检察院，云南省军区。",
          "云南省人民政府办公厅", "2026年4月7日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省人民政府办公厅关于印发中国（云南）自由贸易试验区提升行动方案的通知",
            "doc_number": "云政办发〔2026〕11号",
            "issuer": ["云南省人民政府办公厅"],
            "date": "2026-04-03",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
            "publicity": "此件公开发布",
            "repeals": "《云南省人民政府办公厅关于印发中国（云南）自由贸易试验区深化改革创新行动方案的通知》（云政办发〔2023〕27号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hunan(), doc_qinzhou(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
