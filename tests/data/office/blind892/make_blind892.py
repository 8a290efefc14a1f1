# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 892: 自贸试验区片区“证照分离”改革全覆盖事项清单及实施方案.

Writes three Word files (+ PDF via LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

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
    """runs: str or list of (text, fontname, size, bold[, color])."""
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
    fmt(p, indent=False)


def page_field(par, size=14):
    def fld(xml):
        r = par.add_run()
        font(r, SONG, size)
        r._r.append(parse_xml(xml))
    font(par.add_run("— "), SONG, size)
    fld('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    fld('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    fld('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    font(par.add_run("1"), SONG, size)
    fld('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))
    font(par.add_run(" —"), SONG, size)


def setup(doc, odd_even=False):
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
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def col_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    tblpr = tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                           % (nsdecls("w"), int(sum(widths) * 567))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, tc in enumerate(row._tr.findall(qn("w:tc"))):
            tcpr = tc.get_or_add_tcPr()
            for old in tcpr.findall(qn("w:tcW")):
                tcpr.remove(old)
            tcpr.insert(0, parse_xml('<w:tcW %s w:w="%d" w:type="dxa"/>'
                                     % (nsdecls("w"), int(widths[i] * 567))))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, values):
    """header：value；… (empty cells left out)."""
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values) if v)


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


# Word automatic numbering (chineseCounting) -------------------------------
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_892", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# ====================================================================== DOC A
def doc_yichang():
    """Joint 红头 notice of 宜昌片区管委会 + 市市场监管局 issuing the 清单 (long table, notes explain 改革方式)."""
    stem = "blind892_yichang_qingdan"
    doc = Document()
    setup(doc)
    clauses = []

    # --- joint 版头: two organ names stacked, 文件 on the right (layout table)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "中国（湖北）自由贸易试验区宜昌片区管理委员会", XBS, 15, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30)
    set_cell(t.cell(1, 0), "宜昌市市场监督管理局", XBS, 15, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30)
    for r in (0, 1):
        for run in t.cell(r, 0).paragraphs[0].runs:
            run.font.color.rgb = RED
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 36, align=C, line=50)
    for run in m.paragraphs[0].runs:
        run.font.color.rgb = RED
    m.vertical_alignment = 1  # center
    col_widths(t, [12.4, 3.2])
    empty(doc, 1)
    p = add_par(doc, "宜自贸发〔2026〕2号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)

    # title wrapped at odd places, separate paragraphs
    for ln in ("中国（湖北）自由贸易试验区宜昌片区",
               "管理委员会宜昌市市场监督管理局关于",
               "印发《宜昌片区“证照分离”改革全覆盖",
               "事项清单（2026年版）》的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各局（办）、各功能区，市直有关部门：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hf=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为深入贯彻落实《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》（国发〔2021〕7号）和省、市关于持续优化营商环境的部署要求，在中国（湖北）自由贸易试验区宜昌片区全面实施涉企经营许可事项全覆盖清单管理，经片区管委会2026年第4次主任办公会议审议通过，现将《宜昌片区“证照分离”改革全覆盖事项清单（2026年版）》印发给你们，并就有关事项通知如下：")
    runin("一、分类推进审批制度改革。", "按照直接取消审批、审批改为备案、实行告知承诺、优化审批服务四种方式，对清单所列16项涉企经营许可事项分类实施改革。各主管部门要于2026年2月底前完成办事指南修订，并在湖北政务服务网公布。")
    runin("二、强化事中事后监管。", "各主管部门要按照“谁审批、谁监管，谁主管、谁监管”原则落实监管责任，对通过告知承诺取得许可的企业，在2个月内开展全覆盖核查，发现不符合许可条件的依法调查处理。")
    runin("三、实行清单动态管理。", "国家、省层面调整涉企经营许可事项的，由片区营商环境局会同有关部门及时更新清单并向社会公布。")
    body("本清单自2026年2月1日起施行，有效期至2027年12月31日。《宜昌片区“证照分离”改革全覆盖事项清单（2024年版）》（宜自贸发〔2024〕9号）同时废止。")
    # 附件 line wrapped by hand with typed spaces
    add_par(doc, "附件：宜昌片区“证照分离”改革全覆盖事项清单")
    add_par(doc, "　　　（2026年版）", indent=True)
    empty(doc, 1)
    # joint 落款 in borderless table
    t2 = doc.add_table(rows=2, cols=2)
    no_borders(t2)
    set_cell(t2.cell(0, 0), "中国（湖北）自由贸易试验区", FS, 16, line=28)
    set_cell(t2.cell(1, 0), "宜昌片区管理委员会", FS, 16, line=28)
    set_cell(t2.cell(0, 1), "宜昌市市场监督管理局", FS, 16, line=28)
    col_widths(t2, [8.0, 7.6])
    p = add_par(doc, "2026年1月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")

    # ---------------------------------------------------------------- 附件 (清单)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("宜昌片区“证照分离”改革全覆盖事项清单", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("（2026年版）", KT, 16, False)], align=C, indent=False, line=28)
    empty(doc, 1, line=14)
    hdr = ["序号", "许可事项名称", "主管部门", "改革方式", "具体改革举措"]
    gaj = "市公安局"
    scj = "市市场监管局"
    swj = "市商务局"
    jtj = "市交通运输局"
    rsj = "市人力资源和社会保障局"
    wlj = "市文化和旅游局"
    zjj = "市住房和城乡建设局"
    rows = [
        ["1", "粮食收购资格认定", "市发展改革委（市粮食和物资储备局）", "直接取消审批", "取消粮食收购资格认定，企业取得营业执照即可从事粮食收购活动；将粮食收购企业纳入“双随机、一公开”监管。"],
        ["2", "因私出入境中介机构经营许可", gaj, "直接取消审批", "取消许可，企业登记后即可开展经营；加强对中介机构的日常监督检查，依法查处违法违规行为。"],
        ["3", "公章刻制业特种行业许可证核发", gaj, "实行告知承诺", "申请人书面承诺符合许可条件的，当场作出审批决定；许可后2个月内开展现场核查。"],
        ["4", "旅馆业特种行业许可证核发", gaj, "优化审批服务", "审批时限由20个工作日压减至5个工作日；与消防安全检查实行并联办理。"],
        ["5", "食品经营许可（仅销售预包装食品）", scj, "审批改为备案", "企业取得营业执照后向片区市场监管分局备案，当场办结；纳入食品安全日常监督检查。"],
        ["6", "药品零售企业许可", scj, "优化审批服务", "压减申请材料3项，审批时限由30个工作日压减至10个工作日；推行现场检查与审批“两合一”。"],
        ["7", "拍卖业务许可", swj, "实行告知承诺", "对以告知承诺方式申请的，不再要求提交拍卖师执业资格证明等材料，当场作出审批决定。"],
        ["8", "对外劳务合作经营资格核准", swj, "优化审批服务", "审批时限由20个工作日压减至10个工作日，申请材料由9项压减至5项。"],
        ["9", "道路货物运输经营许可（使用总质量4.5吨及以下普通货运车辆的除外）", jtj, "实行告知承诺", "申请人承诺符合车辆、驾驶人员和安全生产管理制度等条件的，当场作出审批决定；强化道路运输动态监控。"],
        ["10", "港口经营许可", jtj, "优化审批服务", "审批时限由30日压减至15日；推行港口经营许可证电子证照。"],
        ["11", "劳务派遣经营许可", rsj, "实行告知承诺", "申请人承诺符合注册资本、经营场所等条件的，当场作出审批决定；许可后2个月内开展全覆盖核查。"],
        ["12", "人力资源服务许可", rsj, "实行告知承诺", "取消经营场所使用证明材料，改为申请人书面承诺；加强人力资源市场日常监管。"],
        ["13", "外商投资旅行社业务许可", wlj, "实行告知承诺", "在片区内设立的外商投资旅行社，申请人书面承诺符合条件的，当场作出审批决定。"],
        ["14", "娱乐场所经营活动审批", wlj, "优化审批服务", "审批时限由20日压减至5个工作日；纳入“一业一证”改革范围。"],
        ["15", "建筑业企业资质核准（施工总承包三级）", zjj, "实行告知承诺", "对申请人承诺符合资质标准的，当场作出审批决定；许可后2个月内开展核查。"],
        ["16", "城镇污水排入排水管网许可", zjj, "优化审批服务", "审批时限由15个工作日压减至5个工作日；对排水户实行分级分类管理。"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 11)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5,
                     align=(L if ci in (1, 4) else C))
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.2, 3.4, 2.5, 2.8, 5.7])
    # vertical merges of 主管部门 (same organ in consecutive rows)
    for a, b, txt in ((2, 4, gaj), (5, 6, scj), (7, 8, swj), (9, 10, jtj),
                      (11, 12, rsj), (13, 14, wlj), (15, 16, zjj)):
        mc = t.cell(a, 2).merge(t.cell(b, 2))
        set_cell(mc, txt, FS, 10.5)
        mc.vertical_alignment = 1
    empty(doc, 1, line=10)
    n1 = "注：1．本清单共16项，其中直接取消审批2项、审批改为备案1项、实行告知承诺7项、优化审批服务6项。"
    n2 = "2．改革方式说明：“直接取消审批”指取消审批后，企业取得营业执照即可开展经营；“审批改为备案”指企业按规定提交备案材料后即可开展经营，主管部门不得作出不予备案的决定；“实行告知承诺”指企业书面承诺符合许可条件并按要求提交材料的，主管部门当场作出审批决定；“优化审批服务”指通过下放审批权限、压减申请材料、压缩审批时限等方式提升审批效率。"
    n3 = "3．清单所列事项的具体办理条件、申请材料和办理流程，以湖北政务服务网公布的办事指南为准。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20)
    for n in (n2, n3):
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20)
        p.paragraph_format.left_indent = Pt(24)
    clauses.extend([n1, n2, n3])

    banji(doc, "抄送：湖北省人民政府自由贸易试验区工作办公室，宜昌市人民政府办公室。",
          "宜昌片区管委会综合办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（湖北）自由贸易试验区宜昌片区管理委员会宜昌市市场监督管理局关于印发《宜昌片区“证照分离”改革全覆盖事项清单（2026年版）》的通知",
            "doc_number": "宜自贸发〔2026〕2号",
            "issuer": ["中国（湖北）自由贸易试验区宜昌片区管理委员会", "宜昌市市场监督管理局"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "宜昌市",
            "effective": "2026-02-01",
            "expires": "2027-12-31",
            "attachments": ["宜昌片区“证照分离”改革全覆盖事项清单（2026年版）"],
            "doc_type": "通知",
            "recipients": ["片区各局（办）", "各功能区", "市直有关部门"],
            "publicity": "此件公开发布",
            "repeals": "《宜昌片区“证照分离”改革全覆盖事项清单（2024年版）》（宜自贸发〔2024〕9号）",
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC B
def doc_guangxi():
    """自治区政府办公厅 印发 notice + 方案 (改革方式说明 in 二, table split by hand with 续表)."""
    stem = "blind892_guangxi_fangan"
    doc = Document()
    setup(doc, odd_even=True)
    clauses = []
    n_mode = make_numbering(doc, "（%1）")

    # 份号 + 公开方式 top-left
    add_par(doc, [("000213", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("广西壮族自治区人民政府办公厅文件", XBS, 28, False, RED)],
                align=C, indent=False, line=54, before=12)
    # squeeze character spacing like offices do for long 发文机关标志
    for run in p.runs:
        rpr = run._element.get_or_add_rPr()
        rpr.append(parse_xml('<w:spacing %s w:val="-20"/>' % nsdecls("w")))
    empty(doc, 1)
    p = add_par(doc, "桂政办发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    # title: one paragraph with manual line breaks (Shift+Enter) at odd places
    p = doc.add_paragraph()
    parts = ["广西壮族自治区人民政府办公厅关于印发",
             "中国（广西）自由贸易试验区“证照分离”",
             "改革全覆盖实施方案的通知"]
    for i, s in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(s), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市、县人民政府，自治区人民政府各组成部门、各直属机构，中国（广西）自由贸易试验区各片区管委会：", indent=False)

    def body(t, ind_spaces=False):
        clauses.append(t)
        if ind_spaces:
            add_par(doc, IND + t, indent=False)
        else:
            add_par(doc, t)

    body("《中国（广西）自由贸易试验区“证照分离”改革全覆盖实施方案》已经自治区人民政府同意，现印发给你们，请认真组织实施。")
    empty(doc, 1)
    p = add_par(doc, "广西壮族自治区人民政府办公厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "二〇二六年三月十二日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）")

    # ------------------------------------------------------------ 方案
    page_break(doc)
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区“证照分离”改革"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("全覆盖实施方案"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("为进一步深化“放管服”改革，在中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区（以下统称各片区）率先实现涉企经营许可事项“证照分离”改革全覆盖，加快建设西部陆海新通道门户港和面向东盟的开放合作高地，结合我区实际，制定本方案。", ind_spaces=True)
    head("一、改革范围")
    body("在各片区内登记注册的企业和个体工商户（以下统称经营主体）申办涉企经营许可事项，适用本方案。各片区实施的涉企经营许可事项共计58项，其中中央层面设定45项、地方层面设定13项。", ind_spaces=True)
    head("二、改革方式")
    body("按照直接取消审批、审批改为备案、实行告知承诺、优化审批服务四种方式分类推进改革：", ind_spaces=True)

    modes = [
        ("直接取消审批（4项）。", "对粮食收购资格认定、因私出入境中介机构经营许可等4项审批予以取消，经营主体取得营业执照即可开展经营，行政机关、企事业单位、行业组织等不得要求其提供相关行政许可证件。"),
        ("审批改为备案（3项）。", "对食品经营许可（仅销售预包装食品）等3项事项实行备案管理，原则上实行事后备案，经营主体按规定提交备案材料后即可开展经营，主管部门不得作出不予备案的决定。"),
        ("实行告知承诺（19项）。", "对道路货物运输经营许可、劳务派遣经营许可等19项事项，主管部门依法列出可量化可操作、不含兜底条款的许可条件并一次性告知，经营主体书面承诺已经符合条件的，当场作出审批决定；许可后2个月内开展全覆盖核查。"),
        ("优化审批服务（32项）。", "对港口经营许可、药品零售企业许可等32项事项，通过下放审批权限、压减申请材料、压缩审批时限、延长或取消许可有效期等方式优化审批服务。"),
    ]
    for i, (h, t) in enumerate(modes):
        clauses.append("（%s）%s%s" % (CN[i], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_mode)

    body("各主管部门涉企经营许可事项分类情况如下：", ind_spaces=True)
    # two-level header table, manually split with 续表
    H = ["序号", "主管部门", "事项总数", "改革方式／直接取消审批", "改革方式／审批改为备案",
         "改革方式／实行告知承诺", "改革方式／优化审批服务"]
    data = [
        ["1", "自治区发展改革委", "2", "1", "0", "0", "1"],
        ["2", "自治区公安厅", "4", "1", "0", "1", "2"],
        ["3", "自治区商务厅", "5", "1", "0", "2", "2"],
        ["4", "自治区交通运输厅", "9", "0", "1", "4", "4"],
        ["5", "自治区市场监管局", "8", "0", "1", "2", "5"],
        ["6", "自治区人力资源社会保障厅", "3", "0", "0", "2", "1"],
        ["7", "自治区文化和旅游厅", "7", "0", "0", "3", "4"],
        ["8", "自治区住房城乡建设厅", "6", "0", "0", "3", "3"],
        ["9", "自治区生态环境厅", "3", "0", "0", "1", "2"],
        ["10", "自治区卫生健康委", "4", "0", "0", "1", "3"],
        ["11", "自治区农业农村厅", "3", "0", "1", "0", "2"],
        ["12", "南宁海关", "2", "1", "0", "0", "1"],
        ["13", "广西海事局", "2", "0", "0", "0", "2"],
        ["", "合计", "58", "4", "3", "19", "32"],
    ]
    # sanity of the figures typed into the table
    for r in data[:-1]:
        assert int(r[2]) == sum(int(x) for x in r[3:])
    for c in range(2, 7):
        assert int(data[-1][c]) == sum(int(r[c]) for r in data[:-1])

    widths = [1.2, 4.6, 1.6, 2.05, 2.05, 2.05, 2.05]

    def table_part(rows):
        t = doc.add_table(rows=2 + len(rows), cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(("序号", "主管部门", "事项总数")):
            set_cell(t.cell(0, i), h, HT, 12)
        set_cell(t.cell(0, 3), "改革方式", HT, 12)
        for i, h in enumerate(("直接取消审批", "审批改为备案", "实行告知承诺", "优化审批服务")):
            set_cell(t.cell(1, 3 + i), h, HT, 11)
        col_widths(t, widths)
        for i in range(3):
            mc = t.cell(0, i).merge(t.cell(1, i))
            mc.vertical_alignment = 1
        t.cell(0, 3).merge(t.cell(0, 6))
        for ri, row in enumerate(rows, 2):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 12, line=22)
            clauses.append(row_clause(H, row))
        return t

    table_part(data[:6])
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, line=28)
    p.paragraph_format.page_break_before = True
    table_part(data[6:])
    empty(doc, 1, line=14)

    head("三、配套措施")
    body("（一）推行“证照联办”。经营主体申请营业执照时可一并申请相关经营许可，实现“一表申请、一窗受理、并联审批、一次发证”。", ind_spaces=True)
    body("（二）深化跨境贸易便利化。围绕西部陆海新通道建设，重点做好以下工作：", ind_spaces=True)
    body("1．对从事国际货运代理、国际船舶代理、跨境电商业务的经营主体，在各片区政务服务中心设立“陆海新通道”许可办理专窗。", ind_spaces=True)
    body("2．推动与东盟国家港口城市在企业资质互认方面开展合作，具体包括：", ind_spaces=True)
    # two sub-items typed in one paragraph with a manual line break
    s1 = "（1）探索与马来西亚关丹港、新加坡港建立港航企业资质信息共享机制；"
    s2 = "（2）支持片区企业通过中国—东盟商事调解机制化解跨境商事纠纷。"
    p = doc.add_paragraph()
    font(p.add_run(IND + s1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + s2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([s1, s2])
    head("四、保障措施")
    body("（一）压实部门责任。自治区各有关部门要按照本方案明确的改革方式，于2026年4月底前修订完善办事指南，在广西数字政务一体化平台公开。", ind_spaces=True)
    body("（二）加强监管衔接。建立审批与监管信息“双推送、双告知”机制，各片区管委会将审批结果于1个工作日内推送至相关主管部门，确保事中事后监管无缝衔接。", ind_spaces=True)
    body("本方案自2026年4月1日起施行。", ind_spaces=True)
    banji(doc, "抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，南宁海关，广西海事局。",
          "广西壮族自治区人民政府办公厅", "2026年3月12日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人民政府办公厅关于印发中国（广西）自由贸易试验区“证照分离”改革全覆盖实施方案的通知",
            "doc_number": "桂政办发〔2026〕9号",
            "issuer": ["广西壮族自治区人民政府办公厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构",
                           "中国（广西）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC C
def doc_luzhou():
    """上行文 请示 of 川南临港片区管委会 with 签发人, 特急; landscape 附件 清单."""
    stem = "blind892_luzhou_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000036", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    p = add_par(doc, [("中国（四川）自由贸易试验区", XBS, 30, False, RED)],
                align=C, indent=False, line=44, before=12)
    p = add_par(doc, [("川南临港片区管理委员会", XBS, 30, False, RED)],
                align=C, indent=False, line=44)
    empty(doc, 1)
    # 文号 left, 签发人 right, aligned with a right tab stop
    p = add_par(doc, [("泸临港管〔2026〕17号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘建华", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for ln in ("中国（四川）自由贸易试验区川南临港片区",
               "管理委员会关于申请开展涉企经营许可事项",
               "“证照分离”改革拓展试点的请示"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "泸州市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("按照《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》（国发〔2021〕7号）和市委、市政府关于高水平建设川南临港片区的工作部署，片区自2021年7月起全面实施涉企经营许可事项清单管理，改革成效明显。为进一步释放改革红利，片区拟在现行清单基础上开展拓展试点，现将有关事项请示如下：")
    head("一、改革推进情况")
    body("截至2025年12月底，片区累计办理“证照分离”改革事项1.26万件，惠及经营主体8437户。其中，以告知承诺方式办理2918件，平均办理时限由法定的20个工作日压缩至即时办结；通过“一业一证”方式发放行业综合许可证416张。2025年片区新设外商投资企业27家，与共建“一带一路”国家进出口额达到68.4亿元，同比增长23.7%。")
    head("二、拟开展的拓展试点事项")
    body("在全面落实国家和省级清单的基础上，片区结合港口物流、白酒产业、跨境贸易等主导产业需求，拟开展6项拓展试点（详见附件），主要包括：")
    body("（一）扩大告知承诺范围。将食品生产许可（白酒）变更、拍卖业务许可（分支机构设立）、危险货物港口作业认可等3项事项由优化审批服务调整为实行告知承诺，申请人书面承诺符合条件的当场办结。")
    body("（二）推动审批改为备案。将港口理货业务经营许可、船舶供应服务业务经营许可2项事项由实行告知承诺调整为备案管理，企业提交备案材料后即可开展经营。")
    body("（三）探索跨片区互认。对在中国（四川）自由贸易试验区其他片区已取得的道路货物运输经营许可，企业迁入片区后不再重新审批，直接办理变更手续。")
    head("三、需要协调解决的事项")
    # 一是/二是 typed in one paragraph, split with Shift+Enter and typed spaces
    a = "一是恳请市政府协调市交通运输局、市市场监管局、泸州海事局等部门对拓展试点事项给予支持，于2026年5月底前完成办事指南修订。"
    b = "二是恳请市政府将拓展试点事项报四川省自由贸易试验区工作办公室备案，并争取纳入全省自贸试验区改革试点经验复制推广范围。"
    p = doc.add_paragraph()
    font(p.add_run(a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + b), FS, 16)
    fmt(p)
    clauses.extend([a, b])
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    add_par(doc, "附件：川南临港片区“证照分离”改革拓展试点事项清单")
    empty(doc, 2)
    # 落款 typed with spaces
    add_par(doc, " " * 10 + "中国（四川）自由贸易试验区川南临港片区管理委员会", indent=False)
    add_par(doc, " " * 44 + "2026年4月8日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：罗晓梅，联系电话：0830-3158726）")

    # ---------------------------------------------------- 附件 (landscape)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(3.0)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("川南临港片区“证照分离”改革拓展试点事项清单", XBS, 20, False)],
            align=C, indent=False, line=34)
    empty(doc, 1, line=12)
    H = ["序号", "事项名称", "实施机关", "改革方式／现行", "改革方式／拟调整为", "具体改革举措"]
    gh = "市交通运输局（市港航事务中心）"
    rows = [
        ["1", "食品生产许可（白酒）变更", "市市场监管局", "优化审批服务", "实行告知承诺", "企业变更生产场所以外的许可事项，书面承诺符合条件的当场办结，许可后30日内开展现场核查。"],
        ["2", "拍卖业务许可（分支机构设立）", "市商务局", "优化审批服务", "实行告知承诺", "申请人承诺符合条件的当场作出审批决定，不再提交拍卖师执业资格证明材料。"],
        ["3", "危险货物港口作业认可", gh, "优化审批服务", "实行告知承诺", "对已取得港口经营许可的企业，承诺作业人员、设施设备符合要求的，当场作出认可决定。"],
        ["4", "港口理货业务经营许可", gh, "实行告知承诺", "审批改为备案", "企业通过四川政务服务网提交备案材料后即可开展经营，纳入港口经营日常监管。"],
        ["5", "船舶供应服务业务经营许可", gh, "实行告知承诺", "审批改为备案", "企业完成备案后即可开展经营，主管部门依据备案信息开展“双随机、一公开”抽查。"],
        ["6", "道路货物运输经营许可", "市交通运输局", "实行告知承诺", "跨片区互认", "对在四川自贸试验区其他片区已取得许可的企业，迁入后直接办理变更手续，不再重新审批。"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(("序号", "事项名称", "实施机关")):
        set_cell(t.cell(0, i), h, HT, 12)
    set_cell(t.cell(0, 3), "改革方式", HT, 12)
    set_cell(t.cell(1, 3), "现行", HT, 12)
    set_cell(t.cell(1, 4), "拟调整为", HT, 12)
    set_cell(t.cell(0, 5), "具体改革举措", HT, 12)
    col_widths(t, [1.3, 5.0, 4.0, 3.2, 3.2, 7.0])
    for i in (0, 1, 2, 5):
        mc = t.cell(0, i).merge(t.cell(1, i))
        mc.vertical_alignment = 1
    t.cell(0, 3).merge(t.cell(0, 4))
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=(L if ci == 5 else C), line=20)
        clauses.append(row_clause(H, row))
    mc = t.cell(4, 2).merge(t.cell(6, 2))
    set_cell(mc, gh, FS, 12, line=20)
    mc.vertical_alignment = 1

    # ---------------------------------------------------- 版记 on a portrait last page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Cm(21), Cm(29.7)
    sec2.top_margin, sec2.bottom_margin = Cm(3.7), Cm(3.5)
    sec2.left_margin, sec2.right_margin = Cm(2.8), Cm(2.6)
    empty(doc, 18)
    banji(doc, "抄送：四川省自由贸易试验区工作办公室，泸州市商务局。",
          "川南临港片区管委会党政办公室", "2026年4月8日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（四川）自由贸易试验区川南临港片区管理委员会关于申请开展涉企经营许可事项“证照分离”改革拓展试点的请示",
            "doc_number": "泸临港管〔2026〕17号",
            "issuer": ["中国（四川）自由贸易试验区川南临港片区管理委员会"],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "泸州市",
            "effective": None,
            "expires": None,
            "attachments": ["川南临港片区“证照分离”改革拓展试点事项清单"],
            "doc_type": "请示",
            "recipients": ["泸州市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yichang(), doc_guangxi(), doc_luzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
