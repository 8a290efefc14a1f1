# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1033: 市政府专题会议纪要 (中欧班列 / 自贸试验区) + 自贸片区管委会办公会议纪要.

Writes Word files, PDFs (LibreOffice) and expected.json into this script's directory.
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
FSX = "仿宋"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
CN = "一二三四五六七八九十"

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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def field(p, instr, name, size, shown="1"):
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


def setup(doc, body_font=FS, footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":
        font(fp.add_run("- "), SONG, 14)
        field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" -"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5, "2")
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1033", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, first))
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
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": "municipal", "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": "纪要", "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# ======================================================= DOC A  郑州 专题会议纪要
def doc_zhengzhou():
    stem = "blind1033_zhengzhou_jiyao"
    doc = Document()
    setup(doc, FS, "dash")
    clauses = []

    add_par(doc, [("内部资料", HT, 16, False)], indent=False)
    add_par(doc, [("郑州市人民政府", XBS, 40, False, RED)], align=C, indent=False, line=56,
            before=18)
    add_par(doc, [("专 题 会 议 纪 要", XBS, 40, False, RED)], align=C, indent=False, line=56)
    empty(doc, 1)
    add_par(doc, "〔2026〕23号", align=C, indent=False)
    # 编印单位 left, date right via right tab stop; red rule under it
    p = add_par(doc, [("郑州市人民政府办公室", FS, 16, False), ("\t", FS, 16, False),
                      ("2026年3月16日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    add_par(doc, [("关于加快推进中欧班列（中豫号）郑州集结", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("中心建设有关事项的会议纪要", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("2026年3月12日下午，副市长周晓峰主持召开专题会议，研究中欧班列（中豫号）郑州集结中心建设和2026年班列开行有关工作。会议听取了市商务局、郑州国际陆港开发建设有限公司关于中欧班列（中豫号）2025年运营情况和集结中心项目建设进展的汇报。会议指出，2025年中欧班列（中豫号）郑州线路累计开行2386列，同比增长11.2%，运输货值652.3亿元，集结中心示范工程建设取得阶段性成效，但仍存在回程货源组织不足、场站能力趋于饱和、补贴依赖度偏高等问题。现将会议议定事项纪要如下：")
    runin("一、关于2026年班列开行目标。", "会议原则同意市商务局提出的2026年开行计划，明确全年开行中欧班列（中豫号）郑州线路不少于2600列，其中回程班列占比不低于45%，运输货值突破700亿元。市商务局要会同郑州国际陆港开发建设有限公司将年度目标分解到季度、到线路，每月5日前向市政府报送上月开行情况。")
    head("二、关于集结中心示范工程建设")
    runin("（一）加快圃田站扩能改造。", "郑州国际陆港开发建设有限公司要会同中国铁路郑州局集团有限公司，加快推进圃田站二期扩能改造工程，确保2026年9月底前完成到发线延长和集装箱堆场扩建，年作业能力由60万标准箱提升至85万标准箱。", KT, True)
    runin("（二）保障项目建设用地。", "市自然资源和规划局要对集结中心北区物流仓储项目新增用地约326亩优先安排年度用地计划指标，4月底前完成规划条件出具；郑州经开区管委会负责做好征收补偿和地面附着物清表工作，6月底前实现净地交付。", KT, True)
    runin("（三）落实项目建设资金。", "项目总投资18.6亿元，其中申请中央预算内投资和超长期特别国债资金4.2亿元，由市发展改革委牵头争取；市财政局要统筹市级开放型经济发展专项资金，2026年安排项目资本金1.5亿元；其余部分由郑州国际陆港开发建设有限公司通过银行贷款、发行企业债券等方式解决。", KT, True)
    head("三、关于优化班列运营补贴政策")
    body("会议原则同意市商务局、市财政局提出的补贴政策调整方向，由“按列补贴”向“按箱、按货值补贴”转变，逐步推动班列市场化运营。具体按以下原则把握：")
    body("1.补贴总额逐年退坡。2026年市级班列运营补贴总额控制在3.8亿元以内，较2025年压减10%，退坡节省的资金优先用于回程班列和冷链、跨境电商等特色班列。")
    body("2.重点支持回程货源组织。对组织进口整车、冷链食品、木材等回程货源的企业，按实际运输标准箱给予奖励，具体标准由市商务局会同市财政局另行制定。")
    body("3.严格资金监管。市财政局要会同市审计局建立补贴资金全过程绩效评价机制，杜绝“空箱运行”“虚报货值”等问题，对违规套取补贴的企业依法依规追回资金，并纳入失信联合惩戒名单。")
    runin("四、关于提升口岸通关便利化水平。", "郑州海关要在圃田站全面推广“铁路快通”模式和多式联运“一单制”，将中欧班列进口、出口货物平均通关时间分别压缩至8小时和2小时以内；加快建设郑州国际陆港智能查验中心，2026年底前投入使用。市商务局要协调推动中欧班列（中豫号）与郑州航空港“空陆联运”数据互通，支持企业开展“班列+跨境电商”业务。")
    runin("五、关于加强组织协调。", "建立中欧班列（中豫号）郑州集结中心建设工作专班，由周晓峰副市长任组长，王立群副秘书长任副组长，成员由与会单位分管负责同志组成，专班办公室设在市商务局，负责日常协调调度。专班每季度召开一次调度会。")
    empty(doc, 1)

    # 出席 / 列席 / 记录: hanging indent so wrapped lines align after the colon
    def att(t):
        clauses.append(t)
        p = add_par(doc, t, indent=False)
        p.paragraph_format.left_indent = Pt(48)
        p.paragraph_format.first_line_indent = Pt(-48)

    att("出席：周晓峰")
    att("列席：王立群（市政府副秘书长）、刘涛（市发展改革委）、陈静（市商务局）、赵国强（市财政局）、孙明远（市自然资源和规划局）、李红军（市交通运输局）、马建设（郑州海关）、郭宏伟（中国铁路郑州局集团有限公司）、张鹏飞（郑州国际陆港开发建设有限公司）、黄丽（郑州经开区管委会）")
    att("记录：吴佳（市政府办公室）")

    # 版记 (分送 + 印发)
    empty(doc, 1)
    p = add_par(doc, [("分送：市委办公厅，市人大常委会办公厅，市政协办公室，省商务厅，省发展改革委，市发展改革委、商务局、财政局、自然资源和规划局、交通运输局、审计局，郑州海关，中国铁路郑州局集团有限公司，郑州国际陆港开发建设有限公司，郑州经开区管委会。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("郑州市人民政府办公室", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年3月16日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="关于加快推进中欧班列（中豫号）郑州集结中心建设有关事项的会议纪要",
                     doc_number="〔2026〕23号", issuer=["郑州市人民政府"],
                     date="2026-03-16", region="郑州市"),
        "clauses": clauses,
    }]
    return path


# =============================================== DOC B  洛阳片区 主任办公会议纪要 (informal)
def doc_luoyang():
    stem = "blind1033_luoyang_bangonghui"
    doc = Document()
    setup(doc, FSX, "pageof")
    clauses = []
    SP = "    "  # clerk indents with four half-width spaces

    add_par(doc, [("中国（河南）自由贸易试验区洛阳片区管理委员会", SONG, 18, True)],
            align=C, indent=False, line=30)
    add_par(doc, [("办公会议纪要", SONG, 36, True)], align=C, indent=False, line=50, before=6)
    add_par(doc, [("2026年第5期", FSX, 16, False)], align=C, indent=False)
    p = add_par(doc, [("洛阳片区管委会综合办公室" + " " * 26 + "2026年4月9日", FSX, 15, False)],
                indent=False)
    border(p, "bottom", "000000", 12, 4)
    empty(doc, 1)
    add_par(doc, [("洛阳片区管委会2026年第5次主任办公会议纪要", SONG, 18, True)],
            align=C, indent=False, line=32)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, [(SP + t, FSX, 16, False)], indent=False)

    def head(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    body("2026年4月8日上午，管委会常务副主任李卫东在片区政务服务中心三楼会议室主持召开2026年第5次主任办公会议，研究片区制度创新、综合保税区申建、中欧班列（中豫号）洛阳线路运营等事项。现将会议主要精神纪要如下：")
    head("一、关于2026年制度创新工作")
    body("会议听取了综合协调部关于2026年制度创新任务清单的汇报。会议认为，2025年片区共形成制度创新成果27项，其中“研发用途进口设备‘白名单’管理”等3项入选省级最佳实践案例，但在首创性、系统集成性方面与先进片区相比仍有差距。")
    body("会议要求：")
    body("1、各部门要围绕智能装备制造、新材料、文化旅游等主导产业，2026年每个部门至少形成1项具有首创性的制度创新成果，6月底前报综合协调部汇总。")
    body("2、综合协调部牵头建立制度创新成果培育库，实行“月调度、季评估”，对入库事项给予不超过20万元的专项经费支持。")
    body("3.对接省自贸办做好第五批省级最佳实践案例申报工作，4月25日前完成材料报送。")
    head("二、关于洛阳综合保税区申建工作")
    body("会议听取了经济发展部关于洛阳综合保税区申建进展情况的汇报，同意按照“一次规划、分期建设”的思路推进，规划面积1.86平方公里，首期围网面积0.92平方公里。")
    body("会议明确：(1)经济发展部牵头修改完善申建材料，5月15日前报市政府审定后上报省政府；(2)规划建设部负责6月底前完成围网区控制性详细规划调整；(3)财政金融部要研究设立综保区基础设施建设专项资金，初步匡算首期建设投资4.5亿元，5月底前提出资金筹措方案报管委会。")
    # run-in item, heading words typed in bold 黑体 on same line
    h = "三、关于中欧班列（中豫号）洛阳线路运营有关问题。"
    t = "会议指出，2025年洛阳线路累计开行86列，运输货值9.7亿元，但存在回程货源不足、本地企业参与度不高等问题。会议要求投资促进部会同洛阳国际陆港物流有限公司，加大对本地装备制造、新材料重点企业的对接服务力度，力争2026年开行突破120列。对企业反映的拼箱集货场地不足问题，由规划建设部协调洛阳铁路物流中心临时调剂堆场约20亩，4月底前解决。"
    clauses.append(h + t)
    add_par(doc, [(SP, FSX, 16, False), (h, HT, 16, False), (t, FSX, 16, False)], indent=False)
    head("四、其他事项")
    body("（一）会议同意片区2026年招商推介活动方案，由投资促进部按程序组织实施，活动经费控制在35万元以内。")
    body("（二）会议要求各部门严格落实首问负责制和限时办结制，自4月份起，综合办公室对会议议定事项每半月通报一次办理进度。")
    body("会议议定事项任务分工如下：")

    rows = [
        ["1", "修改完善综合保税区申建材料", "经济发展部", "财政金融部、规划建设部", "2026年5月15日"],
        ["2", "完成围网区控制性详细规划调整", "规划建设部", "经济发展部", "2026年6月30日"],
        ["3", "申报第五批省级最佳实践案例", "综合协调部", "各部门", "2026年4月25日"],
        ["4", "协调调剂班列拼箱集货堆场", "规划建设部", "投资促进部、洛阳国际陆港物流有限公司", "2026年4月30日"],
        ["5", "提出综保区建设资金筹措方案", "财政金融部", "经济发展部", "2026年5月31日"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0 = t.rows[0].cells
    h1 = t.rows[1].cells
    a = h0[0].merge(h1[0])
    set_cell(a, "序号", SONG, 12, True)
    a = h0[1].merge(h1[1])
    set_cell(a, "议定事项", SONG, 12, True)
    a = h0[2].merge(h0[3])
    set_cell(a, "责任分工", SONG, 12, True)
    set_cell(h1[2], "牵头部门", SONG, 12, True)
    set_cell(h1[3], "配合单位", SONG, 12, True)
    a = h0[4].merge(h1[4])
    set_cell(a, "完成时限", SONG, 12, True)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "议定事项", "责任分工／牵头部门", "责任分工／配合单位", "完成时限"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, SONG, 12, align=L if ci in (1, 3) else C)
        clauses.append("；".join("%s：%s" % (hh, v) for hh, v in zip(hdr, row)))
    col_widths(t, [1.3, 5.0, 2.6, 4.4, 2.9])

    empty(doc, 1)
    body("参加人员：李卫东、王晓丽、陈志远、刘洋、周海燕；综合协调部、经济发展部、投资促进部、规划建设部、财政金融部主要负责同志。")
    body("记录人：杨帆")
    empty(doc, 1)
    add_par(doc, [("分送：管委会领导，各部门，存档。", FSX, 14, False)], indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="洛阳片区管委会2026年第5次主任办公会议纪要",
                     doc_number="2026年第5期",
                     issuer=["中国（河南）自由贸易试验区洛阳片区管理委员会"],
                     date="2026-04-09", region="洛阳市"),
        "clauses": clauses,
    }]
    return path


# ===================================================== DOC C  连云港 专题会议纪要 第17期
def doc_lianyungang():
    stem = "blind1033_lianyungang_jiyao"
    doc = Document()
    setup(doc, FS, "hyphen")
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("连云港市人民政府", XBS, 36, False, RED)], align=C, indent=False,
            line=50)
    add_par(doc, [("专题会议纪要", XBS, 36, False, RED)], align=C, indent=False, line=50)
    add_par(doc, "第17期", align=C, indent=False)
    p = add_par(doc, [("连云港市人民政府办公室编" + "\u3000" * 7 + "2026年5月22日", FS, 16, False)],
                indent=False)
    border(p, "bottom", "FF0000", 24, 6, "thickThinSmallGap")
    empty(doc, 1)
    # title: one paragraph, two soft line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("关于研究中国（江苏）自由贸易试验区连云港"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("片区制度创新和中欧（亚）班列扩量提质"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("有关工作的会议纪要"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    heads = [0]

    def head(t, rest=None):
        heads[0] += 1
        runs = [(t, HT, 16, False)]
        if rest:
            runs.append((rest, FS, 16, False))
            clauses.append(CN[heads[0] - 1] + "、" + t + rest)
        p = add_par(doc, runs, first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("2026年5月19日上午，副市长徐海鹏主持召开专题会议，研究中国（江苏）自由贸易试验区连云港片区（以下简称连云港片区）制度创新和中欧（亚）班列扩量提质有关工作。会议听取了连云港片区管委会、市商务局的工作汇报。现将会议议定事项纪要如下：")
    head("关于连云港片区制度创新工作")
    body("会议指出，连云港片区挂牌以来，累计形成制度创新成果196项，其中“国际班列运邮”“海铁联运‘一单制’”等11项在全国复制推广。但仍存在首创性成果偏少、部分事项落地效果不明显等问题。")
    runin("（一）聚焦重点领域开展首创性探索。", "连云港片区管委会要围绕国际物流枢纽、大宗商品贸易、医药产业等特色领域，谋划实施一批差异化改革事项，2026年力争形成省级以上制度创新成果15项，其中在全国复制推广或获评国家级最佳实践案例1项以上。")
    runin("（二）推动已出台改革事项落地见效。", "对2025年以来出台的42项改革举措，由市商务局（市自贸办）牵头组织开展落地情况评估，6月底前形成评估报告；对落地效果不明显的事项，明确责任单位限期整改。")
    head("关于中欧（亚）班列扩量提质工作")
    body("会议强调，中欧（亚）班列是我市服务共建“一带一路”的标志性工程，要推动班列开行由“量的增长”向“质的提升”转变。")
    runin("（一）稳定开行规模。", "2026年全市中欧（亚）班列开行力争达到1100列，同比增长10%以上，其中回程班列不少于300列。市交通运输局（市港口局）要会同连云港港口控股集团有限公司积极争取计划运力。")
    runin("（二）拓展特色线路。", "支持开行连云港至中亚五国“班列+公路”联运线路，加快培育经跨里海国际运输走廊至阿塞拜疆、格鲁吉亚的新线路。")
    runin("（三）完善支持政策。", "市财政局、市商务局要在6月底前完成《连云港市中欧（亚）班列发展专项资金管理办法》修订，2026年安排专项资金1.2亿元，重点支持回程货源组织和过境集装箱业务。")
    head("关于项目建设和要素保障")
    body("1．上合组织（连云港）国际物流园二期项目由连云区政府负责推进，9月底前完成集装箱堆场主体工程；所需建设用地约215亩，由市自然资源和规划局优先保障。")
    body("2．连云港海关要加快推进铁路口岸智慧监管平台建设，8月底前实现海铁联运货物“一次申报、一次查验、一次放行”。")
    head("关于工作推进机制。", "各责任单位要按照附件任务分工，每月10日前将上月工作进展报市商务局（市自贸办），由其汇总后报市政府。市政府督查室要定期通报办理情况。")
    empty(doc, 1)
    p = add_par(doc, "附件：2026年连云港片区制度创新和中欧（亚）班列扩量提质重点任务分工表")
    p.paragraph_format.left_indent = Pt(0)

    for t in ("出席：徐海鹏",
              "列席：市政府孙建副秘书长，市发展改革委陈晓，市商务局（市自贸办）周文杰，市财政局李娜，市自然资源和规划局钱勇，市交通运输局（市港口局）韩冬，连云港海关赵振华，连云区政府许强，连云港片区管委会郑伟，连云港港口控股集团有限公司魏东升",
              "记录：市政府办公室　刘畅"):
        clauses.append(t)
        add_par(doc, t, indent=False)

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = doc.add_paragraph()
    font(p.add_run("2026年连云港片区制度创新和中欧（亚）班列"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("扩量提质重点任务分工表"), XBS, 20)
    fmt(p, align=C, indent=False, line=32, before=6, after=10)

    hdr = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    part1 = [
        ["1", "形成省级以上制度创新成果15项", "连云港片区管委会", "市商务局（市自贸办）", "2026年12月底"],
        ["2", "开展2025年以来改革举措落地情况评估", "市商务局（市自贸办）", "连云港片区管委会", "2026年6月底"],
        ["3", "全年开行中欧（亚）班列1100列，其中回程班列不少于300列", "市交通运输局（市港口局）", "连云港港口控股集团有限公司", "2026年12月底"],
        ["4", "开行“班列+公路”联运线路和跨里海走廊新线路", "连云港港口控股集团有限公司", "市交通运输局（市港口局）、市商务局", "2026年10月底"],
    ]
    part2 = [
        ["5", "修订《连云港市中欧（亚）班列发展专项资金管理办法》", "市财政局、市商务局", "市交通运输局（市港口局）", "2026年6月底"],
        ["6", "完成上合物流园二期集装箱堆场主体工程", "连云区政府", "市自然资源和规划局", "2026年9月底"],
        ["7", "建设铁路口岸智慧监管平台", "连云港海关", "市商务局（市自贸办）", "2026年8月底"],
    ]

    def table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, hh in enumerate(hdr):
            set_cell(t.rows[0].cells[i], hh, HT, 10.5)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 1 else C, line=18)
            clauses.append("；".join("%s：%s" % (hh, v) for hh, v in zip(hdr, row)))
        col_widths(t, [1.2, 5.0, 3.2, 3.2, 3.0])
        return t

    table(part1 + part2)
    note = "注：各牵头单位每月10日前将工作进展报市商务局（市自贸办），12月底前报送全年完成情况。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)

    # 版记
    empty(doc, 1)
    p = add_par(doc, [("分送：市委办公室，市人大常委会办公室，市政协办公室，省商务厅，市各有关部门，连云港海关，连云区政府，连云港片区管委会，连云港港口控股集团有限公司。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("连云港市人民政府办公室" + "\u3000" * 6 + "2026年5月22日印发", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="关于研究中国（江苏）自由贸易试验区连云港片区制度创新和中欧（亚）班列扩量提质有关工作的会议纪要",
                     doc_number="第17期", issuer=["连云港市人民政府"],
                     date="2026-05-22", region="连云港市",
                     attachments=["2026年连云港片区制度创新和中欧（亚）班列扩量提质重点任务分工表"]),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhengzhou(), doc_luoyang(), doc_lianyungang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
