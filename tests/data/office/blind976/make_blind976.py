# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 976: 省委办公厅、省政府办公厅联合印发实施意见的通知 + 省发展改革委征求意见函
(附征求意见稿). Word + PDF + expected.json."""
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


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash), SONG, 14)
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
    font(fp.add_run(dash2), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_976", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) for the 一、二、三、 headings ----
_next_abs = [760]


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
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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
def doc_yinfa():
    """中共贵州省委办公厅 贵州省人民政府办公厅 联合印发实施意见的通知（厅字）."""
    stem = "blind976_tingzi_yinfa"
    doc = Document()
    setup(doc)
    clauses = []
    n_part = make_numbering(doc, "%1、")

    # 份号 top left
    add_par(doc, [("000137", HT, 16, False)], indent=False, line=28)

    # two-organ red head: borderless 2x2 table, "文件" merged over both rows
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    t.autofit = False
    t.columns[0].width = Cm(11.6)
    t.columns[1].width = Cm(3.8)
    for row in t.rows:
        row.cells[0].width = Cm(11.6)
        row.cells[1].width = Cm(3.8)
    set_cell(t.rows[0].cells[0], "中共贵州省委办公厅", XBS, 30, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(t.rows[1].cells[0], "贵州省人民政府办公厅", XBS, 30, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 40, color=RED, line=50)

    empty(doc, 1)
    p = add_par(doc, [("黔委厅字〔2026〕11号", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 4)
    empty(doc, 1)

    # title in three paragraphs, broken at odd places
    add_par(doc, [("中共贵州省委办公厅　贵州省人民政府办公厅", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("印发《关于推进高水平对外开放的实施", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("意见》的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市（州）党委和人民政府，贵安新区党工委和管委会，各县（市、区、特区）党委和人民政府，省委各部委，省级国家机关各部门，各人民团体：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《关于推进高水平对外开放的实施意见》已经省委、省政府同意，现印发给你们，请结合实际认真贯彻落实。")
    empty(doc, 1)
    # 落款: two organs right-aligned with right indent, date under them
    for txt in ("中共贵州省委办公厅", "贵州省人民政府办公厅"):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件发至县级）")

    # ------------------------------------------------ the 实施意见 on a new page
    p = add_par(doc, [("关于推进高水平对外开放的实施意见", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)

    def part(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_part)

    def item(h, t, brk=None):
        """（一）run-in heading in 楷体 bold, text in 仿宋; brk = second half after a
        manual line break (Shift+Enter) inside the paragraph."""
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])
        if brk:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(brk), FS, 16)
        clauses.append(h + t + (brk or ""))
        return p

    body("为深入贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，加快建设内陆开放型经济新高地，结合我省实际，提出如下实施意见。")
    part("总体要求")
    item("（一）指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻落实习近平总书记视察贵州重要讲话精神，主动融入共建“一带一路”和西部陆海新通道建设，稳步扩大制度型开放，以高水平开放推动高质量发展。")
    item("（二）主要目标。", "到2027年，全省货物贸易进出口总额突破1100亿元，实际使用外资年均增长8%以上；到2030年，基本建成内陆开放型经济新高地。主要预期指标如下：")

    # caption (heading only) + table with two-level merged header, header rows repeat
    add_par(doc, [("贵州省推进高水平对外开放主要预期指标", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    rows = [
        ["1", "货物贸易进出口总额", "亿元", "826", "1100", "1500"],
        ["2", "服务贸易进出口总额", "亿元", "118", "150", "220"],
        ["3", "实际使用外资", "亿美元", "3.6", "4.5", "6.0"],
        ["4", "西部陆海新通道班列开行量", "列", "2650", "4000", "6000"],
        ["5", "综合保税区进出口额", "亿元", "347", "480", "700"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(5.6), Cm(1.9), Cm(2.6), Cm(2.2), Cm(2.2)]
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    for ci, h in enumerate(["序号", "指标", "单位", "2025年（基期）"]):
        mc = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(mc, h, HT, 12)
    mc = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(mc, "目标值", HT, 12)
    set_cell(t.cell(1, 4), "2027年", HT, 12)
    set_cell(t.cell(1, 5), "2030年", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "指标", "单位", "2025年（基期）", "目标值／2027年", "目标值／2030年"]
    for ri, r in enumerate(rows, 2):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    note = "注：2025年数据为初步统计数，目标值均为预期性指标。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    empty(doc, 1, line=14)

    part("重点任务")
    item("（三）畅通对外开放大通道。", "推动贵阳至北部湾港、湛江港铁海联运班列常态化开行，积极对接中欧班列、中老铁路国际货运列车，提升贵阳国际陆港、遵义陆港集疏运能力。到2027年，贵阳龙洞堡国际机场国际（地区）航线达到12条以上。")
    item("（四）提升开放平台能级。", "高标准建设贵州内陆开放型经济试验区，积极争取设立中国（贵州）自由贸易试验区。支持贵阳、贵安、遵义综合保税区拓展保税研发、保税维修、保税检测等新业态，推动综合保税区由“保税物流”向“保税制造+服务贸易”转型。")
    item("（五）推动外贸提质升级。", "扩大电子信息、新能源电池材料、磷化工、酱香白酒、茶叶、辣椒等优势产品出口，支持贵阳、遵义、铜仁跨境电子商务综合试验区建设。",
         brk="积极扩大先进技术、重要设备和关键零部件进口。")
    item("（六）加大外资引进力度。", "全面落实外商投资准入前国民待遇加负面清单管理制度，建立重点外资项目“首席服务官”制度，对重点外资企业实行“一企一策”服务，依法保障外资企业享受国民待遇。")
    item("（七）深化与共建“一带一路”国家经贸合作。", "深度对接《区域全面经济伙伴关系协定》（RCEP），办好中国—东盟教育交流周、中国国际大数据产业博览会等重大开放活动，推动“黔货出山”“黔企出海”，力争2027年对共建“一带一路”国家进出口额占全省比重达到55%以上。")
    item("（八）稳步扩大制度型开放。", "依托国家大数据（贵州）综合试验区和全国一体化算力网络国家枢纽节点（贵州），探索建立数据跨境流动安全管理和便利化机制。深化国际贸易“单一窗口”建设，持续打造市场化、法治化、国际化一流营商环境。")
    part("保障措施")
    item("（九）加强组织领导。", "建立全省推进高水平对外开放工作协调机制，办公室设在省商务厅。各市（州）党委和政府要落实主体责任，结合实际制定具体措施。")
    item("（十）狠抓工作落实。", "统筹用好省级外经贸发展专项资金。各地各有关部门要明确任务分工和时间节点，重大情况及时向省委、省政府报告。")

    banji(doc, "抄送：省纪委监委机关，省人大常委会办公厅，省政协办公厅，省法院，省检察院，省军区，武警贵州省总队。",
          "中共贵州省委办公厅", "2026年3月19日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中共贵州省委办公厅　贵州省人民政府办公厅印发《关于推进高水平对外开放的实施意见》的通知",
            "doc_number": "黔委厅字〔2026〕11号",
            "issuer": ["中共贵州省委办公厅", "贵州省人民政府办公厅"],
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "贵州省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市（州）党委和人民政府", "贵安新区党工委和管委会",
                           "各县（市、区、特区）党委和人民政府", "省委各部委",
                           "省级国家机关各部门", "各人民团体"],
            "publicity": "此件发至县级",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_zhengqiu():
    """省发展改革委征求意见函 + 附件：实施意见（征求意见稿）."""
    stem = "blind976_fgw_zhengqiu"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    # 紧急程度 top left
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    # 函 format: organ name only, red double rule, 文号 right under the rule
    p = add_par(doc, [("贵州省发展和改革委员会", XBS, 34, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    border(p, "bottom", "FF0000", 18, 8, val="thickThinSmallGap")
    add_par(doc, [("黔发改开放函〔2025〕186号", FS, 16, False)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=8)
    empty(doc, 1)
    # title: one paragraph, wrapped by hand with a soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("贵州省发展和改革委员会关于征求"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("《关于推进高水平对外开放的实施意见"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（征求意见稿）》意见的函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市（州）人民政府，贵安新区管委会，省商务厅、省财政厅、省交通运输厅、省大数据局、省市场监管局，贵阳海关：",
            indent=False)

    # indentation typed with full-width spaces, no first-line indent
    def body(t, font_name=FS):
        clauses.append(t)
        add_par(doc, [(IND + t, font_name, 16, False)], indent=False)

    body("为贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，根据省委、省政府工作安排，我委会同省商务厅研究起草了《关于推进高水平对外开放的实施意见（征求意见稿）》（以下简称《征求意见稿》），现送请你们研究并提出修改意见。")
    body("请于2025年12月19日（星期五）前将书面意见（加盖单位公章）反馈我委，电子版同时发送至邮箱gzfgw_kfc@126.com。如无意见，也请书面回复；逾期未反馈的，视为无意见。")
    body("联系人：省发展改革委对外开放处  王磊，电话：0851-86891372，传真：0851-86891370。")
    empty(doc, 1)
    add_par(doc, IND + "附件：关于推进高水平对外开放的实施意见（征求意见稿）", indent=False)
    empty(doc, 3)
    # 落款 aligned with typed spaces, Chinese-numeral date
    add_par(doc, " " * 30 + "贵州省发展和改革委员会", indent=False)
    add_par(doc, " " * 34 + "二〇二五年十二月八日", indent=False)
    add_par(doc, IND + "（此件依申请公开）", indent=False)

    # ------------------------------------------------ 附件 on a new page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("关于推进高水平对外开放的实施意见", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("(征求意见稿)", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def item(h, t, hname=KT):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hname, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为深入贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，加快建设内陆开放型经济新高地，结合我省实际，提出如下实施意见。")
    head("一、总体要求")
    item("（一）指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，主动融入共建“一带一路”和西部陆海新通道建设，稳步扩大制度型开放，以高水平开放推动高质量发展。")
    item("（二）主要目标。", "到2027年，全省货物贸易进出口总额达到1000亿元左右，实际使用外资年均增长6%以上；到2030年，基本建成内陆开放型经济新高地。")
    head("二、重点任务")
    item("（一）畅通开放通道。", "推动西部陆海新通道班列常态化开行，到2027年年开行量达到3500列；加密贵阳龙洞堡国际机场国际（地区）航线。")
    item("（二）提升开放平台能级。", "推动各类开放平台协同发展。")
    item("1.建设内陆开放型经济试验区。", "高标准推进贵州内陆开放型经济试验区建设，积极争取设立中国（贵州）自由贸易试验区。", FS)
    item("2.推动综合保税区提质增效。", "支持贵阳、贵安、遵义综合保税区发展保税研发、保税维修等新业态。", FS)
    item("（三）推动外贸外资协调发展。", "扩大优势产品出口，支持跨境电子商务综合试验区建设；全面落实外商投资准入前国民待遇加负面清单管理制度，建立重点外资项目服务机制。")
    item("（四）深化与共建“一带一路”国家经贸合作。", "深度对接RCEP，支持企业赴东盟、南亚、中亚等地区开展产能合作，推动“黔货出山”“黔企出海”。")
    item("（五）优化营商环境。", "深化国际贸易“单一窗口”建设，压缩进出口整体通关时间，依法保护外商投资合法权益。")
    head("三、保障措施")
    item("（一）加强组织领导。", "建立全省推进高水平对外开放工作协调机制，办公室设在省商务厅，统筹推进各项工作。")
    item("（二）强化督促落实。", "各地各有关部门要细化工作措施，抓好贯彻落实，重大情况及时报告。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "贵州省发展和改革委员会关于征求《关于推进高水平对外开放的实施意见（征求意见稿）》意见的函",
            "doc_number": "黔发改开放函〔2025〕186号",
            "issuer": ["贵州省发展和改革委员会"],
            "date": "2025-12-08",
            "published": None,
            "level": "provincial",
            "region": "贵州省",
            "effective": None,
            "expires": None,
            "attachments": ["关于推进高水平对外开放的实施意见（征求意见稿）"],
            "doc_type": "函",
            "recipients": ["各市（州）人民政府", "贵安新区管委会", "省商务厅", "省财政厅",
                           "省交通运输厅", "省大数据局", "省市场监管局", "贵阳海关"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yinfa(), doc_zhengqiu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
