# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1050: 市商务局2026年工作要点 + 自贸片区管委会工作要点 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: plain str or list of (text, font, size, bold[, color[, scale]]).
    A text of "\\n" inserts a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        font(p.add_run(text), name, sz, bold, color, scale)
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


def setup(doc, size=16):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return s


def field(p, instr, shown, name=SONG, size=14):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run(shown), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(size + 4)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1050", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering "1." (decimal) continuing through the whole text
def make_decimal_numbering(doc, first_line_twips):
    numbering = doc.part.numbering_part.element
    aid = 901
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, first_line_twips, FS, FS, FS))
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


# =================================================================== DOC A
def doc_qingdao():
    """青岛市商务局2026年工作要点 (网站公开的Word版，无红头), 附件：重点任务清单."""
    stem = "blind1050_qingdao_yaodian"
    doc = Document()
    s = setup(doc)
    clauses = []
    LQ = 26  # 固定值26磅

    # footer 第 X 页 共 Y 页
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("第 "), SONG, 10.5)
    field(fp, "PAGE", "1", SONG, 10.5)
    font(fp.add_run(" 页 共 "), SONG, 10.5)
    field(fp, "NUMPAGES", "3", SONG, 10.5)
    font(fp.add_run(" 页"), SONG, 10.5)

    add_par(doc, [("青岛市商务局2026年工作要点", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=14)

    def body(t, spaces=False):
        clauses.append(t)
        if spaces:  # clerk indents with two full-width spaces instead of 首行缩进
            add_par(doc, "\u3000\u3000" + t, indent=False, line=LQ)
        else:
            add_par(doc, t, line=LQ)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], line=LQ)

    def item(lead, t, spaces=False):
        clauses.append(lead + t)
        runs = [(lead, FS, 16, True), (t, FS, 16, False)]
        if spaces:
            runs = [("\u3000\u3000", FS, 16, False)] + runs
        add_par(doc, runs, indent=not spaces, line=LQ)

    body("2026年是“十五五”规划开局之年，也是青岛加快建设更高水平开放城市的关键之年。"
         "全市商务工作要坚持稳中求进工作总基调，统筹抓好稳外贸、稳外资、促消费、扩开放，"
         "深度融入共建“一带一路”，为全市经济社会高质量发展作出商务贡献。")
    # manual line break (Shift+Enter) after the lead words
    t2a = "主要预期目标："
    t2b = ("全市货物贸易进出口增长3%左右，实际使用外资12亿美元以上，社会消费品零售总额增长5%左右，"
           "对共建“一带一路”国家进出口占比提高到50%以上。")
    clauses.append(t2a + t2b)
    add_par(doc, [(t2a, FS, 16, False), ("\n", FS, 16, False), (t2b, FS, 16, False)], line=LQ)

    head("一、稳住外贸基本盘，推动外贸提质升级")
    item("1.稳住外贸基本盘。", "实施外贸企业“千企百展”拓市场行动，全年组织企业参加境外重点展会120场次以上；"
         "建立重点外贸企业“白名单”，对进出口额前200位企业实行专员跟踪服务。")
    item("2.培育外贸新业态。", "推动跨境电商综试区提质发展，新增公共海外仓5个以上，扩大跨境电商B2B直接出口(9710)"
         "和出口海外仓(9810)业务规模，支持市场采购贸易、保税维修、离岸贸易等新业态发展。")
    item("3.优化外贸结构。", "扩大新能源汽车、锂电池、光伏产品“新三样”出口，大力发展绿色贸易、数字贸易；"
         "争创国家服务贸易创新发展示范区，服务贸易进出口额力争达到1000亿元。")

    head("二、深化制度型开放，提升开放平台能级")
    item("1.高标准建设自贸试验区青岛片区。", "对标国际高标准经贸规则，全年形成制度创新成果20项以上，"
         "争取在全省复制推广5项以上。", spaces=True)
    item("2.推进上合示范区建设。", "围绕“物流先导、贸易拓展、产能合作、跨境发展、双园互动”，重点抓好三项工作：",
         spaces=True)
    body("（1）做强中欧班列（齐鲁号）上合示范区集结中心，全年开行班列900列以上；", spaces=True)
    body("（2）扩大与上合组织国家能源资源、农产品贸易规模；", spaces=True)
    body("（3）办好第三届上合组织国家商品博览会。", spaces=True)
    item("3.推动综合保税区提质增效。", "支持青岛前湾、西海岸、胶州湾等综合保税区发展保税研发、保税检测、"
         "融资租赁等业务，力争在海关总署绩效评估中保持A类以上。")
    item("4.全力稳外资促外资。", "深入实施“投资青岛”全球招商行动，聚焦日韩、欧洲、新加坡等重点国别，"
         "全年举办境外招商活动30场以上；健全外资企业圆桌会议制度,及时协调解决外资企业诉求。")

    head("三、深度融入共建“一带一路”，拓展国际经贸合作")
    item("1.用好RCEP规则红利。", "建设RCEP青岛经贸合作先行创新试验基地，开展原产地规则、关税减让专题培训20场以上，"
         "力争全年RCEP项下享惠进出口货值突破400亿元。")
    item("2.深化与共建“一带一路”国家经贸合作。", "加强与中亚、东盟、中东欧、海湾国家经贸对接，"
         "支持企业参与共建“一带一路”重大项目，全年对共建国家进出口增长5%左右。")
    item("3.引导企业有序“走出去”。", "支持海尔、海信、赛轮等龙头企业开展国际化布局，推进境外经贸合作区建设；"
         "完善对外投资合作风险预警和服务保障体系，对外承包工程完成营业额力争达到25亿美元。")

    head("四、促进消费提质扩容，建设国际消费中心城市")
    item("1.持续扩大商品消费。", "落实汽车、家电以旧换新和数码产品购新补贴政策，"
         "全年举办“青岛消费季”系列促消费活动300场以上。")
    item("2.培育消费新场景。", "推动台东、中山路等商圈改造提升，发展首店经济、夜间经济、海洋特色消费，"
         "新引进各类首店60家以上。")

    head("五、加强组织保障，确保各项任务落地见效")
    item("1.加强组织领导。", "各处室、单位主要负责同志是第一责任人，要对照重点任务清单挂图作战、清单管理。")
    item("2.强化督导考核。", "实行重点任务月调度、季通报、年考核制度，对推进滞后的任务及时督促整改。")
    item("3.防范化解风险。", "密切关注国际经贸形势变化，加强贸易摩擦应对和出口管制合规指导，守牢安全发展底线。")

    empty(doc, 1, line=LQ)
    add_par(doc, "附件：青岛市商务局2026年重点任务清单", indent=True, line=LQ)
    empty(doc, 1, line=LQ)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 40 + "青岛市商务局", indent=False)
    add_par(doc, " " * 39 + "2026年2月9日", indent=False)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("青岛市商务局2026年重点任务清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=6, after=10)
    header = ["序号", "工作任务", "责任处室", "完成时间"]
    rows = [
        ["1", "实施外贸企业“千企百展”拓市场行动，组织企业参加境外重点展会120场次以上", "对外贸易处", "2026年12月底前"],
        ["2", "对进出口额前200位企业实行专员跟踪服务", "对外贸易处", "全年持续推进"],
        ["3", "新增公共海外仓5个以上", "电子商务处", "2026年11月底前"],
        ["4", "服务贸易进出口额力争达到1000亿元", "服务贸易处", "2026年12月底前"],
        ["5", "形成自贸试验区制度创新成果20项以上", "自由贸易试验区工作处", "2026年12月底前"],
        ["6", "上合示范区集结中心开行中欧班列900列以上", "国际经贸关系处、口岸物流处", "2026年12月底前"],
        ["7", "办好第三届上合组织国家商品博览会", "国际经贸关系处", "2026年6月底前"],
        ["8", "综合保税区海关绩效评估保持A类以上", "开发区和综保区处", "2026年10月底前"],
        ["9", "举办境外招商活动30场以上，实际使用外资12亿美元以上", "外商投资管理处", "2026年12月底前"],
        ["10", "开展RCEP原产地规则、关税减让专题培训20场以上", "国际经贸关系处", "2026年9月底前"],
        ["11", "RCEP项下享惠进出口货值突破400亿元", "国际经贸关系处、对外贸易处", "2026年12月底前"],
        ["12", "对外承包工程完成营业额力争达到25亿美元", "对外投资和经济合作处", "2026年12月底前"],
        ["13", "举办“青岛消费季”系列促消费活动300场以上", "市场运行和消费促进处", "2026年12月底前"],
        ["14", "新引进各类首店60家以上", "商贸流通处", "2026年12月底前"],
        ["15", "建立重点任务月调度、季通报、年考核制度", "综合调研处", "2026年3月底前"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.2, 6.4, 4.6, 3.4])
    note = "注：责任处室有两个及以上的，排在首位的为牵头处室。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], size=12, indent=False, line=20, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "青岛市商务局2026年工作要点",
            "doc_number": None,
            "issuer": ["青岛市商务局"],
            "date": "2026-02-09",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": ["青岛市商务局2026年重点任务清单"],
            "doc_type": "工作要点",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_kashi():
    """喀什片区管委会 红头通知 印发《喀什片区2026年工作要点》, tasks 1-30 Word auto-numbered."""
    stem = "blind1050_kashi_pianqu"
    doc = Document()
    s = setup(doc)
    doc.settings.odd_and_even_pages_header_footer = True
    clauses = []

    # odd pages: page number right; even pages: left  (— 1 —)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(fp.add_run("— "), SONG, 14)
    field(fp, "PAGE", "1")
    font(fp.add_run(" —\u3000"), SONG, 14)
    ep = s.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    font(ep.add_run("\u3000— "), SONG, 14)
    field(ep, "PAGE", "2")
    font(ep.add_run(" —"), SONG, 14)

    # 版头: long organ name squeezed with character scaling
    add_par(doc, [("中国（新疆）自由贸易试验区喀什片区管理委员会文件", XBS, 30, False, RED, 58)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=20)
    empty(doc, 1)
    p = add_par(doc, "喀自贸管发〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("中国（新疆）自由贸易试验区喀什片区",
               "管理委员会关于印发《喀什片区2026年",
               "工作要点》的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各部门、各园区管理办公室，驻片区各单位：", indent=False)

    def body(t, size=16, line=28):
        clauses.append(t)
        add_par(doc, t, size=size, line=line)

    body("经片区管委会2026年第1次主任办公会议研究同意，现将《喀什片区2026年工作要点》印发给你们，"
         "请结合工作职责细化分解任务，抓好贯彻落实。工作推进中的重要情况和问题，请及时报片区管委会综合办公室。")
    empty(doc, 2)
    # 落款 aligned with tab stops
    for txt, pos in (("中国（新疆）自由贸易试验区喀什片区管理委员会", 2.6), ("二〇二六年一月三十日", 8.2)):
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.LEFT)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）", indent=True)

    # ---- the 工作要点 itself on a new page
    p = add_par(doc, [("喀什片区2026年工作要点", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=8)
    p.paragraph_format.page_break_before = True
    L = 24  # clerk squeezed the line spacing to 24pt
    body("2026年是喀什片区高质量发展的攻坚之年。片区工作要立足“五口通八国、一路连欧亚”区位优势，"
         "以制度创新为核心，以服务共建“一带一路”为主线，加快打造向西开放的重要门户和"
         "丝绸之路经济带核心区商贸物流枢纽。主要预期目标如下：", line=L)

    # indicator table with two-level header
    t = doc.add_table(rows=2 + 4, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = ["序号", "指标名称", "单位", "2025年", "", "2026年目标"]
    sub = ["", "", "", "目标", "完成", ""]
    for i in range(6):
        if top[i]:
            set_cell(t.rows[0].cells[i], top[i], HT, 12)
        if sub[i]:
            set_cell(t.rows[1].cells[i], sub[i], HT, 12)
    for i in (0, 1, 2, 5):
        t.cell(0, i).merge(t.cell(1, i))
    t.cell(0, 3).merge(t.cell(0, 4))
    # after merge, fix duplicated text in merged cells
    for i in (0, 1, 2, 5):
        set_cell(t.cell(0, i), top[i], HT, 12)
    set_cell(t.cell(0, 3), "2025年", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "指标名称", "单位", "2025年／目标", "2025年／完成", "2026年目标"]
    data = [
        ["1", "外贸进出口额", "亿元", "300", "326.5", "360"],
        ["2", "新增市场主体", "家", "1500", "1682", "1800"],
        ["3", "实际使用外资", "万美元", "2000", "1850", "2500"],
        ["4", "新增制度创新成果", "项", "10", "12", "15"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    col_widths(t, [1.3, 4.6, 2.0, 2.2, 2.2, 2.9])
    note = "注：外贸进出口额、实际使用外资为片区内注册企业统计数据。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], size=12, indent=False, line=20, before=4, after=4)

    nid = make_decimal_numbering(doc, 640)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], line=L)

    counter = [0]

    def task(lead, t):
        counter[0] += 1
        clauses.append("%d.%s%s" % (counter[0], lead, t))
        p = add_par(doc, [(lead, FS, 16, True), (t, FS, 16, False)], line=L)
        p.paragraph_format.first_line_indent = None  # let the numbering level carry the indent
        apply_num(p, nid)

    head("一、深化制度创新，打造高水平开放平台")
    task("推进首创性改革探索。", "围绕跨境贸易、投资便利、金融服务等领域，全年形成制度创新成果15项以上。")
    task("对标高标准经贸规则。", "开展RCEP、CPTPP规则对接压力测试，探索数字贸易、跨境数据流动管理试点。")
    task("深化“放管服”改革。", "推行“一业一证”“证照分离”改革全覆盖，企业开办时间压缩至0.5个工作日。")
    task("优化营商环境。", "建立企业诉求“直通车”机制，涉企问题办结率保持在95%以上。")
    task("加强复制推广。", "梳理全国自贸试验区最佳实践案例，年内复制落地30项以上。")
    head("二、畅通国际大通道，建设商贸物流枢纽")
    task("提升口岸通关能力。", "配合推进红其拉甫、吐尔尕特、伊尔克什坦口岸设施改造，推广“提前申报”“两步申报”模式。")
    task("做大国际货运班列。", "常态化开行喀什至安集延、塔什干国际货运班列，全年开行班列300列以上。")
    task("谋划中吉乌铁路配套建设。", "布局铁路物流园区，同步推进多式联运海关监管中心建设。")
    task("发展国际道路运输。", "支持企业开通“喀什—奥什—安集延”TIR国际道路运输线路，扩大中吉乌公铁联运规模。")
    task("建设航空物流通道。", "争取加密喀什至伊斯兰堡、杜尚别等国际航线，培育国际货运包机业务。")
    task("完善物流服务体系。", "建设国际物流港冷链仓储设施。")
    head("三、做强外向型产业，壮大对外贸易规模")
    task("稳住外贸基本盘。", "建立重点外贸企业包联服务制度，全年外贸进出口额达到360亿元。")
    task("发展边民互市贸易。", "推动互市商品落地加工，完善“互市贸易+落地加工”产业链条。")
    task("培育跨境电商。", "建设跨境电商产业园，引进跨境电商企业20家以上，探索“跨境电商+班列”模式。")
    task("打造出口加工基地。", "围绕纺织服装、电子产品、机电产品，承接东部地区加工贸易产业转移。")
    task("扩大进口贸易。", "扩大自中亚国家农产品、能源矿产进口，建设进口商品集散分拨中心。")
    task("发展服务贸易。", "培育国际物流、跨境金融、国际旅游、医疗健康等服务贸易新业态。")
    head("四、深化国际合作，服务共建“一带一路”")
    task("深化与中亚南亚国家合作。", "加强与吉尔吉斯斯坦、乌兹别克斯坦、巴基斯坦等国地方政府和商协会对接。")
    task("服务中巴经济走廊建设。", "支持企业参与瓜达尔港等项目，推动喀什与中巴经济走廊项目联动发展。")
    task("推动企业“走出去”。", "支持企业在中亚国家建设海外仓、境外经贸合作区，做好境外投资备案和风险提示服务。")
    task("办好会展活动。", "办好2026中国新疆喀什·中亚南亚商品交易博览会，组织企业参加中国—亚欧博览会。")
    task("深化对口援疆合作。", "依托广东、上海、山东、深圳对口援疆机制，开展“东联西出”招商推介活动。")
    head("五、强化要素保障，提升产业承载能力")
    task("加大招商引资力度。", "实行“链长+链主”招商，全年引进亿元以上项目40个以上，到位资金突破120亿元。")
    task("推进跨境金融创新。", "扩大跨境人民币结算规模，推进本外币合一账户试点。")
    task("完善园区基础设施。", "新建标准化厂房20万平方米。")
    task("强化人才支撑。", "引进各类专业人才200名以上。")
    head("六、加强组织领导，确保任务落实")
    task("压实工作责任。", "实行“一项任务、一名领导、一个专班”推进机制，每月调度任务进展。")
    task("强化督查考核。", "将工作要点落实情况纳入部门年度绩效考核，对推进不力的予以通报。")
    task("加强宣传推介。", "总结推广制度创新典型案例。")
    task("防范化解风险。", "健全风险防控体系，守牢安全底线。")
    assert counter[0] == 30

    # 版记 at the end
    empty(doc, 1, line=L)
    p = add_par(doc, [("抄送：自治区商务厅（自贸办），喀什地委办公室、行署办公室。", FS, 14, False)],
                size=14, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("喀什片区管委会综合办公室", FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       ("2026年1月30日印发", FS, 14, False)], size=14, indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（新疆）自由贸易试验区喀什片区管理委员会关于印发《喀什片区2026年工作要点》的通知",
            "doc_number": "喀自贸管发〔2026〕3号",
            "issuer": ["中国（新疆）自由贸易试验区喀什片区管理委员会"],
            "date": "2026-01-30",
            "published": None,
            "level": "municipal",
            "region": "喀什地区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各园区管理办公室", "驻片区各单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    for fn in (doc_qingdao, doc_kashi):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
