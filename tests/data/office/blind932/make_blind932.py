# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 932: 省政府办公厅关于印发专项行动方案的通知（方案 + 横向附表，跨行合并）.

Writes three .docx files, their PDFs (LibreOffice) and expected.json next to
this script.
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
IND = "\u3000\u3000"

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
        # 字符缩放 (Format > Font > Character spacing > Scale)
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(w)
        else:
            rpr.append(w)
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
    # footer "— 1 —" with a PAGE field
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


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.6), Cm(2.4)
    s.left_margin, s.right_margin = Cm(3.0), Cm(2.8)
    return s


def portrait(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    # drop extra paragraphs left by merges
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    font(p.add_run(text), name, size, bold)
    tcpr = cell._tc.get_or_add_tcPr()
    if tcpr.find(qn("w:vAlign")) is None:
        tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def vmerge_runs(values):
    """[(start, end)] index ranges of equal consecutive values (len>1)."""
    out, i = [], 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        if j > i:
            out.append((i, j))
        i = j + 1
    return out


def grid_table(doc, header_rows, keys, rows, merge_cols, widths, clauses,
               left_cols=(), body_size=12):
    """header_rows: list of header rows; each a list of (text, colspan, rowspan)
    placeholders resolved by the caller via `hdr_spec`.  Here header rows are
    given as fully expanded lists with None for covered cells plus a merge list.
    keys: clause keys per column.  rows: body rows (list of strings).
    merge_cols: column indexes whose equal consecutive values are merged
    vertically (printed once)."""
    hdr, hmerges = header_rows
    nh = len(hdr)
    ncol = len(keys)
    t = doc.add_table(rows=nh + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    # header merges first
    for (r1, c1, r2, c2) in hmerges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for ri, hr in enumerate(hdr):
        for ci, txt in enumerate(hr):
            if txt is not None:
                set_cell(t.cell(ri, ci), txt, HT, 12)
        repeat_header(t.rows[ri])
    # body merges
    for c in merge_cols:
        for a, b in vmerge_runs([r[c] for r in rows]):
            t.cell(nh + a, c).merge(t.cell(nh + b, c))
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            if ci in merge_cols and ri > 0 and rows[ri - 1][ci] == v:
                continue  # covered by the merged cell above
            set_cell(t.cell(nh + ri, ci), v, FS, body_size, align=al)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    return t


def banji(doc, cc, printer, date_txt, gap=2, tab=Cm(15.1)):
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
    p2.paragraph_format.tab_stops.add_tab_stop(tab, 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_932", "--headless",
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, KT, KT, KT))
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


# =================================================================== DOC A
def doc_zhejiang():
    """浙江：跨境电商专项行动方案。字符缩放版头、居中文号、两段式标题、
    半角括号混用、横向分工表（任务类别跨行合并、标题行重复）、版记。"""
    stem = "blind932_zj_kuajing"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    add_par(doc, [("浙江省人民政府办公厅文件", XBS, 40, False, RED, 72)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 2)
    p = add_par(doc, "浙政办发〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as two paragraphs, wrapped where the clerk pressed Enter
    for line in ("浙江省人民政府办公厅关于印发浙江省跨境", "电商高质量发展专项行动方案",
                 "（2026—2027年）的通知"):
        add_par(doc, [(line, XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市、县（市、区）人民政府，省政府直属各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《浙江省跨境电商高质量发展专项行动方案（2026—2027年）》已经省政府同意，现印发给你们，请结合实际认真贯彻落实。")
    empty(doc, 2)
    add_par(doc, "浙江省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False
            ).paragraph_format.right_indent = Pt(48)
    add_par(doc, "2026年2月13日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False
            ).paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- the 方案
    add_par(doc, [("浙江省跨境电商高质量发展专项行动方案", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34
            ).paragraph_format.page_break_before = True
    add_par(doc, [("（2026—2027年）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=14)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("为深入贯彻党中央、国务院关于推动跨境电商健康持续创新发展的决策部署，加快培育外贸新动能，制定本方案。")
    head("一、总体要求")
    body("到2027年，全省跨境电商进出口额突破6000亿元，年均增长12%以上；培育省级跨境电商产业带50个、省级公共海外仓150个，打造一批具有国际影响力的跨境电商自主品牌。")
    head("二、重点任务")
    runin("（一）实施产业带“触网出海”行动。", "聚焦义乌小商品、永康五金、海宁皮革、温州鞋服等特色产业带，每年组织开展跨境电商“品牌出海”对接活动100场以上，推动3万家以上传统外贸和制造企业开展跨境电商业务。(责任单位：省商务厅、省经信厅，各市、县〔市、区〕政府)")
    runin("（二）推进海外仓提质扩容。", "支持企业在共建“一带一路”国家和RCEP成员国布局建设海外仓，推动公共海外仓与国际贸易“单一窗口”数据对接。（责任单位：省商务厅、省财政厅，杭州海关、宁波海关）")
    runin("（三）畅通跨境物流通道。", "提升“义新欧”中欧班列、宁波舟山港海铁联运和杭州萧山国际机场全货机航线运营能力，推动跨境电商货物“一次申报、一次查验、一次放行”。(责任单位：省交通运输厅、省发展改革委、省机场集团、宁波舟山港集团)")
    runin("（四）深化自贸试验区制度创新。", "支持中国（浙江）自由贸易试验区杭州片区、宁波片区、金义片区开展跨境电商零售进口药品、数据跨境流动等先行先试，每年形成跨境电商领域制度创新成果10项以上。（责任单位：省商务厅、省药监局、省委网信办，杭州海关、宁波海关）")
    runin("（五）强化金融和人才支撑。", "扩大跨境电商出口信用保险覆盖面，鼓励金融机构开发“海外仓贷”等产品；2027年底前累计培训跨境电商实用人才5万人次。（责任单位：国家金融监督管理总局浙江监管局、中国人民银行浙江省分行、省人力社保厅）")
    head("三、保障措施")
    runin("（一）加强统筹协调。", "依托省跨境电商发展工作领导小组，建立“月调度、季通报、年评估”工作机制，协调解决跨境电商发展中的重大问题。")
    runin("（二）加大政策支持。", "统筹用好中央外经贸发展专项资金和省级商务发展资金，对重点任务予以倾斜支持。")
    add_par(doc, "附件：浙江省跨境电商高质量发展专项行动重点任务分工表")

    # ---- 附件: landscape task table, 任务类别 merged down
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("浙江省跨境电商高质量发展专项行动重点任务分工表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    keys = ["序号", "任务类别", "具体任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "产业带出海", "认定省级跨境电商产业带15个", "省商务厅", "省经信厅、省市场监管局", "2026年12月底前"],
        ["2", "产业带出海", "组织“品牌出海”对接活动100场以上", "省商务厅", "省贸促会", "每年"],
        ["3", "产业带出海", "培育跨境电商自主品牌企业500家", "省商务厅", "省经信厅", "2027年12月底前"],
        ["4", "海外仓建设", "新增省级公共海外仓30个", "省商务厅", "省财政厅", "2026年12月底前"],
        ["5", "海外仓建设", "在共建“一带一路”国家布局海外仓不少于40个", "省商务厅", "省发展改革委、中国出口信用保险公司浙江分公司", "2027年12月底前"],
        ["6", "物流通道", "“义新欧”中欧班列年开行量达到3000列", "金华市人民政府", "省交通运输厅、中国铁路上海局集团有限公司", "2026年12月底前"],
        ["7", "物流通道", "新开通跨境电商全货机航线10条", "省发展改革委", "省机场集团、民航浙江监管局", "2027年6月底前"],
        ["8", "制度创新", "在自贸试验区开展跨境电商零售进口药品试点", "省药监局", "杭州海关、宁波海关", "2026年9月底前"],
        ["9", "制度创新", "形成跨境电商领域制度创新成果20项", "省商务厅", "杭州海关、宁波海关、省市场监管局", "2027年12月底前"],
        ["10", "金融人才", "培训跨境电商实用人才5万人次", "省人力社保厅", "省教育厅、省商务厅", "2027年12月底前"],
    ]
    hdr = ([keys[:]], [])
    grid_table(doc, hdr, keys, rows, merge_cols=[1],
               widths=[1.4, 2.6, 6.8, 3.4, 5.8, 3.8], clauses=clauses, left_cols=(2, 4),
               body_size=11)
    t = "注：各市、县（市、区）人民政府为各项任务的共同责任单位，不再一一列出。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：省委各部门，省人大常委会、省政协办公厅，省军区，省监委，省法院，省检察院。",
          "浙江省人民政府办公厅", "2026年2月14日印发", gap=0, tab=Cm(23.6))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省人民政府办公厅关于印发浙江省跨境电商高质量发展专项行动方案（2026—2027年）的通知",
            "doc_number": "浙政办发〔2026〕9号",
            "issuer": ["浙江省人民政府办公厅"],
            "date": "2026-02-13",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["浙江省跨境电商高质量发展专项行动重点任务分工表"],
            "doc_type": "通知",
            "recipients": ["各市、县（市、区）人民政府", "省政府直属各单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def textbox_masthead(doc, text, size=34):
    """红头 typed inside a VML text box (inline), as some offices' templates do."""
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="_x0000_s1026" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:440pt;height:58pt" stroked="f" filled="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>'
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="1160" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
        '<w:color w:val="FF0000"/><w:spacing w:val="-20"/><w:sz w:val="{s}"/><w:szCs w:val="{s}"/></w:rPr>'
        '<w:t>{t}</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    ) % nsdecls("w")
    xml = xml.replace("{f}", XBS).replace("{s}", str(size * 2)).replace("{t}", text)
    p._p.append(parse_xml(xml))
    return p


def doc_sichuan():
    """四川：中欧班列（成渝）专项行动方案。文本框红头、特急、三段标题、
    全角空格缩进、软回车、中文数字日期、空格对齐落款、“1.”“1．”混用、
    方案前未插分页符（标题“与下段同页”被推到第2页）、
    横向分解表（两级表头、区域跨行合并、合计行、表下注）、版记排在附表页。"""
    stem = "blind932_sc_banlie"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    textbox_masthead(doc, "四川省人民政府办公厅文件", 34)
    empty(doc, 1)
    p = add_par(doc, "川办发〔2025〕38号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    for line in ("四川省人民政府办公厅", "关于印发四川省推进中欧班列（成渝）高质量", "发展专项行动方案的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市（州）人民政府，省政府各部门、各直属机构，有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("经省政府同意，现将《四川省推进中欧班列（成渝）高质量发展专项行动方案》印发给你们，请认真组织实施。")
    empty(doc, 2)
    add_par(doc, " " * 36 + "四川省人民政府办公厅", indent=False)
    add_par(doc, " " * 37 + "二〇二五年十二月八日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    empty(doc, 1)

    add_par(doc, [("四川省推进中欧班列（成渝）高质量发展", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34
            ).paragraph_format.keep_with_next = True
    add_par(doc, [("专项行动方案", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=10)

    def head(t, f=HT):
        add_par(doc, [(IND + t, f, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为贯彻落实党中央、国务院关于推进中欧班列高质量发展的决策部署，深度融入共建“一带一路”，巩固提升中欧班列（成渝）开行质效，制定本方案。")
    head("一、工作目标")
    body("到2026年底，中欧班列（成渝）四川方向年开行量达到5250列，货值突破1500亿元，回程班列占比稳定在40%以上；到2027年底，形成覆盖欧洲、中亚、西亚和东盟的“四向拓展”通道网络。")
    head("二、重点任务")
    head("（一）拓展通道网络", KT)
    # two items typed in one paragraph with Shift+Enter
    t1 = "1．加密西向主通道。稳定开行成都至罗兹、纽伦堡、蒂尔堡等欧洲线路，加快开行经中吉乌铁路至伊朗、土耳其的南通道班列，2026年新开通线路不少于6条。"
    t2 = "2．拓展跨里海运输走廊。联合新疆、重庆等省（区、市）开行经阿拉山口（霍尔果斯）—阿克套—巴库—第比利斯的跨里海班列，推动形成常态化运营。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    head("（二）提升集结中心能级", KT)
    body("1.推动成都国际铁路港扩能改造，年作业能力提升至60万标准箱。")
    body("2.支持德阳、宜宾、泸州等地建设区域性集结中心，构建“干支结合、枢纽集散”的班列组织体系。")
    head("（三）培育班列经济", KT)
    body("1．依托中国（四川）自由贸易试验区成都天府新区片区、川南临港片区，发展汽车整车进口、保税维修、跨境电商等“班列+”产业。")
    body("2．推动“班列+园区”联动发展，引导电子信息、装备制造、食品饮料等优势产业企业利用班列拓展国际市场。")
    head("三、保障措施")
    runin("（一）强化组织领导。", "省发展改革委、省经济合作局会同有关部门建立工作推进机制，统筹解决重大问题。各市（州）要压实属地责任，对照附件明确的目标任务抓好落实。")
    runin("（二）加大资金支持。", "统筹省级外经贸发展资金，对新开通线路和回程班列给予适当支持，逐步退出单纯的运费补贴。")
    runin("（三）优化通关服务。", "成都海关要深化“铁路快通”“一单制”改革，压缩班列货物整体通关时间。")
    body("本方案自2026年1月1日起施行，有效期至2027年12月31日。")
    add_par(doc, IND + "附件：四川省中欧班列（成渝）2026年目标任务分解表", indent=False, before=14)

    # ---- 附件: landscape, two-level header, 区域 merged, manual 续表
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("四川省中欧班列（成渝）2026年目标任务分解表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    keys = ["序号", "区域", "市（州）", "主要站点",
            "2026年目标任务／开行量（列）", "2026年目标任务／货值（亿元）",
            "2026年目标任务／回程班列占比（%）", "责任单位"]
    hdr_rows = [
        ["序号", "区域", "市（州）", "主要站点", "2026年目标任务", None, None, "责任单位"],
        [None, None, None, None, "开行量（列）", "货值（亿元）", "回程班列占比（%）", None],
    ]
    hmerges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3),
               (0, 4, 0, 6), (0, 7, 1, 7)]
    data = [
        ("成都平原经济区", "成都市", "成都国际铁路港", 4200, 1350, "45"),
        ("成都平原经济区", "德阳市", "德阳国际铁路物流港", 260, 48, "30"),
        ("成都平原经济区", "眉山市", "眉山铁路口岸", 120, 22, "25"),
        ("川南经济区", "宜宾市", "宜宾港志城作业区", 180, 36, "20"),
        ("川南经济区", "泸州市", "泸州港多式联运中心", 150, 31, "20"),
        ("川东北经济区", "南充市", "南充现代物流园", 90, 15, "15"),
        ("川东北经济区", "达州市", "达州秦巴物流园", 110, 19, "15"),
        ("川东北经济区", "广元市", "广元国际铁路港", 80, 12, "15"),
        ("攀西经济区", "攀枝花市", "攀枝花钒钛物流园", 60, 14, "10"),
    ]
    rows = []
    for i, (reg, city, site, n, v, ret) in enumerate(data, 1):
        rows.append([str(i), reg, city, site, str(n), str(v), ret, city + "人民政府"])
    tot_n = sum(d[3] for d in data)
    tot_v = sum(d[4] for d in data)
    assert tot_n == 5250
    rows.append(["合计", "—", "—", "—", str(tot_n), str(tot_v), "—", "—"])
    widths = [1.4, 3.6, 2.4, 4.2, 2.6, 2.6, 3.0, 4.0]
    grid_table(doc, (hdr_rows, hmerges), keys, rows, merge_cols=[1],
               widths=widths, clauses=clauses)
    for t in ("注：1．开行量含去程和回程班列。",
              "2．回程班列占比＝回程班列开行量÷开行总量×100%。"):
        clauses.append(t)
        add_par(doc, [(("" if t.startswith("注") else "\u3000\u3000") + t, FS, 12, False)],
                indent=False, line=20)

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，成都海关。",
          "四川省人民政府办公厅", "2025年12月9日印发", gap=1, tab=Cm(23.6))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省人民政府办公厅关于印发四川省推进中欧班列（成渝）高质量发展专项行动方案的通知",
            "doc_number": "川办发〔2025〕38号",
            "issuer": ["四川省人民政府办公厅"],
            "date": "2025-12-08",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": ["四川省中欧班列（成渝）2026年目标任务分解表"],
            "doc_type": "通知",
            "recipients": ["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_guangxi():
    """广西：中国—东盟跨境产业链供应链合作专项行动方案。份号+特急、缩放版头、
    标题软回车断在词中、Word 自动编号（一）、制表位落款、废止条款、有效期至、
    横向项目清单（产业链、责任单位两列跨行合并，合并范围不同）。"""
    stem = "blind932_gx_dongmeng"
    doc = Document()
    setup(doc)
    clauses = []
    n_task = make_numbering(doc, "（%1）")
    n_guard = make_numbering(doc, "（%1）")

    add_par(doc, [("000086", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("广西壮族自治区人民政府办公厅文件", XBS, 34, False, RED, 78)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "桂政办发〔2026〕15号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    # one title paragraph, Shift+Enter breaks (the second falls inside a word)
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区人民政府办公厅关于印发"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("广西推进中国—东盟跨境产业链供应链合"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("作专项行动方案（2026—2028年）的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=10, after=10)
    add_par(doc, "各市、县人民政府，自治区人民政府各组成部门、各直属机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《广西推进中国—东盟跨境产业链供应链合作专项行动方案（2026—2028年）》已经自治区人民政府同意，现印发给你们，请认真贯彻执行。")
    body("《广西壮族自治区人民政府办公厅关于印发广西加快推进中国—东盟跨境产业合作三年行动计划（2023—2025年）的通知》（桂政办发〔2023〕27号）同时废止。")
    empty(doc, 1)
    for t in ("广西壮族自治区人民政府办公厅", "2026年3月6日"):
        p = add_par(doc, "\t" + t, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), 1)  # centre tab
    add_par(doc, "（此件公开发布）")

    add_par(doc, [("广西推进中国—东盟跨境产业链供应链合作", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34
            ).paragraph_format.page_break_before = True
    add_par(doc, [("专项行动方案（2026—2028年）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=14)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def item(nid, counter, h, t):
        counter[0] += 1
        clauses.append("（%s）%s%s" % (CN[counter[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, nid)

    body("为深入落实《区域全面经济伙伴关系协定》（RCEP），依托中国（广西）自由贸易试验区和西部陆海新通道，推动形成“东盟资源+中国市场”“中国总部+东盟基地”等跨境产业链供应链合作模式，制定本方案。")
    head("一、总体目标")
    body("到2028年，广西对东盟进出口额达到4500亿元，跨境产业链重点项目累计投资超过1200亿元，建成跨境产业合作园区10个以上，基本形成面向东盟的跨境产业链供应链合作枢纽。")
    head("二、重点任务")
    c = [0]
    item(n_task, c, "打造跨境电子信息产业链。", "依托中国—东盟（南宁）电子信息产业园、北海电子信息产业基地，引导企业在越南、马来西亚等东盟国家布局零部件配套产能，推动形成“广西研发组装+东盟零部件配套”的跨境分工格局。")
    item(n_task, c, "做强新能源汽车和机械装备产业链。", "支持上汽通用五菱、柳工、玉柴等龙头企业在泰国、印度尼西亚等国建设海外生产基地，带动区内配套企业“抱团出海”。")
    item(n_task, c, "发展跨境农产品和食品产业链。", "用好中国—东盟水果之路和东兴、凭祥等边民互市贸易区（点），推动东盟水果、海产品等进口落地加工。")
    item(n_task, c, "提升西部陆海新通道物流保障能力。", "加快北部湾国际门户港建设，推动西部陆海新通道海铁联运班列与中欧班列、中越跨境班列高效衔接，力争2028年海铁联运班列年开行量突破1.5万列。")
    item(n_task, c, "深化中国（广西）自由贸易试验区制度创新。", "支持南宁、钦州港、崇左片区推进“两国双园”“边境口岸+加工”等模式创新，每年形成制度创新成果15项以上。")
    head("三、组织保障")
    c = [0]
    item(n_guard, c, "加强统筹推进。", "自治区商务厅会同有关部门建立专项行动工作专班，定期调度重点项目建设进展。")
    item(n_guard, c, "强化要素保障。", "对纳入清单的重点项目，在用地、用能、用海、环评等方面予以优先保障。")
    item(n_guard, c, "严格督促考核。", "各市人民政府是推进本地区跨境产业链供应链合作的责任主体，要于每年12月15日前将年度工作进展报送自治区商务厅。")
    body("本方案有效期至2028年12月31日。")
    add_par(doc, "附件：广西推进中国—东盟跨境产业链供应链合作首批重点项目清单")

    # ---- 附件: landscape; 产业链 and 责任单位 merged over different spans
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("广西推进中国—东盟跨境产业链供应链合作首批重点项目清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    keys = ["序号", "产业链", "项目名称", "建设地点", "总投资（亿元）", "建设年限", "责任单位"]
    data = [
        ("电子信息", "中国—东盟（南宁）电子信息产业园二期", "南宁市", "85", "2026—2028年", "南宁市人民政府"),
        ("电子信息", "中越跨境智能终端配套产业项目", "崇左市凭祥市", "42", "2026—2027年", "崇左市人民政府"),
        ("电子信息", "北海电子信息产业链延链项目", "北海市", "60", "2026—2028年", "北海市人民政府"),
        ("新能源汽车和机械装备", "柳州新能源汽车东盟出口基地", "柳州市", "120", "2026—2028年", "柳州市人民政府"),
        ("新能源汽车和机械装备", "柳工东盟工程机械再制造中心", "柳州市", "35", "2026—2027年", "柳州市人民政府"),
        ("新能源汽车和机械装备", "玉柴东盟动力总成配套产业园", "玉林市", "48", "2026—2028年", "玉林市人民政府"),
        ("农产品和食品", "中国—东盟（钦州）跨境冷链物流和食品加工园", "钦州市", "56", "2026—2028年", "钦州市人民政府"),
        ("农产品和食品", "东兴边境贸易进口水果加工项目", "防城港市东兴市", "18", "2026—2027年", "防城港市人民政府"),
        ("物流通道", "西部陆海新通道钦州港东航道扩建工程", "钦州市", "130", "2026—2028年", "自治区交通运输厅"),
        ("物流通道", "凭祥铁路口岸扩能改造工程", "崇左市凭祥市", "27", "2026—2027年", "自治区交通运输厅"),
    ]
    rows = [[str(i)] + list(d) for i, d in enumerate(data, 1)]
    grid_table(doc, ([keys[:]], []), keys, rows, merge_cols=[1, 6],
               widths=[1.4, 3.4, 6.6, 3.2, 2.4, 3.4, 3.4], clauses=clauses,
               left_cols=(2,), body_size=11)
    t = "注：项目总投资以项目审批（核准、备案）文件为准。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人民政府办公厅关于印发广西推进中国—东盟跨境产业链供应链合作专项行动方案（2026—2028年）的通知",
            "doc_number": "桂政办发〔2026〕15号",
            "issuer": ["广西壮族自治区人民政府办公厅"],
            "date": "2026-03-06",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": "2028-12-31",
            "attachments": ["广西推进中国—东盟跨境产业链供应链合作首批重点项目清单"],
            "doc_type": "通知",
            "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": "《广西壮族自治区人民政府办公厅关于印发广西加快推进中国—东盟跨境产业合作三年行动计划（2023—2025年）的通知》（桂政办发〔2023〕27号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_sichuan(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
