# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 961: 市政府办公室印发工作方案的通知 (任务分工表跨页、重点任务合并单元格).

blind961_luoyang_fangan : 方案 follows the notice right after the 落款 (no 附件).
blind961_qinzhou_fujian : 方案 is 附件 on a new page; task table split by hand with 续表.
blind961_lianyungang_fenggong : 附件1 方案 + 附件2 任务分工表 (landscape, two-level header).
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
IND = "\u3000\u3000"


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
    """runs: list of (text, fontname, size, bold[, color[, scale]]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
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


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    """clerk's Ctrl+Enter at the end of the last paragraph"""
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def footer_page(section, dash="— ", dash2=" —", fontname=SONG):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash), fontname, 14)
    r = fp.add_run()
    font(r, fontname, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, fontname, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, fontname, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), fontname, 14)
    r5 = fp.add_run()
    font(r5, fontname, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(dash2), fontname, 14)


def setup(doc, dash="— ", dash2=" —"):
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
    footer_page(s, dash, dash2)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=15):
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


def widths(table, cms):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_961", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


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
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


def task_rows(groups):
    """groups: [(重点任务, [(措施, 牵头, 配合, 时限), ...]), ...] -> flat rows with 序号."""
    rows, n = [], 0
    for task, items in groups:
        for it in items:
            n += 1
            rows.append((str(n), task) + tuple(it))
    return rows


def fill_task_table(doc, header, rows, col_w, clauses, keys=None, header_rows=None):
    """Task table; consecutive equal 重点任务 cells (col 1) are merged vertically.

    header_rows: list of header rows (each a list of cell texts, None = merged with the
    cell above / left). keys: the column names used in the answer key.
    """
    if header_rows is None:
        header_rows = [header]
    if keys is None:
        keys = header
    nh = len(header_rows)
    t = doc.add_table(rows=nh + len(rows), cols=len(col_w))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, col_w)
    for hi in range(nh):
        repeat_header(t.rows[hi])
    # header cells (handle merges given as None)
    if nh == 1:
        for i, h in enumerate(header_rows[0]):
            set_cell(t.cell(0, i), h, HT, 10.5)
    else:
        top, sub = header_rows
        done = set()
        for i, h in enumerate(top):
            if h is None:
                continue
            if sub[i] is None:  # vertical merge
                c = t.cell(0, i).merge(t.cell(1, i))
                set_cell(c, h, HT, 10.5)
            else:
                j = i
                while j + 1 < len(top) and top[j + 1] is None:
                    j += 1
                c = t.cell(0, i).merge(t.cell(0, j))
                set_cell(c, h, HT, 10.5)
                for k in range(i, j + 1):
                    set_cell(t.cell(1, k), sub[k], HT, 10.5)
    # data
    for ri, row in enumerate(rows):
        r = nh + ri
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(r, ci), v, FS, 10.5, align=al)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    # merged 重点任务
    ri = 0
    while ri < len(rows):
        rj = ri
        while rj + 1 < len(rows) and rows[rj + 1][1] == rows[ri][1]:
            rj += 1
        c = t.cell(nh + ri, 1)
        if rj > ri:
            c = c.merge(t.cell(nh + rj, 1))
        set_cell(c, rows[ri][1], FS, 10.5)
        ri = rj + 1
    return t


expected = {}


