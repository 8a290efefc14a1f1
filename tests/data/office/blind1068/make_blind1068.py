# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1068: pages printed / saved from a 政府信息公开 column.

Each file: metadata grid (索引号/主题分类/发文机关/成文日期/发布日期/文号),
then the document itself, then the page's footer junk (扫一扫/相关链接/打印本页/
关闭窗口); the Hainan page also carries a 相关解读 (政策解读) link list.
Writes .docx, .pdf (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
WEIRUAN = "微软雅黑"
RED = RGBColor(0xFF, 0x00, 0x00)
GREY = RGBColor(0x66, 0x66, 0x66)
BLUE = RGBColor(0x1F, 0x4E, 0x9A)

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


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def shade(p, fill="F2F2F2"):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                         % (nsdecls("w"), fill)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break_before(p):
    p.paragraph_format.page_break_before = True
    return p


def field(par, instr, name=SONG, size=9):
    """Append a Word field (PAGE / NUMPAGES) to par."""
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = par.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = par.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r5 = par.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, top=2.5, bottom=2.5, left=2.6, right=2.4):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)
    s.header_distance = Cm(1.0)
    s.footer_distance = Cm(1.0)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             fill=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(size + 8)
    p.paragraph_format.first_line_indent = Pt(0)
    if fill:
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                              % (nsdecls("w"), fill)))


