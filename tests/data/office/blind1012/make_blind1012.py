# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1012: 中共连云港市委 连云港市人民政府 实施意见 (红头), 两办印发分工方案通知, 报网刊登版.

Writes blind1012_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
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
GRAY = RGBColor(0x66, 0x66, 0x66)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
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
    if spacing is not None:  # character spacing in twentieths of a point (紧缩)
        sp = parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(sp)
        else:
            rpr.append(sp)
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
    """runs: plain str, or list of (text, font, size, bold[, color[, spacing]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        sp = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, sp)
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


def page_field(fp, name, size, left, right):
    font(fp.add_run(left), name, size)
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), name, size)


def setup(doc, margins=(3.7, 3.5, 2.8, 2.6), footer=("— ", " —"), body_font=FS, body_size=16):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    if footer:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp, SONG, 14, footer[0], footer[1])


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_border(cell, side, color="FF0000", sz=18):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = parse_xml('<w:tcBorders %s/>' % nsdecls("w"))
        tcPr.append(b)
    b.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>'
                       % (side, nsdecls("w"), sz, color)))


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20, spacing=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color, spacing)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def widths(table, cms):
    table.autofit = False
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, use_tab=False):
    """版记: 抄送 + 印发 between black rules."""
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    if use_tab:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    else:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1012", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================= shared text of the 实施意见
YJ_TITLE_A = "中共连云港市委\u3000连云港市人民政府关于深度融入共建“一带一路”加快建设新亚欧陆海联运通道标杆示范项目的实施意见"
YJ_TITLE_WEB = "中共连云港市委 连云港市人民政府关于深度融入共建“一带一路”加快建设新亚欧陆海联运通道标杆示范项目的实施意见"
RECIP = ["各县区委、县区人民政府", "市各功能板块党工委、管委会", "市委各部委", "市各委办局", "市各直属单位"]
RECIP_LINE = "，".join(RECIP) + "："
REPEALS = "《中共连云港市委\u3000连云港市人民政府关于加快推进“一带一路”强支点建设的意见》（连发〔2019〕21号）"

# ("p", text) body paragraph; ("h", text) heading only; ("i", head, text) run-in numbered item
YJ = [
    ("p", "为深入贯彻习近平总书记关于共建“一带一路”的重要论述，全面落实省委、省政府关于高质量推进“一带一路”交汇点建设的部署要求，充分发挥我市新亚欧大陆桥经济走廊东方起点和陆海交汇枢纽优势，加快建设新亚欧陆海联运通道标杆示范项目，推动更高水平对外开放，现提出如下实施意见。"),
    ("h", "一、总体要求"),
    ("i", "（一）指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，服务和融入新发展格局，以高质量共建“一带一路”为统领，以港口、通道、平台、产业、人文“五位一体”协同推进为路径，着力打造陆海内外联动、东西双向互济的开放门户。"),
    ("i", "（二）主要目标。", "到2028年，连云港港货物吞吐量达到4亿吨，集装箱吞吐量达到800万标准箱，中欧（中亚）班列年开行量达到1200列，海河联运量突破3500万吨；中国（江苏）自由贸易试验区连云港片区累计形成制度创新成果150项以上。到2030年，新亚欧陆海联运通道标杆示范作用全面彰显，基本建成国际一流的现代化海港和区域性国际物流枢纽。"),
    ("h", "二、重点任务"),
    ("i", "（三）建设国际一流枢纽海港。", "加快推进连云港港30万吨级航道二期工程、徐圩港区和赣榆港区公共码头建设，完善港口集疏运体系，推动港口向智慧化、绿色化转型。支持连云港港口集团与共建“一带一路”国家港口企业开展合资合作，新增国际集装箱航线10条以上，加密至日韩、东南亚、中东等地航线航班。"),
    ("i", "（四）做优做强中欧（中亚）班列。", "巩固提升连云港至阿拉木图、塔什干、伊斯坦布尔等班列线路，拓展经跨里海国际运输走廊至欧洲的新通道，推动开行“海铁联运”“公转铁”精品班列。支持中哈（连云港）物流合作基地、上合组织（连云港）国际物流园拓展功能，打造中亚国家重要出海口。"),
    ("i", "（五）提升自贸试验区开放能级。", "深入实施自贸试验区提升战略，在中国（江苏）自由贸易试验区连云港片区开展国际航行船舶保税燃料油加注、多式联运“一单制”、大宗商品期现结合等改革探索。主动对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，每年形成制度创新成果20项以上。"),
    ("i", "（六）培育开放型产业体系。", "依托连云港石化产业基地、国家级经济技术开发区和综合保税区，加快发展石化、医药、新材料、装备制造等临港产业，积极引进外资龙头企业和产业链配套项目。鼓励企业“走出去”，在共建“一带一路”国家布局境外经贸合作区、海外仓和营销网络。到2028年，全市实际使用外资年均增长5%以上，对共建“一带一路”国家进出口额占全市比重达到45%。"),
    ("i", "（七）深化人文交流合作。", "办好中国（连云港）丝绸之路国际物流博览会，持续开展“丝路友好城市”建设，新增国际友好城市和友好交流城市3个以上。支持江苏海洋大学等高校扩大与共建国家教育合作，建设“一带一路”职业技能培训基地。"),
    ("h", "三、保障措施"),
    ("i", "（八）加强组织领导。", "成立市深度融入共建“一带一路”工作领导小组，由市委、市政府主要负责同志任组长，领导小组办公室设在市发展改革委。各县区、各功能板块要建立相应工作机制，明确责任分工，确保各项任务落地见效。"),
    ("i", "(九)强化政策支持。", "市财政每年安排不少于3亿元资金，统筹用于航线培育、班列运营,平台建设和开放型企业引育。鼓励金融机构创新跨境金融产品。"),
    ("i", "（十）完善考核评估。", "将本实施意见落实情况纳入全市高质量发展综合考核，实行清单化管理、项目化推进、季度化调度，对工作成效明显的地区和部门予以通报表扬。"),
    ("p", "本实施意见自2026年4月1日起施行，有效期至2030年12月31日。" + REPEALS + "同时废止。"),
]


def yj_clauses():
    out = []
    for e in YJ:
        if e[0] == "p":
            out.append(e[1])
        elif e[0] == "i":
            out.append(e[1] + e[2])
    return out


def yj_meta(**over):
    m = {
        "title": YJ_TITLE_A,
        "doc_number": "连发〔2026〕4号",
        "issuer": ["中共连云港市委", "连云港市人民政府"],
        "date": "2026-03-12",
        "published": None,
        "level": "municipal",
        "region": "连云港市",
        "effective": "2026-04-01",
        "expires": "2030-12-31",
        "attachments": [],
        "doc_type": "意见",
        "recipients": list(RECIP),
        "publicity": "此件公开发布",
        "repeals": REPEALS,
    }
    m.update(over)
    return m


# =================================================================== DOC A
def doc_yijian():
    stem = "blind1012_lyg_shishi_yijian"
    doc = Document()
    setup(doc)

    # red 版头: 中共连云港市委文件
    add_par(doc, [("中共连云港市委文件", XBS, 48, False, RED, -20)],
            align=C, indent=False, line=66, before=30)
    empty(doc, 1)
    add_par(doc, "连发〔2026〕4号", align=C, indent=False)
    # red rule with a star in the middle, typed with box-drawing characters
    add_par(doc, [("━" * 13 + " ", SONG, 14, False, RED), ("★", SONG, 14, False, RED),
                  (" " + "━" * 13, SONG, 14, False, RED)], align=C, indent=False, line=20)
    empty(doc, 1)
    # title: first line own paragraph, lines 2-3 one paragraph with a soft break at an odd place
    add_par(doc, [("中共连云港市委\u3000连云港市人民政府", XBS, 22, False)],
            align=C, indent=False, line=36)
    p = doc.add_paragraph()
    font(p.add_run("关于深度融入共建“一带一路”加快建设新亚"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("欧陆海联运通道标杆示范项目的实施意见"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, RECIP_LINE, indent=False)

    for e in YJ:
        if e[0] == "p":
            add_par(doc, e[1])
        elif e[0] == "h":
            add_par(doc, [(e[1], HT, 16, False)])
        else:
            add_par(doc, [(e[1], KT, 16, True), (e[2], FS, 16, False)])

    empty(doc, 1)
    # joint 落款 in a borderless layout table, organ names typed with spaces
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "中共连云港市委", FS, 16, line=28)
    set_cell(t.rows[0].cells[1], "连云港市人民政府", FS, 16, line=28)
    m = t.rows[1].cells[0].merge(t.rows[1].cells[1])
    set_cell(m, "2026年3月12日" + "\u3000" * 4, FS, 16, align=R, line=28)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院，连云港军分区党委。",
          "中共连云港市委办公室", "2026年3月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{"meta": yj_meta(), "clauses": yj_clauses()}]
    return path


# =================================================================== DOC B
FG_NAME = "连云港市新亚欧陆海联运通道标杆示范项目建设重点任务分工方案"
FG_HEAD = ["序号", "任务类别", "重点任务", "责任分工／牵头单位", "责任分工／配合单位", "完成时限"]
FG_ROWS = [
    ("建设国际一流枢纽海港", [
        ("加快推进连云港港30万吨级航道二期工程建设", "市交通运输局", "市发展改革委、连云港港口集团", "2027年底前"),
        ("推进徐圩港区、赣榆港区公共码头和疏港铁路建设", "市交通运输局", "徐圩新区管委会、赣榆区政府、连云港港口集团", "2028年底前"),
        ("新增国际集装箱航线10条以上，加密日韩、东南亚、中东航线航班", "连云港港口集团", "市交通运输局、市商务局、连云港海关", "持续推进"),
    ]),
    ("做优做强中欧（中亚）班列", [
        ("拓展经跨里海国际运输走廊至欧洲的班列新线路，开行“海铁联运”“公转铁”精品班列", "市发展改革委", "市交通运输局、市商务局、连云港港口集团", "2026年底前"),
        ("提升中哈（连云港）物流合作基地、上合组织（连云港）国际物流园功能", "连云港港口集团", "市发展改革委、市商务局、连云区政府", "2027年底前"),
    ]),
    ("提升自贸试验区开放能级", [
        ("开展国际航行船舶保税燃料油加注、多式联运“一单制”、大宗商品期现结合等改革探索", "自贸试验区连云港片区管委会", "连云港海关、市交通运输局、市商务局", "2026年底前"),
        ("对接RCEP等高标准经贸规则，每年形成制度创新成果20项以上", "自贸试验区连云港片区管委会", "市委改革办、市司法局", "每年12月底前"),
    ]),
    ("培育开放型产业体系", [
        ("加快发展石化、医药、新材料、装备制造等临港产业，引进外资龙头企业和产业链配套项目", "市工业和信息化局", "市商务局、徐圩新区管委会、连云港经济技术开发区管委会", "持续推进"),
        ("支持企业在共建“一带一路”国家布局境外经贸合作区、海外仓和营销网络", "市商务局", "市财政局、市委金融办、中国出口信用保险公司江苏分公司", "2028年底前"),
    ]),
    ("深化人文交流合作", [
        ("办好中国（连云港）丝绸之路国际物流博览会", "市商务局", "市委宣传部、市外办、市贸促会", "每年"),
        ("新增国际友好城市和友好交流城市3个以上", "市外办", "各县区政府", "2028年底前"),
        ("建设“一带一路”职业技能培训基地", "市教育局", "江苏海洋大学、市人力资源社会保障局", "2027年底前"),
    ]),
    ("强化保障措施", [
        ("市财政每年安排不少于3亿元资金，统筹用于航线培育、班列运营、平台建设和开放型企业引育", "市财政局", "市发展改革委、市商务局、市交通运输局", "每年"),
        ("将实施意见落实情况纳入全市高质量发展综合考核", "市委督查室", "市政府督查室、市发展改革委", "每年"),
    ]),
]


def doc_fengong():
    stem = "blind1012_lyg_fengong_tongzhi"
    doc = Document()
    setup(doc, footer=("－ ", " －"))
    clauses = []

    # 份号 and 紧急程度, top-left
    add_par(doc, [("000217", SONG, 16, False)], indent=False, line=22)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=22)
    # joint 版头: two organ names stacked on the left, 文件 on the right (layout table)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [11.6, 3.8])
    set_cell(t.rows[0].cells[0], "中共连云港市委办公室", XBS, 28, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=38)
    set_cell(t.rows[1].cells[0], "连云港市人民政府办公室", XBS, 28, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=38)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 48, color=RED, line=60)
    empty(doc, 1, line=20)
    add_par(doc, "连委办发〔2026〕12号", align=C, indent=False)
    # red rule with a star: 1x3 layout table
    rt = doc.add_table(rows=1, cols=3)
    no_borders(rt)
    rt.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(rt, [7.3, 1.0, 7.3])
    set_cell(rt.rows[0].cells[0], "", SONG, 6, line=8)
    set_cell(rt.rows[0].cells[1], "★", SONG, 14, color=RED, line=18)
    set_cell(rt.rows[0].cells[2], "", SONG, 6, line=8)
    cell_border(rt.rows[0].cells[0], "bottom", "FF0000", 18)
    cell_border(rt.rows[0].cells[2], "bottom", "FF0000", 18)
    rt.rows[0].cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    rt.rows[0].cells[2].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    empty(doc, 1)
    # title, three lines, first line condensed so it fits
    add_par(doc, [("中共连云港市委办公室\u3000连云港市人民政府办公室", XBS, 22, False, None, -40)],
            align=C, indent=False, line=36)
    add_par(doc, [("印发《连云港市新亚欧陆海联运通道标杆", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("示范项目建设重点任务分工方案》的通知", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, RECIP_LINE, indent=False)

    def body(t, **kw):
        clauses.append(t)
        return add_par(doc, t, **kw)

    body("《" + FG_NAME + "》已经市委、市政府同意，现印发给你们，请结合实际认真抓好贯彻落实。")
    body("各牵头单位要会同配合单位细化工作举措，制定具体推进计划，于2026年4月15日前报市深度融入共建“一带一路”工作领导小组办公室（设在市发展改革委）。")
    # 落款 typed with spaces, Chinese-numeral date
    add_par(doc, "\u3000\u3000中共连云港市委办公室\u3000\u3000\u3000连云港市人民政府办公室", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二六年三月二十日", indent=False)

    # ---- the 分工方案 itself, new page
    p = add_par(doc, [("连云港市新亚欧陆海联运通道标杆示范", XBS, 22, False)], align=C, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("项目建设重点任务分工方案", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    body("为确保《" + YJ_TITLE_A + "》（连发〔2026〕4号）各项任务落地落实，现就重点任务分工明确如下：")

    nrows = sum(len(g[1]) for g in FG_ROWS)
    tb = doc.add_table(rows=2 + nrows, cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(tb, [1.0, 2.2, 5.0, 2.4, 3.1, 2.2])
    h0, h1 = tb.rows[0].cells, tb.rows[1].cells
    for ci, txt in ((0, "序号"), (1, "任务类别"), (2, "重点任务"), (5, "完成时限")):
        mc = h0[ci].merge(h1[ci])
        set_cell(mc, txt, HT, 11, line=16)
    mc = h0[3].merge(h0[4])
    set_cell(mc, "责任分工", HT, 11, line=16)
    set_cell(tb.rows[1].cells[3], "牵头单位", HT, 11, line=16)
    set_cell(tb.rows[1].cells[4], "配合单位", HT, 11, line=16)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    ri = 2
    n = 0
    for cat, items in FG_ROWS:
        first = ri
        for task, lead, coop, when in items:
            n += 1
            cells = tb.rows[ri].cells
            set_cell(cells[0], str(n), FS, 10.5, line=16)
            set_cell(cells[2], task, FS, 10.5, align=L, line=16)
            set_cell(cells[3], lead, FS, 10.5, line=16)
            set_cell(cells[4], coop, FS, 10.5, align=L, line=16)
            set_cell(cells[5], when, FS, 10.5, line=16)
            cant_split(tb.rows[ri])
            clauses.append("；".join("%s：%s" % (h, v) for h, v in
                                     zip(FG_HEAD, [str(n), cat, task, lead, coop, when])))
            ri += 1
        mc = tb.rows[first].cells[1]
        if ri - 1 > first:
            mc = mc.merge(tb.rows[ri - 1].cells[1])
        set_cell(mc, cat, FS, 10.5, line=16)

    p = body("注：排在第一位的配合单位为主要配合单位；各县区、各功能板块负责本辖区相关任务的组织实施。",
             indent=False, line=22)
    p.runs[0].font.size = Pt(12)
    body("各牵头单位每季度末月20日前将任务推进情况书面报送市深度融入共建“一带一路”工作领导小组办公室，领导小组办公室定期汇总，报市委、市政府并适时通报。")
    empty(doc, 2)
    banji(doc, "抄送：市人大常委会办公室，市政协办公室，市纪委监委机关。",
          "中共连云港市委办公室", "2026年3月20日印发", use_tab=True)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中共连云港市委办公室\u3000连云港市人民政府办公室印发《" + FG_NAME + "》的通知",
            "doc_number": "连委办发〔2026〕12号",
            "issuer": ["中共连云港市委办公室", "连云港市人民政府办公室"],
            "date": "2026-03-20",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": list(RECIP),
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_web():
    stem = "blind1012_lyg_baowang"
    doc = Document()
    setup(doc, margins=(2.54, 2.54, 3.18, 3.18), footer=None, body_font=SONG, body_size=12)
    IND = "\u3000\u3000"

    add_par(doc, [("当前位置：首页 > 新闻中心 > 时政要闻", SONG, 9, False, GRAY)],
            indent=False, line=16)
    empty(doc, 1, line=16)
    add_par(doc, [(YJ_TITLE_WEB, HT, 18, True)], align=C, indent=False, line=30)
    add_par(doc, [("来源：连云港日报\u3000\u3000发布时间：2026-03-18 07:45:12\u3000\u3000作者：\u3000\u3000【字号：大 中 小】",
                   SONG, 9, False, GRAY)], align=C, indent=False, line=18, before=6)
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "CCCCCC", 6, 1)
    empty(doc, 1, line=18)
    add_par(doc, [("（2026年3月12日）", KT, 12, False)], align=C, indent=False, line=24)
    empty(doc, 1, line=18)
    for e in YJ:
        if e[0] == "p":
            add_par(doc, [(IND + e[1], SONG, 12, False)], indent=False, line=24, after=6)
        elif e[0] == "h":
            add_par(doc, [(IND + e[1], SONG, 12, True)], indent=False, line=24, after=6)
        else:
            add_par(doc, [(IND + e[1] + e[2], SONG, 12, False)], indent=False, line=24, after=6)
    empty(doc, 1, line=18)
    add_par(doc, [("责任编辑：孙晓雯", SONG, 10.5, False, GRAY)], align=R, indent=False, line=20)
    add_par(doc, [("【打印本页】\u3000【关闭窗口】", SONG, 9, False, GRAY)], align=R, indent=False, line=18)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": yj_meta(title=YJ_TITLE_WEB, doc_number=None, published="2026-03-18",
                        recipients=[], publicity=None),
        "clauses": yj_clauses(),
    }]
    return path


def main():
    paths = [doc_yijian(), doc_fengong(), doc_web()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
