# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 864: 跨境贸易便利化专项行动通知与成效通报（海关、口岸办联合，含时效对比表）.

Writes three Word files, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
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
    if spacing is not None:  # character spacing in twentieths of a point
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    if scale is not None:  # horizontal character scaling (%)
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
    """runs: plain str, or list of (text, font, size, bold[, color])."""
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
    fmt(p, indent=False, line=12)


def setup(doc, footer_align=WD_ALIGN_PARAGRAPH.CENTER):
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
    fp.alignment = footer_align
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


def set_widths(table, widths):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips if hasattr(Cm(w), "twips") else Cm(w) / 635)))
    for r in table.rows:
        for ci, w in enumerate(widths):
            r.cells[ci].width = Cm(w)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, header_rows, rows, keys, clauses, widths, merges=(), vmerge_cols=(),
               repeat=True, size=11, left_cols=()):
    """header_rows: list of header rows (None = covered by a merge).
    rows: full logical values (used for the clauses); for columns in vmerge_cols equal
    consecutive values are merged vertically in the printed table.
    keys: clause key per column.  merges: ((r1,c1),(r2,c2)) within the header rows."""
    nh = len(header_rows)
    ncol = len(widths)
    t = doc.add_table(rows=nh + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    set_widths(t, widths)
    for (a, b) in merges:
        t.cell(*a).merge(t.cell(*b))
    # body vertical merges
    body_merge = []
    for ci in vmerge_cols:
        start = 0
        for ri in range(1, len(rows) + 1):
            if ri == len(rows) or rows[ri][ci] != rows[start][ci]:
                if ri - 1 > start:
                    body_merge.append((start, ri - 1, ci))
                start = ri
    for (s, e, ci) in body_merge:
        t.cell(nh + s, ci).merge(t.cell(nh + e, ci))
    covered = set()
    for (s, e, ci) in body_merge:
        for ri in range(s + 1, e + 1):
            covered.add((ri, ci))
    for hi, hr in enumerate(header_rows):
        for ci, h in enumerate(hr):
            if h is not None:
                set_cell(t.cell(hi, ci), h, HT, size)
        if repeat:
            repeat_header(t.rows[hi])
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            if (ri, ci) in covered:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(nh + ri, ci), v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    return t


def caption(doc, text, before=6):
    add_par(doc, [(text, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=24, before=before)


def note(doc, text, clauses, size=12):
    clauses.append(text)
    add_par(doc, [(text, FS, size, False)], indent=False, line=20, before=3)


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
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_864", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [860]


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


CN = "一二三四五六七八九十"


def joint_head(doc, organs, size=26, scale=None):
    """Joint 版头: organ names stacked on the left, 文件 on the right (borderless table)."""
    t = doc.add_table(rows=len(organs), cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    set_widths(t, [11.6, 3.8])
    for i, o in enumerate(organs):
        c = t.cell(i, 0)
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(o), XBS, size, False, RED, scale=scale)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(size + 14)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    m.text = ""
    p = m.paragraphs[0]
    font(p.add_run("文件"), XBS, size + 10, False, RED)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return t


# =================================================================== DOC A
def doc_sichuan():
    """省口岸物流办、成都海关联合开展专项行动的通知（时效目标表 + 分工表作附件）."""
    stem = "blind864_sichuan_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    joint_head(doc, ["四川省人民政府口岸与物流办公室", "中华人民共和国成都海关"], size=24,
               scale=72)
    empty(doc, 1, line=16)
    p = add_par(doc, "川口物发〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three paragraphs, wrapped at odd places
    for ln in ("四川省人民政府口岸与物流办公室 成都海关",
               "关于开展2026年促进跨境贸易",
               "便利化专项行动的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=34)
    empty(doc, 1)
    add_par(doc, "各市（州）口岸管理部门，成都海关各隶属海关，省直有关部门，各口岸运营单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hfont=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("为深入贯彻党中央、国务院关于稳外贸、优化口岸营商环境的决策部署，进一步压缩整体通关时间、降低进出口环节合规成本，省口岸物流办、成都海关决定于2026年4月至12月在全省联合开展促进跨境贸易便利化专项行动。现将有关事项通知如下：")
    head("一、行动目标")
    body("到2026年底，全省进口、出口整体通关时间在2025年基础上分别再压缩5%以上，进出口环节合规成本保持稳中有降，“提前申报”“两步申报”等改革措施应用率进一步提升。主要时效指标如下：")
    caption(doc, "表1　主要时效指标对比及2026年目标（单位：小时）")
    hdr = ["序号", "指标", "2024年", "2025年", "2025年较2024年压缩", "2026年目标"]
    grid_table(doc, [hdr], [
        ["1", "进口整体通关时间", "24.86", "21.37", "14.0%", "≤20.30"],
        ["2", "出口整体通关时间", "1.92", "1.58", "17.7%", "≤1.50"],
        ["3", "中欧班列（成渝）进口货物平均通关时间", "6.45", "4.82", "25.3%", "≤4.50"],
        ["4", "航空口岸进口货物平均通关时间", "9.73", "8.16", "16.1%", "≤7.75"],
    ], hdr, clauses, [1.2, 5.6, 1.8, 1.8, 2.8, 2.2], size=10.5, left_cols=(1,))
    note(doc, "注：整体通关时间数据来源于海关总署整体通关时间统计系统，2025年数据为全年平均值。", clauses)
    head("二、重点任务")
    runin("（一）深化通关模式改革。", "全面推广进口货物“提前申报”“两步申报”“两段准入”等改革措施，力争全年进口“提前申报”应用率达到75%以上；在中国（四川）自由贸易试验区成都天府国际机场片区试点“空铁联运一单制”。")
    runin("（二）提升口岸智慧化水平。", "加快成都天府国际机场、成都双流国际机场、成都国际铁路港智慧口岸建设，推广卡口智能验放、H986大型集装箱检查设备联网集中审像等技术手段。")
    runin("（三）优化“一带一路”通道通关服务。", "深化与重庆海关、西安海关等中欧班列沿线海关协作，推广“铁路快通”模式；对经西部陆海新通道进出口的鲜活易腐货物开辟“绿色通道”，实行“即到即查、即查即放”。")
    runin("（四）规范和降低口岸收费。", "严格落实口岸收费目录清单制度，清单之外一律不得收费，推动集装箱进出口环节合规成本较2025年再降低3%以上。")
    head("三、工作要求")
    runin("（一）加强组织领导。", "省口岸物流办、成都海关建立联合推进机制，定期会商解决重点难点问题。各单位要明确分管负责同志和联络人，对照分工表细化工作措施。")
    runin("（二）做好信息报送。", "请各单位于每季度结束后10日内将推进情况报送省口岸物流办和成都海关口岸监管处。联系人：王晓东，电话：028-86710235。")
    body("本通知自2026年4月1日起施行，有效期至2026年12月31日。")
    empty(doc, 1)
    add_par(doc, "附件：2026年促进跨境贸易便利化专项行动重点任务分工表")
    empty(doc, 1)
    # joint 落款 on one line, organs separated by a tab; date under the second organ
    p = add_par(doc, [("四川省人民政府口岸与物流办公室", FS, 16, False), ("\t", FS, 16, False),
                      ("成都海关", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.8), WD_TAB_ALIGNMENT.LEFT)
    p.paragraph_format.keep_with_next = True
    add_par(doc, [("\t" + "2026年3月16日", FS, 16, False)], indent=False).paragraph_format \
        .tab_stops.add_tab_stop(Cm(10.4), WD_TAB_ALIGNMENT.LEFT)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件: 分工表 (header row repeated, 任务类别 merged) on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年促进跨境贸易便利化专项行动", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=12)
    add_par(doc, [("重点任务分工表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    hdr2 = ["序号", "任务类别", "具体任务", "牵头单位", "配合单位", "完成时限"]
    grid_table(doc, [hdr2], [
        ["1", "通关模式改革", "推广“提前申报”“两步申报”“两段准入”", "成都海关", "各市（州）口岸管理部门", "2026年12月底"],
        ["2", "通关模式改革", "试点“空铁联运一单制”", "省口岸物流办", "成都海关、中国（四川）自由贸易试验区工作办公室", "2026年9月底"],
        ["3", "智慧口岸建设", "推进天府国际机场、双流国际机场智慧口岸建设", "省口岸物流办", "成都海关、四川省机场集团有限公司", "2026年12月底"],
        ["4", "智慧口岸建设", "推广卡口智能验放、H986联网集中审像", "成都海关", "各口岸运营单位", "2026年10月底"],
        ["5", "通道服务", "推广“铁路快通”模式", "成都海关", "成都国际铁路港管委会", "2026年6月底"],
        ["6", "通道服务", "开辟鲜活易腐货物“绿色通道”", "成都海关", "省口岸物流办", "2026年5月底"],
        ["7", "口岸收费", "开展口岸收费专项检查", "省口岸物流办", "省发展改革委、省市场监管局", "2026年11月底"],
    ], hdr2, clauses, [1.1, 2.2, 4.6, 2.2, 3.5, 2.0], vmerge_cols=(1,), size=10.5,
        left_cols=(2, 4))
    banji(doc, "抄送：海关总署口岸监管司，省人民政府办公厅，省商务厅。",
          "四川省人民政府口岸与物流办公室综合处", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省人民政府口岸与物流办公室 成都海关关于开展2026年促进跨境贸易便利化专项行动的通知",
            "doc_number": "川口物发〔2026〕3号",
            "issuer": ["四川省人民政府口岸与物流办公室", "中华人民共和国成都海关"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-04-01",
            "expires": "2026-12-31",
            "attachments": ["2026年促进跨境贸易便利化专项行动重点任务分工表"],
            "doc_type": "通知",
            "recipients": ["各市（州）口岸管理部门", "成都海关各隶属海关", "省直有关部门",
                           "各口岸运营单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_tianjin():
    """市口岸办、天津海关联合成效通报（时效对比表，两级表头，续表）."""
    stem = "blind864_tianjin_tongbao"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    # single-organ 版头 (lead organ only) squeezed with character scaling
    p = doc.add_paragraph()
    font(p.add_run("天津市人民政府口岸服务办公室文件"), XBS, 30, False, RED, scale=78)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=20)
    empty(doc, 1)
    p = add_par(doc, "津口岸联〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("天津市人民政府口岸服务办公室 天津海关",
               "关于2025年天津口岸跨境贸易便利化专项",
               "行动成效情况的通报"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=34)
    empty(doc, 1)
    add_par(doc, "各区人民政府，市有关部门，天津海关各隶属海关，各口岸经营单位，有关行业协会：",
            indent=False)

    # body indented with typed full-width spaces, no first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)],
                indent=False)

    body("2025年，按照海关总署、国家口岸管理办公室统一部署，市口岸办、天津海关会同市有关部门和各口岸经营单位，在全市联合开展了为期10个月的促进跨境贸易便利化专项行动(以下简称“专项行动”)，推出4个方面26项具体举措，取得积极成效。现将有关情况通报如下：")
    head("一、总体成效")
    body("2025年12月，天津口岸进口、出口整体通关时间分别为31.47小时和1.06小时，较2024年同期分别压缩18.5%和21.5%，均优于全国平均水平。天津港集装箱吞吐量达到2415万标准箱，同比增长5.8%。主要时效指标对比情况见表1。")
    caption(doc, "表1　天津口岸主要时效指标对比表（单位：小时）")
    h1 = ["序号", "类别", "指标", "2024年12月", "2025年12月", "较上年同期压缩", None]
    h2 = [None, None, None, None, None, "时长", "幅度"]
    keys = ["序号", "类别", "指标", "2024年12月", "2025年12月", "较上年同期压缩／时长",
            "较上年同期压缩／幅度"]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (1, 3)),
              ((0, 4), (1, 4)), ((0, 5), (0, 6))]
    grid_table(doc, [h1, h2], [
        ["1", "进口", "整体通关时间", "38.62", "31.47", "7.15", "18.5%"],
        ["2", "进口", "其中：海运口岸", "41.83", "33.90", "7.93", "19.0%"],
        ["3", "进口", "其中：空运口岸", "12.46", "10.38", "2.08", "16.7%"],
        ["4", "出口", "整体通关时间", "1.35", "1.06", "0.29", "21.5%"],
        ["5", "出口", "其中：海运口岸", "1.52", "1.17", "0.35", "23.0%"],
        ["6", "出口", "其中：空运口岸", "0.84", "0.71", "0.13", "15.5%"],
        ["7", "港口作业", "进口集装箱平均提离时间", "52.30", "44.65", "7.65", "14.6%"],
    ], keys, clauses, [1.1, 1.9, 4.4, 2.2, 2.2, 1.9, 1.9], merges=merges, vmerge_cols=(1,),
        left_cols=(2,))
    note(doc, "注：1.整体通关时间数据来源于海关总署统计；2.海运、空运口岸数据为分项统计，不含铁路口岸和跨境电商货物。", clauses)
    head("二、主要做法")
    runin("（一）通关模式改革持续深化。", "全面推广“提前申报”“两步申报”“船边直提”“抵港直装”等措施，2025年进口货物“提前申报”应用率达到68.4%，较2024年提高12.6个百分点。")
    runin("（二）智慧口岸建设加快推进。", "天津港北疆港区C段智能化集装箱码头实现全流程自动化作业，集装箱智能卡口覆盖率达到100%；推广H986设备“先期机检”和智能审图，查验作业时长平均缩短35%。")
    runin("（三）口岸收费持续规范。", "全市口岸收费目录清单公示收费项目82项，较2024年减少6项。2025年集装箱进口、出口环节合规成本分别为1468元/箱和1053元/箱，较2024年分别下降4.3%和3.9%。")
    runin("（四）“一带一路”通道服务能力提升。", "深化京津冀口岸协作，推动天津港与北京大兴国际机场、石家庄国际陆港开展“海空联运”“海铁联运”业务；持续优化中欧班列（天津）“一站式”通关服务，2025年经天津口岸过境中欧班列1126列，同比增长9.4%。")
    head("三、各隶属海关进口整体通关时间压缩情况")
    body("从各隶属海关（监管现场）看，8个单位进口整体通关时间均实现压缩，其中东疆海关、新港海关压缩幅度超过20%，武清海关压缩幅度相对较小。具体情况见表2。")
    caption(doc, "表2　各隶属海关（监管现场）进口整体通关时间情况（单位：小时）")
    hdr = ["序号", "海关（监管现场）", "2024年12月", "2025年12月", "压缩幅度", "排名"]
    widths = [1.1, 6.4, 2.1, 2.1, 1.9, 1.4]
    grid_table(doc, [hdr], [
        ["1", "新港海关（北疆港区）", "40.26", "32.15", "20.1%", "2"],
        ["2", "东疆海关（东疆港区）", "43.57", "34.42", "21.0%", "1"],
        ["3", "南疆海关（南疆港区）", "45.11", "37.80", "16.2%", "5"],
        ["4", "天津临港海关（大沽口港区）", "47.92", "40.06", "16.4%", "4"],
        ["5", "天津机场海关（滨海国际机场）", "12.46", "10.38", "16.7%", "3"],
        ["6", "天津保税区海关（天津港保税区）", "20.85", "18.12", "13.1%", "7"],
        ["7", "天津开发区海关（经济技术开发区）", "22.40", "19.06", "14.9%", "6"],
    ], hdr, clauses, widths, repeat=False, left_cols=(1,))
    # the clerk split the table by hand: 续表 on the next page, header typed again
    p = add_par(doc, [("续表2", HT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    grid_table(doc, [hdr], [
        ["8", "武清海关（武清区）", "26.73", "23.95", "10.4%", "8"],
    ], hdr, clauses, widths, repeat=False, left_cols=(1,))
    note(doc, "注：排名按压缩幅度由高到低排列。", clauses)
    head("四、下一步工作要求")
    body("1.巩固提升通关时效。压缩幅度低于全关平均水平的单位要于2026年3月底前制定整改措施，确保2026年进口整体通关时间再压缩5%以上。")
    body("2.加强港口物流协同。各口岸经营单位要优化集装箱提离、疏港作业流程，着力压缩港外环节时间。")
    body("3.持续规范口岸收费。市口岸办将会同有关部门常态化开展口岸收费监督检查，对违规收费行为依法依规严肃处理。")
    add_par(doc, IND + "特此通报。", indent=False)
    empty(doc, 1)
    # 落款 typed with spaces; date in Chinese numerals
    add_par(doc, "　　天津市人民政府口岸服务办公室　　　　　天津海关", indent=False)
    add_par(doc, "　　　　　　　　　　　　　　　　二〇二六年二月九日", indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)
    banji(doc, "抄送：海关总署口岸监管司，市人民政府办公厅。",
          "天津市人民政府口岸服务办公室秘书处", "2026年2月10日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "天津市人民政府口岸服务办公室 天津海关关于2025年天津口岸跨境贸易便利化专项行动成效情况的通报",
            "doc_number": "津口岸联〔2026〕2号",
            "issuer": ["天津市人民政府口岸服务办公室", "天津海关"],
            "date": "2026-02-09",
            "published": None,
            "level": "provincial",
            "region": "天津市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各区人民政府", "市有关部门", "天津海关各隶属海关", "各口岸经营单位",
                           "有关行业协会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    """市口岸办、厦门海关联合上报一季度推进情况的报告（上行文，签发人，特急，自动编号）."""
    stem = "blind864_xiamen_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("厦门市人民政府口岸管理办公室", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    # organ name padded with spaces so both lines look the same width
    add_par(doc, [("厦 门 海 关", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    empty(doc, 1)
    # 文号 left, two 签发人 right (tab stops), red rule under
    p = add_par(doc, [("厦口岸〔2026〕11号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("陈立明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.4), WD_TAB_ALIGNMENT.LEFT)
    p = add_par(doc, [("\t", FS, 16, False), ("林海峰", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.1), WD_TAB_ALIGNMENT.LEFT)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: ONE paragraph with two manual line breaks (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("厦门市人民政府口岸管理办公室 厦门海关"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于2026年第一季度跨境贸易便利化专项"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("行动推进情况的报告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "福建省人民政府口岸办公室：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    cnt = [0]

    def item(h, t):
        cnt[0] += 1
        clauses.append("（%s）%s%s" % (CN[cnt[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("按照《福建省2026年促进跨境贸易便利化专项行动方案》部署，厦门市口岸办、厦门海关聚焦“通关更快、成本更低、服务更优”目标，扎实推进专项行动各项任务。现将2026年第一季度工作推进情况报告如下：")
    head("主要时效指标完成情况")
    body("2026年第一季度，厦门口岸进口、出口整体通关时间分别为28.35小时和0.92小时，较2025年同期分别压缩12.7%和14.0%，提前完成省定年度目标。具体情况见下表：")
    caption(doc, "厦门口岸2026年第一季度主要时效指标对比表")
    add_par(doc, [("单位：小时", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
            line=20)
    hdr = ["序号", "指标名称", "2025年一季度", "2026年一季度", "同比压缩", "省定年度目标",
           "完成情况"]
    grid_table(doc, [hdr], [
        ["1", "进口整体通关时间", "32.47", "28.35", "12.7%", "≤30.00", "已完成"],
        ["2", "出口整体通关时间", "1.07", "0.92", "14.0%", "≤1.00", "已完成"],
        ["3", "海运进口集装箱整体通关时间", "36.82", "32.14", "12.7%", "≤33.50", "已完成"],
        ["4", "空运进口货物整体通关时间", "8.94", "8.21", "8.2%", "≤8.00", "未完成"],
        ["5", "跨境电商出口清单平均放行时间", "0.42", "0.35", "16.7%", "≤0.40", "已完成"],
        ["6", "中欧（厦门）班列进口货物平均通关时间", "5.36", "4.48", "16.4%", "≤5.00", "已完成"],
    ], hdr, clauses, [1.0, 5.4, 2.0, 2.0, 1.6, 2.0, 1.6], size=10.5, left_cols=(1,))
    note(doc, "注：1．数据来源：海关总署整体通关时间统计系统、厦门海关统计分析处。", clauses)
    note(doc, "　　2．空运进口货物整体通关时间受一季度进口冷链生鲜货物集中到港影响，暂未达到目标值。",
         [])
    clauses.append("2．空运进口货物整体通关时间受一季度进口冷链生鲜货物集中到港影响，暂未达到目标值。")
    head("主要工作及成效")
    item("推进“智慧口岸”建设。", "厦门港海天码头、远海码头实现集装箱智能卡口全覆盖；一季度完成“船边直提”业务4.6万标准箱、“抵港直装”业务5.3万标准箱，同比分别增长18.5%和21.2%。")
    item("深化海峡两岸通关合作。", "依托中国（福建）自由贸易试验区厦门片区，对台小额贸易货物实行“即报即放”；一季度对台海运快件进出境量达到186万件，同比增长23.6%。")
    item("服务“丝路海运”高质量发展。", "对“丝路海运”命名航线货物实施优先查验、优先放行；一季度中欧（厦门）班列开行58列，同比增长13.7%。")
    item("降低进出口环节合规成本。", "一季度厦门口岸集装箱进口、出口环节合规成本分别为1286元/箱和896元/箱，较2025年同期分别下降3.2%和2.8%。")
    head("存在的困难和问题")
    body("一是空运进口冷链货物查验等待时间偏长，机场货站冷库容量不足；二是港外集疏运环节协同不够，集装箱提离时间占进口整体通关时间的比重超过四成；三是一季度进口“提前申报”应用率为63.8%，低于全省平均水平。")
    head("下一步工作打算")
    body("下一步，我们将重点做好以下工作：一是加快厦门高崎国际机场冷链查验设施改造，力争二季度投入使用；二是推动港口、船公司、车队信息共享，压缩港外环节时间；三是加大政策宣讲力度，力争年中进口“提前申报”应用率提升至70%以上。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：厦门口岸主要便利化改革措施应用情况统计表（2026年第一季度）")
    empty(doc, 1)
    # 落款: both organs and the date in ONE paragraph split with manual line breaks
    p = doc.add_paragraph()
    font(p.add_run("厦门市人民政府口岸管理办公室\t厦门海关"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\t2026年4月12日"), FS, 16)
    fmt(p, indent=False)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6), WD_TAB_ALIGNMENT.LEFT)
    add_par(doc, "（联系人：郑晓玲，联系电话：0592-5397281）")

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("厦门口岸主要便利化改革措施应用情况统计表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("（2026年第一季度）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    p = add_par(doc, [("填报单位：厦门海关综合业务处", FS, 12, False), ("\t", FS, 12, False),
                      ("单位：票、%", FS, 12, False)], indent=False, line=22, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT)
    h1 = ["序号", "改革措施", "进口", None, "出口", None]
    h2 = [None, None, "业务量", "应用率", "业务量", "应用率"]
    keys = ["序号", "改革措施", "进口／业务量", "进口／应用率", "出口／业务量", "出口／应用率"]
    grid_table(doc, [h1, h2], [
        ["1", "提前申报", "48265", "63.8%", "126480", "71.5%"],
        ["2", "两步申报", "5312", "7.0%", "—", "—"],
        ["3", "两段准入", "2086", "2.8%", "—", "—"],
        ["4", "汇总征税", "31570", "41.7%", "—", "—"],
        ["5", "自报自缴", "73426", "97.1%", "172963", "97.8%"],
    ], keys, clauses, [1.3, 3.8, 2.6, 2.5, 2.6, 2.5],
        merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (0, 5))])
    note(doc, "注：应用率=采用该措施的报关单数量÷同期报关单总量×100%。", clauses)
    banji(doc, "抄送：海关总署口岸监管司，福州海关，厦门市人民政府办公厅。",
          "厦门市人民政府口岸管理办公室", "2026年4月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府口岸管理办公室 厦门海关关于2026年第一季度跨境贸易便利化专项行动推进情况的报告",
            "doc_number": "厦口岸〔2026〕11号",
            "issuer": ["厦门市人民政府口岸管理办公室", "厦门海关"],
            "date": "2026-04-12",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["厦门口岸主要便利化改革措施应用情况统计表（2026年第一季度）"],
            "doc_type": "报告",
            "recipients": ["福建省人民政府口岸办公室"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_tianjin(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
