# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 546: 外贸外资稳增长专项督查通报 (排名 + 约谈名单)."""
import json
import os
import subprocess
from decimal import Decimal, ROUND_HALF_UP

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def rate(done, target):
    r = (Decimal(str(done)) / Decimal(str(target)) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return r


def fmt_rate(r):
    return f"{r}%"


def set_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    ft = sec.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>')
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def fmt_para(p, align=None, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    return p


def para(container, parts, align=None, first=32, line=28, before=0, after=0, left=None):
    """parts: list of (text, font, size, bold[, color]) or a str (仿宋 16)."""
    p = container.add_paragraph()
    fmt_para(p, align=align, first=first, line=line, before=before, after=after, left=left)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for part in parts:
        if part == "BR":
            r = p.add_run()
            r.add_break()
            continue
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def empty(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt_para(p, first=0, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt_para(p, first=0)
    p.add_run().add_break(WD_BREAK.PAGE)


def border_para(p, top=None, bottom=None, color="000000", sz=8):
    pPr = p._p.get_or_add_pPr()
    xml = f'<w:pBdr {nsdecls("w")}>'
    if top:
        xml += f'<w:top w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/>'
    if bottom:
        xml += f'<w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/>'
    xml += "</w:pBdr>"
    bdr = parse_xml(xml)
    # pBdr must come after numPr / before shd, spacing, ind, jc
    anchor = None
    for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc"):
        anchor = pPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(bdr)
    else:
        pPr.append(bdr)


def table_borders(table, on=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    val = "single" if on else "nil"
    xml = f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="{val}" w:sz="4" w:space="0" w:color="000000"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(parse_xml(xml))


def set_widths(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblPr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        old = tblPr.find(qn(tag))
        if old is not None:
            tblPr.remove(old)
    total = int(sum(Cm(w).twips for w in widths))
    tblPr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{total}" w:type="dxa"/>'))
    tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    for row in table.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=22):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    fmt_para(p, align=align, first=0, line=line)
    pieces = text.split("\n")
    for i, piece in enumerate(pieces):
        if i:
            p.add_run().add_break()
        r = p.add_run(piece)
        set_font(r, font, size, bold)


def data_table(doc, header, rows, widths, header_font=HT, size=14, repeat=True, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, True)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, font=header_font, size=min(size, 12))
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri].cells[ci], v, size=size, align=al)
    set_widths(t, widths)
    return t


def row_clause(header, row):
    names = [h.replace("\n", "") for h in header]
    return "；".join(f"{n}：{v}" for n, v in zip(names, row))


def banji(doc, chaosong, yinfa_left, yinfa_date):
    empty(doc, 2)
    p = para(doc, [(chaosong, FS, 14, False)], first=0, left=0)
    fmt_para(p, first=0, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border_para(p, top=True, bottom=True, sz=8)
    # 印发 line: manual full-width spaces between organ and date
    pad = "　" * max(1, 26 - len(yinfa_left) - len(yinfa_date) // 2 - 2)
    p2 = para(doc, [(yinfa_left + pad + yinfa_date + "印发", FS, 14, False)], first=0)
    fmt_para(p2, first=0, line=26)
    p2.paragraph_format.left_indent = Pt(14)
    border_para(p2, bottom=True, sz=8)


def red_header_single(doc, organ_text, docno, size=40):
    empty(doc, 2)
    p = para(doc, [(organ_text, XBS, size, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=60)
    empty(doc, 2)
    para(doc, [(docno, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    line = para(doc, [("", FS, 8, False)], first=0, line=10)
    border_para(line, bottom=True, color="FF0000", sz=18)
    empty(doc, 1)


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_546", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ------------------------------------------------------------------ doc 1
def build_hunan():
    stem = "blind546_hunan_tongbao"
    clauses = []
    doc = new_doc()
    title = "湖南省商务厅关于2025年全省外贸外资稳增长专项督查情况的通报"
    docno = "湘商务〔2026〕6号"
    red_header_single(doc, "湖南省商务厅文件", docno)
    # title in two lines, soft break
    para(doc, [("湖南省商务厅关于2025年全省外贸外资", XBS, 22, False), "BR",
               ("稳增长专项督查情况的通报", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=36)
    empty(doc)
    para(doc, "各市州人民政府，省直有关单位：", first=0)

    def body(text):
        para(doc, text)
        clauses.append(text)

    def heading(text):
        para(doc, [(text, HT, 16, False)])

    data = [
        ("长沙市", 2950, "3012.6"), ("株洲市", 310, "296.4"), ("湘潭市", 420, "431.8"),
        ("衡阳市", 560, "512.3"), ("邵阳市", 230, "238.9"), ("岳阳市", 690, "602.7"),
        ("常德市", 200, "207.5"), ("张家界市", 12, "9.8"), ("益阳市", 190, "193.2"),
        ("郴州市", 720, "689.4"), ("永州市", 280, "291.6"), ("怀化市", 130, "118.2"),
        ("娄底市", 170, "175.9"), ("湘西土家族苗族自治州", 60, "47.3"),
    ]
    rates = {c: rate(d, t) for c, t, d in data}
    order = sorted(data, key=lambda x: rates[x[0]], reverse=True)
    rank = {c: i + 1 for i, (c, _, _) in enumerate(order)}
    tot_t = sum(t for _, t, _ in data)
    tot_d = sum(Decimal(d) for _, _, d in data)
    tot_r = rate(tot_d, tot_t)
    export = (tot_d * Decimal("0.662")).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    imp = tot_d - export
    over = [c for c, _, _ in order if rates[c] >= 100]
    under = [c for c, _, _ in order if rates[c] < 100]
    top3 = [c for c, _, _ in order[:3]]
    bot = [c for c, _, _ in reversed(order) if rates[c] < 90]

    body("为贯彻落实省委、省政府关于稳外贸稳外资工作的决策部署，推动全省外贸外资稳增长目标任务落地落实，"
         "2025年11月下旬至12月中旬，省商务厅会同长沙海关、省发展改革委、省统计局组成4个督查组，"
         "采取听取汇报、查阅台账、走访企业、随机抽查等方式，对14个市州外贸外资稳增长工作开展了专项督查。"
         "现将有关情况通报如下。")
    heading("一、总体情况")
    body(f"2025年，全省实现外贸进出口{tot_d}亿元，完成年度目标{tot_t}亿元的{fmt_rate(tot_r)}，同比增长6.8%。"
         f"其中，出口{export}亿元，增长9.1%；进口{imp}亿元，增长2.7%。"
         "加工贸易进出口增长12.4%，跨境电商进出口增长21.6%，中欧班列（长沙）全年开行1186列。")
    body("外资方面，全省实际使用外资14.6亿美元，完成年度目标16亿美元的91.3%；新设外商投资企业812家，同比增长11.5%；"
         "新引进“三类500强”企业投资项目37个。湖南自贸试验区以不到全省千分之一的面积贡献了全省约四分之一的进出口额和实际使用外资。")
    body(f"从市州完成情况看，{len(over)}个市州完成年度外贸进出口目标，其中{'、'.join(top3)}完成率位居前三；"
         f"{len(under)}个市州未完成年度目标，其中{'、'.join(bot)}完成率低于90%，排名后三位。各市州完成情况详见附件1。")
    heading("二、存在问题")
    body("督查发现，部分市州仍存在目标任务落实不到位、外贸新业态培育不足、外资项目推进缓慢等问题，主要表现在：")

    problems = [
        ("湘西土家族苗族自治州",
         f"全年外贸进出口完成率{fmt_rate(rates['湘西土家族苗族自治州'])}，排名全省末位。外贸主体规模小、数量少，"
         "有进出口实绩的企业仅112家，较上年减少9家；湘西经开区承接产业转移项目投产进度滞后，"
         "2个年初计划投产的加工贸易项目至督查时仍未形成进出口实绩；州本级稳外贸专项资金拨付不及时。"),
        ("张家界市",
         f"全年外贸进出口完成率{fmt_rate(rates['张家界市'])}。外贸结构单一，进出口主要依赖少数农产品和旅游商品企业；"
         "市场采购贸易、跨境电商等新业态尚处于起步阶段，跨境电商产业园入驻企业中有实际业务的不足三成；"
         "外资工作抓手不多，全年实际使用外资未实现突破。"),
        ("岳阳市",
         f"受大宗商品进口下滑影响，全年外贸进出口完成率{fmt_rate(rates['岳阳市'])}，较上年回落6.2个百分点；"
         "岳阳城陵矶综合保税区加工贸易项目招引不足，新增进出口实绩企业数量同比减少14家；"
         "城陵矶港外贸航线货源组织不力，部分外贸货物仍绕道周边港口进出。"),
        ("衡阳市",
         f"全年外贸进出口完成率{fmt_rate(rates['衡阳市'])}，连续两年未完成年度目标。衡阳综合保税区重点企业订单外流，"
         "电子信息产品出口下降15.3%；外商投资企业利润再投资工作推进缓慢，合同外资到位率偏低。"),
        ("怀化市",
         f"全年外贸进出口完成率{fmt_rate(rates['怀化市'])}。中欧班列、西部陆海新通道班列回程货源不足，"
         "空箱率较高；怀化国际陆港平台功能发挥不充分，本地企业利用平台开展进出口业务比例偏低；"
         "部分县市区对稳外贸工作重视不够，未建立重点企业联系服务机制。"),
    ]
    for city, rest in problems:
        p = para(doc, [(city, FS, 16, True), ("：" + rest, FS, 16, False)])
        clauses.append(city + "：" + rest)

    heading("三、工作要求")

    def item(head, rest):
        para(doc, [(head, KT, 16, True), (rest, FS, 16, False)])
        clauses.append(head + rest)

    item("（一）压实工作责任。", "各市州人民政府要切实履行稳外贸稳外资主体责任，主要负责同志亲自抓、分管负责同志具体抓，"
         "对照2026年目标任务，逐月分解、挂图作战，建立健全“周调度、月通报、季督查”工作机制。")
    item("（二）强化企业服务。", "深入开展“千企走访”活动，建立重点外贸外资企业“白名单”，"
         "用好出口信用保险、外贸企业融资增信等政策，及时协调解决企业在用工、用能、通关、物流等方面的困难和问题。")
    item("（三）加快培育新业态。", "支持跨境电商综合试验区、市场采购贸易方式试点做大做强，"
         "鼓励企业布局海外仓，推动综合保税区提质增效，积极发展保税维修、保税研发、离岸贸易等新业态新模式。")
    item("（四）狠抓外资项目落地。", "聚焦先进制造业、现代服务业开展精准招商，建立外资项目全周期服务台账，"
         "推动已签约项目尽快开工、已开工项目尽快到资，持续落实外商投资准入前国民待遇加负面清单管理制度。")
    item("（五）严格督查考核。", "对外贸进出口完成率低于90%的市州，由省商务厅会同长沙海关对市州人民政府分管负责同志进行约谈（约谈名单见附件2），并作如下要求：")
    for t in [
        "1．被约谈市州人民政府要在约谈后15个工作日内，研究制定整改方案，明确整改目标、措施和时限，并报送省商务厅。",
        "2．被约谈市州要于2026年6月底前报送整改落实情况，省商务厅将适时组织“回头看”。",
        "3．本次督查结果将纳入2025年度全省稳外贸稳外资工作考核和真抓实干督查激励评价。",
    ]:
        body(t)

    empty(doc)
    # 附件 list, second line aligned with manual spaces
    a1 = "2025年各市州外贸进出口目标完成情况表"
    a2 = "2025年全省外贸外资稳增长工作约谈名单"
    para(doc, [("附件：1．" + a1, FS, 16, False)], first=32)
    para(doc, [("　　　　　2．" + a2, FS, 16, False)], first=0)
    empty(doc, 3)
    para(doc, [("　" * 16 + "湖南省商务厅", FS, 16, False)], first=0)
    para(doc, [("　" * 15 + "2026年1月16日", FS, 16, False)], first=0)
    empty(doc)
    para(doc, "（此件公开发布）")

    # attachments
    page_break(doc)
    para(doc, [("附件1", HT, 16, False)], first=0)
    empty(doc)
    para(doc, [(a1, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=32)
    empty(doc)
    h1 = ["市别", "目标（亿元）", "完成（亿元）", "完成率", "排名"]
    rows1 = [[c, str(t), d, fmt_rate(rates[c]), str(rank[c])] for c, t, d in data]
    rows1.append(["全省合计", str(tot_t), str(tot_d), fmt_rate(tot_r), "—"])
    data_table(doc, h1, rows1, [4.6, 3.2, 3.2, 2.4, 1.8])
    clauses.extend(row_clause(h1, r) for r in rows1)

    page_break(doc)
    para(doc, [("附件2", HT, 16, False)], first=0)
    empty(doc)
    para(doc, [(a2, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=32)
    empty(doc)
    h2 = ["序号", "地区", "约谈对象", "约谈事由"]
    yt = {"湘西土家族苗族自治州": "州人民政府分管副州长、州商务局主要负责同志",
          "张家界市": "市人民政府分管副市长、市商务局主要负责同志",
          "岳阳市": "市人民政府分管副市长、市商务局主要负责同志"}
    rows2 = []
    for i, c in enumerate(bot, start=1):
        rows2.append([str(i), c, yt[c],
                      f"2025年外贸进出口完成率{fmt_rate(rates[c])}，全省排名第{rank[c]}位"])
    data_table(doc, h2, rows2, [1.4, 3.6, 5.0, 5.6], left_cols=(2, 3))
    clauses.extend(row_clause(h2, r) for r in rows2)

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅，长沙海关，省发展改革委，省统计局。",
          "湖南省商务厅办公室", "2026年1月16日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": docno,
        "issuer": ["湖南省商务厅"],
        "date": "2026-01-16",
        "published": None,
        "level": "provincial",
        "region": "湖南省",
        "effective": None,
        "expires": None,
        "attachments": [a1, a2],
        "doc_type": "通报",
        "recipients": ["各市州人民政府", "省直有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ------------------------------------------------------------------ doc 2
NUM_ID = 77


def add_chinese_numbering(doc):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{KT}" w:hAnsi="{KT}" w:eastAsia="{KT}" w:hint="eastAsia"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>')
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))


def numbered(p):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = NUM_ID


def build_ganzhou():
    stem = "blind546_ganzhou_tongbao"
    clauses = []
    doc = new_doc()
    add_chinese_numbering(doc)
    docno = "赣市督字〔2025〕17号"
    # joint red header as a layout table
    empty(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, False)
    c0, c1 = t.rows[0].cells
    set_widths(t, [11.8, 3.8])
    c0.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = c0.paragraphs[0]
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=0, line=48)
    set_font(p.add_run("赣州市人民政府督查室"), XBS, 32, False, RED)
    p = c0.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=0, line=48)
    set_font(p.add_run("赣州市商务局"), XBS, 32, False, RED)
    p = c1.paragraphs[0]
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=60)
    set_font(p.add_run("文件"), XBS, 40, False, RED)
    empty(doc, 1)
    para(doc, [(docno, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    line = para(doc, [("", FS, 8, False)], first=0, line=10)
    border_para(line, bottom=True, color="FF0000", sz=18)
    empty(doc)

    title = "关于2025年前三季度全市外贸外资稳增长专项督查情况的通报"
    para(doc, [(title, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=36)
    empty(doc)
    para(doc, "各县（市、区）人民政府，赣州经开区、蓉江新区管委会，市直有关单位：", first=0)

    def body(text):
        para(doc, text)
        clauses.append(text)

    def heading(text):
        para(doc, [(text, HT, 16, False)])

    data = [
        ("章贡区", 95, "71.6"), ("南康区", 150, "118.3"), ("赣县区", 60, "44.2"),
        ("信丰县", 45, "36.8"), ("大余县", 20, "12.1"), ("上犹县", 18, "13.0"),
        ("崇义县", 12, "6.7"), ("安远县", 15, "10.9"), ("龙南市", 85, "70.4"),
        ("定南县", 25, "18.6"), ("全南县", 22, "15.3"), ("宁都县", 35, "24.1"),
        ("于都县", 48, "39.5"), ("兴国县", 30, "21.7"), ("会昌县", 28, "19.2"),
        ("寻乌县", 16, "9.9"), ("石城县", 10, "5.2"), ("瑞金市", 40, "31.4"),
        ("赣州经开区", 110, "88.6"), ("蓉江新区", 20, "11.5"),
    ]
    rates = {c: rate(d, t) for c, t, d in data}
    order = sorted(data, key=lambda x: rates[x[0]], reverse=True)
    rank = {c: i + 1 for i, (c, _, _) in enumerate(order)}
    tot_t = sum(t for _, t, _ in data)
    tot_d = sum(Decimal(d) for _, _, d in data)
    tot_r = rate(tot_d, tot_t)
    gap = tot_r - Decimal("75.0")
    export = (tot_d * Decimal("0.873")).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    imp = tot_d - export
    ok = [c for c, _, _ in order if rates[c] >= 75]
    notok = [c for c, _, _ in order if rates[c] < 75]
    top3 = [c for c, _, _ in order[:3]]
    bot = [c for c, _, _ in reversed(order) if rates[c] < 60]

    body("为推动全市外贸外资稳增长各项政策措施落地见效，确保完成全年目标任务，根据市政府工作安排，"
         "2025年10月8日至17日，市政府督查室会同市商务局、赣州海关、市统计局组成3个督查组，"
         "对各县（市、区）和赣州经开区、蓉江新区（以下统称“各地”）外贸外资稳增长工作开展专项督查。"
         "现将督查情况通报如下：")
    heading("一、总体情况")
    gap_txt = f"高于序时进度{gap}个百分点" if gap >= 0 else f"低于序时进度{-gap}个百分点"
    body(f"今年以来，各地认真落实市委、市政府决策部署，多措并举稳住外贸外资基本盘。1—9月，全市实现外贸进出口{tot_d}亿元，"
         f"完成年度目标{tot_t}亿元的{fmt_rate(tot_r)}，{gap_txt}；其中出口{export}亿元，进口{imp}亿元。"
         "赣州国际陆港累计开行中欧（亚）班列412列、铁海联运“三同”班列1325列，同比分别增长8.4%和12.9%。")
    body("外资方面，1—9月全市实际使用外资2.87亿美元，完成年度目标的71.8%；新设外商投资企业64家，"
         "新引进合同外资1000万美元以上项目23个，其中南康区、龙南市、赣州经开区合计占全市的六成以上。")
    body(f"从各地完成情况看，{len(ok)}个地区外贸进出口完成率达到或超过序时进度，其中{'、'.join(top3)}位居前三；"
         f"{len(notok)}个地区低于序时进度，其中{'、'.join(bot)}完成率低于60%，排名后三位。各地完成情况详见附件1。")
    heading("二、存在问题")
    body("督查发现，部分地区在目标推进、主体培育、平台建设和外资项目落地等方面还存在一些短板和不足：")
    problems = [
        ("石城县", f"1—9月外贸进出口完成率仅{fmt_rate(rates['石城县'])}，排名全市末位。全县有进出口实绩企业仅19家，"
                   "鞋服、箱包等传统出口企业订单下滑明显；县级稳外贸工作专班未实质运转，督查组抽查的8家重点企业中有5家未建立服务台账。"),
        ("崇义县", f"1—9月外贸进出口完成率{fmt_rate(rates['崇义县'])}。钨制品出口受国际市场价格波动影响较大，"
                   "主要出口企业存在“等订单”思想，开拓新兴市场力度不够；外资项目储备不足，全年实际使用外资目标尚无项目支撑。"),
        ("蓉江新区", f"1—9月外贸进出口完成率{fmt_rate(rates['蓉江新区'])}。新引进的电子信息类外贸项目投产进度滞后，"
                     "2个计划三季度投产的项目至督查时仍处于设备调试阶段；招商引资重内资、轻外资，外资招引工作缺乏专门力量。"),
        ("大余县", f"1—9月外贸进出口完成率{fmt_rate(rates['大余县'])}。跨境电商发展滞后，"
                   "跨境电商产业园入驻企业中开展实际业务的仅3家；对“赣关通”等通关便利化政策宣传不够，部分企业仍选择在外地报关。"),
        ("寻乌县", f"1—9月外贸进出口完成率{fmt_rate(rates['寻乌县'])}。脐橙等特色农产品出口基地备案推进缓慢，"
                   "冷链物流等配套短板突出；外贸企业融资难问题较为普遍，出口信用保险覆盖率低于全市平均水平。"),
    ]
    for city, rest in problems:
        para(doc, [(city, FS, 16, True), ("：" + rest, FS, 16, False)])
        clauses.append(city + "：" + rest)

    heading("三、工作要求")
    items = [
        ("一", "对标对表抓推进。", "各地要紧盯全年目标任务，对照序时进度查漏补缺，倒排工期、挂图作战，"
                             "每周调度重点企业进出口情况，确保四季度外贸进出口占全年比重不低于27%。"),
        ("二", "精准施策稳主体。", "全面落实国家、省、市稳外贸政策措施，深入开展“入企走访”专项行动，"
                             "对年进出口额5000万元以上的重点企业实行“一企一专员”服务，帮助企业稳订单、拓市场。"),
        ("三", "用好平台拓增量。", "充分发挥赣州国际陆港、赣州综合保税区、龙南保税物流中心（B型）和跨境电商综合试验区等平台作用，"
                             "加大中欧班列和铁海联运班列货源组织力度，推动更多本地货物“家门口”通关。"),
        ("四", "强化督导抓整改。", "对外贸进出口完成率低于60%的地区，由市政府分管副市长对其政府（管委会）主要负责同志进行约谈（约谈名单见附件2）。"
                             "被约谈地区要于2025年11月10日前向市政府督查室、市商务局报送整改报告，市政府督查室将跟踪督办，"
                             "督查结果纳入年度高质量发展综合考核。"),
    ]
    for cn, head, rest in items:
        p = para(doc, [(head, KT, 16, True), (rest, FS, 16, False)], first=None)
        numbered(p)
        clauses.append(f"（{cn}）" + head + rest)
    contact = ("联系人：市商务局对外贸易科　钟文杰，联系电话：0797-8991326；"
               "市政府督查室二科　谢雨晴，联系电话：0797-8995102。")
    body(contact)
    empty(doc)
    a1 = "2025年1—9月各地外贸进出口目标完成情况表"
    a2 = "外贸外资稳增长工作约谈名单"
    para(doc, [("附件：1．" + a1, FS, 16, False)], first=32)
    para(doc, [("2．" + a2, FS, 16, False)], first=0, left=80)
    empty(doc, 2)
    # 落款 in a layout table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, False)
    set_widths(t, [7.8, 7.8])
    for cell, txt in zip(t.rows[0].cells, ["赣州市人民政府督查室", "赣州市商务局"]):
        p = cell.paragraphs[0]
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
        set_font(p.add_run(txt), FS, 16)
    para(doc, [("2025年10月24日" + "　" * 4, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)

    p = para(doc, [("附件1", HT, 16, False)], first=0)
    p.paragraph_format.page_break_before = True
    para(doc, [(a1, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=32, after=8)
    h1 = ["地区", "年度目标（亿元）", "1—9月完成（亿元）", "完成率", "排名"]
    rows1 = [[c, str(t_), d, fmt_rate(rates[c]), str(rank[c])] for c, t_, d in data]
    rows1.append(["全市合计", str(tot_t), str(tot_d), fmt_rate(tot_r), "—"])
    data_table(doc, h1, rows1, [3.2, 3.6, 4.2, 2.4, 1.8], size=12)
    clauses.extend(row_clause(h1, r) for r in rows1)

    page_break(doc)
    para(doc, [("附件2", HT, 16, False)], first=0)
    para(doc, [(a2, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=32, after=8)
    h2 = ["序号", "单位", "约谈对象", "约谈事由"]
    who = {"石城县": "县人民政府县长、分管副县长", "崇义县": "县人民政府县长、分管副县长",
           "蓉江新区": "管委会主任、分管副主任"}
    rows2 = []
    for i, c in enumerate(bot, start=1):
        unit = c + ("管委会" if c.endswith("新区") else "人民政府")
        rows2.append([str(i), unit, who[c],
                      f"1—9月外贸进出口完成率{fmt_rate(rates[c])}，低于序时进度{Decimal('75.0') - rates[c]}个百分点"])
    data_table(doc, h2, rows2, [1.4, 3.6, 4.8, 5.6], left_cols=(3,))
    clauses.extend(row_clause(h2, r) for r in rows2)

    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，赣州海关，市统计局。",
          "赣州市人民政府督查室", "2025年10月24日")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": docno,
        "issuer": ["赣州市人民政府督查室", "赣州市商务局"],
        "date": "2025-10-24",
        "published": None,
        "level": "municipal",
        "region": "赣州市",
        "effective": None,
        "expires": None,
        "attachments": [a1, a2],
        "doc_type": "通报",
        "recipients": ["各县（市、区）人民政府", "赣州经开区、蓉江新区管委会", "市直有关单位"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ------------------------------------------------------------------ doc 3
def build_yiwu():
    stem = "blind546_yiwu_tongbao"
    clauses = []
    doc = new_doc()
    docno = "义政办发〔2026〕9号"
    red_header_single(doc, "义乌市人民政府办公室文件", docno, size=34)
    title = "义乌市人民政府办公室关于2025年度镇街外贸外资稳增长专项督查情况的通报"
    para(doc, [("义乌市人民政府办公室关于2025年度镇街", XBS, 22, False), "BR",
               ("外贸外资稳增长专项督查情况的通报", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=36)
    empty(doc)
    para(doc, "各镇人民政府、街道办事处，市政府各部门、各直属单位：", first=0)

    IND = "　　"  # paragraphs indented by typed full-width spaces, no first-line indent

    def body(text):
        para(doc, IND + text, first=0)
        clauses.append(text)

    def heading(text):
        # headings typed as bold 仿宋 runs, with a trailing space
        para(doc, [(IND + text + " ", FS, 16, True)], first=0)

    data = [
        ("稠城街道", 3200, 3415), ("北苑街道", 2600, 2288), ("稠江街道", 4200, 4630),
        ("江东街道", 2400, 2571), ("后宅街道", 2800, 2196), ("城西街道", 1500, 1622),
        ("福田街道", 5600, 6121), ("廿三里街道", 2000, 1874), ("佛堂镇", 2500, 1706),
        ("赤岸镇", 800, 812), ("义亭镇", 1200, 1045), ("上溪镇", 1000, 1063),
        ("大陈镇", 600, 371), ("苏溪镇", 1600, 1688),
    ]
    rates = {c: rate(d, t) for c, t, d in data}
    order = sorted(data, key=lambda x: rates[x[0]], reverse=True)
    rank = {c: i + 1 for i, (c, _, _) in enumerate(order)}
    tot_t = sum(t for _, t, _ in data)
    tot_d = sum(d for _, _, d in data)
    tot_r = rate(tot_d, tot_t)
    over = [c for c, _, _ in order if rates[c] >= 100]
    under = [c for c, _, _ in order if rates[c] < 100]
    top3 = [c for c, _, _ in order[:3]]
    bot = [c for c, _, _ in reversed(order) if rates[c] < 80]

    body("为深入贯彻落实省委、省政府和金华市委、市政府稳外贸稳外资决策部署，推动我市外贸外资稳中提质，"
         "2025年12月，市政府办公室会同市商务局、义乌海关、市市场发展委、市统计局组成联合督查组，"
         "对14个镇街2025年度外贸外资稳增长工作进行了专项督查。现将有关情况通报如下：")
    empty(doc)
    heading("一、总体情况")
    body("2025年，全市实现进出口总值7182.6亿元，同比增长7.5%，其中出口6127.3亿元，增长8.1%；"
         "市场采购贸易方式出口4583.9亿元，占全市出口的74.8%；跨境电商进出口1362.4亿元，增长13.2%。"
         "义新欧中欧班列全年开行2416列，中国（浙江）自由贸易试验区金义片区义乌区块新增外贸主体1.2万家。")
    body(f"全市实际使用外资{tot_d}万美元，完成年度目标{tot_t}万美元的{fmt_rate(tot_r)}。"
         f"从镇街情况看，{len(over)}个镇街完成年度实际使用外资目标，其中{'、'.join(top3)}完成率位居前三；"
         f"{len(under)}个镇街未完成年度目标，{'、'.join(bot)}完成率低于80%，排名后三位。各镇街完成情况详见附件1。")
    empty(doc)
    heading("二、存在问题")
    body("督查发现，部分镇街对外资工作重视程度不够、招引手段单一、项目推进不快，主要表现在：")
    problems = [
        ("大陈镇", f"全年实际使用外资完成率{fmt_rate(rates['大陈镇'])}，排名末位。镇内外资企业以小规模服装加工企业为主，"
                   "增资扩股意愿不强；全年仅新设外商投资企业2家，且均未实现资金到位；外资工作无专人负责。"),
        ("佛堂镇", f"全年实际使用外资完成率{fmt_rate(rates['佛堂镇'])}。文旅类外资项目受前期审批等因素影响推进缓慢，"
                   "年初签约的1个3000万美元项目至督查时到资不足两成；对外资企业利润再投资政策宣传解读不到位。"),
        ("后宅街道", f"全年实际使用外资完成率{fmt_rate(rates['后宅街道'])}。过度依赖个别外商投资企业，"
                     "受其母公司资金调度影响，全年到资较上年下降21.4%；外商投资企业服务台账更新不及时，部分企业信息与实际不符。"),
        ("义亭镇", f"全年实际使用外资完成率{fmt_rate(rates['义亭镇'])}。招商引资重内资、轻外资，"
                   "全年未组织开展专题外资招商活动；镇级跨境电商服务站运营不规范，服务企业数量偏少。"),
        ("北苑街道", f"全年实际使用外资完成率{fmt_rate(rates['北苑街道'])}。外籍商人投资设立的贸易型企业注销、迁出较多，"
                     "全年净减少外商投资企业17家；对外商“办证难、开户难”等问题跟踪解决不够及时。"),
    ]
    for i, (town, rest) in enumerate(problems):
        if i == 1:
            # bold town name split across two runs (typed, then re-bolded)
            parts = [(IND, FS, 16, False), (town[:2], FS, 16, True), (town[2:], FS, 16, True),
                     ("：" + rest, FS, 16, False)]
        else:
            parts = [(IND, FS, 16, False), (town, FS, 16, True), ("：" + rest, FS, 16, False)]
        para(doc, parts, first=0)
        clauses.append(town + "：" + rest)
    empty(doc)
    heading("三、工作要求")

    def item(head, rest):
        para(doc, [(IND + head, FS, 16, True), (rest, FS, 16, False)], first=0)
        clauses.append(head + rest)

    item("（一）压实属地责任。", "各镇街要把稳外贸稳外资作为“一把手”工程，主要负责同志每月至少专题研究1次，"
         "分管负责同志每月走访重点外贸外资企业不少于5家，确保2026年目标任务按季度分解到村（社区）和企业。")
    item("（二）强化外资招引。", "各镇街要围绕小商品数智化、新能源、新材料等重点产业开展精准招商，重点做好以下工作：")
    for t in [
        "1.加快在谈项目转化。对已签约未到资项目逐一明确责任领导和时间节点，推动资金按期到位。",
        "2.用好外资激励政策。落实外商投资企业利润再投资、外籍人员便利化等政策，鼓励存量外资企业增资扩产。",
        "3.抓好约谈整改。对实际使用外资完成率低于80%的镇街，由市政府分管副市长约谈镇街主要负责同志（约谈名单见附件2），被约谈镇街要：",
        "（1）于2026年2月28日前向市政府办公室、市商务局报送整改方案；",
        "（2）自2026年3月起，每月10日前报送上月整改进展情况；",
        "（3）将整改情况纳入2026年度镇街综合考核，整改不力的予以通报批评。",
    ]:
        body(t)
    item("（三）做优外贸主体服务。", "各镇街要配合市商务局、义乌海关做好市场采购贸易、跨境电商等新业态主体培育，"
         "建立重点外贸企业“服务专员”制度，帮助企业用好出口信用保险、海外仓等政策工具，稳住订单、拓展新兴市场。")
    item("（四）健全常态督查机制。", "市政府督查室将会同市商务局对镇街外贸外资工作实行季度督查、半年通报、年度考核，"
         "督查通报情况作为镇街领导班子和领导干部年度考核的重要参考。")
    empty(doc)
    a1 = "2025年度各镇街实际使用外资目标完成情况表"
    a2 = "2025年度镇街外贸外资稳增长工作约谈名单"
    # both attachments in ONE paragraph, separated by a soft line break
    para(doc, [(IND + "附件：1." + a1, FS, 16, False), "BR",
               (IND + "　　　2." + a2, FS, 16, False)], first=0)
    empty(doc, 3)
    para(doc, [("义乌市人民政府办公室" + "　" * 3, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    para(doc, [("二〇二六年二月六日" + "　" * 4, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    empty(doc)
    para(doc, [(IND + "（此件公开发布）", FS, 16, False)], first=0)

    page_break(doc)
    para(doc, [("附件1", HT, 16, False)], first=0)
    empty(doc)
    para(doc, [(a1, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=32)
    empty(doc)
    h1 = ["镇街", "目标\n（万美元）", "完成\n（万美元）", "完成率", "排名"]
    rows1 = [[c, str(t), str(d), fmt_rate(rates[c]), str(rank[c])] for c, t, d in data]
    rows1.append(["全市合计", str(tot_t), str(tot_d), fmt_rate(tot_r), "—"])
    data_table(doc, h1, rows1, [3.8, 3.0, 3.0, 2.6, 2.0])
    clauses.extend(row_clause(h1, r) for r in rows1)

    page_break(doc)
    para(doc, [("附件2", HT, 16, False)], first=0)
    empty(doc)
    para(doc, [(a2, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=32)
    empty(doc)
    h2 = ["序号", "镇街", "约谈对象", "约谈事由"]
    who = {"大陈镇": "镇党委书记、镇长", "佛堂镇": "镇党委书记、镇长", "后宅街道": "街道党工委书记、办事处主任"}
    rows2 = []
    for i, c in enumerate(bot, start=1):
        rows2.append([str(i), c, who[c],
                      f"2025年度实际使用外资完成率{fmt_rate(rates[c])}，全市排名第{rank[c]}位"])
    data_table(doc, h2, rows2, [1.4, 3.0, 5.0, 6.0], left_cols=(3,))
    clauses.extend(row_clause(h2, r) for r in rows2)

    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，义乌海关。",
          "义乌市人民政府办公室", "2026年2月6日")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": docno,
        "issuer": ["义乌市人民政府办公室"],
        "date": "2026-02-06",
        "published": None,
        "level": "county",
        "region": "义乌市",
        "effective": None,
        "expires": None,
        "attachments": [a1, a2],
        "doc_type": "通报",
        "recipients": ["各镇人民政府、街道办事处", "市政府各部门、各直属单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for builder in (build_hunan, build_ganzhou, build_yiwu):
        stem, path, docs = builder()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
