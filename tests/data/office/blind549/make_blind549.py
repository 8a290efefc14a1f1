# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 549: 省政府批复 + 附：市政府请示 in one file."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, left=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, runs, align=None, first=None, left=None, line=28, before=0, after=0):
    """runs: list of (text, font, size, bold, color) or plain str; '\n' in text -> soft break."""
    p = doc.add_paragraph()
    fmt(p, align, first, left, line, before, after)
    if isinstance(runs, str):
        runs = [(runs,)]
    for r in runs:
        text = r[0]
        font = r[1] if len(r) > 1 else FS
        size = r[2] if len(r) > 2 else 16
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            set_font(run, font, size, bold, color)
            if i < len(parts) - 1:
                run.add_break()
    return p


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line=28)
        r = p.add_run("")
        set_font(r, FS, size)


def border_bottom(p, color="E60012", sz=12, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def border_top_bottom(p, color="000000", sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), color)
        bdr.append(b)
    ppr.append(bdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    s = doc.sections[0]
    s.page_width = Cm(21)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # page number footer: — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def data_table(doc, header, rows, widths, clauses, aligns=None):
    tb = doc.add_table(rows=1 + len(rows), cols=len(header))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(tb.rows[0].cells[j], h, HT, 12)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER
            if aligns and aligns[j] == "L":
                al = WD_ALIGN_PARAGRAPH.LEFT
            cell_text(tb.rows[i + 1].cells[j], v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    tb.autofit = False
    grid = tb._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in tb.rows:
        trpr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trpr.append(cs)
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return tb


# Word automatic numbering -----------------------------------------------
_absid = [100]


def make_numbering(doc, fmt_name, lvl_text, start=1):
    numbering = doc.part.numbering_part.element
    _absid[0] += 1
    aid = _absid[0]
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    st = OxmlElement("w:start"); st.set(qn("w:val"), str(start)); lvl.append(st)
    nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), fmt_name); lvl.append(nf)
    sf = OxmlElement("w:suff"); sf.set(qn("w:val"), "nothing"); lvl.append(sf)
    lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), lvl_text); lvl.append(lt)
    lj = OxmlElement("w:lvlJc"); lj.set(qn("w:val"), "left"); lvl.append(lj)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    szel = OxmlElement("w:sz"); szel.set(qn("w:val"), "32"); rpr.append(szel)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = numbering.add_num(aid)
    return num.numId


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id))
    numpr.append(il); numpr.append(ni)
    ppr.append(numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.left_indent = Pt(0)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_549", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# =================================================================== FILE 1
def make_quzhou():
    doc = Document()
    setup(doc)
    pf_clauses, qs_clauses = [], []

    # ---- 批复：信函格式版头
    empty(doc, 1)
    para(doc, [("浙江省人民政府", XBS, 42, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    p = para(doc, [("", FS, 10)], line=12)
    border_bottom(p, sz=24, val="double")
    para(doc, [("浙政函〔2026〕17号", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    empty(doc, 1)
    title1 = "浙江省人民政府关于同意设立中国（浙江）自由贸易试验区衢州联动创新区的批复"
    para(doc, [("浙江省人民政府关于同意设立中国（浙江）\n自由贸易试验区衢州联动创新区的批复", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, "衢州市人民政府：")

    def body(text, cl, font=FS):
        para(doc, [(text, font)], first=32)
        cl.append(text.replace("\n", ""))

    body("你市《关于申请设立中国（浙江）自由贸易试验区衢州联动创新区的请示》（衢政〔2026〕4号）收悉。经研究，现批复如下：", pf_clauses)
    items = [
        "一、同意设立中国（浙江）自由贸易试验区衢州联动创新区（以下简称衢州联动创新区），实施范围9.86平方公里，包括衢州智造新城高新片区区块5.12平方公里、衢州综合保税区区块1.36平方公里、龙游经济开发区区块3.38平方公里，具体四至范围以你市报送的区块范围图为准。",
        "二、衢州联动创新区要以制度创新为核心，以可复制可推广为基本要求，主动承接中国（浙江）自由贸易试验区改革试点经验，聚焦氟硅新材料、锂电新能源、多式联运和跨境电商等重点领域开展差异化探索，努力建设成为四省边际开放合作先行区和浙西内陆开放新高地。",
        "三、衢州联动创新区建设要严格落实国土空间规划，严守耕地和永久基本农田、生态保护红线、城镇开发边界等控制线，节约集约利用土地资源。不新增建设用地指标，不涉及新增地方政府债务，所需资金由你市统筹解决。",
        "四、你市要切实履行主体责任，建立健全联动创新区管理运行机制，认真组织实施建设实施方案，明确任务分工和时间节点，加强风险防控，确保各项改革试点任务落地见效。重大事项及时向省政府请示报告。",
        "五、省级有关部门要按照职责分工，在政策支持、项目布局、要素保障等方面给予指导和支持。省商务厅（省自贸办）要会同有关部门加强统筹协调和跟踪评估，每年对衢州联动创新区建设情况开展评估，并将评估结果报省政府。",
    ]
    for it in items:
        body(it, pf_clauses)
    body("此复。", pf_clauses)
    empty(doc, 2)
    # 落款 typed with manual spaces
    para(doc, "                                  浙江省人民政府")
    para(doc, "                                  2026年3月12日")
    empty(doc, 1)
    para(doc, "（此件公开发布）", first=32)

    # ---- 附：请示
    page_break(doc)
    para(doc, [("附：", HT, 16)])
    empty(doc, 1)
    para(doc, [("衢州市人民政府文件", XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    empty(doc, 1)
    # 文号 + 签发人 on one line, aligned by hand with spaces
    para(doc, [(" 衢政〔2026〕4号                          ", FS, 16),
               ("签发人：", FS, 16), ("陈  晖", KT, 16)])
    p = para(doc, [("", FS, 8)], line=10)
    border_bottom(p, sz=18)
    empty(doc, 1)
    title2 = "衢州市人民政府关于申请设立中国（浙江）自由贸易试验区衢州联动创新区的请示"
    para(doc, [("衢州市人民政府关于申请设立中国（浙江）\n自由贸易试验区衢州联动创新区的请示", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, "浙江省人民政府：")
    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步放大中国（浙江）自由贸易试验区改革开放红利，根据省商务厅（省自贸办）《关于组织开展2026年度中国（浙江）自由贸易试验区联动创新区申报工作的通知》要求，我市在深入调研、反复论证的基础上，拟申请设立中国（浙江）自由贸易试验区衢州联动创新区。现将有关情况请示如下：", qs_clauses)

    def heading(text):
        para(doc, [(text, HT, 16)], first=32)

    def runin(head, rest, cl, font=KT, soft=None):
        runs = [(head, font, 16, False), (rest, FS, 16)]
        if soft:
            runs.append(("\n" + soft, FS, 16))
        para(doc, runs, first=32)
        cl.append(head + rest + (soft or ""))

    heading("一、申报基础")
    runin("（一）区位交通优势明显。", "衢州地处浙闽赣皖四省边际，杭衢高铁、衢丽铁路相继建成，衢州至宁波舟山港海铁联运班列实现每日常态化开行，2025年完成海铁联运箱量8.6万标箱，同比增长21.3%。衢州港龙游港区、江山港区相继开港运营，“公铁水”多式联运体系基本形成。", qs_clauses)
    runin("（二）开放平台基础扎实。", "衢州综合保税区于2024年12月通过国家验收并封关运作，2025年实现进出口额42.7亿元。全市现有国家级经济技术开发区1家、省级开发区（园区）5家，跨境电商综合试验区建设稳步推进，2025年全市跨境电商进出口额达68.4亿元，同比增长26.8%。", qs_clauses)
    runin("（三）产业特色鲜明。", "我市已形成氟硅新材料、锂电新能源、特种纸、高端装备等特色产业集群，2025年规模以上工业增加值增长9.2%，其中新材料产业产值突破1200亿元。全市累计引进外商投资企业213家，2025年实际使用外资3.15亿美元。", qs_clauses)
    runin("（四）改革创新成效初显。", "我市围绕县域营商环境优化、四省边际共同富裕等领域开展探索，“一件事”集成改革、企业投资项目“标准地+承诺制”等多项经验在全省推广。",
          qs_clauses, soft="衢州海关与宁波海关联合推行的“离港确认”监管模式，使出口货物综合通关时间压缩40%以上。")

    heading("二、申报范围")
    body("衢州联动创新区拟实施范围9.86平方公里，由3个区块组成，均位于国家级或省级开发区（园区）范围内，符合国土空间规划，具体如下：", qs_clauses)
    header = ["序号", "区块名称", "面积（平方公里）", "四至范围", "主导产业"]
    rows = [
        ["1", "衢州智造新城高新片区", "5.12", "东至百灵北路，南至世纪大道，西至乌溪江，北至芹江路", "氟硅新材料、锂电新能源"],
        ["2", "衢州综合保税区", "1.36", "东至东港八路，南至东港三路，西至东港五路，北至衢江", "保税加工、保税物流、跨境电商"],
        ["3", "龙游经济开发区", "3.38", "东至灵山江，南至城北大道，西至荣昌路，北至衢江", "特种纸、高端装备制造"],
    ]
    data_table(doc, header, rows, [1.4, 3.6, 2.2, 5.0, 3.4], qs_clauses, aligns=["C", "L", "C", "L", "L"])
    body("上述区块范围不涉及生态保护红线和永久基本农田，不新增建设用地规模。", qs_clauses)

    heading("三、功能定位和主要任务")
    body("衢州联动创新区将以制度创新为核心，以四省边际开放合作为特色，对标中国（浙江）自由贸易试验区改革试点任务，重点开展以下探索：", qs_clauses)
    tasks = [
        ("1.推进贸易便利化改革。", "深化国际贸易“单一窗口”建设，推广“两步申报”“提前申报”等通关模式，探索综合保税区“保税+”新业态，支持开展保税维修和保税研发。"),
        ("2.构建多式联运开放通道。", "深化与宁波舟山港合作，推行海铁联运“一单制”，积极对接“义新欧”中欧班列，常态化开行衢州至中亚、欧洲方向国际货运班列，打造四省边际国际物流枢纽。"),
        ("3.培育跨境电商新业态。", "支持跨境电商企业建设海外仓，推广跨境电商出口海外仓（9810）和企业对企业直接出口（9710）模式，建设跨境电商产业园和人才培训基地。"),
        ("4.深化新材料产业开放合作。", "落实外商投资准入前国民待遇加负面清单管理制度，围绕氟硅、锂电产业链开展精准招商，探索危险化学品进出口监管便利化举措。"),
        ("5.探索要素市场化配置改革。", "支持符合条件的企业开展跨境人民币结算便利化业务，复制推广跨境贸易投资高水平开放试点政策，探索数据跨境流动安全管理机制。"),
    ]
    for h, r in tasks:
        # numbered run-in heading typed in a bold run
        para(doc, [(h, FS, 16, True), (r, FS, 16)], first=32)
        qs_clauses.append(h + r)

    heading("四、保障措施")
    body("我市已成立由市长任组长、分管副市长任副组长的衢州联动创新区建设工作领导小组，领导小组办公室设在市商务局。市财政自2026年起每年安排不少于5000万元专项资金支持联动创新区建设，并建立改革创新容错纠错机制，确保各项任务落地见效。", qs_clauses)
    body("妥否，请批示。", qs_clauses)
    empty(doc, 1)
    para(doc, "附件：1.中国（浙江）自由贸易试验区衢州联动创新区建设实施方案", first=32)
    para(doc, "          2.中国（浙江）自由贸易试验区衢州联动创新区区块范围图")
    empty(doc, 2)
    para(doc, "                                  衢州市人民政府")
    para(doc, "                                  2026年1月20日")
    empty(doc, 1)
    para(doc, "（联系人：王晓燕，电话：0570-3051267）", first=32)

    # ---- 版记 of the 批复 at the very end of the file
    empty(doc, 3)
    p = para(doc, [("抄送：省发展改革委，省经信厅，省财政厅，省自然资源厅，省商务厅，杭州海关。", FS, 14)],
             left=14, line=24)
    border_top_bottom(p)
    p = para(doc, [(" 浙江省人民政府办公厅                          2026年3月13日印发", FS, 14)], line=24)
    border_bottom(p, color="000000", sz=6)

    stem = "blind549_quzhou_pifu"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta_pf = {
        "title": title1,
        "doc_number": "浙政函〔2026〕17号",
        "issuer": ["浙江省人民政府"],
        "date": "2026-03-12",
        "published": None,
        "level": "provincial",
        "region": "衢州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "批复",
        "recipients": ["衢州市人民政府"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    meta_qs = {
        "title": title2,
        "doc_number": "衢政〔2026〕4号",
        "issuer": ["衢州市人民政府"],
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "衢州市",
        "effective": None,
        "expires": None,
        "attachments": ["中国（浙江）自由贸易试验区衢州联动创新区建设实施方案",
                        "中国（浙江）自由贸易试验区衢州联动创新区区块范围图"],
        "doc_type": "请示",
        "recipients": ["浙江省人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta_pf, "clauses": pf_clauses}, {"meta": meta_qs, "clauses": qs_clauses}]


# =================================================================== FILE 2
def make_shiyan():
    doc = Document()
    setup(doc)
    pf_clauses, qs_clauses = [], []
    num_pf = make_numbering(doc, "chineseCounting", "%1、")
    num_req = make_numbering(doc, "decimal", "%1.")

    # ---- 批复 版头（信函格式）
    para(doc, [("湖北省人民政府", XBS, 42, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    p = para(doc, [("", FS, 10)], line=12)
    border_bottom(p, sz=24, val="thickThinSmallGap")
    para(doc, [("鄂政函〔2026〕23号", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    empty(doc, 2)
    title1 = "湖北省人民政府关于同意设立中国（湖北）自由贸易试验区十堰联动创新区的批复"
    # title split over two separate paragraphs
    para(doc, [("湖北省人民政府关于同意设立中国（湖北）", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("自由贸易试验区十堰联动创新区的批复", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, "十堰市人民政府：")
    t = "你市《关于申请设立中国（湖北）自由贸易试验区十堰联动创新区的请示》（十政文〔2026〕6号）收悉。经研究，现批复如下："
    para(doc, t, first=32)
    pf_clauses.append(t)
    cn = "一二三四五六七八九十"
    items = [
        "同意设立中国（湖北）自由贸易试验区十堰联动创新区（以下简称十堰联动创新区），实施范围12.47平方公里，包括十堰经济技术开发区区块7.85平方公里、十堰东部新城区块4.62平方公里。",
        "十堰联动创新区要立足商用车产业基础和南水北调中线工程核心水源区生态定位，加强与中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区的联动协作，在汽车及零部件国际化发展、内陆多式联运、跨境电商等领域开展首创性、差异化改革探索，打造鄂西北开放发展新高地。",
        "十堰联动创新区建设要坚持生态优先、绿色发展，严格执行丹江口库区及上游水污染防治和生态保护有关规定，严守生态保护红线，不得引进高耗能、高排放、高污染项目。",
        "十堰市人民政府要切实承担主体责任，健全工作推进机制，抓紧制定年度工作计划，完善政策支持体系，加强人才队伍建设，防范化解各类风险，确保联动创新区规范有序运行。",
        "省商务厅（省自贸办）要会同省发展改革委、省财政厅、省自然资源厅、武汉海关等单位加强指导服务，支持十堰联动创新区复制推广自由贸易试验区改革试点经验，对建设成效开展年度评估，评估结果作为动态调整的重要依据。",
    ]
    for i, it in enumerate(items):
        p = para(doc, it)
        set_num(p, num_pf)
        pf_clauses.append(cn[i] + "、" + it)
    para(doc, "此复。", first=32)
    pf_clauses.append("此复。")
    empty(doc, 2)
    # 落款 + date in one right-aligned paragraph with a soft line break
    para(doc, "湖北省人民政府        \n2026年4月3日        ", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---- 附：请示
    page_break(doc)
    para(doc, [("附：", HT, 16)])
    empty(doc, 1)
    para(doc, [("十堰市人民政府文件", XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    empty(doc, 1)
    # layout table (no borders): 文号 left, 签发人 right
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(lt.rows[0].cells[0], "十政文〔2026〕6号", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
    c = lt.rows[0].cells[1]
    pp = c.paragraphs[0]
    pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = pp.add_run("签发人："); set_font(r, FS, 16)
    r = pp.add_run("李  峰"); set_font(r, KT, 16)
    p = para(doc, [("", FS, 8)], line=10)
    border_bottom(p, sz=18)
    empty(doc, 1)
    title2 = "十堰市人民政府关于申请设立中国（湖北）自由贸易试验区十堰联动创新区的请示"
    para(doc, [("十堰市人民政府关于申请设立中国（湖北）\n自由贸易试验区十堰联动创新区的请示", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, "湖北省人民政府：")

    SP = "\u3000\u3000"  # indentation typed with two full-width spaces

    def body(text):
        para(doc, SP + text)
        qs_clauses.append(text)

    def heading(text):
        para(doc, [(SP + text, HT, 16)])

    def runin(head, rest, font=KT, bold=False):
        para(doc, [(SP + head, font, 16, bold), (rest, FS, 16)])
        qs_clauses.append(head + rest)

    body("为贯彻落实省委、省政府关于推进中国（湖北）自由贸易试验区提质扩容、促进全省开放型经济协同发展的部署要求，充分发挥我市汽车产业和区位优势，更好服务和融入共建“一带一路”，我市拟申请设立中国（湖北）自由贸易试验区十堰联动创新区。现将有关情况请示如下：")
    heading("一、基本情况")
    body("十堰市是全国重要的商用车生产基地和南水北调中线工程核心水源区，汽车产业规模以上企业达620余家，龙头企业产品出口至全球60多个国家和地区。近年来，我市开放型经济保持较快增长，中欧班列（十堰）实现常态化开行，2025年开行班列52列，十堰跨境电子商务综合试验区建设加快推进。2023—2025年主要指标如下：")
    header = ["年份", "进出口总额（亿元）", "出口额（亿元）", "实际使用外资（万美元）", "跨境电商交易额（亿元）"]
    rows = [
        ["2023年", "241.6", "198.3", "9860", "31.2"],
        ["2024年", "268.9", "221.7", "11240", "42.5"],
        ["2025年", "302.4", "249.8", "12570", "56.9"],
    ]
    data_table(doc, header, rows, [2.2, 3.2, 2.8, 3.4, 3.6], qs_clauses)
    empty(doc, 1)
    heading("二、申报范围")
    runin("（一）十堰经济技术开发区区块。", "面积7.85平方公里，东至白浪东路，南至福银高速，西至东风大道，北至汉十铁路，重点发展商用车整车、新能源汽车及关键零部件、汽车后市场服务等产业。")
    runin("（二）十堰东部新城区块。", "面积4.62平方公里，东至茅塔河，南至十天高速，西至东城大道，北至十堰东站站前路，重点发展国际物流、跨境电商、数字贸易和汽车服务贸易等产业。")
    body("上述两个区块合计12.47平方公里，均在国土空间规划确定的城镇开发边界内，不涉及生态保护红线和永久基本农田。")
    heading("三、主要任务")
    runin("（一）打造商用车国际化发展高地。", "围绕商用车及零部件“走出去”，重点推进以下工作：")
    runin("1.推动整车及零部件出口。", "支持汽车企业建设海外营销网络和售后服务中心，开展出口汽车“一站式”检验检测和认证服务，探索商用车出口散件组装（KD件）监管模式创新。", font=FS, bold=True)
    runin("2.发展二手车出口业务。", "争取开展二手车出口业务试点，建设二手车出口集散中心，完善二手车出口检测、评估、交易全链条服务。", font=FS, bold=True)
    runin("（二）建设鄂西北国际物流枢纽。", "推动中欧班列（十堰）扩线增频，加密十堰至武汉阳逻港铁水联运班列，探索“中欧班列+跨境电商”“铁海联运一单制”等模式，建设十堰国际陆港。")
    runin("（三）发展跨境电商和数字贸易。", "依托十堰跨境电子商务综合试验区，建设跨境电商产业园和海外仓服务平台，推动汽车配件、绿松石、道地药材等特色产品拓展国际市场。")
    runin("（四）深化投资管理制度改革。", "全面落实外商投资准入前国民待遇加负面清单管理制度，完善外商投资促进、保护和服务体系，支持外资企业参与汽车产业链配套和新能源汽车研发。")
    heading("四、请求支持事项")
    body("恳请省人民政府批准设立十堰联动创新区，并在以下方面给予支持：")
    reqs = [
        "支持将部分省级经济管理权限依法赋予十堰联动创新区，参照自由贸易试验区片区享受相关改革试点政策。",
        "支持十堰申报设立综合保税区，将十堰联动创新区纳入全省开放平台统筹布局。",
        "支持中欧班列（十堰）纳入全省中欧班列统一运营体系，在线路开行、货源组织等方面给予倾斜。",
    ]
    for i, r_ in enumerate(reqs):
        p = para(doc, r_)
        set_num(p, num_req)
        qs_clauses.append("%d.%s" % (i + 1, r_))
    body("妥否，请批示。")
    para(doc, SP + "（联系人：市商务局\u3000刘冬梅，电话：0719-8106523）")
    empty(doc, 1)
    para(doc, SP + "附件：十堰联动创新区建设总体方案")
    empty(doc, 2)
    para(doc, "                                  十堰市人民政府")
    para(doc, "                                  2026年2月9日")
    empty(doc, 1)

    stem = "blind549_shiyan_pifu"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta_pf = {
        "title": title1,
        "doc_number": "鄂政函〔2026〕23号",
        "issuer": ["湖北省人民政府"],
        "date": "2026-04-03",
        "published": None,
        "level": "provincial",
        "region": "十堰市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "批复",
        "recipients": ["十堰市人民政府"],
        "publicity": None,
        "repeals": None,
    }
    meta_qs = {
        "title": title2,
        "doc_number": "十政文〔2026〕6号",
        "issuer": ["十堰市人民政府"],
        "date": "2026-02-09",
        "published": None,
        "level": "municipal",
        "region": "十堰市",
        "effective": None,
        "expires": None,
        "attachments": ["十堰联动创新区建设总体方案"],
        "doc_type": "请示",
        "recipients": ["湖北省人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta_pf, "clauses": pf_clauses}, {"meta": meta_qs, "clauses": qs_clauses}]


def main():
    expected = {}
    for fn in (make_quzhou, make_shiyan):
        stem, path, docs = fn()
        to_pdf(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
