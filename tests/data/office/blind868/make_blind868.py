# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 868: 政府采购意向公开与采购需求（自贸区管委会，表格式）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
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
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, landscape=False):
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
        s.top_margin, s.bottom_margin = Cm(2.6), Cm(2.4)
        s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    else:
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
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(16 if size < 12 else max(20, round(size * 1.25)))
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl.tblPr
    tblpr_put(tblpr, parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(Cm(sum(widths)).twips))))
    tblpr_put(tblpr, parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for tr in tbl.tr_lst:
        for i, tc in enumerate(tr.tc_lst):
            # width of a (possibly horizontally merged) cell
            span = tc.grid_span
            start = sum(t.grid_span for t in tr.tc_lst[:i])
            tc.width = Cm(sum(widths[start:start + span]))


TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
               "shd", "tblLayout", "tblCellMar", "tblLook"]


def tblpr_put(tblpr, el):
    tag = el.tag.split("}")[1]
    old = tblpr.find(qn("w:" + tag))
    if old is not None:
        tblpr.remove(old)
    idx = TBLPR_ORDER.index(tag)
    for child in tblpr:
        ctag = child.tag.split("}")[1]
        if ctag in TBLPR_ORDER and TBLPR_ORDER.index(ctag) > idx:
            child.addprevious(el)
            return
    tblpr.append(el)


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr_put(tblpr, parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
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
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_868", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 烟台片区 采购意向公告: landscape, no 红头, long table, vertical merges
def doc_yantai():
    stem = "blind868_yantai_yixiang"
    doc = Document()
    setup(doc, landscape=True)
    clauses = []

    # title typed as two paragraphs, broken at an odd place
    add_par(doc, [("中国（山东）自由贸易试验区烟台片区管理委员会2026年5至", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("7月政府采购意向公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("（发布日期：2026年4月21日）", KT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26, before=4)
    empty(doc, 1, line=14)

    t0 = ("为便于供应商及时了解政府采购信息，根据《财政部关于开展政府采购意向公开工作的通知》"
          "（财库〔2020〕10号）等有关规定，现将中国（山东）自由贸易试验区烟台片区管理委员会"
          "2026年5至7月采购意向公开如下：")
    clauses.append(t0)
    add_par(doc, [(IND + t0, FS, 16, False)], indent=False)

    hdr = ["序号", "采购单位", "采购项目名称", "采购需求概况", "预算金额（万元）",
           "预计采购时间（填写到月）", "备注"]
    U1 = "烟台片区管理委员会（本级）"
    U2 = "烟台片区综合服务中心"
    U3 = "烟台片区投资促进中心"
    rows = [
        ["1", U1, "烟台片区制度创新成果第三方评估及案例编写服务",
         "对片区2025年度形成的制度创新成果开展第三方评估，梳理提炼不少于20个典型案例，形成评估报告和案例汇编各1份。",
         "68.00", "2026年5月", "—"],
        ["2", U1, "片区政务服务大厅自助终端设备采购",
         "采购政务服务自助终端12台、智能排队叫号系统1套，含安装调试、系统对接及3年质保。",
         "96.50", "2026年5月", "专门面向中小企业采购"],
        ["3", U1, "2026年度常年法律顾问服务",
         "为管委会提供合同审查、规范性文件合法性审核、涉外投资法律咨询等常年法律顾问服务，服务期1年。",
         "24.00", "2026年6月", "—"],
        ["4", U2, "片区综合服务大楼物业管理服务",
         "对片区综合服务大楼（建筑面积约2.36万平方米）提供保洁、秩序维护、设施设备运行维护等物业管理服务，服务期2年。",
         "386.00", "2026年6月", "专门面向中小企业采购"],
        ["5", U2, "片区数字孪生管理平台（一期）建设项目",
         "建设片区三维地图底座、产业经济运行监测、重点项目调度等功能模块，实现与烟台市城市运行管理服务平台数据对接，建设期8个月。",
         "1150.00", "2026年7月", "已开展需求调查"],
        ["6", U2, "新能源公务用车租赁服务",
         "租赁新能源公务用车6辆，租期2年，租金含车辆保险、维修保养及年检费用。",
         "57.60", "2026年7月", "—"],
        ["7", U3, "2026年日韩产业对接系列招商活动服务",
         "在日本东京、韩国首尔等地举办产业对接及项目推介活动3场，负责场地租赁、会务组织、嘉宾邀请及宣传推广。",
         "180.00", "2026年5月", "—"],
        ["8", U3, "RCEP企业服务中心运营服务",
         "运营片区RCEP企业服务中心，提供原产地规则咨询、关税减让查询、经贸规则培训等服务，年培训企业不少于800家次。",
         "135.00", "2026年6月", "—"],
        ["9", U3, "片区招商宣传片制作及海外媒体推广服务",
         "制作中、英、日、韩四个语种招商宣传片各1部，并在共建“一带一路”国家主流媒体开展推广。",
         "88.40", "2026年7月", "—"],
        ["合计", "—", "—", "—", "2185.50", "—", "—"],
    ]
    def intent_table(part, merges):
        t = doc.add_table(rows=1 + len(part), cols=len(hdr))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        for ri, row in enumerate(part, 1):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 3) else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
            clauses.append(row_clause(hdr, row))
        col_widths(t, [1.3, 3.4, 4.4, 9.0, 2.4, 2.8, 2.4])
        # merge 采购单位 vertically per unit
        for a, b, u in merges:
            m = t.cell(a, 1).merge(t.cell(b, 1))
            set_cell(m, u, FS, 12)

    # the clerk cut the table by hand at the page end and typed 续表 over a copied header
    intent_table(rows[:3], [(1, 3, U1)])
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    intent_table(rows[3:], [(1, 3, U2), (4, 6, U3)])

    empty(doc, 1, line=14)
    n1 = "说明：1.本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。"
    n2 = "2.预算金额为采购项目预算，不作为最高限价；对本次公开的采购意向有疑问的，可向烟台片区财政金融部咨询(联系电话:0535-6397251)。"
    clauses.extend([n1, n2])
    add_par(doc, [(n1, FS, 14, False)], indent=False, line=24)
    p = add_par(doc, [("      " + n2, FS, 14, False)], indent=False, line=24)
    empty(doc, 1)
    add_par(doc, " " * 36 + "中国（山东）自由贸易试验区烟台片区管理委员会", indent=False)
    add_par(doc, " " * 50 + "2026年4月20日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（山东）自由贸易试验区烟台片区管理委员会2026年5至7月政府采购意向公告",
            "doc_number": None,
            "issuer": ["中国（山东）自由贸易试验区烟台片区管理委员会"],
            "date": "2026-04-20",
            "published": "2026-04-21",
            "level": "municipal",
            "region": "烟台市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 钦州港片区 采购需求征求意见公告: red 版头 (2 lines), 文号, merged header, ★ table, 附件 with 续表
def doc_qinzhou():
    stem = "blind868_qinzhou_xuqiu"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    add_par(doc, [("钦州港片区管理委员会", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=46)
    empty(doc, 1)
    p = add_par(doc, "钦自贸管〔2026〕17号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, three lines with Shift+Enter
    p = doc.add_paragraph()
    font(p.add_run("钦州港片区管理委员会关于西部陆海新通道"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("多式联运公共信息服务平台建设项目"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("采购需求征求意见的公告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t, f=HT):
        add_par(doc, [(t, f, 16, False)])

    body("为提高采购需求编制的科学性、合理性，根据《政府采购需求管理办法》（财库〔2021〕22号）等规定，现将本项目采购需求予以公开，征求潜在供应商和社会各界意见。有关事项公告如下：")
    head("一、项目基本情况")
    body("（一）项目名称：西部陆海新通道多式联运公共信息服务平台建设项目（项目编号：QZGPQ-2026-031）。")
    body("（二）采购人：中国（广西）自由贸易试验区钦州港片区管理委员会；拟采用采购方式：公开招标。")
    body("（三）预算金额：1280.00万元（2026年度896.00万元，2027年度384.00万元），最高限价同预算金额。预算分项如下：")

    add_par(doc, [("表1　项目预算分项表", HT, 14, False), ("（金额单位：万元）", FS, 12, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24)
    t = doc.add_table(rows=2 + 5, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header
    c = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(c, "序号", HT, 10.5)
    c = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(c, "分项名称", HT, 10.5)
    c = t.cell(0, 2).merge(t.cell(0, 4)); set_cell(c, "预算金额", HT, 10.5)
    set_cell(t.cell(1, 2), "小计", HT, 10.5)
    set_cell(t.cell(1, 3), "2026年", HT, 10.5)
    set_cell(t.cell(1, 4), "2027年", HT, 10.5)
    c = t.cell(0, 5).merge(t.cell(1, 5)); set_cell(c, "备注", HT, 10.5)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    hdr = ["序号", "分项名称", "预算金额／小计", "预算金额／2026年", "预算金额／2027年", "备注"]
    rows = [
        ["1", "软件开发及数据对接", "620.00", "434.00", "186.00", "含7个功能模块"],
        ["2", "硬件设备购置及政务云资源租用", "410.00", "287.00", "123.00", "详见附件"],
        ["3", "系统集成及网络安全等级保护测评", "150.00", "105.00", "45.00", "—"],
        ["4", "项目监理及首年运维服务", "100.00", "70.00", "30.00", "—"],
        ["合计", "—", "1280.00", "896.00", "384.00", "—"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=al)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.3, 5.3, 2.0, 2.0, 2.0, 3.0])

    head("二、采购需求")
    head("（一）功能需求", KT)
    hdr2 = ["序号", "功能模块", "需求描述", "需求属性"]
    rows2 = [
        ["1", "多式联运“一单制”服务", "支持海运、铁路、公路多式联运电子运单签发、流转和查询，实现“一次委托、一单到底、一次结算”。", "★实质性要求"],
        ["2", "港口作业数据集成", "对接钦州港集装箱码头生产作业系统，实时获取船舶靠离泊、集装箱进出闸等数据，更新延迟不超过5分钟。", "★实质性要求"],
        ["3", "海铁联运班列信息服务", "对接铁路部门相关系统，提供西部陆海新通道海铁联运班列的订舱、在途跟踪和到达预报服务。", "一般要求"],
        ["4", "国际贸易“单一窗口”对接", "与中国（广西）国际贸易“单一窗口”实现数据互联互通，支持报关、报检数据一次录入、分别申报。", "★实质性要求"],
        ["5", "东盟跨境物流信息服务", "提供至越南、泰国、新加坡等东盟国家主要港口的航线、船期、运价查询，支持中文、英文、越南文界面。", "一般要求"],
        ["6", "数据安全", "系统须通过网络安全等级保护第三级测评，数据存储于境内，关键数据加密传输和存储。", "★实质性要求"],
        ["7", "统计分析及大屏展示", "提供通道运行指标统计分析和可视化大屏展示，支持按日、月、年生成运行报表。", "一般要求"],
    ]
    t2 = doc.add_table(rows=1 + len(rows2), cols=4)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t2.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t2.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t2.rows[ri].cells[ci], v, FS, 10.5, align=al)
        clauses.append(row_clause(hdr2, row))
    col_widths(t2, [1.2, 3.4, 8.4, 2.6])
    note = "注：标注“★”的为实质性要求，供应商不满足的，其投标无效；其余为一般要求。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)

    head("（二）商务需求", KT)
    body("1.交付期限：合同签订之日起10个月内完成系统建设并通过初步验收，试运行期3个月。")
    body("2.付款方式：合同签订后支付合同总价的30%；初步验收合格后支付至60%；终验合格后支付至95%；余款5%作为质量保证金，质保期满后无息支付。")
    body("3.质保及售后服务：终验合格之日起免费质保不少于2年，提供7×24小时技术支持，故障响应时间不超过1小时。")
    clauses.append("（三）供应商资格要求。满足《中华人民共和国政府采购法》第二十二条规定；本项目不接受联合体投标，不允许分包，不专门面向中小企业采购。")
    add_par(doc, [("（三）供应商资格要求。", KT, 16, False),
                  ("满足《中华人民共和国政府采购法》第二十二条规定；本项目不接受联合体投标，不允许分包，不专门面向中小企业采购。", FS, 16, False)])
    head("三、意见反馈")
    body("（一）征求意见时间：2026年3月10日至16日。")
    body("（二）反馈方式：书面意见（加盖公章）发送至qzgpq_cgxq@163.com，联系电话：0777-3885216。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：多式联运公共信息服务平台主要软硬件配置清单")
    empty(doc, 1)
    p = add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年3月9日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(96)

    # ---- attachment on its own page, table broken by hand with 续表
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("多式联运公共信息服务平台", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("主要软硬件配置清单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    hdr3 = ["序号", "名称", "主要技术参数", "单位", "数量", "备注"]
    part1 = [
        ["1", "应用服务器", "2路CPU，单颗≥32核；内存≥512GB；系统盘2×960GB SSD", "台", "6", "国产化"],
        ["2", "数据库服务器", "2路CPU，单颗≥32核；内存≥1TB；数据盘8×3.84TB NVMe SSD", "台", "2", "国产化"],
        ["3", "分布式存储", "可用容量≥200TB，支持块、文件、对象存储", "套", "1", "—"],
        ["4", "核心交换机", "交换容量≥50Tbps，支持万兆/25G/100G端口", "台", "2", "—"],
        ["5", "下一代防火墙", "吞吐量≥20Gbps，支持入侵防御、病毒防护", "台", "2", "—"],
    ]
    part2 = [
        ["6", "数据库审计系统", "支持主流国产数据库，审计日志保存≥180天", "套", "1", "—"],
        ["7", "可视化大屏", "55英寸液晶拼接屏，3×4拼接，拼缝≤0.88mm", "套", "1", "—"],
        ["8", "服务器操作系统", "国产服务器操作系统，含3年原厂服务", "套", "8", "国产化"],
        ["9", "政务云资源租用", "计算资源128vCPU/512GB内存，存储50TB，租期1年", "项", "1", "—"],
    ]

    def cfg_table(rows_):
        tt = doc.add_table(rows=1 + len(rows_), cols=6)
        tt.style = "Table Grid"
        tt.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr3):
            set_cell(tt.rows[0].cells[i], h, HT, 10.5)
        repeat_header(tt.rows[0])
        for ri, row in enumerate(rows_, 1):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(tt.rows[ri].cells[ci], v, FS, 10.5, align=al)
            clauses.append(row_clause(hdr3, row))
        col_widths(tt, [1.3, 3.2, 7.2, 1.3, 1.3, 1.9])

    cfg_table(part1 + part2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州港片区管理委员会关于西部陆海新通道多式联运公共信息服务平台建设项目采购需求征求意见的公告",
            "doc_number": "钦自贸管〔2026〕17号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-03-09",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["多式联运公共信息服务平台主要软硬件配置清单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 郑州片区管委会办公室 通知: 红头 (layout table, 文件 on the right), 特急, 文号,
# auto-numbered headings, Chinese-numeral date, 附件 on own page, 版记
def doc_zhengzhou():
    stem = "blind868_zhengzhou_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(lt.cell(0, 0), "中国（河南）自由贸易试验区", XBS, 24, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(lt.cell(1, 0), "郑州片区管理委员会办公室", XBS, 24, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = lt.cell(0, 1).merge(lt.cell(1, 1))
    set_cell(m, "文件", XBS, 44, color=RED)
    col_widths(lt, [12.0, 3.6])
    empty(doc, 1)
    p = add_par(doc, "郑自贸办〔2026〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("中国（河南）自由贸易试验区郑州片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("管理委员会办公室关于做好2026年度政府", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("采购意向公开和采购需求管理工作的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "片区各部门、各功能区管理办公室，各驻区单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("为规范政府采购行为，提高采购透明度和采购需求编制质量，根据《财政部关于开展政府采购意向公开工作的通知》（财库〔2020〕10号）、《政府采购需求管理办法》（财库〔2021〕22号）等规定，现就有关工作通知如下：")
    head("做好政府采购意向公开")
    runin("（一）明确公开范围。", "片区各预算单位（以下简称各单位）采购集中采购目录以内或者采购限额标准以上的货物、工程和服务，均应当公开采购意向；以协议供货、定点采购方式实施的小额零星采购除外。")
    runin("（二）规范公开内容。", "采购意向按项目公开，内容包括采购项目名称、采购需求概况、预算金额、预计采购时间等，采购需求概况应当写明采购标的、数量及主要功能、质量、时限要求。")
    runin("（三）把握公开时限。", "采购意向原则上不得晚于采购活动开始前30日公开。各单位按季度分批次集中报送和公开，具体安排如下：")
    hdr = ["序号", "公开批次", "涉及采购时间", "意向报送截止时间", "公开截止时间"]
    rows = [
        ["1", "第一批", "2026年4月至6月", "2026年3月10日", "2026年3月20日"],
        ["2", "第二批", "2026年7月至9月", "2026年6月10日", "2026年6月19日"],
        ["3", "第三批", "2026年10月至12月", "2026年9月10日", "2026年9月18日"],
        ["4", "补充公开", "年度内新增或调整的项目", "随时报送", "采购活动开始前30日"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.4, 2.4, 4.4, 3.6, 3.8])
    empty(doc, 1, line=14)
    runin("（四）做好变更和补充公开。", "已公开的采购意向发生变化或者预算执行中新增采购项目的，应当及时在原公开渠道发布变更公告或者补充公开。")
    head("加强采购需求管理")
    runin("（一）科学编制采购需求。", "各单位是采购需求管理的责任主体，应当依据预算和相关标准编制采购需求，做到合规、完整、明确。")
    # two numbered items typed in one paragraph with Shift+Enter; half-width quotes and colon
    i1 = "1.采购需求复杂或者预算金额在1000万元以上的项目，应当开展需求调查，调查对象一般不少于3个。"
    i2 = "2.涉及共建\"一带一路\"国际合作、跨境数据流动等事项的项目，应当在需求调查阶段征求片区自贸创新局、网信办意见。"
    p = doc.add_paragraph()
    font(p.add_run(i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("    " + i2), FS, 16)
    fmt(p)
    clauses.extend([i1, i2])
    body("3.技术、商务要求不得指向特定供应商或者特定产品，不得设置与项目实际需要不相适应的资格条件。")
    runin("（二）编制采购实施计划。", "各单位应当根据采购需求编制采购实施计划，明确采购方式、采购包划分、评审方法等事项，并报片区财政金融局备案。")
    runin("（三）落实需求审查。", "各单位应当对采购需求和采购实施计划开展一般性审查和重点审查，审查重点事项见附件。")
    head("工作要求")
    runin("（一）强化监督检查。", "片区财政金融局将采购意向公开和需求管理情况纳入政府采购监督检查范围；未按规定公开采购意向的，原则上不得开展采购活动。")
    runin("（二）及时沟通反馈。", "工作中遇到的问题，请及时与片区财政金融局联系。联系人：韩静，联系电话：0371-56581237。")
    empty(doc, 1)
    add_par(doc, "附件：郑州片区采购需求审查重点事项清单")
    empty(doc, 1)
    p = add_par(doc, "中国（河南）自由贸易试验区郑州片区管理委员会办公室", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(8)
    add_par(doc, " " * 32 + "二〇二六年二月二十七日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---- attachment
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("郑州片区采购需求审查重点事项清单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    hdr2 = ["序号", "审查类别", "审查事项", "审查要点"]
    G, Z = "一般性审查", "重点审查"
    rows2 = [
        ["1", G, "采购需求合规性", "是否符合法律法规和政府采购政策规定，是否落实节能环保、支持中小企业等政策要求。"],
        ["2", G, "采购实施计划完整性", "采购方式、合同订立方式、评审方法等是否明确且符合规定。"],
        ["3", G, "程序履行情况", "是否按规定开展需求调查、公开采购意向。"],
        ["4", Z, "非歧视性审查", "是否指向特定供应商或者特定产品，资格条件是否与项目特点和实际需要相适应。"],
        ["5", Z, "竞争性审查", "确定的采购方式、采购包划分是否有利于充分竞争。"],
        ["6", Z, "采购政策审查", "进口产品采购是否经过论证并按规定审批，是否落实对中小企业预留采购份额。"],
        ["7", Z, "履约风险审查", "是否存在可能影响合同履行的风险，相关风险处置措施是否可行。"],
    ]
    t2 = doc.add_table(rows=1 + len(rows2), cols=4)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t2.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t2.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t2.rows[ri].cells[ci], v, FS, 10.5, align=al)
        clauses.append(row_clause(hdr2, row))
    col_widths(t2, [1.3, 2.6, 3.6, 8.1])
    m = t2.cell(1, 1).merge(t2.cell(3, 1)); set_cell(m, G, FS, 10.5)
    m = t2.cell(4, 1).merge(t2.cell(7, 1)); set_cell(m, Z, FS, 10.5)
    note = "注：采购预算金额在1000万元以上或者采购需求复杂的项目，除一般性审查外，还应当开展重点审查。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)

    banji(doc, "抄送：郑州市财政局，郑州市公共资源交易中心。",
          "郑州片区管委会办公室", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（河南）自由贸易试验区郑州片区管理委员会办公室关于做好2026年度政府采购意向公开和采购需求管理工作的通知",
            "doc_number": "郑自贸办〔2026〕6号",
            "issuer": ["中国（河南）自由贸易试验区郑州片区管理委员会办公室"],
            "date": "2026-02-27",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": ["郑州片区采购需求审查重点事项清单"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各功能区管理办公室", "各驻区单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yantai(), doc_qinzhou(), doc_zhengzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
