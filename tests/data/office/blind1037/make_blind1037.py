# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1037: 自贸试验区外商投资准入特别管理措施（负面清单） issued as the
attachment of a 公告 (province / city / 直辖市), Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


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


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def cell_text(cell, lines, name=FS, size=12, bold=False, align=J, mode="par"):
    """lines: str or list. mode 'par' = one paragraph per line,
    'br' = one paragraph with manual line breaks (Shift+Enter)."""
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i and mode == "par":
            p = cell.add_paragraph()
        elif i and mode == "br":
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(ln), name, size, bold)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(size + 5)
        p.paragraph_format.first_line_indent = Pt(0)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1037", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [900]


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
HEADER = ["序号", "领域", "特别管理措施"]
expected = {}


def list_table(doc, rows, clauses, mode="par", hdr_repeat=True, colw=(1.3, 3.3, 11.0),
               size=12, vmerge=()):
    """rows: ('S', '一、农、林、牧、渔业') section row, or (no, field, lines).
    vmerge: list of (first_data_idx, last_data_idx) index pairs into rows whose
    领域 cells are merged vertically (text kept in the first)."""
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, colw)
    for i, h in enumerate(HEADER):
        cell_text(t.rows[0].cells[i], h, HT, size, align=C)
    if hdr_repeat:
        repeat_header(t.rows[0])
    merged_away = set()
    for a, b in vmerge:
        for k in range(a + 1, b + 1):
            merged_away.add(k)
    for ri, row in enumerate(rows, 1):
        cells = t.rows[ri].cells
        if row[0] == "S":
            m = cells[0].merge(cells[2])
            cell_text(m, row[1], HT, size, align=L)
            continue
        no, field, lines = row
        cell_text(cells[0], no, FS, size, align=C)
        if (ri - 1) not in merged_away:
            cell_text(cells[1], field, FS, size, align=C)
        cell_text(cells[2], lines, FS, size, align=J, mode=mode)
        text = "".join(lines) if isinstance(lines, list) else lines
        clauses.append("序号：%s；领域：%s；特别管理措施：%s" % (no, field, text))
    for a, b in vmerge:
        top = t.rows[a + 1].cells[1]
        txt = top.text
        m = top.merge(t.rows[b + 1].cells[1])
        cell_text(m, txt, FS, size, align=C)
    return t


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
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


# ------------------------------------------------------------- shared text
AIR1 = "公共航空运输公司须由中方控股，且一家外商及其关联企业投资比例不得超过25%，法定代表人须由中国籍公民担任。"
AIR2 = "通用航空公司的法定代表人须由中国籍公民担任，其中农、林、渔业通用航空公司限于合资，其他通用航空公司限于中方控股。"
AIRPORT = "民用机场的建设、经营须由中方相对控股。外方不得参与建设、运营机场塔台。"
POST = "禁止投资邮政公司、信件的国内快递业务。"
TEL = "电信公司：限于中国入世承诺开放的电信业务，增值电信业务的外资股比不超过50%（电子商务、国内多方通信、存储转发类、呼叫中心除外），基础电信业务须由中方控股。"
NET = "禁止投资互联网新闻信息服务、网络出版服务、网络视听节目服务、互联网文化经营（音乐除外）、互联网公众发布信息服务（上述服务中，中国入世承诺中已开放的内容除外）。"
LAW = "禁止投资中国法律事务（提供有关中国法律环境影响的信息除外），不得成为国内律师事务所合伙人。"
EDU1 = "学前、普通高中和高等教育机构限于中外合作办学，须由中方主导（校长或者主要行政负责人应当具有中国国籍，理事会、董事会或者联合管理委员会的中方组成人员不得少于1/2）。"
EDU2 = "禁止投资义务教育机构、宗教教育机构。"
NEWS = "禁止投资新闻机构（包括但不限于通讯社）。"
PUB = "禁止投资图书、报纸、期刊、音像制品和电子出版物的编辑、出版、制作业务。"
RADIO = "禁止投资各级广播电台（站）、电视台（站）、广播电视频道（率）、广播电视传输覆盖网（发射台、转播台、广播电视卫星、卫星上行站、卫星收转站、微波站、监测台及有线广播电视传输覆盖网等），禁止从事广播电视视频点播业务和卫星电视广播地面接收设施安装服务。"
RELIC = "禁止投资文物拍卖的拍卖企业、文物商店和国有文物博物馆。"
FISH = "禁止投资中国管辖海域及内陆水域水产品捕捞。"
GENE = "禁止投资中国稀有和特有的珍贵优良品种的研发、养殖、种植以及相关繁殖材料的生产（包括种植业、畜牧业、水产业的优良基因）。"
WHEAT = "小麦新品种选育和种子生产的中方股比不低于34%。"
RARE = "禁止投资稀土、放射性矿产、钨勘查、开采及选矿。"


