# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 958: 南宁市政府工作报告（摘要，对外开放部分）+ 解读（问答）+ 分工方案通知.

Writes blind958_*.docx, the PDFs (LibreOffice) and expected.json next to this file.
"""
import json
import os
import subprocess

from docx import Document
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
GREY = RGBColor(0x66, 0x66, 0x66)
IND = "\u3000\u3000"  # indentation typed with two full-width spaces

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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(size * 2)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); a text of None = line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text is None:
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        font(p.add_run(text), name, sz, bold, color)
    fmt(p, size=size, **kw)
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
    fmt(p, indent=False)


def page_field(par, left, right, name=SONG, size=14):
    font(par.add_run(left), name, size)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = par.add_run()
        font(r, name, size)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(par.add_run(right), name, size)


def setup(doc, body_font=FS, body_size=16, footer="center"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    if footer == "center":
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp, "— ", " —")
    elif footer == "dash":  # web-print style "- 1 -"
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp, "- ", " -", SONG, 10.5)
    elif footer == "oddeven":  # GB/T 9704: odd pages right, even pages left
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp, "— ", " —")
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep, "— ", " —")


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """cell widths + tblGrid + fixed layout, so LibreOffice keeps the columns."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblpr.append(lay)
    for row in table.rows:
        col = 0
        for tc in row._tr.findall(qn("w:tc")):
            span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
            n = int(span.get(qn("w:val"))) if span is not None else 1
            tc.width = Cm(sum(widths_cm[col:col + n]))
            col += n


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], size=14, indent=False, line=24)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 size=14, indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_958", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "municipal", "region": "南宁市", "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_baogao():
    """政府工作报告（摘要）— 对外开放部分, delivered at the 市人代会."""
    stem = "blind958_baogao"
    doc = Document()
    BS, LINE = 15, 26  # 大会文件 printed in 小三 仿宋
    setup(doc, FS, BS)
    clauses = []

    add_par(doc, [("南宁市第十六届人民代表大会第五次会议文件（1）", HT, 12, False)],
            size=12, indent=False, line=20)
    empty(doc, 1, 20)
    # title typed as one paragraph with a Shift+Enter before （摘要）
    add_par(doc, [("政府工作报告", XBS, 26, False), (None, 0, 0, 0), ("（摘要）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, after=6)
    add_par(doc, [("——2026年1月13日在南宁市第十六届人民代表大会第五次会议上", KT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=LINE)
    add_par(doc, [("南宁市市长　韦国栋", KT, 15, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=LINE, after=10)
    add_par(doc, [("各位代表：", HT, BS, False)], size=BS, indent=False, line=LINE)

    def body(t, typed_indent=False):
        clauses.append(t)
        if typed_indent:
            add_par(doc, [(IND + t, FS, BS, False)], size=BS, indent=False, line=LINE)
        else:
            add_par(doc, [(t, FS, BS, False)], size=BS, line=LINE)

    def head(t):
        add_par(doc, [(t, HT, BS, False)], size=BS, line=LINE)

    def runin(h, t, brk=None):
        """bold run-in sentence; brk = position in t where a hard line break was typed."""
        clauses.append(h + t)
        runs = [(h, FS, BS, True)]
        if brk:
            runs += [(t[:brk], FS, BS, False), (None, 0, 0, 0), (t[brk:], FS, BS, False)]
        else:
            runs.append((t, FS, BS, False))
        add_par(doc, runs, size=BS, line=LINE)

    body("现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。")
    head("一、2025年工作回顾")
    body("2025年是“十四五”规划收官之年。面对外部环境深刻变化带来的不利影响，我们坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕建设面向东盟开放合作的国际化大都市，主动融入共建“一带一路”和西部陆海新通道建设，全市对外开放工作取得新的明显成效。")
    runin("开放型经济量质齐升。",
          "全年外贸进出口总额1486.3亿元，增长10.2%；其中对东盟进出口632.5亿元，增长13.7%，东盟连续14年保持我市第一大贸易伙伴地位。新设外商投资企业218家，实际使用外资5.18亿美元，增长6.4%。跨境电商进出口186.7亿元，增长21.5%,新增公共海外仓6个。")
    runin("自贸试验区建设走深走实。",
          "中国（广西）自由贸易试验区南宁片区新设企业1.12万家，全年形成制度创新成果38项，“跨境金融服务一站式平台”等4项成果在全国复制推广。南宁片区以不到全市千分之五的面积，贡献了全市41.2%的外贸进出口和37.8%的实际使用外资。中国—东盟金融城累计入驻金融机构（企业）达到486家。")
    runin("开放通道加快畅通。",
          "南宁国际铁路港全年开行中越跨境班列1265列，增长18.3%，开行西部陆海新通道海铁联运班列2136列。南宁吴圩国际机场新开通至吉隆坡、曼谷、胡志明市等国际航线7条，东盟航线总数达到31条，航空货邮吞吐量增长24.6%。")
    runin("开放平台能级提升。",
          "成功服务保障第22届中国—东盟博览会和中国—东盟商务与投资峰会，签约项目总投资额超过3500亿元。南宁综合保税区进出口增长15.6%，在全国综合保税区发展绩效评估中获评A类。")
    body("各位代表！在肯定成绩的同时，我们也清醒看到，我市外贸规模总体偏小，外资企业数量少、体量小，开放平台对产业发展的带动作用还不够强。对此，我们将采取有力措施认真加以解决。", typed_indent=True)
    head("二、2026年扩大高水平对外开放重点任务")
    body("2026年是“十五五”规划开局之年。我们将以中国—东盟自由贸易区3.0版升级议定书落地实施为契机，坚定不移扩大高水平对外开放，重点抓好以下工作：")
    runin("实施自贸试验区提升战略。",
          "对标《区域全面经济伙伴关系协定》（RCEP）等国际高标准经贸规则，在跨境贸易、跨境金融、数据跨境流动等领域开展压力测试，全年形成制度创新成果40项以上。推动南宁片区与南宁综合保税区联动发展，争取设立中国—东盟跨境数据流动服务中心。推行外商投资企业设立登记“一件事”集成办理。")
    t = "实施外贸主体培育行动，新增有进出口实绩企业300家以上；大力发展跨境电商、市场采购贸易、保税维修等新业态新模式，推动跨境电商进出口增长15%以上。支持企业开拓东盟、中东、非洲等新兴市场，全年组织企业参加境外展会60场以上。"
    runin("稳住外贸基本盘。", t, brk=t.index("大力发展"))
    runin("加大引资稳资力度。",
          "坚持把招商引资作为“一号工程”，用好中国—东盟博览会、香港南宁周等平台，全年引进外资项目120个以上，实际使用外资增长8%左右。健全外资企业圆桌会议制度，让外商安心在邕投资兴业。")
    runin("畅通国际物流大通道。",
          "推动中越跨境班列开行1400列以上，开通至老挝万象、泰国林查班的跨境班列“点对点”线路。力争开通至雅加达、马尼拉的全货机航线，航空货邮吞吐量突破15万吨。")
    runin("深化面向东盟金融开放。",
          "推动中国—东盟金融城扩容提质，全年跨境人民币结算量突破1200亿元；支持符合条件的企业开展本外币一体化资金池业务，探索开展东盟国家货币区域柜台挂牌交易。")
    body("各位代表！开放是南宁的最大优势。让我们以更大力度、更实举措推进高水平对外开放，为奋力谱写中国式现代化南宁篇章作出新的更大贡献！", typed_indent=True)

    # 附件: 名词解释 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=28)
    empty(doc, 1)
    add_par(doc, [("名词解释", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=36, after=12)
    for n in [
        "1．中国—东盟自由贸易区3.0版：2025年10月，中国与东盟十国正式签署《中国—东盟自由贸易区3.0版升级议定书》，新增数字经济、绿色经济、供应链互联互通等领域内容，是双方经贸合作提质升级的重要制度安排。",
        "2．压力测试：指在自由贸易试验区内率先对接国际高标准经贸规则，先行先试有关开放措施，检验风险防控能力，为在更大范围推广积累经验。",
        "3．市场采购贸易：指由符合条件的经营者在经认定的市场集聚区采购商品，单票报关单商品货值15万美元（含）以下，并在采购地办理出口商品通关手续的贸易方式。",
        "4．本外币一体化资金池：指跨国企业集团在境内外成员企业之间开展的本外币资金余缺调剂和归集业务，有利于提高企业资金使用效率、降低财务成本。",
    ]:
        clauses.append(n)
        add_par(doc, [(n, FS, BS, False)], size=BS, line=LINE)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="政府工作报告（摘要）", issuer=["南宁市人民政府"], date="2026-01-13",
                     attachments=["名词解释"], doc_type="报告", recipients=["各位代表"]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_jiedu():
    """解读 of the report's open-economy part, 问答 form, pasted from the bureau website."""
    stem = "blind958_jiedu"
    doc = Document()
    setup(doc, FS, 16, footer="dash")
    clauses = []

    add_par(doc, [("打造面向东盟开放合作高地", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("——2026年南宁市政府工作报告对外开放部分解读", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=4)
    # website info line copied along with the text
    add_par(doc, [("来源：南宁市商务局　　发布时间：2026-01-16 09:30　　【字体：大 中 小】", SONG, 10.5, False, GREY)],
            size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=18, after=10)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def q(t):
        clauses.append("问：" + t)
        add_par(doc, [("问：", HT, 16, False), (t, HT, 16, False)])

    def a(t):
        clauses.append("答：" + t)
        add_par(doc, [("答：", HT, 16, False), (t, FS, 16, False)])

    body("1月13日，南宁市第十六届人民代表大会第五次会议开幕，市长韦国栋代表市人民政府作政府工作报告，对2026年扩大高水平对外开放作出部署。围绕社会关注的热点问题，市商务局有关负责同志进行了解读。")
    q("2025年我市对外开放工作取得了哪些成效？")
    a("2025年，全市外贸进出口总额1486.3亿元，增长10.2%，其中对东盟进出口632.5亿元，增长13.7%；实际使用外资5.18亿美元，增长6.4%；跨境电商进出口186.7亿元，增长21.5%。南宁片区全年形成制度创新成果38项，4项在全国复制推广。总的看，全市开放型经济呈现规模扩大、结构优化、动能增强的良好态势。")
    q("报告提出2026年外贸增长6%左右，主要考虑是什么？")
    a("这一目标既考虑了稳外贸的现实需要，也充分考虑了外部环境的不确定性，是积极稳妥、留有余地的。全市对外开放主要预期目标如下：")

    # caption + unit line
    cp = add_par(doc, [("表1　2026年全市对外开放主要预期目标", HT, 14, False)], size=14,
                 align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    cp.paragraph_format.keep_with_next = True
    cp = add_par(doc, [("单位：亿元，亿美元，%", FS, 12, False)], size=12,
                 align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    cp.paragraph_format.keep_with_next = True
    rows = [
        ["外贸进出口总额（亿元）", "1486.3", "10.2", "增长6%左右"],
        ["其中：对东盟进出口（亿元）", "632.5", "13.7", "增长8%以上"],
        ["跨境电商进出口（亿元）", "186.7", "21.5", "增长15%以上"],
        ["实际使用外资（亿美元）", "5.18", "6.4", "增长8%左右"],
        ["自贸片区制度创新成果（项）", "38", "—", "40项以上"],
    ]
    tb = doc.add_table(rows=2 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = tb.rows[0].cells, tb.rows[1].cells
    m = h0[0].merge(h1[0]); set_cell(m, "指标", HT, 12)
    m = h0[1].merge(h0[2]); set_cell(m, "2025年", HT, 12)
    set_cell(h1[1], "完成值", HT, 12)
    set_cell(h1[2], "增长（%）", HT, 12)
    m = h0[3].merge(h1[3]); set_cell(m, "2026年预期目标", HT, 12)
    repeat_header(tb.rows[0]); repeat_header(tb.rows[1])
    for rw in tb.rows:
        cant_split(rw)
    keys = ["指标", "2025年／完成值", "2025年／增长（%）", "2026年预期目标"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    col_widths(tb, [5.8, 2.8, 2.8, 4.2])
    note = "注：2025年数据为快报数，最终以统计部门公布数据为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], size=12, indent=False, line=20, after=6)

    body("实现上述目标，关键是抓好经营主体培育和新业态发展两件事：一方面，新增有进出口实绩企业300家以上，扩大外贸“基本盘”；另一方面，推动跨境电商、市场采购贸易、保税维修等新业态加快发展，培育外贸新增长点。")
    q("如何推进自贸试验区南宁片区提升发展？")
    a("报告明确提出实施自贸试验区提升战略。今年，我们将重点在三个方面发力：一是对接高标准经贸规则，在跨境贸易、跨境金融、数据跨境流动等领域开展压力测试；二是推动南宁片区与南宁综合保税区联动发展，争取设立中国—东盟跨境数据流动服务中心；三是推行外商投资企业设立登记“一件事”集成办理，全年形成制度创新成果40项以上。")
    q("中国—东盟自由贸易区3.0版将给我市企业带来哪些机遇？")
    a("3.0版升级议定书新增数字经济、绿色经济、供应链互联互通等领域内容，将进一步降低贸易壁垒、提升通关便利化水平。市商务局将会同南宁海关、市贸促会举办系列政策宣讲和企业培训，指导企业用足用好原产地规则和关税减让政策，帮助企业“应享尽享”。")

    empty(doc, 2)
    # 落款 pushed right with typed spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 16 + "南宁市商务局", indent=False)
    add_par(doc, "\u3000" * 14 + "二〇二六年一月十五日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="打造面向东盟开放合作高地——2026年南宁市政府工作报告对外开放部分解读",
                     issuer=["南宁市商务局"], date="2026-01-15", published="2026-01-16",
                     doc_type="解读"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_fengong():
    """红头 通知 印发 the report's opening-up task division plan (附件 with table)."""
    stem = "blind958_fengong"
    doc = Document()
    setup(doc, FS, 16, footer="oddeven")
    clauses = []

    empty(doc, 1)
    p = add_par(doc, [("南宁市人民政府办公室文件", XBS, 34, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=18)
    empty(doc, 1)
    p = add_par(doc, "南府办发〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken at odd places
    for part in ["南宁市人民政府办公室关于印发2026年", "《政府工作报告》对外开放重点任务",
                 "分工方案的通知"]:
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，市政府各组成部门、各直属机构，中国（广西）自由贸易试验区南宁片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("《2026年〈政府工作报告〉对外开放重点任务分工方案》已经市人民政府同意，现印发给你们，请认真组织实施。为确保各项任务落到实处，现就有关事项通知如下：")
    item("一、提高思想认识。", "扩大高水平对外开放是市十六届人大五次会议确定的重要任务。各县（市、区）、各部门要把落实《政府工作报告》对外开放重点任务作为重要政治责任，主要负责同志亲自抓、负总责，确保各项任务按时保质完成。")
    item("二、压实工作责任。", "各牵头单位要对照分工方案，于2026年2月15日前制定具体工作措施，明确时间表、路线图和责任人；配合单位要积极主动配合，形成工作合力。")
    item("三、加强督查问效。", "市政府督查室将任务落实情况纳入年度绩效考评，实行季度调度、半年督查、年终考核。各牵头单位于每季度末月25日前将工作进展情况报送市政府督查室，同时抄送市商务局。对工作推进不力、进度滞后的，将予以通报。")
    empty(doc, 1)
    att = "2026年《政府工作报告》对外开放重点任务分工方案"
    add_par(doc, "附件：" + att)
    empty(doc, 2)
    for t in ("南宁市人民政府办公室", "2026年1月26日"):
        p = add_par(doc, t, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on a new page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("2026年《政府工作报告》对外开放重点任务", XBS, 22, False), (None, 0, 0, 0),
                      ("分工方案", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=12)

    header = ["序号", "类别", "重点任务", "责任单位", "完成时限"]
    groups = [
        ("推进自贸试验区提升发展", [
            ["对标RCEP等国际高标准经贸规则开展压力测试，全年形成制度创新成果40项以上", "南宁片区管委会，市商务局，市司法局", "2026年12月底前"],
            ["争取设立中国—东盟跨境数据流动服务中心", "市大数据发展局，南宁片区管委会，市委网信办", "2026年10月底前"],
            ["推行外商投资企业设立登记“一件事”集成办理", "市行政审批局，市市场监管局，市商务局", "2026年6月底前"],
        ]),
        ("稳外贸稳外资", [
            ["新增有进出口实绩企业300家以上，推动跨境电商进出口增长15%以上", "市商务局，南宁海关，各县（市、区）人民政府", "2026年12月底前"],
            ["全年组织企业参加境外展会60场以上", "市贸促会，市商务局", "2026年12月底前"],
            ["全年引进外资项目120个以上，实际使用外资增长8%左右", "市投资促进局，市商务局，各开发区管委会", "2026年12月底前"],
        ]),
        ("畅通国际物流大通道", [
            ["推动中越跨境班列开行1400列以上，开通至老挝万象、泰国林查班的跨境班列“点对点”线路", "市交通运输局，中国铁路南宁局集团有限公司", "2026年12月底前"],
            ["力争开通至雅加达、马尼拉的全货机航线，航空货邮吞吐量突破15万吨", "市航空物流发展办，南宁临空经济示范区管委会", "2026年11月底前"],
        ]),
        ("深化面向东盟金融开放", [
            ["全年跨境人民币结算量突破1200亿元", "市委金融办，中国人民银行广西壮族自治区分行", "2026年12月底前"],
            ["探索开展东盟国家货币区域柜台挂牌交易", "市委金融办，中国—东盟金融城管委会", "2026年12月底前"],
        ]),
    ]
    nrows = sum(len(g[1]) for g in groups)
    tb = doc.add_table(rows=1 + nrows, cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(tb.rows[0].cells[i], h, HT, 12)
    repeat_header(tb.rows[0])
    r = 1
    seq = 0
    for cat, items in groups:
        first = r
        for it in items:
            seq += 1
            row = tb.rows[r]
            cant_split(row)
            set_cell(row.cells[0], str(seq), FS, 11)
            set_cell(row.cells[2], it[0], FS, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell(row.cells[3], it[1], FS, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell(row.cells[4], it[2], FS, 11)
            clauses.append("；".join("%s：%s" % (k, v) for k, v in
                                    zip(header, [str(seq), cat, it[0], it[1], it[2]])))
            r += 1
        c = tb.rows[first].cells[1]
        if r - 1 > first:
            c = c.merge(tb.rows[r - 1].cells[1])
        set_cell(c, cat, FS, 11)
    col_widths(tb, [1.3, 2.3, 6.2, 4.6, 2.4])
    note = "注：责任单位中排在第一位的为牵头单位，其他为配合单位。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], size=12, indent=False, line=20, before=4)

    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市中级法院，市检察院。",
          "南宁市人民政府办公室", "2026年1月26日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="南宁市人民政府办公室关于印发2026年《政府工作报告》对外开放重点任务分工方案的通知",
                     doc_number="南府办发〔2026〕3号", issuer=["南宁市人民政府办公室"],
                     date="2026-01-26", attachments=[att], doc_type="通知",
                     recipients=["各县（市、区）人民政府", "市政府各组成部门", "市政府各直属机构",
                                 "中国（广西）自由贸易试验区南宁片区管委会"],
                     publicity="此件公开发布"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_baogao(), doc_jiedu(), doc_fengong()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
