# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 805: 审计整改报告（自贸片区专项资金审计发现问题整改情况）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

expected = {}


# ------------------------------------------------------------------ helpers
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


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc):
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
    page_number_footer(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def grid_table(doc, header, rows, cms, size=12, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=L if ci in left_cols else C)
    widths(t, cms)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt, gap=1):
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_805", "--headless",
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


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# ======================================================= DOC A  宁波片区（文件式红头，横向附件表）
def doc_ningbo():
    stem = "blind805_ningbo_zhenggai"
    doc = Document()
    setup(doc)
    cl = []

    add_par(doc, [("紧急", HT, 16, False)], indent=False)
    add_par(doc, [("中国（浙江）自由贸易试验区", XBS, 30, False, RED)],
            align=C, indent=False, line=44, before=6)
    add_par(doc, [("宁波片区管理委员会文件", XBS, 36, False, RED)],
            align=C, indent=False, line=52)
    empty(doc, 1)
    p = add_par(doc, [("甬自贸委〔2026〕11号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("何建平", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for t in ("关于2024—2025年度中国（浙江）",
              "自由贸易试验区宁波片区建设发展专项资金",
              "审计发现问题整改情况的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "宁波市人民政府：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("2025年9月至11月，宁波市审计局对我委2024—2025年度中国（浙江）自由贸易试验区宁波片区建设发展专项资金（以下简称片区专项资金）管理使用情况进行了专项审计，并出具了审计报告（甬审经报〔2025〕63号），共指出3个方面9个具体问题，涉及资金4286.52万元。截至2026年3月10日，9个问题中已完成整改7个，正在整改2个，整改完成率77.8%；已收回、归还或规范使用资金3317.40万元。现将整改情况报告如下：")
    head("一、整改工作开展情况")
    body("收到审计报告后，我委成立由主任任组长的审计整改工作领导小组，逐项建立问题清单、任务清单、责任清单，明确整改责任单位和完成时限，实行每半月一调度、每月一通报，推动问题逐项销号。")
    head("二、审计发现问题整改情况")
    body("审计发现问题的整改责任单位、完成时限和整改情况详见附件，主要情况如下：")
    runin("（一）专项资金分配使用方面。", "梅山物流产业集聚区管委会已将用于偿还项目前期借款的1260.00万元全额归还专项资金账户；片区综合服务中心已将超范围列支的38.72万元日常工作经费调整至部门预算公用经费列支。2个问题均已完成整改。")
    runin("（二）项目和绩效管理方面。", "已收回闲置资金1478.18万元统筹用于大宗商品储运基地建设，剩余368.12万元对应的宁波—中东欧跨境电商公共海外仓（捷克布拉格仓）项目预计2026年6月底前完成整改；已对12个项目补充量化绩效指标56项，对2个项目完成补充验收。")
    runin("（三）内部控制和制度建设方面。", "已于2026年2月印发《中国（浙江）自由贸易试验区宁波片区建设发展专项资金管理办法（修订）》；追回3家企业多获扶持资金214.00万元，并将其列入片区政策兑现失信名单。对化整为零规避公开招标的问题，已对相关责任人进行约谈和诫勉处理，拟于合同到期后（2026年9月30日前）重新公开招标。")
    head("三、下一步工作措施")
    runin("（一）持续推进未完成事项整改。", "对正在整改的2个问题实行挂图作战，确保按期整改到位。")
    runin("（二）健全长效管理机制。", "建立事前审核、事中监控、事后评价全过程监管体系。")
    runin("（三）强化审计结果运用。", "将整改情况作为下一年度专项资金分配的重要依据。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    att = "中国（浙江）自由贸易试验区宁波片区建设发展专项资金审计发现问题清单与整改情况对照表"
    p = add_par(doc, "附件：" + att, indent=False)
    p.paragraph_format.left_indent = Pt(80)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    for t in ("中国（浙江）自由贸易试验区宁波片区管理委员会", "2026年3月18日"):
        p = add_par(doc, t, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(32 if len(t) > 12 else 64)

    # ---- 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.4), Cm(2.4)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = doc.add_paragraph()
    font(p.add_run("中国（浙江）自由贸易试验区宁波片区建设发展专项资金"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("审计发现问题清单与整改情况对照表"), XBS, 20)
    fmt(p, align=C, indent=False, line=30, after=4)

    hdr1 = ["序号", "审计发现问题", "涉及金额（万元）", "整改责任单位", "完成时限", "整改情况", ""]
    keys = ["序号", "审计发现问题", "涉及金额（万元）", "整改责任单位", "完成时限",
            "整改情况／整改措施", "整改情况／整改状态"]
    rows = [
        ["1", "资金用于偿还项目前期借款", "1260.00", "梅山物流产业集聚区管委会", "2026年1月31日前", "全额归还专项资金账户", "已完成"],
        ["2", "超范围列支日常工作经费", "38.72", "片区综合服务中心", "2026年1月31日前", "调整至部门预算公用经费列支", "已完成"],
        ["3", "4个项目进度滞后、资金闲置", "1846.30", "片区经济发展局", "2026年6月30日前", "收回1478.18万元，剩余368.12万元加快推进", "正在整改"],
        ["4", "绩效目标以定性描述为主", "—", "片区财政金融局", "2026年2月28日前", "补充量化指标56项", "已完成"],
        ["5", "未经竣工验收即拨付尾款", "326.50", "片区建设管理局", "2026年2月28日前", "补充验收合格，先验收后拨付", "已完成"],
        ["6", "管理办法未及时修订", "—", "片区财政金融局", "2026年2月28日前", "印发管理办法（修订）", "已完成"],
        ["7", "3家企业虚增进出口额多获资金", "214.00", "片区经济发展局", "2026年3月10日前", "追回资金，列入失信名单", "已完成"],
        ["8", "17个项目长期未动态调整", "—", "片区经济发展局", "2026年2月28日前", "清理出库11个、调整6个", "已完成"],
        ["9", "服务类项目化整为零规避招标", "601.00", "片区党政办公室", "2026年9月30日前", "约谈诫勉，合同到期后重新招标", "正在整改"],
        ["合计", "9个问题", "4286.52", "—", "—", "收回、归还或规范使用3317.40万元", "已完成7个"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    cms = [1.2, 5.3, 2.1, 4.2, 3.9, 5.9, 2.3]
    widths(t, cms)
    # two-level header: 整改情况 spans two columns, others span two rows
    for i in range(5):
        a = t.cell(0, i).merge(t.cell(1, i))
        set_cell(a, hdr1[i], HT, 12)
    m = t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(m, "整改情况", HT, 12)
    set_cell(t.cell(1, 5), "整改措施", HT, 12)
    set_cell(t.cell(1, 6), "整改状态", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci in (1, 5) else C, line=16)
        cl.append(row_clause(keys, row))
    note = "注：涉及金额为审计报告认定金额，“—”表示该问题不涉及具体金额；整改状态统计截至2026年3月10日。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    cl.append(note)
    banji(doc, "抄送：市审计局，市财政局，市商务局。",
          "中国（浙江）自由贸易试验区宁波片区管理委员会党政办公室", "2026年3月18日印发", gap=0)
    # banji tab stop for landscape width
    doc.paragraphs[-1].paragraph_format.tab_stops.add_tab_stop(Cm(23.3), 2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于2024—2025年度中国（浙江）自由贸易试验区宁波片区建设发展专项资金审计发现问题整改情况的报告",
            doc_number="甬自贸委〔2026〕11号",
            issuer=["中国（浙江）自由贸易试验区宁波片区管理委员会"],
            date="2026-03-18", level="municipal", region="宁波市",
            attachments=[att], doc_type="报告", recipients=["宁波市人民政府"]),
        "clauses": cl,
    }]
    return path


# ======================================================= DOC B  德宏州（上行文，份号/加急，竖向合并表）
def doc_dehong():
    stem = "blind805_dehong_shenji"
    doc = Document()
    setup(doc)
    cl = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("000015", SONG, 16, False)], indent=False)
    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("德宏傣族景颇族自治州人民政府", XBS, 30, False, RED)],
            align=C, indent=False, line=48, before=20)
    empty(doc, 1)
    # 文号 | 签发人 in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "德政报〔2026〕15号", FS, 16, align=L, line=28)
    set_cell(t.cell(0, 1), "签发人：杨国华", FS, 16, align=R, line=28)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title: one paragraph, manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("德宏傣族景颇族自治州人民政府关于中国"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（云南）自由贸易试验区德宏片区专项资金"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("审计发现问题整改情况的报告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "云南省审计厅：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def sub(t):
        add_par(doc, [(t, KT, 16, False)])

    def item(h, t):
        cl.append(h + t)
        add_par(doc, [(h, FS, 16, False), (t, FS, 16, False)])

    cnt = [0]
    CN = "一二三四五六七八九十"

    def auto_item(h, t):
        cnt[0] += 1
        cl.append("（%s）%s%s" % (CN[cnt[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("2025年10月至12月，云南省审计厅对中国（云南）自由贸易试验区德宏片区（以下简称德宏片区）2023—2025年度省级自贸试验区建设专项资金管理使用情况进行了审计（云审财报〔2026〕3号），指出3个方面6个问题，涉及金额3135.60万元。州人民政府成立由常务副州长任组长的审计整改工作专班，压实各责任单位整改主体责任。截至2026年4月15日，6个问题已整改到位5个，整改完成率83.3%。现将有关情况报告如下：")
    head("审计发现问题整改情况")
    sub("（一）关于资金拨付不及时的问题")
    item("1．省级专项资金滞留州级财政。", "州财政局已于2026年1月20日将滞留的860.00万元全额拨付至项目单位，并建立专项资金到达后30日内分配下达的工作机制。已整改到位。")
    item("2．结余结转资金未及时清理盘活。", "已将德宏片区管委会结余结转资金415.60万元收回州级财政统筹，用于瑞丽口岸边民互市贸易结算中心建设。已整改到位。")
    sub("（二）关于项目管理不规范的问题")
    item("3．跨境物流仓储项目建设进度滞后。", "中缅边境经济合作区跨境物流仓储项目已拨付专项资金1200.00万元，瑞丽市人民政府已调整项目实施主体、倒排工期，截至2026年4月15日完成投资占计划的78%，预计2026年8月31日前建成投用。正在整改。")
    item("4．部分项目未履行变更审批程序。", "2个项目已补办变更审批手续，涉及资金236.00万元，并对相关责任人进行批评教育。已整改到位。")
    sub("（三）关于政策兑现不精准的问题")
    # two items typed in one paragraph separated by Shift+Enter
    t5 = "5．向不符合条件的企业兑现扶持资金。已向2家企业全额追回外贸物流补贴124.00万元。已整改到位。"
    t6 = "6．部分政策兑现资料不完整。已组织37户企业补齐进口报关单等佐证材料，涉及资金300.00万元，经复核均符合补贴条件。已整改到位。"
    p = doc.add_paragraph()
    font(p.add_run(t5), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t6), FS, 16)
    fmt(p)
    cl.extend([t5, t6])

    head("整改成效")
    body("整改情况汇总如下：")
    add_par(doc, [("表1　德宏片区专项资金审计发现问题整改情况汇总表", HT, 14, False)],
            align=C, indent=False, line=24, before=6)
    add_par(doc, [("单位：万元", FS, 12, False)], align=R, indent=False, line=20)
    header = ["序号", "问题类别", "问题摘要", "涉及金额", "整改责任单位", "完成时限", "整改进展"]
    rows = [
        ["1", "资金拨付", "省级专项资金滞留州级财政超过6个月", "860.00", "州财政局", "2026年1月31日", "已完成"],
        ["2", "资金拨付", "结余结转资金未及时清理盘活", "415.60", "德宏片区管委会、州财政局", "2026年1月31日", "已完成"],
        ["3", "项目管理", "跨境物流仓储项目建设进度滞后", "1200.00", "瑞丽市人民政府", "2026年8月31日", "推进中"],
        ["4", "项目管理", "2个项目未履行变更审批程序", "236.00", "德宏片区管委会", "2026年2月28日", "已完成"],
        ["5", "政策兑现", "向不符合条件的企业兑现补贴", "124.00", "德宏片区管委会", "2026年3月31日", "已完成"],
        ["6", "政策兑现", "政策兑现佐证资料不完整", "300.00", "德宏片区管委会、瑞丽市人民政府", "2026年3月31日", "已完成"],
        ["合计", "—", "6个问题", "3135.60", "—", "—", "已完成5个"],
    ]
    t = grid_table(doc, header, rows, [1.2, 2.0, 3.4, 2.0, 3.0, 2.3, 1.7], size=11, left_cols=(2,))
    repeat_header(t.rows[0])
    # vertical merges of 问题类别 (Word keeps the text only in the top cell)
    for top in (1, 3, 5):
        cat = rows[top - 1][1]
        mcell = t.cell(top, 1).merge(t.cell(top + 1, 1))
        set_cell(mcell, cat, FS, 11)
    for row in rows:
        cl.append(row_clause(header, row))
    note = "注：完成时限为整改方案确定的时限；整改进展统计截至2026年4月15日。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    cl.append(note)
    body("通过此次整改，累计拨付、收回统筹和规范使用资金1935.60万元，修订完善《德宏州省级自贸试验区建设专项资金管理实施细则》等制度5项。")
    head("下一步工作")
    auto_item("全力推进未完成事项整改。", "州审计整改工作专班每月调度一次跨境物流仓储项目进度，确保2026年8月31日前建成投用，整改结果及时报告省审计厅。")
    auto_item("深化审计成果运用。", "举一反三，在全州沿边产业园区各类专项资金中开展自查自纠，防止屡审屡犯。")
    auto_item("服务高质量共建“一带一路”。", "聚焦中缅经济走廊建设，把专项资金更多投向跨境物流、边民互市落地加工等重点领域。")
    add_par(doc, "特此报告。")
    empty(doc, 2)
    for t in ("德宏傣族景颇族自治州人民政府", "二〇二六年四月二十日"):
        p = add_par(doc, [("\t", FS, 16, False), (t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.2), 1)  # centre tab
    empty(doc, 1)
    add_par(doc, "（联系人：刀玉兰，电话：0692-2128736）")
    banji(doc, "抄送：省财政厅，省商务厅。", "德宏州人民政府办公室", "2026年4月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="德宏傣族景颇族自治州人民政府关于中国（云南）自由贸易试验区德宏片区专项资金审计发现问题整改情况的报告",
            doc_number="德政报〔2026〕15号",
            issuer=["德宏傣族景颇族自治州人民政府"],
            date="2026-04-20", level="municipal", region="德宏傣族景颇族自治州",
            doc_type="报告", recipients=["云南省审计厅"]),
        "clauses": cl,
    }]
    return path


# ======================================================= DOC C  四川两厅联合（联合红头，空格缩进，续表）
def doc_sichuan():
    stem = "blind805_sichuan_lianhe"
    doc = Document()
    setup(doc)
    cl = []

    # joint 版头: two organ names stacked, “文件” to the right (layout table)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(("四川省商务厅", "四川省财政厅")):
        set_cell(t.cell(i, 0), name, XBS, 32, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                 color=RED, line=46)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, color=RED, line=52)
    widths(t, [10.5, 4.5])
    empty(doc, 1)
    p = add_par(doc, [("川商自贸〔2026〕21号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：张志远", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p = add_par(doc, [("\t", FS, 16, False), ("刘文斌", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for tt in ("四川省商务厅　四川省财政厅关于",
               "中国（四川）自由贸易试验区川南临港片区",
               "专项资金审计发现问题整改情况的报告"):
        add_par(doc, [(tt, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "四川省人民政府：", indent=False)

    # this clerk indents with typed full-width spaces, not paragraph indent
    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t, f=HT):
        add_par(doc, [(IND + t, f, 16, False)], indent=False)

    def runin(h, t, hf=KT):
        cl.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, False), (t, FS, 16, False)],
                indent=False)

    body("按照省政府工作安排,2025年8月至10月,省审计厅对中国（四川）自由贸易试验区川南临港片区(以下简称川南临港片区)2023—2024年度省级自贸试验区发展专项资金管理使用情况开展了专项审计（川审报〔2025〕112号），共指出问题6个，涉及资金5126.40万元。现将整改情况报告如下：")
    head("一、整改工作总体情况")
    body("省商务厅、省财政厅会同泸州市人民政府和川南临港片区管委会制定整改工作方案，对6个问题逐一明确整改责任单位、整改措施和完成时限。截至2026年4月30日，已完成整改5个，正在整改1个；已收回、归还或规范使用资金4346.40万元。")
    head("二、审计发现问题整改情况")
    head("（一）资金管理方面", KT)
    runin("1.关于专项资金违规出借的问题。", "泸州市财政局已于2026年1月12日全额收回借给泸州临港投资集团有限公司的专项资金1500.00万元。", FS)
    runin("2.关于铁水联运补贴重复申领的问题。", "已全额追回2家物流企业重复申领的西部陆海新通道铁水联运补贴86.40万元。", FS)
    head("（二）项目和绩效管理方面", KT)
    runin("3.关于项目资金闲置的问题。", "泸州港多式联运示范工程项目资金2400.00万元闲置超过1年。整改情况：", FS)
    body("（1）泸州市人民政府协调落实项目用地126亩，项目已于2026年2月18日开工建设；")
    body("（2）项目已支出专项资金1620.00万元，剩余780.00万元将按工程进度拨付，预计2026年10月31日前完成整改。")
    runin("4.关于绩效评价流于形式的问题。", "已委托第三方机构重新开展绩效评价，对评价结果为“中”及以下的3个项目核减2026年度资金安排。", FS)
    head("（三）政策兑现方面", KT)
    runin("5.关于制度创新奖励资金发放依据不足的问题。", "已补充开展第三方评估，追回2项不合格成果奖励资金45.00万元。", FS)
    runin("6.关于班列运营补贴拨付审核不严的问题。", "已对中欧班列（成渝）泸州集结点补充开展运营考核，核减并追回补贴90.00万元。", FS)
    head("三、后续措施")
    runin("（一）紧盯剩余问题销号。", "按进度拨付剩余资金，整改完成后及时报省审计厅销号。")
    runin("（二）完善资金管理制度。", "2026年6月底前修订印发《四川省自由贸易试验区发展专项资金管理办法》,进一步明确资金拨付和绩效评价要求。")
    runin("（三）开展全省自查自纠。", "在全省各自贸片区开展专项资金使用情况自查自纠，坚决防止同类问题反复发生。")
    body("特此报告。")
    cl.pop()  # closing formula is not a clause
    empty(doc, 1)
    att1 = "川南临港片区专项资金审计发现问题整改情况对照表"
    p = add_par(doc, IND + "附件：" + att1, indent=False)
    empty(doc, 2)
    p = add_par(doc, [("四川省商务厅", FS, 16, False), ("\t", FS, 16, False),
                      ("四川省财政厅", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6), 0)
    p = add_par(doc, "2026年5月8日", indent=False, align=R)
    p.paragraph_format.right_indent = Cm(1.6)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [(att1, XBS, 18, False)], align=C, indent=False, line=32, after=8)
    header = ["序号", "审计发现问题", "涉及金额（万元）", "整改责任单位", "完成时限", "整改情况", "是否完成"]
    rows = [
        ["1", "专项资金违规出借用于国企日常周转", "1500.00", "泸州市财政局", "2026年1月31日前", "已全额收回", "是"],
        ["2", "重复申领铁水联运补贴", "86.40", "川南临港片区管委会", "2026年2月28日前", "已全额追回", "是"],
        ["3", "多式联运示范工程项目资金闲置超过1年", "2400.00", "泸州市人民政府", "2026年10月31日前", "已开工，已支出1620.00万元", "否"],
        ["4", "绩效自评结果与实际不符", "—", "省商务厅", "2026年3月31日前", "第三方重新评价，核减3个项目资金", "是"],
        ["5", "制度创新奖励资金发放依据不足", "240.00", "川南临港片区管委会", "2026年3月31日前", "追回奖励资金45.00万元", "是"],
        ["6", "班列集结点运营补贴拨付审核不严", "900.00", "泸州市商务局", "2026年3月31日前", "核减并追回补贴90.00万元", "是"],
        ["合计", "6个问题", "5126.40", "—", "—", "已收回、归还或规范使用资金4346.40万元", "已完成5个"],
    ]
    t1 = grid_table(doc, header, rows, [1.2, 3.8, 2.0, 2.8, 2.6, 3.4, 1.4], size=11, left_cols=(1, 5))
    repeat_header(t1.rows[0])
    for row in rows:
        cl.append(row_clause(header, row))
    note = "注：“涉及金额”以审计报告认定数为准；统计时间截至2026年4月30日。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    cl.append(note)
    banji(doc, "抄送：省审计厅，泸州市人民政府。", "四川省商务厅办公室", "2026年5月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="四川省商务厅　四川省财政厅关于中国（四川）自由贸易试验区川南临港片区专项资金审计发现问题整改情况的报告",
            doc_number="川商自贸〔2026〕21号",
            issuer=["四川省商务厅", "四川省财政厅"],
            date="2026-05-08", level="provincial", region="四川省",
            attachments=[att1], doc_type="报告", recipients=["四川省人民政府"]),
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_dehong(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
