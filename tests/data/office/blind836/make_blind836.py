# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 836: 行政复议决定书 (省商务厅 / 外资企业不服自贸区管委会行政处罚),
Word + PDF + expected.json."""
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


LINE = [28]  # body line spacing (pt); offices differ


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    pf = p.paragraph_format
    if line is None:
        line = LINE[0]
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


def empty(doc, n=1, line=None):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


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


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def fix_widths(t, widths):
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = w
    for row in t.rows:
        for ci, c in enumerate(row.cells):
            if ci < len(widths):
                c.width = widths[ci]


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 8, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_836", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [830]


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


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": "provincial", "region": None,
            "effective": None, "expires": None, "attachments": [], "doc_type": None,
            "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 云南省商务厅 — 撤销决定; red 版头, 文号 under title pushed right with spaces,
# 申请人 block typed with Shift+Enter, 附件 (证据目录) on its own page with a
# repeating header row.
def doc_yunnan():
    stem = "blind836_yunnan_chexiao"
    LINE[0] = 26
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("云南省商务厅", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64, before=20)
    p = add_par(doc, "", indent=False, line=12)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    add_par(doc, [("行政复议决定书", XBS, 26, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    # 文号 pushed to the right with typed half-width spaces
    add_par(doc, " " * 50 + "云商复决〔2026〕2号", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def block(lines):
        """one paragraph, lines separated by manual line breaks (Shift+Enter)"""
        p = doc.add_paragraph()
        for i, t in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND), FS, 16)
            font(p.add_run(t), FS, 16)
            clauses.append(t)
        fmt(p)

    block(["申请人：云南暹澜农产品进出口有限公司，住所地中国（云南）自由贸易试验区昆明片区经开路3号科技创新园B座1106室，统一社会信用代码91530100MADK8T4Q7L。",
           "法定代表人：颂猜·翁萨瓦，总经理。",
           "委托代理人：杨丽华，云南明阔律师事务所律师。"])
    block(["被申请人：中国（云南）自由贸易试验区昆明片区管理委员会，住所地云南省昆明市官渡区彩云北路2158号。",
           "法定代表人：马建宏，主任。"])
    body("申请人不服被申请人于2025年10月15日作出的《行政处罚决定书》（昆自贸商罚决〔2025〕19号），于2025年11月20日向本机关申请行政复议，本机关依法于2025年11月24日予以受理。本案现已审理终结。")
    body("申请人请求：撤销被申请人作出的昆自贸商罚决〔2025〕19号《行政处罚决定书》。")
    body("申请人称：一、申请人已于2025年8月28日通过国家企业信用信息公示系统补报2024年度报告，在被申请人责令改正的期限（2025年8月31日）内完成改正，不存在“逾期不改正”的情形。二、被申请人仅依据2025年8月20日生成的《外商投资信息报告数据比对清单》认定申请人逾期未改正，该清单生成时改正期限尚未届满，证据不足。三、申请人系初次违法且已主动改正，处以15万元罚款明显不当。")
    body("被申请人称：一、根据《云南省人民政府关于向中国（云南）自由贸易试验区下放第二批省级行政职权事项的决定》，被申请人具有作出本案行政处罚的法定职权。二、2025年9月5日，被申请人通过商务部业务系统统一平台核查，申请人2024年度报告仍显示为“未报送”，据此认定申请人逾期不改正，事实清楚。三、处罚程序合法，适用依据正确，处罚幅度适当。请求维持该处罚决定。")
    body("经审理查明：申请人系泰国暹澜国际贸易有限公司投资设立的外商独资企业，未在2025年6月30日前报送2024年度报告。2025年8月11日，被申请人向申请人送达《责令改正通知书》（昆自贸商改〔2025〕36号），责令其于2025年8月31日前改正。2025年8月28日15时42分，申请人通过国家企业信用信息公示系统提交了2024年度报告。2025年9月16日，被申请人以申请人逾期不改正为由立案调查，经告知、申辩等程序后，于2025年10月15日依据《中华人民共和国外商投资法》第三十七条的规定，对申请人作出罚款人民币15万元的行政处罚决定。")
    body("另查明，被申请人认定申请人逾期不改正的证据仅为2025年8月20日生成的《外商投资信息报告数据比对清单》，其所称2025年9月5日系统核查情况，无相应证据证明。")
    body("上述事实有行政处罚案卷材料、系统报送回执等证据证明（证据材料目录见附件）。")
    body("本机关认为：根据《中华人民共和国外商投资法》第三十七条规定，外商投资企业未按照外商投资信息报告制度的要求报送投资信息的，由商务主管部门责令限期改正；逾期不改正的，处十万元以上五十万元以下的罚款。本案中，被申请人责令申请人于2025年8月31日前改正，申请人已于2025年8月28日完成报送，被申请人据以认定申请人逾期不改正的《外商投资信息报告数据比对清单》生成于改正期限届满之前，不能证明申请人在期限届满后仍未改正。被申请人作出的行政处罚决定主要事实不清、证据不足，依法应予撤销。")
    body("综上，根据《中华人民共和国行政复议法》第六十四条第一款第一项的规定，本机关决定：")
    body("撤销被申请人作出的《行政处罚决定书》（昆自贸商罚决〔2025〕19号）。")
    body("申请人如不服本决定，可以自收到本决定书之日起十五日内依法向人民法院提起行政诉讼。")
    empty(doc, 1)
    add_par(doc, "附件：被申请人提交的证据材料目录")
    empty(doc, 1)
    p = add_par(doc, " " * 40 + "云南省商务厅", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 39 + "2026年1月16日", indent=False)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("被申请人提交的证据材料目录", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    header = ["序号", "证据名称", "证据来源", "证明事项"]
    rows = [
        ["1", "《云南省人民政府关于向中国（云南）自由贸易试验区下放第二批省级行政职权事项的决定》", "被申请人", "被申请人具有法定职权"],
        ["2", "申请人营业执照及外商投资企业基本信息", "市场监管部门", "申请人主体资格"],
        ["3", "外商投资信息报告年度报告“双随机”核查名单", "商务部业务系统统一平台", "申请人被抽中核查"],
        ["4", "《外商投资信息报告数据比对清单》（2025年8月20日生成）", "商务部业务系统统一平台", "申请人未报送2024年度报告"],
        ["5", "《责令改正通知书》（昆自贸商改〔2025〕36号）及送达回证", "被申请人", "责令限期改正及送达情况"],
        ["6", "立案审批表", "被申请人", "立案程序"],
        ["7", "询问笔录（2025年9月19日）", "被申请人", "申请人工作人员陈述情况"],
        ["8", "《行政处罚事先告知书》及送达回证", "被申请人", "告知程序"],
        ["9", "申请人陈述申辩书", "申请人", "申请人陈述申辩情况"],
        ["10", "案件集体讨论记录", "被申请人", "决定程序"],
        ["11", "《行政处罚决定书》（昆自贸商罚决〔2025〕19号）及送达回证", "被申请人", "处罚决定及送达情况"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(7.4), Cm(3.6), Cm(3.4)]
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    fix_widths(t, widths)
    note = "注：申请人提交的证据材料另行归档，未列入本目录。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="行政复议决定书", doc_number="云商复决〔2026〕2号",
                     issuer=["云南省商务厅"], date="2026-01-16", region="云南省",
                     attachments=["被申请人提交的证据材料目录"], doc_type="决定"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 四川省商务厅 — 变更决定; no red 版头 (title printed as two lines), 文号 centred
# with half-width brackets elsewhere, auto-numbered 一、 headings, table with
# merged header split by a manual page break and 续表, anonymised names, 主动公开.
def doc_sichuan():
    stem = "blind836_sichuan_biangeng"
    LINE[0] = 26
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    p = doc.add_paragraph()
    font(p.add_run("四川省商务厅"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("行政复议决定书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=12)
    add_par(doc, "川商复决〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            after=12)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    body("申请人：泸州狮城味道餐饮管理有限公司，住所地中国（四川）自由贸易试验区川南临港片区云台路一段68号2号楼301室。")
    body("法定代表人：林某某。")
    body("委托代理人：王某，四川蜀衡律师事务所律师。")
    body("被申请人：中国（四川）自由贸易试验区川南临港片区管理委员会，住所地四川省泸州市龙马潭区蜀泸大道三段88号。")
    body("法定代表人：赵某某，主任。")
    body("申请人不服被申请人2025年11月3日作出的泸临港商罚决字[2025]第7号行政处罚决定，于2025年12月10日向本机关提出行政复议申请，本机关依法予以受理。因案情复杂，经本机关负责人批准，本案审理期限延长30日。本案现已审理终结。")

    head("申请人请求及理由")
    body("申请人请求：变更被申请人作出的泸临港商罚决字[2025]第7号行政处罚决定，将罚款数额由人民币8万元变更为人民币1万元，并撤销予以公告的处罚内容。")
    body("申请人称：申请人系新加坡狮城味道控股有限公司在华设立的全资子公司。申请人已于被申请人责令的期限（2025年9月15日）前提交商业特许经营备案申请，因补正材料于2025年9月22日完成备案，补正期间不应计入逾期时间，被申请人按照“逾期仍不备案”情形处以8万元罚款并予以公告，适用法律错误。")

    head("被申请人答复意见")
    body("被申请人称：申请人自2025年3月12日首次订立特许经营合同后一直未备案，至2025年9月15日责令期限届满时仍未完成备案，属于“逾期仍不备案”，被申请人依据《商业特许经营管理条例》第二十五条的规定处以8万元罚款并予以公告，认定事实清楚，适用依据正确，请求予以维持。")

    head("本机关查明的事实")
    body("经审理查明：申请人于2025年3月12日首次订立特许经营合同，至2025年8月共与6家被特许人签订特许经营合同，具体情况如下：")

    cap = "表1  申请人签订特许经营合同情况（单位：万元）"
    H = ["序号", "被特许人", "门店所在地", "合同签订日期", "特许经营费用／加盟费", "特许经营费用／保证金"]
    part1 = [
        ["1", "泸州市江阳区味鲜餐饮店", "泸州市江阳区", "2025年3月12日", "6.0", "2.0"],
        ["2", "宜宾市翠屏区狮味餐饮店", "宜宾市翠屏区", "2025年4月2日", "6.0", "2.0"],
        ["3", "自贡市自流井区南洋小吃店", "自贡市自流井区", "2025年5月20日", "5.5", "2.0"],
        ["4", "内江市市中区椰香餐饮店", "内江市市中区", "2025年6月8日", "5.5", "2.0"],
    ]
    part2 = [
        ["5", "乐山市市中区星洲餐饮店", "乐山市市中区", "2025年7月15日", "6.0", "2.0"],
        ["6", "泸州市龙马潭区叻沙餐饮店", "泸州市龙马潭区", "2025年8月6日", "6.0", "2.0"],
        ["合计", "—", "—", "—", "35.0", "12.0"],
    ]

    def fee_table(rows):
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i in range(4):
            c = t.cell(0, i).merge(t.cell(1, i))
            set_cell(c, H[i], HT, 10.5)
        c = t.cell(0, 4).merge(t.cell(0, 5))
        set_cell(c, "特许经营费用", HT, 10.5)
        set_cell(t.cell(1, 4), "加盟费", HT, 10.5)
        set_cell(t.cell(1, 5), "保证金", HT, 10.5)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, row in enumerate(rows, 2):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10.5)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(H, row)))
        widths = [Cm(1.0), Cm(4.8), Cm(3.0), Cm(3.6), Cm(1.6), Cm(1.6)]
        fix_widths(t, widths)
        return t

    p = add_par(doc, [(cap, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=6)
    p.paragraph_format.keep_with_next = True
    fee_table(part1)
    # clerk split the table by hand: page break, "续表", header typed again
    p = add_par(doc, [("续表", HT, 14, False)], indent=False)
    p.paragraph_format.page_break_before = True
    fee_table(part2)
    note = "注：数据来源于申请人提交的特许经营合同，保证金在合同期满后无息退还。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    body("2025年8月19日，被申请人向申请人送达《责令限期改正通知书》（泸临港商改字[2025]第21号），责令其于2025年9月15日前办理商业特许经营备案。申请人于2025年9月12日提交备案申请，9月16日被备案机关以“加盟门店明细表缺少门店地址”为由退回补正，9月22日补正后完成备案。")
    body("2025年11月3日，被申请人以申请人“逾期仍不备案”为由，依据《商业特许经营管理条例》第二十五条的规定，对申请人处以罚款人民币8万元，并予以公告。")

    head("本机关认为")
    body("《商业特许经营管理条例》第二十五条规定，特许人违反本条例第八条规定的，由商务主管部门责令限期备案，处1万元以上5万元以下的罚款；逾期仍不备案的，处5万元以上10万元以下的罚款，并予以公告。")
    body("本案中，申请人首次订立特许经营合同后未在15日内备案，违反了该条例第八条第一款的规定，被申请人对其予以处罚，认定事实清楚，证据确凿，程序合法。但申请人已于责令期限届满前提交备案申请，因补正材料于2025年9月22日完成备案，不宜认定为“逾期仍不备案”。被申请人适用“逾期仍不备案”的罚则对申请人处以8万元罚款并予以公告，属于未正确适用依据，应当依法予以变更。综合考虑申请人未备案持续时间较长、涉及加盟门店6家等情节，对申请人处以罚款人民币3万元为宜。")

    head("复议决定")
    body("根据《中华人民共和国行政复议法》第六十三条第一款第二项的规定，本机关决定：")
    body("（一）变更被申请人作出的泸临港商罚决字[2025]第7号行政处罚决定中“罚款人民币8万元”的内容为“罚款人民币3万元”；")
    body("（二）撤销该行政处罚决定中“予以公告”的内容；")
    body("（三）维持该行政处罚决定的其他内容。")
    body("申请人如不服本决定，可以自收到本决定书之日起15日内向人民法院提起行政诉讼。")
    empty(doc, 2)
    p = add_par(doc, "四川省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月6日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="四川省商务厅行政复议决定书", doc_number="川商复决〔2026〕5号",
                     issuer=["四川省商务厅"], date="2026-03-06", region="四川省",
                     doc_type="决定", publicity="此件主动公开"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 浙江省商务厅 — 维持决定 + 行政复议意见书 printed one after the other.
# Indents typed with full-width spaces, half-width brackets slipped in,
# 落款 in a borderless layout table, Chinese-numeral dates, title with a manual
# break at an odd place, 版记 on the second document.
def doc_zhejiang():
    stem = "blind836_zhejiang_weichi"
    LINE[0] = 28
    doc = Document()
    setup(doc)

    def redhead(num_text, new_page=False):
        p = add_par(doc, [("浙江省商务厅", XBS, 48, False, RED)],
                    align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64, before=20)
        p.paragraph_format.page_break_before = new_page
        empty(doc, 1)
        p = add_par(doc, [("\t" + num_text, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)  # right tab
        border(p, "bottom", "FF0000", 24, 6)
        empty(doc, 1)

    def mk(cl):
        def body(t):
            cl.append(t)
            add_par(doc, IND + t, indent=False)

        def runin(h, t):
            cl.append(h + t)
            add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)],
                    indent=False)
        return body, runin

    def luokuan(date_cn):
        t = doc.add_table(rows=2, cols=2)
        no_borders(t)
        set_cell(t.cell(0, 1), "浙江省商务厅", FS, 16)
        set_cell(t.cell(1, 1), date_cn, FS, 16)

    # ---------------- document 1: 行政复议决定书
    c1 = []
    body, runin = mk(c1)
    redhead("浙商复决〔2026〕4号")
    add_par(doc, [("行政复议决定书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    body("申请人：宁波澜湾生活超市有限公司（马来西亚独资），住所地中国（浙江）自由贸易试验区宁波片区港东大道36号。")
    body("法定代表人：陈志远(TAN CHEE WAN)，董事长。")
    body("委托代理人：周敏，浙江甬泰律师事务所律师。")
    body("被申请人：中国（浙江）自由贸易试验区宁波片区管理委员会，住所地浙江省宁波市北仑区明州路99号。")
    body("法定代表人：郑国栋，主任。")
    body("申请人对被申请人于2025年9月8日作出的甬自贸商罚〔2025〕12号《行政处罚决定书》不服，于2025年10月30日向本机关申请行政复议。本机关依法予以受理后，向被申请人发送了《提出答复通知书》，被申请人在法定期限内提交了答复书及相关证据材料。因情况复杂，经本机关负责人批准，延长审理期限30日。本案现已审理终结。")
    body("申请人请求：撤销被申请人作出的甬自贸商罚〔2025〕12号《行政处罚决定书》。")
    body("申请人称：（一）申请人发售的“澜湾会员储值卡”属于会员储值服务，不属于单用途商业预付卡；（二）被申请人作为自贸试验区管理机构，不具有商务领域行政处罚权，作出处罚属超越职权；（三）处以2.5万元罚款过重。")
    body("被申请人称：（一）涉案储值卡属于单用途商业预付卡，申请人应当依法备案；（二）根据《浙江省人民政府关于赋予中国（浙江）自由贸易试验区宁波片区部分省级和市级经济社会管理权限的决定》，宁波片区范围内单用途商业预付卡监督管理及相应行政处罚权由被申请人行使；（三）申请人在责令改正期限届满后仍未备案，被申请人依据《单用途商业预付卡管理办法（试行）》第三十六条的规定，在1万元以上3万元以下的幅度内对申请人处以2.5万元罚款，处罚适当。")
    body("经审理查明：申请人于2023年11月起在其宁波片区内3家自营门店发售“澜湾会员储值卡”，储值面额为500元、1000元、2000元三种，持卡人可在申请人门店购买商品时抵扣。截至2025年5月31日，申请人累计发卡4268张，预收资金余额人民币186.4万元。申请人未向商务主管部门办理发卡企业备案。2025年6月12日，被申请人向申请人送达《责令改正通知书》(甬自贸商改〔2025〕27号)，责令其于2025年7月10日前办理备案。至2025年7月10日，申请人仍未办理备案。2025年7月21日，被申请人立案调查，于2025年8月15日向申请人送达《行政处罚事先告知书》，告知其拟作出的处罚内容及享有的陈述、申辩权利，申请人未提出陈述申辩。2025年9月8日，被申请人作出甬自贸商罚〔2025〕12号《行政处罚决定书》，对申请人处以罚款人民币2.5万元，并于2025年9月10日送达。申请人已于2025年9月24日完成备案。")
    body("上述事实有储值卡样卡及发售记录、现场检查笔录、询问笔录、执法文书及送达回证等证据证明。")
    body("本机关认为，本案的争议焦点为被申请人是否具有法定职权、涉案储值卡的性质以及处罚幅度是否适当。")
    runin("（一）关于被申请人是否具有法定职权。", "根据《浙江省人民政府关于赋予中国（浙江）自由贸易试验区宁波片区部分省级和市级经济社会管理权限的决定》，单用途商业预付卡监督管理相关行政处罚权已依法赋予被申请人在宁波片区范围内行使，被申请人具有作出被申请行政行为的法定职权。申请人关于被申请人超越职权的主张，本机关不予支持。")
    runin("（二）关于涉案储值卡的性质。", "《单用途商业预付卡管理办法（试行）》第二条规定，单用途商业预付卡是指从事零售业、住宿和餐饮业、居民服务业的企业法人在本企业或同一品牌连锁商业企业购买商品或服务的预付凭证。申请人系零售企业，其发售的“澜湾会员储值卡”系持卡人在申请人门店购买商品的预付凭证，属于单用途商业预付卡。申请人关于储值卡不属于单用途商业预付卡的主张，本机关不予支持。")
    runin("（三）关于处罚幅度。", "申请人在被申请人责令改正的期限届满后仍未办理备案，且发卡数量较大、预收资金余额较高，被申请人在法定幅度内对申请人处以罚款人民币2.5万元，并无明显不当。")
    body("综上，被申请人作出的行政处罚决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。根据《中华人民共和国行政复议法》第六十八条的规定，本机关决定：")
    body("维持被申请人作出的甬自贸商罚〔2025〕12号《行政处罚决定书》。")
    body("申请人如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。")
    empty(doc, 2)
    luokuan("二〇二六年一月二十日")

    # ---------------- document 2: 行政复议意见书
    c2 = []
    body, runin = mk(c2)
    redhead("浙商复意〔2026〕1号", new_page=True)
    p = doc.add_paragraph()
    font(p.add_run("浙江省商务厅关于规范单用途商业"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("预付卡行政执法工作的行政复议意见书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "中国（浙江）自由贸易试验区宁波片区管理委员会：", indent=False)
    body("本机关在办理宁波澜湾生活超市有限公司不服你委行政处罚一案(浙商复决〔2026〕4号)过程中，发现你委在单用途商业预付卡行政执法工作中存在以下问题，需予以规范。根据《中华人民共和国行政复议法》第七十六条的规定，现提出如下意见：")
    runin("一、日常监管存在疏漏。", "涉案企业自2023年11月起发卡，至2025年5月方被发现未备案，预收资金余额达186.4万元。你委对辖区内企业发卡情况底数不清，日常排查不到位。")
    runin("二、执法文书不够规范。", "你委作出的《责令改正通知书》《行政处罚事先告知书》《行政处罚决定书》中，对违法行为的表述不一致，《行政处罚决定书》未写明行使自由裁量权的具体理由。")
    runin("三、裁量基准未向社会公开。", "你委在作出处罚时参照的单用途商业预付卡行政处罚裁量标准，未按规定向社会公布。")
    body("针对上述问题，建议你委：")
    body("（一）对宁波片区内发卡企业开展一次专项排查，建立发卡企业台账，督促未备案企业限期备案，并将预收资金存管情况纳入日常检查；")
    body("（二）规范行政执法文书制作，在行政处罚决定书中充分说明事实认定、证据采信和裁量理由；")
    body("（三）按照行政裁量权基准制定和管理的有关规定，及时将商务领域行政处罚裁量基准向社会公布。")
    body("请你委自收到本意见书之日起60日内，将有关整改情况书面报送本机关。")
    empty(doc, 2)
    luokuan("二〇二六年一月二十日")
    banji(doc, "抄送：宁波市商务局，宁波市司法局。", "浙江省商务厅办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(title="行政复议决定书", doc_number="浙商复决〔2026〕4号",
                      issuer=["浙江省商务厅"], date="2026-01-20", region="浙江省",
                      doc_type="决定"),
         "clauses": c1},
        {"meta": meta(title="浙江省商务厅关于规范单用途商业预付卡行政执法工作的行政复议意见书",
                      doc_number="浙商复意〔2026〕1号", issuer=["浙江省商务厅"],
                      date="2026-01-20", region="浙江省", doc_type="意见书",
                      recipients=["中国（浙江）自由贸易试验区宁波片区管理委员会"]),
         "clauses": c2},
    ]
    return path


def main():
    paths = [doc_yunnan(), doc_sichuan(), doc_zhejiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
