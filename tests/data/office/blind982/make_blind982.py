# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 982: 四川省 自贸试验区外资准入负面清单实施说明 + 鼓励外商投资产业目录增补通知.

Writes blind982_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
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
    return p


def add_par(container, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
    p = container.add_paragraph()
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
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
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
    # footer page number "— 1 —" (PAGE field)
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    """text may contain '\n' -> separate paragraphs inside the cell."""
    cell.text = ""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if part:
            font(p.add_run(part), name, size, bold, color)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(table, ws):
    """fixed layout + grid columns + cell widths, so LibreOffice keeps the widths."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblpr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        col = 0
        for tc in row._tr.findall(qn("w:tc")):
            span = tc.grid_span
            w = sum(ws[col:col + span])
            col += span
            tcpr = tc.get_or_add_tcPr()
            tw = tcpr.find(qn("w:tcW"))
            if tw is None:
                tw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tw)
            tw.set(qn("w:w"), str(int(w * 567)))
            tw.set(qn("w:type"), "dxa")


def distribute(p):
    """distributed alignment (分散对齐) as clerks use for joint organ names."""
    ppr = p._p.get_or_add_pPr()
    jc = ppr.find(qn("w:jc"))
    if jc is None:
        jc = parse_xml('<w:jc %s w:val="distribute"/>' % nsdecls("w"))
        ppr.append(jc)
    else:
        jc.set(qn("w:val"), "distribute")


def banji(doc, cc, printer, date_txt, gap=1):
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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_982", "--headless",
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
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
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


CN = "一二三四五六七八九十"
SPLIT_A = 13  # rows before the typed 续表 (set after looking at the PDF)


def grouped_table(doc, header, groups, ws, clauses, size=12, line=18, header_repeat=False,
                  fill_no=None):
    """groups: list of (group_value, [row, ...]); group value goes in column 1 (merged
    vertically), rows hold the other columns.  fill_no: list of 序号 strings for column 0
    (then the group goes in column 1)."""
    nrows = sum(len(rs) for _, rs in groups)
    ncols = len(header)
    t = doc.add_table(rows=1 + nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size, line=line)
    if header_repeat:
        repeat_header(t.rows[0])
    gcol = 1 if fill_no is not None else 0
    ri = 1
    k = 0
    for gval, rows in groups:
        top = ri
        for row in rows:
            cells = t.rows[ri].cells
            vals = []
            if fill_no is not None:
                set_cell(cells[0], fill_no[k], FS, size, line=line)
                vals.append(fill_no[k])
            vals.append(gval)
            rest = [c for c in range(ncols) if c not in (0, gcol)] if fill_no is not None \
                else [c for c in range(ncols) if c != gcol]
            for ci, v in zip(rest, row):
                set_cell(cells[ci], v, FS, size, align=WD_ALIGN_PARAGRAPH.LEFT, line=line)
                vals.append(v)
            cant_split(t.rows[ri])
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
            ri += 1
            k += 1
        set_cell(t.rows[top].cells[gcol], gval, FS, size, line=line)
        if ri - 1 > top:
            t.cell(top, gcol).merge(t.cell(ri - 1, gcol))
    widths(t, ws)
    return t


# =================================================================== DOC A
def doc_fumian():
    """负面清单实施说明: joint 红头 文件, inline long table split by hand with a typed 续表."""
    stem = "blind982_fumian_shuoming"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 top left
    add_par(doc, [("000137", HT, 16, False)], indent=False)
    # joint 版头: layout table, organ names distributed, 文件 merged on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "四川省商务厅", XBS, 28, color=RED, line=40)
    set_cell(t.cell(1, 0), "四川省发展和改革委员会", XBS, 28, color=RED, line=40)
    distribute(t.cell(0, 0).paragraphs[0])
    distribute(t.cell(1, 0).paragraphs[0])
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, color=RED, line=52)
    widths(t, [11.6, 3.8])
    p = add_par(doc, "川商外资〔2026〕12号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for ln in ("关于在中国（四川）自由贸易试验区实施",
               "外商投资准入特别管理措施（负面清单）",
               "的说明"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=34)
    empty(doc, 1)
    add_par(doc, "各市（州）商务主管部门，各市（州）发展改革委，中国（四川）自由贸易试验区各片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hfont=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    def head(h):
        add_par(doc, [(h, HT, 16, False)])

    body("为做好《自由贸易试验区外商投资准入特别管理措施（负面清单）（2025年版）》（以下简称《自贸试验区负面清单》）在中国（四川）自由贸易试验区（以下简称四川自贸试验区）的实施工作，根据商务部、国家发展改革委有关要求，现就有关事项说明如下：")
    runin("一、适用范围。", "《自贸试验区负面清单》在四川自贸试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区（以下统称各片区）实施范围内适用。各片区以外区域统一执行《外商投资准入特别管理措施（负面清单）（2024年版）》。")
    runin("二、管理方式。", "清单之内的非禁止投资领域，须进行外资准入许可；清单之外的领域，按照内外资一致原则实施管理。四川自贸试验区现行执行的特别管理措施共24条，具体见下表。")

    # table caption, then the long table the clerk split by hand with a typed 续表
    add_par(doc, [("表　四川自贸试验区现行执行的外商投资准入特别管理措施", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    header = ["序号", "领域", "特别管理措施"]
    measures = [
        ("农、林、牧、渔业", [
            "小麦新品种选育和种子生产的中方股比不低于34%、玉米新品种选育和种子生产须由中方控股。",
            "禁止投资中国稀有和特有的珍贵优良品种的研发、养殖、种植以及相关繁殖材料的生产（包括种植业、畜牧业、水产业的优良基因）。",
            "禁止投资农作物、种畜禽、水产苗种转基因品种选育及其转基因种子（苗）生产。",
        ]),
        ("采矿业", ["禁止投资稀土、放射性矿产、钨勘查、开采及选矿。"]),
        ("电力、热力、燃气及水生产和供应业", ["核电站的建设、经营须由中方控股。"]),
        ("批发和零售业", ["禁止投资烟叶、卷烟、复烤烟叶及其他烟草制品的批发、零售。"]),
        ("交通运输、仓储和邮政业", [
            "国内水上运输公司须由中方控股。",
            "公共航空运输公司须由中方控股，且一家外国投资者及其关联企业投资比例不得超过25%，法定代表人须由中国籍公民担任。通用航空公司的法定代表人须由中国籍公民担任，其中农、林、渔业通用航空公司限于合资，其他通用航空公司限于中方控股。",
            "民用机场的建设、经营须由中方相对控股。外方不得参与建设、运营机场塔台。",
            "禁止投资邮政公司、信件的国内快递业务。",
        ]),
        ("信息传输、软件和信息技术服务业", [
            "电信公司：限于中国入世承诺开放的电信业务，增值电信业务的外资股比不超过50%（电子商务、国内多方通信、存储转发类、呼叫中心除外），基础电信业务须由中方控股。",
            "禁止投资互联网新闻信息服务、网络出版服务、网络视听节目服务、互联网文化经营（音乐除外）、互联网公众发布信息服务（上述服务中，中国入世承诺中已开放的内容除外）。",
        ]),
        ("租赁和商务服务业", [
            "禁止投资中国法律事务（提供有关中国法律环境影响的信息除外），不得成为国内律师事务所合伙人。",
            "市场调查限于合资，其中广播电视收听、收视调查须由中方控股。",
            "禁止投资社会调查。",
        ]),
        ("科学研究和技术服务业", [
            "禁止投资人体干细胞、基因诊断与治疗技术开发和应用。",
            "禁止投资大地测量、海洋测绘、测绘航空摄影、地面移动测量、行政区域界线测绘，地形图、世界政区地图、全国政区地图、省级及以下政区地图、全国性教学地图、地方性教学地图、真三维地图和导航电子地图编制，区域性的地质填图、矿产地质、地球物理、地球化学、水文地质、环境地质、地质灾害、遥感地质等调查（矿业权人在其矿业权范围内开展工作不受此特别管理措施限制）。",
        ]),
        ("教育", [
            "学前、普通高中和高等教育机构限于中外合作办学，须由中方主导（校长或者主要行政负责人应当具有中国国籍，理事会、董事会或者联合管理委员会的中方组成人员不得少于1/2）。",
            "禁止投资义务教育机构、宗教教育机构。",
        ]),
        ("卫生和社会工作", ["医疗机构限于合资（国家另有规定的除外）。"]),
        ("文化、体育和娱乐业", [
            "禁止投资新闻机构（包括但不限于通讯社）。",
            "禁止投资各级广播电台（站）、电视台（站）、广播电视频道（率）、广播电视传输覆盖网（发射台、转播台、广播电视卫星、卫星上行站、卫星收转站、微波站、监测台及有线广播电视传输覆盖网等），禁止从事广播电视视频点播业务和卫星电视广播地面接收设施安装服务。",
            "禁止投资电影制作公司、发行公司、院线公司以及电影引进业务。",
            "文艺表演团体须由中方控股。",
        ]),
    ]
    # split the flat list of rows into the part before and after the typed 续表
    flat = [(g, m) for g, ms in measures for m in ms]

    def regroup(rows):
        out = []
        for g, m in rows:
            if out and out[-1][0] == g:
                out[-1][1].append([m])
            else:
                out.append((g, [[m]]))
        return out

    ws = [1.3, 3.4, 10.9]
    part1, part2 = flat[:SPLIT_A], flat[SPLIT_A:]
    grouped_table(doc, header, regroup(part1), ws, clauses, size=10.5, line=15,
                  fill_no=[str(i) for i in range(1, len(part1) + 1)])
    if part2:
        p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
        p.paragraph_format.page_break_before = True
        grouped_table(doc, header, regroup(part2), ws, clauses, size=10.5, line=15,
                      fill_no=[str(i) for i in range(len(part1) + 1, len(flat) + 1)])
    note = ("注：表中“中方控股”指中方合计持股比例不低于51%，"
            "“中方相对控股”指中方在外商投资企业中的投资比例之和大于任何一方外国投资者的投资比例。")
    add_par(doc, [(note, FS, 12, False)], indent=False, line=18, before=4)
    clauses.append(note)

    runin("三、不符合清单规定的处理。", "对境外投资者拟投资清单内领域但不符合清单规定的，有关主管部门不予办理许可、企业登记注册等相关事项；涉及固定资产投资项目核准的，不予办理相关核准事项。投资有股权要求的领域，不得设立外商投资合伙企业。")
    head("四、办理程序")
    body("（一）外商投资企业设立、变更登记由各片区市场监管部门依法办理，投资信息通过企业登记系统以及国家企业信用信息公示系统报送，商务主管部门不再另行要求报送。")
    body("（二）清单之内非禁止投资领域的外商投资项目，按照《外商投资项目核准和备案管理办法》及我省有关规定办理核准或者备案。")
    runin("五、工作要求。", "各地各片区要依托中欧班列（成渝）、西部陆海新通道等共建“一带一路”重要通道，加强政策宣传推介，做好外资准入事中事后监管。执行中遇到的问题，请及时向省商务厅（外国投资管理处，电话：028-83225631）反映。")
    runin("六、施行日期。", "本说明自2026年4月1日起施行。《关于中国（四川）自由贸易试验区实施外商投资准入负面清单有关事项的说明》（川商外资〔2021〕31号）同时废止。")
    empty(doc, 1)
    # joint 落款 aligned with typed spaces
    add_par(doc, " " * 8 + "四川省商务厅" + "\u3000" * 5 + "四川省发展和改革委员会", indent=False)
    add_par(doc, " " * 44 + "2026年3月16日", indent=False)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：商务部外国投资管理司，国家发展改革委外资司，省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。",
          "四川省商务厅办公室", "2026年3月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于在中国（四川）自由贸易试验区实施外商投资准入特别管理措施（负面清单）的说明",
            "doc_number": "川商外资〔2026〕12号",
            "issuer": ["四川省商务厅", "四川省发展和改革委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [],
            "doc_type": "说明",
            "recipients": ["各市（州）商务主管部门", "各市（州）发展改革委",
                           "中国（四川）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": "《关于中国（四川）自由贸易试验区实施外商投资准入负面清单有关事项的说明》（川商外资〔2021〕31号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guli():
    """鼓励外商投资产业目录增补: 信函式 header, auto numbering, repeated header rows."""
    stem = "blind982_guli_mulu"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # letter-style header: two organ names in red, red double rule, 文号 on the right
    add_par(doc, [("四川省发展和改革委员会", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    p = add_par(doc, [("四川省商务厅", XBS, 30, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    border(p, "bottom", "FF0000", 18, 6, val="thickThinSmallGap")
    p = add_par(doc, "川发改外资〔2026〕45号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT,
                before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title: one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("关于印发《四川省鼓励外商投资产业目录"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（2026年增补）》的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市（州）发展改革委，各市（州）商务主管部门，省直有关部门：", indent=False)

    # body paragraphs indented with typed full-width spaces, not first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def numbered(h, t=None):
        """Word automatic 一、 numbering; heading run-in (h + t) or heading only."""
        p = add_par(doc, [(h, HT, 16, False)] + ([(t, FS, 16, False)] if t else []),
                    first=Pt(32))
        apply_num(p, n_head)
        numbered.k += 1
        if t:
            clauses.append(CN[numbered.k - 1] + "、" + h + t)
    numbered.k = 0

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)],
                indent=False)

    body("为落实《鼓励外商投资产业目录（2025年版）》，发挥我省共建“一带一路”和长江经济带联结点、西部陆海新通道和中欧班列（成渝）重要枢纽的区位优势，引导外资更多投向先进制造、现代服务和我省优势特色产业，经报国家发展改革委、商务部同意，我们研究制定了《四川省鼓励外商投资产业目录（2026年增补）》（以下简称《增补目录》），现印发给你们，并就有关事项通知如下。")
    numbered("适用范围。", "《增补目录》共27条，与国家《鼓励外商投资产业目录（2025年版）》同时适用；同时符合多个条目的，可择优适用，不得重复享受。")
    numbered("支持政策。", "属于《增补目录》的外商投资项目，在投资总额内进口的自用设备，除《外商投资项目不予免税的进口商品目录》所列商品外，免征关税；符合条件的，享受西部大开发企业所得税优惠政策。")
    numbered("工作要求")
    runin("（一）加强项目确认。", "各市（州）发展改革委在办理外商投资项目核准或者备案时，一并出具项目属于鼓励类的确认意见，办理时限不超过5个工作日。")
    # (二) typed with a stray Shift+Enter in the middle of the sentence
    h2 = "（二）强化招商推介。"
    t2a = "各市（州）商务主管部门要围绕《增补目录》条目开展精准招商，"
    t2b = "重点面向共建“一带一路”国家和地区、RCEP成员国开展推介。"
    p = add_par(doc, [(IND, FS, 16, False), (h2, KT, 16, True), (t2a, FS, 16, False)],
                indent=False)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t2b), FS, 16)
    clauses.append(h2 + t2a + t2b)
    numbered("施行日期。", "本通知自2026年2月1日起施行，有效期至2030年12月31日。")
    empty(doc, 1)
    add_par(doc, IND + "附件：四川省鼓励外商投资产业目录（2026年增补）", indent=False)
    empty(doc, 2)
    # 落款 in a borderless layout table: two organs side by side, date below
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "四川省发展和改革委员会", FS, 16, line=28)
    set_cell(t.cell(0, 1), "四川省商务厅", FS, 16, line=28)
    d = t.cell(1, 0).merge(t.cell(1, 1))
    set_cell(d, "二〇二六年一月二十日", FS, 16, line=28)
    widths(t, [8, 7.6])
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ---------------------------------------------------------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("四川省鼓励外商投资产业目录（2026年增补）", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=14)
    header = ["产业类别", "条目", "主要布局地区"]
    groups = [
        ("农、林、牧、渔业", [
            ["1.高标准茶园建设及茶叶精深加工、茶饮品研发生产", "雅安市、乐山市、宜宾市、巴中市"],
            ["2.川产道地中药材规范化种植、良种繁育及初加工", "阿坝州、甘孜州、绵阳市、达州市"],
            ["3.冷水鱼生态养殖及水产品精深加工", "雅安市、阿坝州"],
            ["4.猕猴桃、柑橘、柠檬等特色水果种植及冷链保鲜、精深加工", "资阳市、眉山市、成都市"],
        ]),
        ("制造业", [
            ["5.白酒酿造副产物（酒糟）综合利用技术开发及应用", "宜宾市、泸州市"],
            ["6.川菜复合调味料、预制菜标准化生产及检测技术开发", "成都市、眉山市"],
            ["7.钒钛资源综合利用及钒钛新材料研发和生产", "攀枝花市、凉山州"],
            ["8.锂电池正极材料、电解液生产及废旧动力电池回收利用", "遂宁市、宜宾市、雅安市"],
            ["9.晶硅光伏材料及高效光伏电池、组件生产", "乐山市、宜宾市"],
            ["10.新型显示面板关键材料及配套零部件制造", "成都市、绵阳市"],
            ["11.集成电路设计、封装测试及专用设备、材料制造", "成都市、绵阳市"],
            ["12.航空发动机零部件及民用无人机研发制造", "成都市、自贡市、德阳市"],
            ["13.水电、风电、氢能等清洁能源装备关键零部件制造", "德阳市、自贡市"],
            ["14.轨道交通装备及关键零部件研发制造", "成都市、资阳市"],
            ["15．创新药、现代中药及高端医疗器械研发生产", "成都市、资阳市、眉山市"],
            ["16．天然气化工精深加工及化工新材料生产（不含一般炼化项目）", "达州市、南充市、广安市"],
            ["17．竹浆纸一体化及竹材精深加工", "宜宾市、泸州市、乐山市"],
        ]),
        ("电力、热力、燃气及水生产和供应业", [
            ["18.抽水蓄能电站、水风光互补清洁能源基地建设和经营", "甘孜州、阿坝州、凉山州"],
        ]),
        ("交通运输、仓储和邮政业", [
            ["19.国际多式联运物流枢纽及中欧班列（成渝）集结中心配套设施建设和经营", "成都市（青白江区）"],
            ["20.冷链物流设施建设及经营", "成都市、自贡市、宜宾市"],
            ["21.长江、岷江、嘉陵江内河港口码头建设及经营", "泸州市、宜宾市、南充市、广安市"],
        ]),
        ("信息传输、软件和信息技术服务业", [
            ["22.工业互联网平台、工业软件研发及应用", "成都市、德阳市、绵阳市"],
            ["23.数据中心节能改造及算力服务（“东数西算”成渝枢纽节点）", "成都市（天府数据中心集群）、雅安市"],
        ]),
        ("租赁和商务服务业", [
            ["24.国际会展、会议服务", "成都市"],
            ["25.航空器维修、保税维修及检测服务", "成都市（双流区）、绵阳市"],
        ]),
        ("居民服务、修理和其他服务业", [
            ["26.养老机构、康养服务设施建设和经营", "全省"],
        ]),
        ("文化、体育和娱乐业", [
            ["27.大熊猫国家公园周边生态旅游、康养旅游设施建设和经营", "雅安市、阿坝州、成都市"],
        ]),
    ]
    grouped_table(doc, header, groups, [3.0, 8.8, 3.8], clauses, size=10.5, line=16,
                  header_repeat=True)
    n1 = "注:1.“主要布局地区”为引导性布局，其他地区符合条件的外商投资项目同样适用本目录。"
    n2 = "2.本目录所列条目的具体范围以国家有关产业分类标准为准，涉及外商投资准入特别管理措施的，应当同时符合《外商投资准入特别管理措施（负面清单）》的规定。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=18, before=6)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=18)
    p.paragraph_format.left_indent = Pt(18)
    clauses.extend([n1, n2])

    banji(doc, "抄送：国家发展改革委，商务部，省委办公厅，省政府办公厅。",
          "四川省发展和改革委员会办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《四川省鼓励外商投资产业目录（2026年增补）》的通知",
            "doc_number": "川发改外资〔2026〕45号",
            "issuer": ["四川省发展和改革委员会", "四川省商务厅"],
            "date": "2026-01-20",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-02-01",
            "expires": "2030-12-31",
            "attachments": ["四川省鼓励外商投资产业目录（2026年增补）"],
            "doc_type": "通知",
            "recipients": ["各市（州）发展改革委", "各市（州）商务主管部门", "省直有关部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fumian(), doc_guli()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