# =================================================================== DOC A
def doc_guangxi():
    """广西壮族自治区商务厅公告 2026年第4号 — single issuer, number under title,
    说明 items with Word auto numbering, table header repeated, multi-paragraph
    cells, 附注 heading + numbered notes, 落款 aligned with typed spaces."""
    stem = "blind1037_guangxi_gonggao"
    doc = Document()
    setup(doc)
    clauses = []
    n_sm = make_numbering(doc, "%1、")

    add_par(doc, [("广西壮族自治区商务厅", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=18)
    p = add_par(doc, "", indent=False, line=12)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title wrapped by hand at odd places, three paragraphs
    for ln in ("广西壮族自治区商务厅关于发布《中国",
               "（广西）自由贸易试验区外商投资准入特别",
               "管理措施（负面清单）（2026年版）》的公告"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("2026年第4号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    body("为进一步提升中国（广西）自由贸易试验区投资自由化便利化水平，更好服务中国—东盟全面战略伙伴关系和西部陆海新通道建设，根据《中华人民共和国外商投资法》及其实施条例、《中国（广西）自由贸易试验区条例》等有关规定，经自治区人民政府同意，自治区商务厅会同自治区发展改革委编制了《中国（广西）自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）》，现予发布，自2026年3月1日起施行。2025年1月20日发布的《中国（广西）自由贸易试验区外商投资准入特别管理措施（负面清单）（2025年版）》同时废止。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    p = add_par(doc, "附件：中国（广西）自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）",
                align=J, first=Pt(-48))
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 1)
    add_par(doc, " " * 36 + "广西壮族自治区商务厅", indent=False)
    add_par(doc, " " * 40 + "2026年1月26日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---------------- attachment (clerk just hit Enter, no page break)
    empty(doc, 2)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（广西）自由贸易试验区外商投资准入", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("特别管理措施（负面清单）（2026年版）", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("说明", HT, 16, False)], align=C, indent=False)

    sm = [
        "《中国（广西）自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）》（以下简称《广西自贸试验区负面清单》）统一列出股权要求、高管要求等外商投资准入方面的特别管理措施，适用于中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区。",
        "有关主管部门在依法履行职责过程中，对境外投资者拟投资《广西自贸试验区负面清单》内领域，但不符合《广西自贸试验区负面清单》规定的，不予办理许可、企业登记注册等相关事项；涉及固定资产投资项目核准的，不予办理相关核准事项。投资有股权要求的领域，不得设立外商投资合伙企业。",
        "《内地与香港关于建立更紧密经贸关系的安排》《内地与澳门关于建立更紧密经贸关系的安排》及其后续协议、《区域全面经济伙伴关系协定》（RCEP）以及我国缔结或者参加的其他国际条约、协定对境外投资者准入待遇有更优惠规定的，可以按照相关规定执行。",
        "《广西自贸试验区负面清单》由自治区商务厅、自治区发展改革委负责解释，并根据国家有关规定适时调整。",
    ]
    for i, t in enumerate(sm):
        p = add_par(doc, t, align=J, first=Pt(32))
        apply_num(p, n_sm)
        clauses.append(CN[i] + "、" + t)
    empty(doc, 1)

    rows = [
        ("S", "一、农、林、牧、渔业"),
        ("1", "种业", WHEAT),
        ("2", "种业", GENE),
        ("3", "渔业", FISH),
        ("S", "二、采矿业"),
        ("4", "稀土和放射性矿产", RARE + "（未经允许，禁止进入稀土矿区或者取得矿山地质资料、矿石样品及生产工艺技术。）"),
        ("S", "三、电力、热力、燃气及水生产和供应业"),
        ("5", "核电", "核电站的建设、经营须由中方控股。"),
        ("S", "四、交通运输、仓储和邮政业"),
        ("6", "水上运输", ["1.国内水上运输公司须由中方控股。",
                       "2.在钦州港片区注册的外商投资国际集装箱班轮公司，可以按照国家有关规定开展以北部湾港为国际中转港的外贸集装箱沿海捎带业务。"]),
        ("7", "航空运输", ["1." + AIR1, "2." + AIR2]),
        ("8", "民用机场", AIRPORT),
        ("9", "邮政", POST),
        ("S", "五、信息传输、软件和信息技术服务业"),
        ("10", "电信", "电信公司:限于中国入世承诺开放的电信业务，增值电信业务的外资股比不超过50%(电子商务、国内多方通信、存储转发类、呼叫中心除外)，基础电信业务须由中方控股。"),
        ("11", "互联网和相关服务", NET),
        ("S", "六、教育"),
        ("12", "教育", ["1." + EDU1, "2." + EDU2]),
        ("S", "七、文化、体育和娱乐业"),
        ("13", "新闻出版", ["1." + NEWS, "2." + PUB]),
        ("14", "文物", RELIC),
    ]
    list_table(doc, rows, clauses, mode="par", size=10.5)
    empty(doc, 1, line=20)
    add_par(doc, [("附注", HT, 14, False)], indent=False, line=24)
    notes = [
        "1.本清单领域依据《国民经济行业分类》(GB/T 4754-2017)划分，所列领域名称仅供参考。",
        "2.本清单所称“中方控股”，是指中方投资者合计持股比例不低于51%；所称“中方相对控股”，是指中方投资者合计持股比例大于任何一个境外投资者的持股比例。",
    ]
    for t in notes:
        add_par(doc, [(t, KT, 14, False)], indent=False, line=24, align=J)
        clauses.append(t)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区商务厅关于发布《中国（广西）自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）》的公告",
            "doc_number": "2026年第4号",
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2026-01-26",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["中国（广西）自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《中国（广西）自由贸易试验区外商投资准入特别管理措施（负面清单）（2025年版）》",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """厦门市人民政府公告 — 红头 + 文号 + red rule, title with manual line break,
    body indented with typed full-width spaces, Chinese-numeral date, 此件主动公开,
    attachment table split by hand with 续表 and re-typed header, (1)(2) lines in
    cells, 附注 with text on its first line, 版记 at the very end."""
    stem = "blind1037_xiamen_pianqu"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("厦门市人民政府", XBS, 44, False, RED)],
            align=C, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, "厦府〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("厦门市人民政府关于公布《中国（福建）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区厦门片区外商投资准入特别"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理措施（负面清单）（2026年版）》的公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    body("为持续深化中国（福建）自由贸易试验区厦门片区投资管理体制改革，支持厦门建设新时代“海上丝绸之路”战略支点城市和两岸融合发展示范区，根据《中华人民共和国外商投资法》及其实施条例、《中国（福建）自由贸易试验区条例》等有关规定，经省人民政府同意，现将《中国（福建）自由贸易试验区厦门片区外商投资准入特别管理措施（负面清单）（2026年版）》（以下简称《厦门片区负面清单》）予以公布，并就有关事项公告如下：")
    body("一、《厦门片区负面清单》适用于中国（福建）自由贸易试验区厦门片区，四至范围按照国务院批准的《中国（福建）自由贸易试验区总体方案》确定，总面积43.78平方公里。")
    body("二、在《厦门片区负面清单》之外的领域，按照内外资一致原则实施管理。台湾地区投资者在片区内投资，参照境外投资者有关规定执行；《海峡两岸经济合作框架协议》及其后续协议有更优惠规定的，从其规定。")
    body("三、本公告自2026年5月1日起施行，有效期至2028年4月30日。施行期间国家出台新的自由贸易试验区外商投资准入特别管理措施的，从其规定。")
    empty(doc, 1)
    add_par(doc, IND + "附件：中国（福建）自由贸易试验区厦门片区外商投资准入特别管理措施（负面清单）（2026年版）",
            indent=False, align=J)
    empty(doc, 2)
    p = add_par(doc, "厦门市人民政府", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年四月八日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---------------- attachment
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("外商投资准入特别管理措施（负面清单）", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("（2026年版）", KT, 16, False)], align=C, indent=False, line=30)
    empty(doc, 1)
    add_par(doc, [("说　明", HT, 16, False)], align=C, indent=False)
    sm = [
        "一、《厦门片区负面清单》统一列出股权要求、高管要求等外商投资准入方面的特别管理措施。",
        "二、《内地与香港关于建立更紧密经贸关系的安排》《内地与澳门关于建立更紧密经贸关系的安排》及其后续协议、《海峡两岸经济合作框架协议》及其后续协议、我国缔结或者参加的国际条约、协定对境外投资者准入待遇有更优惠规定的，可以按照相关规定执行。",
        "三、《厦门片区负面清单》由厦门市商务局会同厦门市发展和改革委员会负责解释。",
    ]
    for t in sm:
        body(t)
    empty(doc, 1)

    rows1 = [
        ("S", "一、农、林、牧、渔业"),
        ("1", "种业", "禁止投资农作物、种畜禽、水产苗种转基因品种选育及其转基因种子（苗）生产。"),
        ("2", "渔业", FISH),
        ("S", "二、制造业"),
        ("3", "中药饮片", "禁止投资中药饮片的蒸、炒、炙、煅等炮制技术的应用及中成药保密处方产品的生产。"),
    ]
    rows2 = [
        ("S", "三、交通运输、仓储和邮政业"),
        ("4", "水上运输", ["（1）国内水上运输公司须由中方控股。",
                       "（2）允许在厦门港注册的外商投资国际集装箱班轮公司按照国家有关规定开展以厦门港为国际中转港的外贸集装箱沿海捎带业务。"]),
        ("5", "航空运输", ["（1）" + AIR1, "（2）" + AIR2]),
        ("6", "民用机场", AIRPORT),
        ("7", "邮政", POST),
        ("S", "四、信息传输、软件和信息技术服务业"),
        ("8", "电信", TEL),
        ("9", "互联网和相关服务", NET),
        ("S", "五、文化、体育和娱乐业"),
        ("10", "文物", RELIC),
    ]
    list_table(doc, rows1, clauses, mode="par", hdr_repeat=False, colw=(1.2, 3.0, 11.4), size=10.5)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    list_table(doc, rows2, clauses, mode="par", hdr_repeat=False, colw=(1.2, 3.0, 11.4), size=10.5)
    empty(doc, 1, line=20)
    n1 = "附注：1.本清单所称“中方控股”，是指中方投资者合计持股比例不低于51%；“中方相对控股”，是指中方投资者合计持股比例大于任何一个境外投资者的持股比例。"
    n2 = "2.本清单所列领域依据《国民经济行业分类》（GB/T 4754—2017）划分。"
    add_par(doc, [(n1, FS, 14, False)], indent=False, line=24, align=J)
    p = add_par(doc, [("\u3000\u3000\u3000" + n2, FS, 14, False)], indent=False, line=24, align=J)
    clauses.extend([n1, n2])

    banji(doc, "抄送：省商务厅，省发展改革委，厦门海关。",
          "厦门市人民政府办公厅", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府关于公布《中国（福建）自由贸易试验区厦门片区外商投资准入特别管理措施（负面清单）（2026年版）》的公告",
            "doc_number": "厦府〔2026〕21号",
            "issuer": ["厦门市人民政府"],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-05-01",
            "expires": "2028-04-30",
            "attachments": ["中国（福建）自由贸易试验区厦门片区外商投资准入特别管理措施（负面清单）（2026年版）"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_tianjin():
    """天津市商务局 天津市发展和改革委员会 joint 公告 — 联合版头 in a borderless
    table with merged 文件 cell, 文号 left, title in three lines, 附件 line with a
    manual line break, two 落款 organs on a tab line, run-in 说明 numbers in 黑体,
    Shift+Enter lines in cells, vertically merged 领域 cells, 附注 in one line."""
    stem = "blind1037_tianjin_lianhe"
    doc = Document()
    setup(doc)
    clauses = []

    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, (11.5, 4.0))
    for i, org in enumerate(("天津市商务局", "天津市发展和改革委员会")):
        c = t.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(org), XBS, 28, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(44)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    m.text = ""
    p = m.paragraphs[0]
    font(p.add_run("文件"), XBS, 40, False, RED)
    p.alignment = C
    m.vertical_alignment = 1  # center
    empty(doc, 1)
    p = add_par(doc, "津商务资〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("天津市商务局 天津市发展和改革委员会",
               "关于发布《中国（天津）自由贸易试验区",
               "外商投资准入特别管理措施（负面清单）",
               "（2026年版）》的公告"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    body("为进一步扩大中国（天津）自由贸易试验区对外开放，服务京津冀协同发展和高质量共建“一带一路”，根据《中华人民共和国外商投资法》及其实施条例等规定，经市人民政府同意，市商务局、市发展改革委制定了《中国（天津）自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）》，现予发布，自2026年3月15日起施行。《中国（天津）自由贸易试验区外商投资准入特别管理措施（负面清单）（2025年版）》同时废止。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("附件：中国（天津）自由贸易试验区外商投资准入"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000\u3000特别管理措施（负面清单）（2026年版）"), FS, 16)
    fmt(p, align=L)
    empty(doc, 1)
    p = add_par(doc, [("天津市商务局", FS, 16, False), ("\t", FS, 16, False),
                      ("天津市发展和改革委员会", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.8), 0)
    p.paragraph_format.left_indent = Pt(48)
    p = add_par(doc, "2026年2月10日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(72)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---------------- attachment (clerk just hit Enter, no page break)
    empty(doc, 2)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（天津）自由贸易试验区外商投资准入", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("特别管理措施（负面清单）（2026年版）", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1)
    add_par(doc, [("说　　明", HT, 16, False)], align=C, indent=False)
    sm = [
        ("一、", "《中国（天津）自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）》（以下简称《天津自贸试验区负面清单》）统一列出股权要求、高管要求等外商投资准入方面的特别管理措施，适用于中国（天津）自由贸易试验区天津港片区、天津机场片区和滨海新区中心商务片区。"),
        ("二、", "《天津自贸试验区负面清单》之外的领域，按照内外资一致原则实施管理。境外投资者不得作为个体工商户、个人独资企业投资人、农民专业合作社成员，从事投资经营活动。"),
        ("三、", "境外投资者不得投资《天津自贸试验区负面清单》中禁止外商投资的领域；投资《天津自贸试验区负面清单》之内的非禁止投资领域，须符合《天津自贸试验区负面清单》规定的股权要求、高管要求等特别管理措施。投资有股权要求的领域，不得设立外商投资合伙企业。"),
        ("四、", "《天津自贸试验区负面清单》中未列出的文化、金融等领域与行政审批、资质条件、国家安全等相关措施，按照现行规定执行。"),
        ("五、", "《天津自贸试验区负面清单》由市商务局、市发展改革委负责解释。"),
    ]
    for h, t in sm:
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], align=J)
        clauses.append(h + t)
    empty(doc, 1)

    rows = [
        ("S", "一、农、林、牧、渔业"),
        ("1", "种业", WHEAT),
        ("2", "种业", GENE),
        ("3", "渔业", FISH),
        ("S", "二、采矿业"),
        ("4", "稀土和放射性矿产", RARE),
        ("S", "三、交通运输、仓储和邮政业"),
        ("5", "航空运输", AIR1),
        ("6", "航空运输", AIR2),
        ("7", "民用机场", AIRPORT),
        ("8", "邮政", POST),
        ("S", "四、信息传输、软件和信息技术服务业"),
        ("9", "电信", TEL),
        ("10", "互联网和相关服务", NET),
        ("S", "五、科学研究和技术服务业"),
        ("11", "研究与试验发展", ["1.禁止投资人体干细胞、基因诊断与治疗技术开发和应用。",
                            "2.禁止投资人文社会科学研究机构。"]),
        ("S", "六、教育"),
        ("12", "教育", ["1." + EDU1, "2." + EDU2]),
        ("S", "七、文化、体育和娱乐业"),
        ("13", "新闻出版", ["1." + NEWS, "2." + PUB]),
        ("14", "文物", RELIC),
    ]
    # vertical merges: 种业 rows (index 1,2), 航空运输 rows (index 7,8)
    list_table(doc, rows, clauses, mode="br", size=10.5, colw=(1.2, 3.2, 11.2),
               vmerge=[(1, 2), (7, 8)])
    empty(doc, 1, line=18)
    note = "附注：本清单所称“中方控股”，是指中方投资者合计持股比例不低于51%；所称“中方相对控股”，是指中方投资者合计持股比例大于任何一个境外投资者的持股比例。本清单未列明的事项，按照《外商投资准入特别管理措施（负面清单）》和国家有关规定执行。"
    add_par(doc, [(note, KT, 14, False)], indent=False, line=24, align=J)
    clauses.append(note)

    banji(doc, "抄送：商务部外国投资管理司，国家发展改革委利用外资和境外投资司，市人民政府办公厅，天津海关，中国（天津）自由贸易试验区管理委员会。",
          "天津市商务局办公室", "2026年2月10日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "天津市商务局 天津市发展和改革委员会关于发布《中国（天津）自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）》的公告",
            "doc_number": "津商务资〔2026〕7号",
            "issuer": ["天津市商务局", "天津市发展和改革委员会"],
            "date": "2026-02-10",
            "published": None,
            "level": "provincial",
            "region": "天津市",
            "effective": "2026-03-15",
            "expires": None,
            "attachments": ["中国（天津）自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《中国（天津）自由贸易试验区外商投资准入特别管理措施（负面清单）（2025年版）》",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guangxi(), doc_xiamen(), doc_tianjin()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