def table_borders(t, color="BFBFBF", sz=4):
    tblpr = t._tbl.tblPr
    xml = ('<w:tblBorders %s>' % nsdecls("w") + "".join(
        '<w:%s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>' % (s, sz, color)
        for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
    tblpr.append(parse_xml(xml))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in t._tbl.findall(qn("w:tr")):
        ci = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(widths_cm[ci:ci + span])
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")
            ci += span


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1068", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def text_box(par, lines, w_pt=170, h_pt=40):
    """Inline text box (wps:wsp in mc:AlternateContent, as Word 2010+ writes it)."""
    ps = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/>'
        '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % (f, f, f, sz * 2, txt) for txt, f, sz in lines)
    cx, cy = int(w_pt * 12700), int(h_pt * 12700)
    xml = (
        '<w:r %s xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="%d" cy="%d"/><wp:docPr id="1068" name="文本框 1068"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" wrap="square" lIns="25400" tIns="25400" rIns="25400" bIns="25400" anchor="ctr"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
        'style="width:%dpt;height:%dpt" strokecolor="#BFBFBF"><v:textbox><w:txbxContent>%s'
        '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        % (nsdecls("w"), cx, cy, cx, cy, ps, w_pt, h_pt, ps))
    par._p.append(parse_xml(xml))


def browser_print_hf(section, stamp, page_title, url):
    """Header/footer as Chrome puts them when a page is printed to PDF."""
    usable = section.page_width - section.left_margin - section.right_margin
    hp = section.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(3.6), WD_TAB_ALIGNMENT.LEFT)
    font(hp.add_run(stamp), SONG, 8, color=GREY)
    font(hp.add_run("\t"), SONG, 8)
    font(hp.add_run(page_title), SONG, 8, color=GREY)
    fp = section.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(usable, WD_TAB_ALIGNMENT.RIGHT)
    font(fp.add_run(url), SONG, 8, color=GREY)
    font(fp.add_run("\t"), SONG, 8)
    field(fp, "PAGE", SONG, 8)
    font(fp.add_run("/"), SONG, 8)
    field(fp, "NUMPAGES", SONG, 8)


# =================================================================== DOC A
def doc_hainan():
    """海南省政府办公厅 印发若干措施的通知, printed from the browser to PDF."""
    stem = "blind1068_hainan_cuoshi"
    doc = Document()
    s = setup(doc, top=1.8, bottom=1.8, left=1.6, right=1.6)
    clauses = []
    title = "海南省人民政府办公厅关于印发海南自由贸易港促进跨境服务贸易高质量发展若干措施的通知"
    browser_print_hf(
        s, "2026/3/20 09:15",
        title + "_省政府办公厅文件_海南省人民政府网",
        "https://www.hainan.gov.cn/hainan/szfbgtwj/202603/t20260318_3812456.html")

    # site banner + breadcrumb
    p = add_par(doc, [("海南省人民政府网", WEIRUAN, 18, True, BLUE),
                      ("　　www.hainan.gov.cn", "Arial", 9, False, GREY)],
                indent=False, line=26)
    border(p, "bottom", "1F4E9A", 18, 4)
    add_par(doc, [("当前位置：首页 > 政务公开 > 政府信息公开 > 政策文件 > 省政府办公厅文件",
                   SONG, 9, False, GREY)], indent=False, line=18, before=4, after=6)

    # metadata grid (4 columns, light borders, shaded label cells)
    g = doc.add_table(rows=5, cols=4)
    g.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(g)
    lab = dict(name=SONG, size=9, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, fill="EEF3FA")
    val = dict(name=SONG, size=9, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(g.cell(0, 0), "索 引 号：", **lab)
    set_cell(g.cell(0, 1), "00817553-6/2026-00034", **val)
    set_cell(g.cell(0, 2), "主题分类：", **lab)
    set_cell(g.cell(0, 3), "商贸、海关、旅游\\其他", **val)
    set_cell(g.cell(1, 0), "发文机关：", **lab)
    set_cell(g.cell(1, 1), "海南省人民政府办公厅", **val)
    set_cell(g.cell(1, 2), "成文日期：", **lab)
    set_cell(g.cell(1, 3), "2026年03月12日", **val)
    set_cell(g.cell(2, 0), "标　　题：", **lab)
    m = g.cell(2, 1).merge(g.cell(2, 3))
    set_cell(m, title, **val)
    set_cell(g.cell(3, 0), "发文字号：", **lab)
    set_cell(g.cell(3, 1), "琼府办〔2026〕9号", **val)
    set_cell(g.cell(3, 2), "发布日期：", **lab)
    set_cell(g.cell(3, 3), "2026年03月18日", **val)
    set_cell(g.cell(4, 0), "有 效 性：", **lab)
    set_cell(g.cell(4, 1), "有效", **val)
    set_cell(g.cell(4, 2), "废止日期：", **lab)
    set_cell(g.cell(4, 3), "", **val)
    col_widths(g, [2.6, 6.6, 2.6, 6.0])

    add_par(doc, [("来源：海南省人民政府办公厅　　发布时间：2026-03-18 16:42　　浏览次数：",
                   SONG, 9, False, GREY), ("8765", "Arial", 9, False, GREY),
                  ("　　【字体：大 中 小】", SONG, 9, False, GREY)],
            indent=False, line=18, before=8, align=WD_ALIGN_PARAGRAPH.CENTER)

    # title wrapped at an odd place with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("海南省人民政府办公厅关于印发海南自由贸易港促进"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("跨境服务贸易高质量发展若干措施的通知"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=10)
    add_par(doc, "琼府办〔2026〕9号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=6,
            after=6)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def item(h, t, hfont=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, False), (t, FS, 16, False)])

    add_par(doc, "各市、县、自治县人民政府，省政府直属各单位：", indent=False)
    body("《海南自由贸易港促进跨境服务贸易高质量发展若干措施》已经省政府同意，现印发给你们，请结合实际认真贯彻落实。")
    empty(doc, 1)
    p = add_par(doc, "海南省人民政府办公厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月12日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")
    empty(doc, 1)

    add_par(doc, [("海南自由贸易港促进跨境服务贸易高质量发展若干措施", XBS, 18, False)],
            indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=6)
    body("为深入贯彻落实《海南自由贸易港建设总体方案》和《中华人民共和国海南自由贸易港法》，全面实施《海南自由贸易港跨境服务贸易特别管理措施（负面清单）》，加快推动跨境服务贸易扩量提质，助力海南自由贸易港全岛封关运作后高水平开放，制定以下措施。")
    head("一、推进跨境服务贸易制度型开放")
    item("（一）深化负面清单管理。", "对清单之外的跨境服务贸易领域，按照境内外服务及服务提供者待遇一致原则实施管理。省商务厅牵头建立负面清单实施情况评估机制，每年梳理形成开放压力测试事项清单，2026年底前推出不少于20项开放举措。（责任单位：省商务厅、省司法厅，各有关行业主管部门）")
    item("（二）便利专业人才跨境执业。", "允许具有境外职业资格的金融、建筑、规划、设计等领域专业人才经备案后在自由贸易港内提供服务，其在境外的从业经历可视同境内从业经历。对在琼执业的境外专业人才，在出入境、停居留、医疗、子女入学等方面提供便利。（责任单位：省人力资源社会保障厅、省公安厅、省教育厅）")
    # half-width brackets typed by the clerk
    item("(三)推进数据跨境安全有序流动。", "支持海口、三亚建设国际数据服务试验区，在生物医药、跨境电商、国际航运等领域制定数据出境负面清单，对清单外数据出境实行便利化管理。探索开展数据跨境流动“白名单”试点。（责任单位：省委网信办、省大数据管理局）")
    head("二、培育跨境服务贸易重点领域")
    item("（四）做强国际运输服务。", "对以洋浦港为国际中转港、年国际中转集装箱量超过5万标准箱的航运企业，按每标准箱30元给予奖励，单家企业年度奖励不超过500万元。支持在海南注册的国际船舶开展船舶管理、船舶租赁、船舶检验等服务。（责任单位：省交通运输厅、洋浦经济开发区管委会）")
    # pasted from the web page: a hard line break in the middle of a sentence
    h5 = "（五）发展数字服务贸易。"
    t5a = "对年度数字服务进出口额首次达到1000万美元、5000万美元、1亿美元的企业，分别给予一次性奖励30万元、80万元、150万元。支持企业面向东盟、中东等共建“一带一路”国家"
    t5b = "和地区拓展软件开发、数字内容、云服务等业务。（责任单位：省商务厅、省工业和信息化厅）"
    p = doc.add_paragraph()
    font(p.add_run(h5), KT, 16)
    font(p.add_run(t5a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t5b), FS, 16)
    fmt(p)
    clauses.append(h5 + t5a + t5b)
    item("（六）拓展国际医疗旅游服务。", "依托博鳌乐城国际医疗旅游先行区，支持医疗机构开展跨境远程医疗、国际医疗保险直接结算等业务，2026年力争接待境外医疗旅游人员3万人次以上。（责任单位：省卫生健康委、省旅游和文化广电体育厅、博鳌乐城国际医疗旅游先行区管理局）")
    item("（七）壮大跨境金融服务。", "支持银行机构依托多功能自由贸易账户（EF账户）为跨境服务贸易企业提供便利化结算服务，对真实合规的服务贸易项下付汇，凭交易电子信息即可办理。鼓励保险机构开发跨境服务贸易信用保险产品。（责任单位：中国人民银行海南省分行、国家金融监督管理总局海南监管局、国家外汇管理局海南省分局）")
    head("三、强化要素保障")
    item("（八）加大资金支持。", "省级商务发展专项资金每年安排不少于1.5亿元支持跨境服务贸易发展，各市县可按照1:1比例给予配套。（责任单位：省财政厅、省商务厅，各市县政府）")
    item("（九）优化统计监测。", "建立跨境服务贸易重点企业联系制度和直报系统，覆盖不少于500家重点企业，按季度发布全省跨境服务贸易运行情况。（责任单位：省商务厅、省统计局、国家外汇管理局海南省分局）")
    item("（十）加强组织实施。", "省商务厅会同有关部门建立跨境服务贸易发展工作专班，定期调度推进各项措施落实，重大事项及时报省政府。")
    body("本措施自2026年4月1日起施行，有效期至2028年12月31日。《海南省人民政府办公厅关于印发海南自由贸易港促进服务贸易发展若干措施的通知》（琼府办〔2023〕41号）同时废止。此前我省有关规定与本措施不一致的，以本措施为准。")

    # ---- page junk: print/close, QR, 相关解读 (政策解读 link list), links, site footer
    add_par(doc, [("【打印本页】　　【关闭窗口】", SONG, 10.5, False, GREY)], indent=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT, line=20, before=12)
    p = add_par(doc, [("扫一扫在手机打开当前页", SONG, 9, False, GREY)], indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT, line=18)
    qr = doc.add_table(rows=1, cols=1)
    qr.alignment = WD_TABLE_ALIGNMENT.RIGHT
    table_borders(qr, "999999", 6)
    set_cell(qr.cell(0, 0), "▇▇ ▇ ▇▇", "Arial", 14)
    col_widths(qr, [2.2])
    p = add_par(doc, [("相关解读", WEIRUAN, 12, True, BLUE)], indent=False, line=22, before=10)
    border(p, "bottom", "1F4E9A", 12, 2)
    for t, d in [
        ("《海南自由贸易港促进跨境服务贸易高质量发展若干措施》政策解读", "2026-03-18"),
        ("图解：一图读懂海南自贸港促进跨境服务贸易十条措施", "2026-03-19"),
        ("省商务厅负责同志就《海南自由贸易港促进跨境服务贸易高质量发展若干措施》答记者问", "2026-03-20"),
        ("视频解读｜跨境服务贸易新政来了，这些企业可以申请奖励", "2026-03-24"),
    ]:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17.6), WD_TAB_ALIGNMENT.RIGHT)
        font(p.add_run("· "), SONG, 10.5)
        font(p.add_run(t), SONG, 10.5, color=BLUE)
        font(p.add_run("\t" + d), "Arial", 9, color=GREY)
        fmt(p, indent=False, line=20)
    p = add_par(doc, [("相关链接：", SONG, 10.5, True),
                      ("中国政府网　　商务部　　海关总署　　国家外汇管理局　　海南自由贸易港官网", SONG, 10.5,
                       False, BLUE)], indent=False, line=20, before=10)
    p = add_par(doc, [("主办：海南省人民政府办公厅　　承办：海南省大数据管理局", SONG, 9, False, GREY)],
                indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=16, before=14)
    shade(p, "E7EDF5")
    border(p, "top", "1F4E9A", 12, 4)
    p = add_par(doc, [("网站标识码：4600000001　　琼ICP备05000012号-1　　琼公网安备 46010802000123号",
                       SONG, 9, False, GREY)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
                line=16)
    shade(p, "E7EDF5")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "琼府办〔2026〕9号",
            "issuer": ["海南省人民政府办公厅"],
            "date": "2026-03-12",
            "published": "2026-03-18",
            "level": "provincial",
            "region": "海南省",
            "effective": "2026-04-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市、县、自治县人民政府", "省政府直属各单位"],
            "publicity": "此件主动公开",
            "repeals": "《海南省人民政府办公厅关于印发海南自由贸易港促进服务贸易发展若干措施的通知》（琼府办〔2023〕41号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """厦门两局联合印发扶持办法 (章/条 + 附件表), web page 'saved as Word'."""
    stem = "blind1068_xiamen_banfa"
    doc = Document()
    setup(doc, top=2.0, bottom=2.0, left=2.4, right=2.2)
    clauses = []
    IND = "\u3000\u3000"
    SP = "\u3000"
    title = "厦门市商务局" + SP + "厦门市财政局关于印发厦门市“丝路海运”航线发展扶持办法的通知"

    add_par(doc, [("厦门市商务局 > 政府信息公开 > 法定主动公开内容 > 规范性文件", SONG, 10.5, False)],
            indent=False, line=20, after=4)
    # metadata grid typed as tab-aligned lines (the table was lost on "save as")
    grid = [
        ("索 引 号：XM00115-0300-2026-00006", "主题分类：商贸、海关、旅游"),
        ("发文机关：厦门市商务局" + SP + "厦门市财政局", "成文日期：2026-01-26"),
        ("发文字号：厦商务规〔2026〕2号", "发布日期：2026-02-05"),
        ("有 效 性：有效", "规范性文件登记号：XMSS-2026-0002"),
    ]
    for a, b in grid:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.2), WD_TAB_ALIGNMENT.LEFT)
        font(p.add_run(a + "\t" + b), SONG, 10.5)
        fmt(p, indent=False, line=20)
    p = add_par(doc, [("标　　题：" + title, SONG, 10.5, False)], indent=False, line=20)
    border(p, "bottom", "A6A6A6", 6, 6)
    empty(doc, 1, 16)

    # title in two paragraphs, wrapped at an odd place
    add_par(doc, [("厦门市商务局" + SP + "厦门市财政局关于印发厦门市", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("“丝路海运”航线发展扶持办法的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, "厦商务规〔2026〕2号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
            before=8, after=8)
    add_par(doc, "各区人民政府，市直有关单位，各有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, line=26)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
                before=6, after=6)

    def article(n, t, items=()):
        # article number in 黑体, then full-width space, typed indent
        txt = n + SP + t
        clauses.append(txt + "".join(items))
        add_par(doc, [(IND, FS, 16, False), (n, HT, 16, False), (SP + t, FS, 16, False)],
                indent=False, line=26)
        for it in items:
            add_par(doc, IND + it, indent=False, line=26)

    body("为贯彻落实党中央、国务院关于推进高水平对外开放和高质量共建“一带一路”的决策部署，加快建设“丝路海运”国际航运枢纽，市商务局、市财政局制定了《厦门市“丝路海运”航线发展扶持办法》，现印发给你们，请认真遵照执行。")
    empty(doc, 2)
    # two signing organs side by side, aligned with typed spaces
    add_par(doc, " " * 10 + "厦门市商务局" + " " * 18 + "厦门市财政局", indent=False)
    add_par(doc, " " * 44 + "2026年1月26日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    empty(doc, 1)

    add_par(doc, [("厦门市“丝路海运”航线发展扶持办法", XBS, 18, False)], indent=False,
            align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=6)
    chapter("第一章" + SP + "总" + SP + "则")
    article("第一条", "为加快建设“丝路海运”国际航运枢纽，促进港航物流与外贸产业融合发展，服务高质量共建“一带一路”，根据《中华人民共和国预算法》《厦门市市级财政专项资金管理办法》等规定，结合本市实际，制定本办法。")
    article("第二条", "本办法所称“丝路海运”航线，是指经“丝路海运”联盟认定、以厦门港为始发港或者挂靠港、通达共建“一带一路”国家和地区港口的集装箱班轮航线。")
    article("第三条", "扶持资金从市级商务发展专项资金中列支，年度预算总额不超过6000万元，遵循“公开公正、绩效导向、总额控制”的原则。当年申报金额超过预算总额的，按比例核减。")
    chapter("第二章" + SP + "扶持对象和标准")
    article("第四条", "申请扶持的企业应当同时符合下列条件：", [
        "（一）在本市依法登记注册，具有独立法人资格的航运企业、船舶代理企业或者无船承运企业；",
        "（二）运营的航线已纳入“丝路海运”命名航线；",
        "（三）近三年内未被列入严重失信主体名单，未发生重大安全生产责任事故。",
    ])
    article("第五条", "对新开通的“丝路海运”航线，按照航线类别和年度实际航次给予奖励，具体标准见附件。同一航线连续扶持不超过3年。")
    article("第六条", "对年度在厦门港完成外贸集装箱吞吐量同比增长超过10%的“丝路海运”航线运营企业，按照增量部分每标准箱20元给予奖励，单家企业年度奖励最高不超过300万元。")
    article("第七条", "鼓励开展“丝路海运”与中欧（厦门）班列海铁联运。对经厦门港中转、通过中欧（厦门）班列运输的海铁联运集装箱，按照每标准箱150元给予奖励。")
    chapter("第三章" + SP + "申报和审核")
    article("第八条", "扶持资金实行年度申报制度。市商务局每年3月发布申报通知，企业按照要求通过“厦门市财政资金申报平台”提交申报材料。")
    article("第九条", "市商务局会同市交通运输局（市港口管理局）、厦门海关对申报材料进行审核，必要时可委托第三方机构进行专项审计。审核结果在市商务局门户网站公示，公示期不少于5个工作日。")
    article("第十条", "公示无异议的，由市商务局按程序报市财政局拨付资金。")
    chapter("第四章" + SP + "监督管理")
    article("第十一条", "获得扶持的企业应当对申报材料的真实性负责。以虚报、冒领等手段骗取扶持资金的，由市商务局追回已拨付资金，取消其3年内申报资格，并依法依规纳入失信记录；涉嫌犯罪的，移送司法机关处理。")
    article("第十二条", "市财政局、市商务局按照规定对扶持资金使用情况开展绩效评价，评价结果作为调整扶持政策的重要依据。")
    chapter("第五章" + SP + "附" + SP + "则")
    article("第十三条", "同一事项符合本市其他扶持政策的，按照“从高、不重复”原则予以扶持。")
    article("第十四条", "本办法由市商务局、市财政局负责解释。")
    article("第十五条", "本办法自2026年3月1日起施行，有效期至2028年2月29日。《厦门市商务局" + SP + "厦门市财政局关于印发厦门市集装箱班轮航线扶持办法的通知》（厦商务规〔2023〕5号）同时废止。")
    empty(doc, 1)
    att_title = "厦门市“丝路海运”新开航线奖励标准"
    add_par(doc, IND + "附件：" + att_title, indent=False)

    # ---- attachment on its own page
    page_break_before(add_par(doc, [("附件", HT, 16, False)], indent=False))
    add_par(doc, [(att_title, XBS, 20, False)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
            line=34, before=6, after=4)
    add_par(doc, [("单位：万元/航次", FS, 12, False)], indent=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)
    hdr = ["序号", "航线类别", "通达区域", "奖励标准／第一年", "奖励标准／第二年", "奖励标准／第三年"]
    rows = [
        ["1", "远洋干线", "欧洲、地中海、美洲、非洲", "15", "10", "5"],
        ["2", "近洋航线", "中东、南亚、红海", "8", "5", "3"],
        ["3", "近洋航线", "东南亚（RCEP成员国）", "4", "3", "2"],
        ["4", "内外贸同船航线", "国内沿海港口（外贸集装箱内支线）", "1.5", "1", "0.5"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    H = dict(name=HT, size=12)
    a = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(a, "序号", **H)
    a = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(a, "航线类别", **H)
    a = t.cell(0, 2).merge(t.cell(1, 2)); set_cell(a, "通达区域", **H)
    a = t.cell(0, 3).merge(t.cell(0, 5)); set_cell(a, "奖励标准", **H)
    set_cell(t.cell(1, 3), "第一年", **H)
    set_cell(t.cell(1, 4), "第二年", **H)
    set_cell(t.cell(1, 5), "第三年", **H)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ri == 3 and ci == 1:
                continue  # merged below
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    m = t.cell(3, 1).merge(t.cell(4, 1))
    set_cell(m, "近洋航线", FS, 12)
    col_widths(t, [1.3, 2.8, 5.6, 2.0, 2.0, 2.0])
    for n in ["注：1．年度实际航次不足24个的航线，按照上表标准的50%给予奖励。",
              "2．同一企业年度新开航线奖励合计不超过800万元。"]:
        clauses.append(n)
        add_par(doc, [(n, FS, 12, False)], indent=False, line=22)
    doc.paragraphs[-1].paragraph_format.left_indent = Pt(36)

    # ---- page junk (saved along with the page)
    empty(doc, 1)
    add_par(doc, [("附件下载：", SONG, 10.5, True),
                  ("厦商务规〔2026〕2号.pdf", SONG, 10.5, False, BLUE)], indent=False, line=20)
    add_par(doc, [("分享到：　微信　微博　QQ空间", SONG, 10.5, False, GREY),
                  ("　　　　【打印本页】　【关闭窗口】", SONG, 10.5, False)], indent=False,
            line=20, before=6)
    p = doc.add_paragraph()
    fmt(p, indent=False, line=20, align=WD_ALIGN_PARAGRAPH.LEFT)
    text_box(p, [("扫一扫在手机上查看当前页面", SONG, 9), ("[二维码]", SONG, 9)])
    p = add_par(doc, [("相关链接：", SONG, 10.5, True),
                      ("福建省商务厅 | 厦门市人民政府 | 中国（福建）自由贸易试验区厦门片区 | 厦门港口管理局",
                       SONG, 10.5, False, BLUE)], indent=False, line=20, before=6)
    p = add_par(doc, [("主办单位：厦门市商务局　　地址：厦门市思明区湖滨北路61号　　闽ICP备05012345号",
                       SONG, 9, False, GREY)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
                line=16, before=10)
    border(p, "top", "A6A6A6", 6, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "厦商务规〔2026〕2号",
            "issuer": ["厦门市商务局", "厦门市财政局"],
            "date": "2026-01-26",
            "published": "2026-02-05",
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": [att_title],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市直有关单位", "各有关企业"],
            "publicity": "此件主动公开",
            "repeals": "《厦门市商务局" + SP + "厦门市财政局关于印发厦门市集装箱班轮航线扶持办法的通知》（厦商务规〔2023〕5号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_pingxiang():
    """凭祥市商务和口岸管理局 公告 + 名单附件, county-level portal page."""
    stem = "blind1068_pingxiang_gonggao"
    doc = Document()
    s = setup(doc, top=2.2, bottom=2.2, left=2.2, right=2.2)
    clauses = []
    title = "凭祥市商务和口岸管理局关于公布2026年第一批边民互市贸易进口商品落地加工企业名单的公告"
    # footer: 第 X 页 共 Y 页
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("第 "), SONG, 9)
    field(fp, "PAGE", SONG, 9)
    font(fp.add_run(" 页 共 "), SONG, 9)
    field(fp, "NUMPAGES", SONG, 9)
    font(fp.add_run(" 页"), SONG, 9)

    p = add_par(doc, [("凭祥市人民政府门户网站", WEIRUAN, 16, True, RED)], indent=False, line=26)
    border(p, "bottom", "C00000", 18, 4)
    add_par(doc, [("您当前所在位置：首页 > 政务公开 > 部门信息公开 > 凭祥市商务和口岸管理局 > 通知公告",
                   SONG, 9, False)], indent=False, line=18, before=4, after=6)

    # metadata grid: label/value pairs, 2 columns, 7 rows
    g = doc.add_table(rows=7, cols=2)
    g.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(g, "D9D9D9", 4)
    meta_rows = [
        ("索引号", "11451481MB1E27365K/2026-00087"),
        ("主题分类", "商贸、海关、旅游 / 对外经贸合作"),
        ("发文机关", "凭祥市商务和口岸管理局"),
        ("成文日期", "2026年04月20日"),
        ("发布日期", "2026年04月22日"),
        ("文号", "凭商口公告〔2026〕3号"),
        ("标题", title),
    ]
    for i, (k, v) in enumerate(meta_rows):
        set_cell(g.cell(i, 0), k, SONG, 9, True, WD_ALIGN_PARAGRAPH.CENTER, fill="F2F2F2")
        set_cell(g.cell(i, 1), v, SONG, 9, False, WD_ALIGN_PARAGRAPH.LEFT)
    col_widths(g, [2.6, 14.0])

    # title in three lines with manual breaks
    p = doc.add_paragraph()
    font(p.add_run("凭祥市商务和口岸管理局关于公布2026年第一批"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("边民互市贸易进口商品落地加工"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("企业名单的公告"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=14)
    add_par(doc, "凭商口公告〔2026〕3号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
            before=4, after=8)

    IND = "    "  # half-width spaces typed instead of first-line indent

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("为贯彻落实《国务院关于促进边境地区贸易发展有关问题的通知》和《广西壮族自治区边民互市贸易进口商品落地加工管理办法（试行）》有关要求，推动边民互市贸易由“通道经济”向“口岸经济”转型，经企业自主申报、乡镇(街道)初审、部门联合审核和社会公示，现将2026年第一批边民互市贸易进口商品落地加工企业名单(见附件)予以公布，有关事项公告如下：")
    body("一、列入名单的企业可按规定向凭祥海关申请收购边民互市进口商品用于落地加工，并享受自治区和凭祥市相关扶持政策。")
    body("二、列入名单的企业应当严格执行“边民申报、互助组收购、企业加工”的业务流程，建立原料收购和产品销售台账，确保收购的互市进口商品全部用于本企业落地加工，不得转手倒卖。")
    body("三、市商务和口岸管理局会同凭祥海关、市市场监督管理局、市税务局等部门对列入名单的企业实施动态管理，对不再符合条件或者存在违规行为的企业，按程序移出名单。")
    body("四、本名单有效期至2026年12月31日。")
    body("五、咨询电话：0771-8521736（市商务和口岸管理局外贸科），0771-8528013(凭祥海关综合业务科)。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 1)
    att = "2026年第一批边民互市贸易进口商品落地加工企业名单"
    add_par(doc, IND + "附件：" + att, indent=False)
    empty(doc, 2)
    p = add_par(doc, "凭祥市商务和口岸管理局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "二〇二六年四月二十日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ---- attachment on a new page: list with 2-level header, repeated header rows
    page_break_before(add_par(doc, [("附件", HT, 16, False)], indent=False))
    add_par(doc, [(att, XBS, 18, False)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
            line=32, before=6, after=6)
    hdr = ["序号", "企业名称", "所在园区", "落地加工商品／品类", "落地加工商品／主要原料来源国",
           "设计年加工能力（吨）"]
    rows = [
        ["1", "凭祥市友谊关坚果食品有限公司", "凭祥边境经济合作区", "坚果（腰果、夏威夷果）", "越南", "12000"],
        ["2", "广西凭祥祥润红木家具有限公司", "凭祥红木文化产业园", "红木", "越南、老挝", "8000"],
        ["3", "凭祥市南山果蔬加工有限公司", "中国（广西）自由贸易试验区崇左片区", "鲜果（火龙果、榴莲）", "越南、泰国", "30000"],
        ["4", "凭祥市弄怀农产品贸易有限公司", "弄怀边民互市点加工区", "干制水产品", "越南", "5000"],
        ["5", "广西凭祥佳顺木业有限公司", "凭祥边境经济合作区", "木材（板材）", "越南、老挝", "15000"],
        ["6", "凭祥市东盟香料加工有限公司", "中国（广西）自由贸易试验区崇左片区", "香料（八角、肉桂）", "越南", "6000"],
        ["7", "凭祥综保区绿源木薯制品有限公司", "凭祥综合保税区", "木薯淀粉", "越南、柬埔寨", "40000"],
        ["8", "凭祥市浦寨粮油加工有限公司", "浦寨边民互市点加工区", "大米、食用油", "越南", "20000"],
        ["9", "广西祥越咖啡有限公司", "凭祥边境经济合作区", "咖啡豆", "越南、老挝", "3000"],
        ["10", "凭祥市友谊镇天然橡胶制品有限公司", "凭祥边境经济合作区", "天然橡胶", "越南", "10000"],
        ["11", "凭祥市上石镇中草药加工厂", "上石镇边境贸易加工园", "中药材", "越南", "1500"],
        ["12", "凭祥市叫隘海鲜冷链有限公司", "叫隘边民互市点加工区", "冻品水产品", "越南", "8000"],
        ["合计", "12家", "—", "—", "—", "158500"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    H = dict(name=HT, size=11)
    a = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(a, "序号", **H)
    a = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(a, "企业名称", **H)
    a = t.cell(0, 2).merge(t.cell(1, 2)); set_cell(a, "所在园区", **H)
    a = t.cell(0, 3).merge(t.cell(0, 4)); set_cell(a, "落地加工商品", **H)
    set_cell(t.cell(1, 3), "品类", **H)
    set_cell(t.cell(1, 4), "主要原料来源国", **H)
    a = t.cell(0, 5).merge(t.cell(1, 5)); set_cell(a, "设计年加工能力（吨）", **H)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 and v != "12家" else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 11, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [1.2, 4.6, 3.8, 2.8, 2.2, 2.0])
    note = "注：名单排序不分先后；设计年加工能力以企业申报并经部门核实的数据为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)

    # ---- page junk
    empty(doc, 1)
    add_par(doc, [("【我要纠错】　【打印】　【关闭】", SONG, 10.5, False)], indent=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)
    add_par(doc, [("扫一扫在手机打开当前页", SONG, 9, False, GREY)], indent=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT, line=18)
    p = add_par(doc, [("相关链接：", SONG, 10.5, True),
                      ("崇左市人民政府　广西壮族自治区商务厅　南宁海关　中国（广西）自由贸易试验区", SONG, 10.5,
                       False, BLUE)], indent=False, line=20, before=6)
    p = add_par(doc, [("主办：凭祥市人民政府办公室　　网站标识码：4514810001　　桂ICP备12004567号",
                       SONG, 9, False)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=16,
                before=10)
    border(p, "top", "C00000", 12, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "凭商口公告〔2026〕3号",
            "issuer": ["凭祥市商务和口岸管理局"],
            "date": "2026-04-20",
            "published": "2026-04-22",
            "level": "county",
            "region": "凭祥市",
            "effective": None,
            "expires": "2026-12-31",
            "attachments": [att],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hainan(), doc_xiamen(), doc_pingxiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