# =================================================================== DOC A
def doc_luoyang():
    stem = "blind961_luoyang_fangan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("洛阳市人民政府办公室文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=20)
    empty(doc, 1)
    p = add_par(doc, "洛政办〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate centred paragraphs, broken at odd places
    for t in ("洛阳市人民政府办公室关于印发洛阳市",
              "自贸试验区洛阳片区深化改革创新服务共建",
              "“一带一路”工作方案的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，市人民政府各部门，各有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("《洛阳市自贸试验区洛阳片区深化改革创新服务共建“一带一路”工作方案》已经市政府同意，现印发给你们，请结合实际，认真抓好贯彻落实。")
    body("各牵头单位要于每季度结束后5个工作日内将任务进展情况报送市商务局（市自贸办），由市商务局汇总后报市政府。")
    empty(doc, 2)
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 36 + "洛阳市人民政府办公室", indent=False)
    add_par(doc, " " * 38 + "2026年2月26日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ------------------------------ 方案 (follows directly, same page)
    p = add_par(doc, [("洛阳市自贸试验区洛阳片区深化改革创新", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("服务共建“一带一路”工作方案"), XBS, 22)
    empty(doc, 1)
    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，按照《河南省人民政府关于实施自由贸易试验区提升战略的意见》要求，推动中国（河南）自由贸易试验区洛阳片区（以下简称洛阳片区）在更高起点上深化改革创新，更好服务和融入共建“一带一路”，结合我市实际，制定本方案。")
    head("一、总体目标")
    body("到2027年，洛阳片区制度创新体系更加完善，累计形成制度创新成果150项以上，其中在全省复制推广20项以上；实际使用外资年均增长8%以上，进出口总额突破600亿元；与共建“一带一路”国家贸易额占全市比重提高到45%以上，建成中西部地区具有重要影响力的开放合作平台。")
    head("二、重点任务及分工")
    body("围绕提升贸易投资便利化水平、打造装备制造国际合作高地、畅通国际物流通道、深化文化旅游和人文交流四项重点任务，实施12项具体措施，具体分工见下表。")
    add_par(doc, [("洛阳片区深化改革创新重点任务分工表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6, after=4)
    groups = [
        ("提升贸易投资便利化水平", [
            ("推进国际贸易“单一窗口”功能向口岸物流、金融保险等环节拓展，主要业务应用率保持100%。",
             "市商务局", "洛阳海关、市发展改革委", "2026年12月底前"),
            ("开展外商投资企业准入“一件事”集成办理改革，推行外资企业设立登记“全程网办”。",
             "市市场监管局", "市商务局、市政务服务和大数据管理局", "2026年6月底前"),
            ("支持洛阳综合保税区开展保税维修、保税研发业务，新增保税维修项目3个以上。",
             "洛阳综合保税区管委会", "洛阳海关、市商务局", "2027年12月底前"),
        ]),
        ("打造装备制造国际合作高地", [
            ("支持中国一拖、中信重工等企业在哈萨克斯坦、乌兹别克斯坦等国建设海外组装基地和售后服务中心。",
             "市工业和信息化局", "市商务局、市国资委", "2027年12月底前"),
            ("组织企业参加中国—东盟博览会、中国—中亚峰会配套经贸活动等重点展会，年均组织参展企业不少于80家次。",
             "市商务局", "市贸促会、各县（市、区）人民政府", "持续推进"),
            ("对符合条件的境外投资项目和对外承包工程项目给予出口信用保险保费补贴。",
             "市财政局", "市商务局、中国出口信用保险公司河南分公司", "持续推进"),
        ]),
        ("畅通国际物流通道", [
            ("常态化开行洛阳至阿拉木图、塔什干等中欧（亚）班列，2026年开行量达到200列以上。",
             "市交通运输局", "洛阳国际陆港公司、中国铁路郑州局集团有限公司洛阳车务段", "2026年12月底前"),
            ("加快洛阳国际陆港二期建设，完善海关监管作业场所功能。",
             "市发展改革委", "洛阳海关、洛龙区人民政府", "2027年6月底前"),
            ("开通洛阳至青岛港、连云港港海铁联运班列，推动“一单制”全程物流服务。",
             "市交通运输局", "市商务局、洛阳海关", "2026年9月底前"),
        ]),
        ("深化文化旅游和人文交流", [
            ("依托河洛文化旅游节、洛阳牡丹文化节，举办共建“一带一路”国家文化旅游推介活动。",
             "市文化广电和旅游局", "市外办、市贸促会", "每年4月"),
            ("推动龙门石窟研究院与中亚国家开展石窟寺保护合作研究。",
             "龙门石窟研究院", "市文物局", "2027年12月底前"),
            ("支持河南科技大学、洛阳理工学院扩大共建“一带一路”国家留学生招生规模，开展境外办学项目。",
             "市教育局", "市外办", "持续推进"),
        ]),
    ]
    header = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    fill_task_table(doc, header, task_rows(groups), [1.2, 2.2, 5.3, 2.3, 2.6, 2.0], clauses)
    head("三、保障措施")
    runin("（一）加强组织领导。", "市自贸试验区建设领导小组统筹推进方案实施，领导小组办公室设在市商务局，负责日常协调、跟踪督导和考核评估。")
    runin("（二）强化政策支持。", "市财政每年安排自贸试验区发展专项资金不少于5000万元，重点支持制度创新、平台建设和重大项目招引。")
    runin("（三）严格督促落实。", "各牵头单位要制定具体推进计划，明确时间表、路线图，每季度报送工作进展情况；市政府督查室将方案落实情况纳入年度督查重点。")
    body("本方案自2026年3月1日起施行，有效期至2027年12月31日。")
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，洛阳军分区。",
          "洛阳市人民政府办公室", "2026年2月26日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "洛阳市人民政府办公室关于印发洛阳市自贸试验区洛阳片区深化改革创新服务共建“一带一路”工作方案的通知",
            "doc_number": "洛政办〔2026〕9号",
            "issuer": ["洛阳市人民政府办公室"],
            "date": "2026-02-26",
            "published": None,
            "level": "municipal",
            "region": "洛阳市",
            "effective": "2026-03-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "市人民政府各部门", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    stem = "blind961_qinzhou_fujian"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("钦州市人民政府办公室文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=20)
    p = add_par(doc, "钦政办发〔2026〕14号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, manual line break at an odd place, rest wraps
    p = doc.add_paragraph()
    font(p.add_run("钦州市人民政府办公室关于印发钦州市加快"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("西部陆海新通道建设推动向海经济高质量"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("发展工作方案的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1)
    add_par(doc, "各县、区人民政府，中国（广西）自由贸易试验区钦州港片区管委会，市直各委、办、局，各有关单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, FS, 16, True), (t, FS, 16, False)])

    body("经市人民政府同意，现将《钦州市加快西部陆海新通道建设推动向海经济高质量发展工作方案》印发给你们，请认真组织实施。")
    empty(doc, 1)
    p = add_par(doc, "附件：钦州市加快西部陆海新通道建设推动向海经济高质量发展工作方案", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    for t in ("钦州市人民政府办公室", "2026年4月8日"):
        p = add_par(doc, t, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64 if len(t) > 9 else 80)
    add_par(doc, "（此件主动公开）")

    # ------------------------------ 附件 on a new page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("钦州市加快西部陆海新通道建设推动向海经济", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("高质量发展工作方案", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    body("为贯彻落实《西部陆海新通道总体规划》和自治区关于加快西部陆海新通道建设的部署要求，发挥我市作为西部陆海新通道陆海交汇门户港的区位优势，推动港口、产业、城市融合发展，制定本工作方案。")
    head("工作目标")
    body("到2026年底，钦州港集装箱吞吐量达到1000万标准箱，海铁联运班列开行量达到1.2万列；向海经济规模以上工业总产值突破2800亿元；中国（广西）自由贸易试验区钦州港片区累计形成制度创新成果60项以上。")
    head("重点任务")
    body("围绕提升港口能级、降低通道物流成本、推动临港产业集聚、扩大平台开放合作四个方面，实施11项具体措施，任务分工如下：")
    header = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    col_w = [1.2, 2.0, 5.4, 2.4, 2.6, 2.0]
    part1 = [
        ("提升港口能级", [
            ("推进钦州港东航道扩建工程，满足20万吨级集装箱船舶双向通航需求。",
             "市交通运输局", "钦州港片区管委会、北部湾港钦州码头有限公司", "2026年12月底前"),
            ("加快大榄坪南作业区自动化集装箱码头建设，新增集装箱通过能力200万标准箱。",
             "钦州港片区管委会", "市交通运输局、市自然资源局", "2026年12月底前"),
            ("新开、加密至东南亚、南亚及中东的外贸集装箱航线，外贸航线总数达到60条。",
             "市商务局", "市交通运输局、钦州海关", "2026年10月底前"),
        ]),
        ("降低通道物流成本", [
            ("推广海铁联运“一单制”和多式联运提单，扩大“铁路箱下海”“海运箱上路”规模。",
             "市发展改革委(市陆海新通道办)", "中国铁路南宁局集团有限公司钦州车务段、市交通运输局", "持续推进"),
            ("深化“提前申报”“船边直提”“抵港直装”等通关模式，进出口整体通关时间较2025年再压缩10%。",
             "钦州海关", "市商务局、钦州港片区管委会", "2026年12月底前"),
            ("落实港口收费目录清单制度，规范港口经营服务性收费，推动综合物流成本持续下降。",
             "市发展改革委", "市市场监管局、市交通运输局", "持续推进"),
        ]),
        ("推动临港产业集聚", [
            ("推进华谊新材料、恒逸高端绿色化工化纤等重大项目建设，打造绿色化工新材料产业集群。",
             "市工业和信息化局", "钦州港片区管委会、市发展改革委", "2026年12月底前"),
        ]),
    ]
    part2 = [
        ("推动临港产业集聚", [
            ("支持钦州港片区建设面向东盟的粮油、冷链、汽车等大宗商品集散交易中心。",
             "市商务局", "钦州港片区管委会", "2026年12月底前"),
            ("培育新能源汽车整车出口基地，推动商品车海铁联运出口常态化运营。",
             "市工业和信息化局", "市商务局、钦州海关", "2026年11月底前"),
        ]),
        ("扩大平台开放合作", [
            ("复制推广自贸试验区改革试点经验，争取开展跨境贸易投资高水平开放试点。",
             "钦州港片区管委会", "中国人民银行钦州市分行、国家金融监督管理总局钦州监管分局", "2026年9月底前"),
            ("深化与印度尼西亚、马来西亚等东盟国家港口城市合作，推进中马“两国双园”联动发展。",
             "市商务局", "市外办、中马钦州产业园区管委会", "持续推进"),
        ]),
    ]
    rows1 = task_rows(part1)
    rows2 = [(str(len(rows1) + i + 1),) + r[1:] for i, r in enumerate(task_rows(part2))]
    fill_task_table(doc, header, rows1, col_w, clauses)
    # clerk split the table by hand: "续表" + re-typed header, 重点任务 re-typed
    p = add_par(doc, [("续表", KT, 14, False)], indent=False, line=26, before=6)
    p.paragraph_format.page_break_before = True
    fill_task_table(doc, header, rows2, col_w, clauses)
    body("注：各牵头单位于每月5日前将上月工作进展报送市陆海新通道办，联系电话：0777-2826315。")
    head("保障措施")
    item("1.健全工作机制。", "市西部陆海新通道建设领导小组定期研究解决通道建设重大问题，市陆海新通道办负责统筹调度。")
    item("2.加强要素保障。", "优先保障重大港口、铁路、产业项目用地用海需求，2026年安排通道建设资金不少于15亿元。")
    item("3.强化督查考核。", "将任务落实情况纳入市直部门和县区年度绩效考评，对推进不力的单位予以通报。")
    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，钦州军分区。",
          "钦州市人民政府办公室", "2026年4月8日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市人民政府办公室关于印发钦州市加快西部陆海新通道建设推动向海经济高质量发展工作方案的通知",
            "doc_number": "钦政办发〔2026〕14号",
            "issuer": ["钦州市人民政府办公室"],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州市加快西部陆海新通道建设推动向海经济高质量发展工作方案"],
            "doc_type": "通知",
            "recipients": ["各县、区人民政府", "中国（广西）自由贸易试验区钦州港片区管委会",
                           "市直各委、办、局", "各有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_lianyungang():
    stem = "blind961_lianyungang_fengong"
    doc = Document()
    setup(doc, "-", "-")
    clauses = []

    add_par(doc, [("000128", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("连云港市人民政府办公室文件", XBS, 40, False, RED, 80)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    p = add_par(doc, "连政办发〔2025〕58号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("连云港市人民政府办公室关于印发连云港市"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("推进上合组织（连云港）国际物流园高质量"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("发展工作方案（2025—2027年）的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1)
    add_par(doc, "各县、区人民政府，市各开发区（园区）管委会，市各委、办、局，市各直属单位：",
            indent=False)

    # clerk indents with typed full-width spaces, not paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("《连云港市推进上合组织（连云港）国际物流园高质量发展工作方案（2025—2027年）》已经市政府第47次常务会议审议通过，现印发给你们，请认真贯彻落实。")
    empty(doc, 1)
    # 附件说明 with hanging indents so that wrapped lines sit under the title
    p = add_par(doc, "附件：1．连云港市推进上合组织（连云港）国际物流园高质量发展工作方案（2025—2027年）",
                indent=False)
    p.paragraph_format.left_indent = Pt(16 * 7)
    p.paragraph_format.first_line_indent = Pt(-16 * 5)
    p = add_par(doc, "2．重点任务分工表", indent=False)
    p.paragraph_format.left_indent = Pt(16 * 7)
    p.paragraph_format.first_line_indent = Pt(-16 * 2)
    empty(doc, 1)
    for t in ("连云港市人民政府办公室", "二〇二五年十一月十七日"):
        p = add_par(doc, "\t" + t, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6))

    # ------------------------------ 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("连云港市推进上合组织（连云港）国际物流园", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("高质量发展工作方案（2025—2027年）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    body("为高水平建设上合组织（连云港）国际物流园，更好服务共建“一带一路”，制定本方案。")
    head("一、发展目标")
    body("到2027年，物流园集装箱吞吐量达到80万标准箱，中欧（亚）班列年开行量稳定在1000列以上。")
    head("二、主要任务")
    runin("（一）完善陆海联运通道网络。", "稳定开行中欧（亚）班列，拓展跨里海国际运输走廊线路。")
    runin("（二）提升多式联运服务能级。", "推广“一单制”多式联运，深化过境货物通关便利化改革。")
    runin("（三）培育物流园特色产业。", "发展大宗商品交易、冷链物流、保税仓储和跨境电商分拨业务。")
    runin("（四）深化与上合组织国家经贸合作。", "推动与中亚国家物流企业、园区开展对接合作。")
    head("三、保障措施")
    runin("（一）强化统筹协调。", "成立物流园建设推进专班，实行“月调度、季通报、年考核”，各项重点任务分工详见附件2。")
    runin("（二）加大政策支持。", "统筹用好省级服务业发展专项资金和市级开放型经济发展资金。")

    # ------------------------------ 附件2 (landscape section)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.6)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("重点任务分工表", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=8)
    groups = [
        ("完善陆海联运通道网络", [
            ("加快连云港港30万吨级航道二期工程建设，提升港口大型船舶接卸能力。",
             "市交通运输局", "连云港港口集团、连云区人民政府", "2026年12月底前"),
            ("稳定开行连云港至阿拉木图、塔什干、阿什哈巴德等中欧（亚）班列，拓展至伊斯坦布尔、巴库的跨里海线路。",
             "连云港港口集团", "市交通运输局、市商务局", "持续推进"),
            ("推进徐圩港区至物流园铁路专用线建设，打通港区铁路“最后一公里”。",
             "市发展改革委", "市交通运输局、徐圩新区管委会", "2027年6月底前"),
        ]),
        ("提升多式联运服务能级", [
            ("推广“一单制”多式联运提单，开展多式联运“一箱到底”试点。",
             "市交通运输局", "连云港海关、连云港港口集团", "2026年6月底前"),
            ("推行过境货物“直通式”监管和“铁路快通”模式，压缩转关货物作业时间。",
             "连云港海关", "市商务局、市口岸办", "2025年12月底前"),
            ("建设多式联运数字服务平台，实现港口、铁路、海关数据实时共享。",
             "市政务服务管理办公室", "市交通运输局、连云港海关", "2026年12月底前"),
        ]),
        ("培育物流园特色产业", [
            ("建设面向上合组织国家的粮食、有色金属、木材等大宗商品交易中心。",
             "市商务局", "连云区人民政府、连云港港口集团", "2027年12月底前"),
            ("发展冷链物流、保税仓储和跨境电商分拨业务，引进供应链管理企业20家以上。",
             "连云港综合保税区管委会", "市商务局、市发展改革委", "2027年12月底前"),
            ("支持物流园申建进口粮食、肉类指定监管场地，拓展进口业务品类。",
             "连云港海关", "连云区人民政府、市商务局", "2026年9月底前"),
        ]),
        ("深化与上合组织国家经贸合作", [
            ("办好中国—上海合作组织国际物流合作论坛，推动与哈萨克斯坦、乌兹别克斯坦等国物流企业签订合作协议。",
             "市商务局", "市外办、市贸促会", "每年9月"),
            ("推进中国（江苏）自由贸易试验区连云港片区与霍尔果斯经济开发区协同发展，共建跨境产业合作园区。",
             "中国（江苏）自由贸易试验区连云港片区管委会", "市商务局、市发展改革委", "持续推进"),
        ]),
    ]
    top = ["序号", "重点任务", "具体措施", "责任单位", None, "完成时限"]
    sub = [None, None, None, "牵头单位", "配合单位", None]
    keys = ["序号", "重点任务", "具体措施", "责任单位／牵头单位", "责任单位／配合单位", "完成时限"]
    fill_task_table(doc, None, task_rows(groups), [1.2, 3.2, 9.4, 3.6, 4.2, 2.9], clauses,
                    keys=keys, header_rows=[top, sub])
    p = add_par(doc, [("注：完成时限为“持续推进”的任务，各牵头单位每年12月10日前报送年度推进情况。", FS, 14, False)],
                indent=False, line=24, before=4)
    clauses.append("注：完成时限为“持续推进”的任务，各牵头单位每年12月10日前报送年度推进情况。")
    # 版记 (landscape width)
    empty(doc, 1)
    p = add_par(doc, [("抄送：市委各部门，市人大常委会办公室，市政协办公室，连云港军分区，连云港海关。", FS, 14, False)],
                indent=False, line=24)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("连云港市人民政府办公室", FS, 14, False), ("\t", FS, 14, False),
                       ("2025年11月17日印发", FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(24.3), 2)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港市人民政府办公室关于印发连云港市推进上合组织（连云港）国际物流园高质量发展工作方案（2025—2027年）的通知",
            "doc_number": "连政办发〔2025〕58号",
            "issuer": ["连云港市人民政府办公室"],
            "date": "2025-11-17",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": ["连云港市推进上合组织（连云港）国际物流园高质量发展工作方案（2025—2027年）",
                            "重点任务分工表"],
            "doc_type": "通知",
            "recipients": ["各县、区人民政府", "市各开发区（园区）管委会", "市各委、办、局", "市各直属单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_luoyang(), doc_qinzhou(), doc_lianyungang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
