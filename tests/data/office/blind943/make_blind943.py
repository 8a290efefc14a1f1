# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 943: 县人民政府签约项目通报 + 县商务局工作总结报告 + 县政府办推进情况通报.

Writes blind943_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None, spacing=None):
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
    if scale is not None:  # horizontal character scaling (红头 often squeezed)
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
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
    else:
        pf.first_line_indent = Pt(0)
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
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def field(par, instr, name=SONG, size=14):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def dash_page(par, align):
    par.alignment = align
    font(par.add_run("— "), SONG, 14)
    field(par, "PAGE")
    font(par.add_run(" —"), SONG, 14)


def setup(doc, footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if footer == "dash":
        dash_page(s.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER)
    elif footer == "oddeven":
        # 单页码居右、双页码居左 (GB/T 9704 style), with odd/even footers
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        dash_page(fp, WD_ALIGN_PARAGRAPH.RIGHT)
        fp.paragraph_format.right_indent = Pt(14)
        ep = s.even_page_footer.paragraphs[0]
        dash_page(ep, WD_ALIGN_PARAGRAPH.LEFT)
        ep.paragraph_format.left_indent = Pt(14)
    elif footer == "webprint":
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def widths(table, cms):
    """Set tblGrid and every tc's width (merged cells get the sum of their span)."""
    table.autofit = False
    tbl = table._tbl
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[col:col + span]))
            col += span


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc_lines, printer, date_txt, size=14, tab_cm=15.1, lead=1):
    """版记: 抄送 + 印发 between rules."""
    empty(doc, lead, line=14)
    first = True
    for cc in cc_lines:
        p = add_par(doc, [(cc, FS, size, False)], indent=False, line=22)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if first:
            border(p, "top", "000000", 8, 4)
            first = False
    p2 = doc.add_paragraph()
    font(p2.add_run(printer), FS, size)
    font(p2.add_run("\t"), FS, size)
    font(p2.add_run(date_txt), FS, size)
    fmt(p2, indent=False, line=22)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm), 2)  # right tab
    border(p2, "top", "000000", 4, 4)
    border(p2, "bottom", "000000", 8, 4)


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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, KT, KT, KT))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_943", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# ======================================================= DOC A  县政府通报 (长沙县)
def doc_changsha():
    stem = "blind943_changsha_tongbao"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # 红头: squeezed characters, red
    p = doc.add_paragraph()
    font(p.add_run("长沙县人民政府文件"), XBS, 46, False, RED, scale=78, spacing=6)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=66, before=12)
    empty(doc, 1)
    p = add_par(doc, "长县政发〔2025〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for line in ("长沙县人民政府关于第四届中国—非洲", "经贸博览会长沙县签约项目", "情况的通报"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各镇人民政府，各街道办事处，县人民政府各工作部门，县直各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # ---- the project list (attachment) data, used for the totals in the body
    rows = [
        ("1", "工程机械再制造及出口服务基地项目", "尼罗河装备集团（埃及）", "投资", 18.50, 3200, "长沙经开区管委会"),
        ("2", "非洲咖啡、可可精深加工项目", "东非农业发展有限公司（肯尼亚）", "投资", 6.80, 1500, "黄兴镇人民政府"),
        ("3", "中非跨境电商产业园项目", "拉各斯贸易集团（尼日利亚）", "投资", 12.00, 2600, "县商务局"),
        ("4", "新能源汽车零部件海外组装项目", "约翰内斯堡汽车工业公司（南非）", "投资", 25.00, 8000, "长沙经开区管委会"),
        ("5", "非洲腰果、芝麻进口分拨中心项目", "达累斯萨拉姆农产品公司（坦桑尼亚）", "贸易", 4.20, None, "县商务局"),
        ("6", "光伏储能设备出口采购协议", "亚的斯新能源有限公司（埃塞俄比亚）", "贸易", 3.60, None, "县商务局"),
        ("7", "冷链物流及海外仓合作项目", "蒙巴萨港口物流公司（肯尼亚）", "投资", 5.50, 1200, "县交通运输局"),
        ("8", "农业机械出口及售后服务中心项目", "卢萨卡农机合作联社（赞比亚）", "贸易", 2.80, None, "县商务局"),
        ("9", "中非医疗器械研发生产项目", "卡萨布兰卡医疗集团（摩洛哥）", "投资", 9.60, 2200, "县工业和信息化局"),
        ("10", "辣椒、茶叶等特色农产品出口协议", "阿克拉食品进出口公司（加纳）", "贸易", 1.85, None, "县农业农村局"),
        ("11", "非洲国家商品常年展示交易中心项目", "基加利商贸集团（卢旺达）", "投资", 3.20, 500, "星沙街道办事处"),
        ("12", "水泥及建材装备成套出口项目", "达喀尔建材工业公司（塞内加尔）", "贸易", 7.40, None, "县商务局"),
        ("13", "中非航空物流枢纽配套项目", "内罗毕航空货运公司（肯尼亚）", "投资", 8.90, 1800, "黄花镇人民政府"),
        ("14", "农产品检测认证服务中心项目", "开罗质量检验集团（埃及）", "投资", 1.30, 300, "县市场监督管理局"),
    ]
    inv = [r for r in rows if r[3] == "投资"]
    trd = [r for r in rows if r[3] == "贸易"]
    tot = round(sum(r[4] for r in rows), 2)
    inv_t = round(sum(r[4] for r in inv), 2)
    trd_t = round(sum(r[4] for r in trd), 2)
    fdi = sum(r[5] or 0 for r in rows)
    assert (len(inv), len(trd), tot, inv_t, trd_t, fdi) == (9, 5, 110.65, 90.80, 19.85, 21300)
    assert round(inv_t / tot * 100, 1) == 82.1 and round(trd_t / tot * 100, 1) == 17.9
    countries = {r[2].split("（")[1].rstrip("）") for r in rows}
    assert len(countries) == 11

    # half-width colon at the end of the opening paragraph (typing quirk)
    body("2025年6月12日至15日，第四届中国—非洲经贸博览会在长沙国际会展中心成功举办。县人民政府高度重视，成立由县长任组长的参展招商工作专班，组织县商务局、长沙经济技术开发区管委会、县投资促进事务中心及相关镇（街道）提前谋划、精准对接。博览会期间，我县共举办“走进长沙县”中非产能合作专场推介会1场、投资贸易对接洽谈会9场，现场签约项目14个，签约总额110.65亿元，其中合同外资2.13亿美元，签约项目数量和金额均居全市各区县（市）前列。为推动签约项目早落地、早开工、早见效，现将有关情况通报如下:")
    head("一、签约项目基本情况")
    runin("（一）从项目类型看。", "投资类项目9个，总投资90.80亿元，占签约总额的82.1%；贸易类项目5个，贸易额19.85亿元，占签约总额的17.9%。投资类项目中，总投资10亿元以上的项目3个。")
    runin("（二）从合作国别看。", "签约项目合作方涉及埃及、肯尼亚、南非、尼日利亚、坦桑尼亚、埃塞俄比亚、摩洛哥等11个非洲国家，其中与肯尼亚合作项目3个，与埃及合作项目2个，进一步拓展了我县与共建“一带一路”非洲国家的经贸合作网络。")
    runin("（三）从产业领域看。", "签约项目主要集中在工程机械、新能源汽车零部件、农产品加工贸易、跨境电商和航空物流等领域，与我县工程机械、汽车及零部件等主导产业契合度高，对延链补链强链具有积极作用。")
    head("二、主要做法和成效")
    body("县人民政府主要负责同志多次专题调度参展招商工作，率队赴肯尼亚、坦桑尼亚开展境外招商推介；各责任单位围绕主导产业链梳理对非招商目标企业86家、重点在谈项目23个，实行“一个项目、一名县领导、一个专班、一抓到底”工作机制。长沙经济技术开发区管委会、县商务局、黄花镇人民政府、星沙街道办事处等单位组织有力、成效明显，予以通报表扬。")
    head("三、下一步工作要求")
    runin("（一）建立项目台账。", "县商务局要会同各责任单位对签约项目逐一建立台账，明确推进时间表、路线图，实行“周调度、月通报、季考核”，每月5日前将上月项目推进情况报县人民政府。")
    runin("（二）强化要素保障。", "县自然资源局、县发展和改革局、县人力资源和社会保障局等部门要主动靠前服务，在用地、能耗、用工等方面优先保障签约项目需求。")
    runin("（三）严格督查考核。", "县人民政府督查室要将签约项目推进情况纳入年度重点督查事项，对履约率低、推进缓慢的项目及时预警；签约项目推进情况纳入各镇（街道）、各部门年度绩效考核。")
    add_par(doc, "特此通报。")
    empty(doc, 1)
    p = add_par(doc, "附件：第四届中国—非洲经贸博览会长沙县签约项目清单", indent=False)
    p.paragraph_format.left_indent = Pt(32)
    empty(doc, 1)
    # 落款: right aligned with a right indent of four characters
    for t in ("长沙县人民政府", "2025年6月27日"):
        p = add_par(doc, t, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(64 if t.startswith("长") else 48)
        p.paragraph_format.keep_with_next = True
    add_par(doc, "（此件公开发布）")

    # ---- attachment on its own page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)  # landscape section for the wide list
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.7)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = add_par(doc, [("第四届中国—非洲经贸博览会长沙县签约项目清单", XBS, 20, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    empty(doc, 1, line=10)
    headers = ["序号", "项目名称", "合作方（国别）", "类别", "签约额／总额（亿元）",
               "签约额／其中外资（万美元）", "责任单位"]
    t = doc.add_table(rows=2 + len(rows) + 1, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cms = [1.3, 6.4, 6.8, 1.2, 2.2, 2.6, 3.5]
    # two-level header with merged cells
    for ci, h in enumerate(["序号", "项目名称", "合作方（国别）", "类别", None, None, "责任单位"]):
        if h is not None:
            a = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(a, h, HT, 11)
    top = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(top, "签约额", HT, 11)
    set_cell(t.cell(1, 4), "总额（亿元）", HT, 11)
    set_cell(t.cell(1, 5), "其中外资（万美元）", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, r in enumerate(rows, 2):
        vals = [r[0], r[1], r[2], r[3], "%.2f" % r[4], str(r[5]) if r[5] else "—", r[6]]
        for ci, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=al, line=15)
        cant_split(t.rows[ri])
        clauses.append(row_clause(headers, vals))
    vals = ["合计", "—", "11个国家", "—", "%.2f" % tot, str(fdi), "—"]
    for ci, v in enumerate(vals):
        set_cell(t.cell(len(rows) + 2, ci), v, HT if ci == 0 else FS, 10.5, line=15)
    clauses.append(row_clause(headers, vals))
    widths(t, cms)
    n1 = "注：1.签约额为协议约定金额，贸易类项目为合同贸易额。"
    n2 = "2.外资金额以项目注册登记后商务部门备案数据为准。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)
    add_par(doc, [("\u3000\u3000\u3000" + n2, FS, 12, False)], indent=False, line=20)
    clauses.extend([n1, n2])

    banji(doc, ["抄送：市人民政府办公厅，市商务局。",
                "县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。"],
          "长沙县人民政府办公室", "2025年6月27日印发", tab_cm=23.4, lead=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "长沙县人民政府关于第四届中国—非洲经贸博览会长沙县签约项目情况的通报",
            "doc_number": "长县政发〔2025〕21号",
            "issuer": ["长沙县人民政府"],
            "date": "2025-06-27",
            "published": None,
            "level": "county",
            "region": "长沙县",
            "effective": None,
            "expires": None,
            "attachments": ["第四届中国—非洲经贸博览会长沙县签约项目清单"],
            "doc_type": "通报",
            "recipients": ["各镇人民政府", "各街道办事处", "县人民政府各工作部门", "县直各单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC B  县商务局工作总结报告 (武功县)
def doc_wugong():
    stem = "blind943_wugong_zongjie"
    doc = Document()
    setup(doc, "oddeven")
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("武功县商务局文件"), XBS, 44, False, RED, scale=85)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64)
    empty(doc, 1)
    # 上行文: 文号 left, 签发人 right with a right tab stop
    p = add_par(doc, [("武商发〔2026〕2号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("张建军", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("武功县商务局关于2025年工作总结"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("和2026年工作计划的报告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "县人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("2025年，县商务局在县委、县政府的坚强领导和市商务局的精心指导下，紧紧围绕“建设西北电商强县”目标，主动融入共建“一带一路”大格局，稳外贸、扩内需、促消费，全县商务经济保持稳中有进、进中向好的发展态势。现将有关情况报告如下：")
    head("一、2025年工作完成情况")
    body("全年主要商务经济指标均完成年度目标任务，具体如下：")
    p = add_par(doc, [("2025年武功县主要商务经济指标完成情况表", HT, 14, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    p.paragraph_format.keep_with_next = True
    headers = ["序号", "指标名称", "单位", "年度目标", "完成值", "同比增长（%）"]
    data = [
        ["1", "社会消费品零售总额", "亿元", "72.00", "73.46", "6.8"],
        ["2", "网络零售额", "亿元", "48.00", "51.27", "15.3"],
        ["3", "其中：农产品网络零售额", "亿元", "15.00", "16.82", "18.6"],
        ["4", "进出口总额", "亿元", "9.50", "10.36", "21.4"],
        ["5", "其中：对共建“一带一路”国家进出口额", "亿元", "5.00", "6.18", "32.7"],
        ["6", "实际使用外资", "万美元", "500", "560", "12.0"],
        ["7", "跨境电商交易额", "亿元", "6.00", "6.95", "27.5"],
    ]
    t = doc.add_table(rows=1 + len(data), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(headers):
        set_cell(t.cell(0, ci), h, HT, 12)
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(headers, row))
    widths(t, [1.2, 5.6, 1.6, 2.2, 2.2, 2.6])
    note = "注：表中数据为快报数，最终以统计部门公布数据为准。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    assert round(6.18 / 10.36 * 100, 1) == 59.7

    runin("（一）外贸规模持续扩大。", "全年完成进出口总额10.36亿元，同比增长21.4%，其中对共建“一带一路”国家进出口6.18亿元，同比增长32.7%，占全县进出口总额的59.7%。新增备案外贸经营主体37家，有进出口实绩企业达到86家。依托中欧班列“长安号”，组织猕猴桃、苹果、面粉等农产品发往哈萨克斯坦、乌兹别克斯坦等中亚国家，全年开行农产品专列6列。")
    runin("（二）电子商务提质增效。", "全县网络零售额达到51.27亿元，同比增长15.3%，其中农产品网络零售额16.82亿元。")
    # items 1 and 2 typed in one paragraph with Shift+Enter; half-width brackets in (B2B)
    i1 = "1．平台载体不断完善。武功县电子商务产业园新入驻企业42家，累计入驻企业达到386家；建成县级电商公共服务中心1个、镇级电商服务站12个、村级电商服务点156个。"
    i2 = "2．跨境电商加快发展。建成跨境电商(B2B)出口监管场所1个，全年实现跨境电商交易额6.95亿元，同比增长27.5%；在哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干设立海外仓2个，面积合计1.2万平方米。"
    p = doc.add_paragraph()
    font(p.add_run(i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + i2), FS, 16)
    fmt(p)
    clauses.extend([i1, i2])
    body("3．人才培训扎实开展。举办电商直播、跨境电商实操等培训班28期，培训3260人次，带动就业创业1100余人。")
    runin("（三）丝博会招商成效明显。", "5月22日至26日，我局牵头组织全县12家企业参加第九届丝绸之路国际博览会，设立武功县特色农产品和电商产品展区，现场签约项目8个，总投资32.6亿元，其中与哈萨克斯坦、吉尔吉斯斯坦、乌兹别克斯坦企业签订贸易合同3个，合同金额1.85亿元。截至12月底，8个签约项目中已开工5个，开工率62.5%，累计完成投资9.4亿元。")
    runin("（四）消费市场稳步回暖。", "组织开展“武功消费季”“年货节”等促消费活动36场次，争取并落实汽车以旧换新、家电以旧换新补贴资金2860万元，带动消费4.3亿元。全年实现社会消费品零售总额73.46亿元，同比增长6.8%。")
    head("二、存在的问题")
    body("一是外贸主体规模偏小，进出口额超亿元企业仅2家，抗风险能力较弱;二是跨境电商专业人才紧缺，海外仓运营和本地化服务能力不足；三是部分丝博会签约项目推进缓慢，3个项目尚未开工，要素保障和跟踪服务仍需加强。")
    head("三、2026年工作计划")
    body("2026年，全县主要商务指标预期目标为：社会消费品零售总额增长6%，网络零售额增长12%，进出口总额增长15%以上。重点抓好以下工作：")
    plan = [
        ("深耕“一带一路”市场。", "支持企业参加中国—中亚合作论坛、第十届丝绸之路国际博览会等展会活动，力争全年新增外贸实绩企业15家以上；推动中欧班列“长安号”武功农产品专列常态化开行。"),
        ("推动电商转型升级。", "实施“电商+产业带”培育行动，新打造直播电商基地2个，力争网络零售额突破57亿元。"),
        ("抓好签约项目落地。", "对丝博会签约项目实行清单化管理、专班化推进，力争3个未开工项目上半年全部开工。"),
        ("激发消费潜力。", "持续开展促消费系列活动，推进县域商业体系和一刻钟便民生活圈建设，全年举办促消费活动30场次以上。"),
    ]
    # （一）…（四） produced by Word automatic numbering, not typed
    for i, (h, tx) in enumerate(plan):
        p = add_par(doc, [(h, KT, 16, False), (tx, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)
        clauses.append("（%s）%s%s" % (CN[i], h, tx))
    add_par(doc, "特此报告。")
    empty(doc, 1)
    # 落款 pushed to the right with typed half-width spaces, date in Chinese numerals
    add_par(doc, " " * 38 + "武功县商务局", indent=False)
    add_par(doc, " " * 35 + "二〇二六年一月九日", indent=False)
    add_par(doc, "（联系人：王莉　　联系电话：029-38821546）")
    banji(doc, ["抄送：市商务局。"], "武功县商务局办公室", "2026年1月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "武功县商务局关于2025年工作总结和2026年工作计划的报告",
            "doc_number": "武商发〔2026〕2号",
            "issuer": ["武功县商务局"],
            "date": "2026-01-09",
            "published": None,
            "level": "county",
            "region": "武功县",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["县人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC C  县政府办通报 网页版 (勐腊县)
def doc_mengla():
    stem = "blind943_mengla_jinzhan"
    doc = Document()
    setup(doc, "webprint")
    clauses = []

    # no 红头: the version printed from the county website
    p = doc.add_paragraph()
    font(p.add_run("勐腊县人民政府办公室关于第9届中国—南亚博览会签约项目推进情况的通报"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=6)
    add_par(doc, [("发布日期：2025-10-20", KT, 12, False), ("\u3000\u3000\u3000", KT, 12, False),
                  ("来源：县人民政府办公室", KT, 12, False), ("\u3000\u3000\u3000", KT, 12, False),
                  ("【字体：大 中 小】", KT, 12, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22, before=6, after=6)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "BFBFBF", 6, 1)
    empty(doc, 1, line=20)
    add_par(doc, "勐政办通〔2025〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1, line=20)
    add_par(doc, "各乡（镇）人民政府，县直各有关部门：", indent=False)

    # body indented with typed full-width spaces instead of a first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("今年6月19日至24日，第9届中国—南亚博览会暨第29届中国昆明进出口商品交易会在昆明举办。会上，我县共签约项目8个，协议总金额45.6亿元，涉及跨境物流、橡胶精深加工、热带水果进出口、文旅康养等领域。根据县人民政府工作安排，县投资促进局会同县商务局对签约项目推进情况进行了跟踪调度。现将截至2025年9月30日的推进情况通报如下：")
    head("一、总体进展")
    body("8个签约项目中，已开工（投产）项目3个，协议金额21.3亿元；正在开展前期工作项目3个，协议金额16.8亿元；尚未启动项目2个，协议金额7.5亿元。累计到位资金12.95亿元，资金到位率28.4%。各项目推进情况见下表。")
    stages = [
        ("已开工（投产）", [
            ("1", "中老铁路沿线冷链物流园项目", "9.80", "一期冷库主体完工，9月试运营", "县交通运输局"),
            ("2", "天然橡胶精深加工项目", "6.50", "生产线设备安装完成，计划10月投产", "勐捧镇人民政府"),
            ("3", "热带水果进口分拨中心项目", "5.00", "已开工建设，完成投资1.2亿元", "县商务局"),
        ]),
        ("前期推进", [
            ("4", "跨境电商产业园项目", "7.20", "完成项目备案，正在办理用地手续", "县商务局"),
            ("5", "中老边境文旅康养综合体项目", "6.40", "完成规划方案设计", "县文化和旅游局"),
            ("6", "澜湄合作中药材种植加工项目", "3.20", "正在开展环境影响评价", "县农业农村局"),
        ]),
        ("尚未启动", [
            ("7", "老挝农产品进口加工项目", "4.30", "投资方境外融资未落实", "县投资促进局"),
            ("8", "跨境旅游集散中心项目", "3.20", "项目选址需调整", "县文化和旅游局"),
        ]),
    ]
    sums = [round(sum(float(r[2]) for r in rs), 2) for _, rs in stages]
    assert sums == [21.3, 16.8, 7.5] and round(sum(sums), 2) == 45.6
    assert round(12.95 / 45.6 * 100, 1) == 28.4
    headers = ["推进阶段", "序号", "项目名称", "协议金额（亿元）", "推进情况", "责任单位"]
    nrows = 1 + sum(len(rs) for _, rs in stages) + 1
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(headers):
        set_cell(t.cell(0, ci), h, HT, 11)
    repeat_header(t.rows[0])
    ri = 1
    for stage, rs in stages:
        first = ri
        for r in rs:
            for ci, v in enumerate(r, 1):
                set_cell(t.cell(ri, ci), v, FS, 11,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 4) else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append(row_clause(headers, (stage,) + r))
            cant_split(t.rows[ri])
            ri += 1
        m = t.cell(first, 0).merge(t.cell(ri - 1, 0))  # vertically merged stage column
        set_cell(m, stage, KT, 11)
    tot = ["合计", "—", "—", "45.60", "到位资金12.95亿元，到位率28.4%", "—"]
    for ci, v in enumerate(tot):
        set_cell(t.cell(ri, ci), v, HT if ci == 0 else FS, 11)
    clauses.append(row_clause(headers, tot))
    widths(t, [2.0, 1.0, 4.0, 1.8, 4.2, 2.6])
    empty(doc, 1, line=14)
    head("二、存在的问题")
    body("从调度情况看，部分项目推进中还存在一些困难和问题：")
    body("1.要素保障不够到位。跨境电商产业园项目、中老边境文旅康养综合体项目用地、林地报批进度较慢，影响项目按期开工。")
    body("2.投资方履约能力不足。老挝农产品进口加工项目投资方境外融资未落实，项目至今未启动。")
    body("3.跟踪服务不够精细。个别责任单位存在“签约即完成”思想，主动对接投资方不够，未按要求报送项目推进情况。")
    head("三、下一步工作要求")
    body("（一）压实推进责任。各责任单位主要负责同志是签约项目推进第一责任人，要按照“一个项目、一名领导、一套班子”的要求，逐项制定推进计划，确保前期推进类项目年底前全部开工。")
    body("（二）强化协调服务。县自然资源局、县林业和草原局等部门要开辟审批“绿色通道”，加快用地、林地、环评等手续办理；县投资促进局要加强与投资方沟通，对确实无法推进的项目及时提出处置意见报县人民政府。")
    body("（三）严格调度通报。实行签约项目推进情况月调度、季通报制度，各责任单位于每月25日前将项目推进情况报送县投资促进局，县人民政府办公室将定期通报。")
    empty(doc, 2)
    # 落款 placed with a centred tab stop
    for tx in ("勐腊县人民政府办公室", "2025年10月15日"):
        p = doc.add_paragraph()
        font(p.add_run("\t" + tx), FS, 16)
        fmt(p, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.6), 1)  # centre tab
        p.paragraph_format.keep_with_next = True
    add_par(doc, "（此件主动公开）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "勐腊县人民政府办公室关于第9届中国—南亚博览会签约项目推进情况的通报",
            "doc_number": "勐政办通〔2025〕12号",
            "issuer": ["勐腊县人民政府办公室"],
            "date": "2025-10-15",
            "published": "2025-10-20",
            "level": "county",
            "region": "勐腊县",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各乡（镇）人民政府", "县直各有关部门"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_changsha(), doc_wugong(), doc_mengla()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
