# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1030: 省政府办公厅印发自贸试验区提升方案重点任务分工方案的通知
(notice + wide 分工 table), Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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
    """runs: str or list of (text, fontname, size, bold[, color[, scale]])."""
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


def add_broken(doc, lines, name=XBS, size=22, align=C, line=36):
    """one paragraph, lines separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(lines):
        r = font(p.add_run(t), name, size)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    fmt(p, align=align, indent=False, line=line)
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


def page_field(fp, size=14):
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, dash=("— ", " —")):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(dash[0]), SONG, 14)
    page_field(fp)
    font(fp.add_run(dash[1]), SONG, 14)


def landscape(doc, top=2.6, bottom=2.4, left=2.5, right=2.5):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)
    s.footer_distance = Cm(1.2)
    return s


def set_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:vAlign")):
        tcPr.remove(old)
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cell_text(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    vcenter(cell)


def cell_lines(cell, lines, size=12, line=18, manual_break=False):
    """several numbered lines in one cell: separate paragraphs, or one
    paragraph with manual line breaks."""
    cell.text = ""
    if manual_break:
        p = cell.paragraphs[0]
        for i, t in enumerate(lines):
            r = font(p.add_run(t), FS, size)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
        p.alignment = L
        p.paragraph_format.line_spacing = Pt(line)
        return
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        font(p.add_run(t), FS, size)
        p.alignment = J
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)


def task_table(doc, widths, header_rows, header_merges, col_names, body, clauses,
               size=12, line=18, manual_break=False, repeat=True):
    """body items: ("sec", text) -> merged across the whole row (heading, not a
    clause); or ("row", [序号, 重点任务, [措施...], 牵头, 配合, 时限]) where None
    means 'merged with the cell above' (vertical merge)."""
    nh = len(header_rows)
    ncol = len(widths)
    t = doc.add_table(rows=nh + len(body), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    for ri, hr in enumerate(header_rows):
        for ci, h in enumerate(hr):
            if h is not None:
                cell_text(t.cell(ri, ci), h, HT, size, line=line)
        if repeat:
            repeat_header(t.rows[ri])
    for (r0, c0, r1, c1) in header_merges:
        txt = t.cell(r0, c0).text
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        cell_text(m, txt, HT, size, line=line)

    last = [None] * ncol          # resolved value per column
    origin = [None] * ncol        # row index where the current merge starts
    vmerges = []
    for bi, (kind, data) in enumerate(body):
        ri = nh + bi
        if kind == "sec":
            m = t.cell(ri, 0).merge(t.cell(ri, ncol - 1))
            cell_text(m, data, HT, size, align=L, line=line)
            origin = [None] * ncol
            continue
        vals = []
        for ci, v in enumerate(data):
            if v is None:
                vals.append(last[ci])
                vmerges.append((origin[ci], ri, ci))
                continue
            origin[ci] = ri
            last[ci] = v
            vals.append(v)
            if isinstance(v, list):
                cell_lines(t.cell(ri, ci), v, size, line, manual_break)
            else:
                cell_text(t.cell(ri, ci), v, FS, size, line=line)
        parts = []
        for h, v in zip(col_names, vals):
            parts.append("%s：%s" % (h, "".join(v) if isinstance(v, list) else v))
        clauses.append("；".join(parts))
    # collapse vertical merges: (start,end,col) spans
    spans = {}
    for (r0, r1, ci) in vmerges:
        key = (r0, ci)
        spans[key] = max(spans.get(key, r0), r1)
    for (r0, ci), r1 in spans.items():
        top = t.cell(r0, ci)
        txt = top.text
        m = top.merge(t.cell(r1, ci))
        cell_text(m, txt, FS, size, line=line)
    return t


def banji(doc, cc, printer, date_txt, gap=24, blank=1):
    """版记: 抄送 + 印发 between rules."""
    empty(doc, blank)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.keep_with_next = True
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 1, FS, 14, False),
                       (" " * gap, FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1030", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


COLS6 = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]


# =================================================================== DOC A
def doc_hunan():
    stem = "blind1030_hunan"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头, compressed the way offices squeeze a long organ name
    empty(doc, 1)
    add_par(doc, [("湖南省人民政府办公厅文件", XBS, 38, False, RED, 78)],
            align=C, indent=False, line=60, before=6)
    empty(doc, 1)
    p = add_par(doc, "湘政办发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, broken by hand at odd places
    add_broken(doc, ["湖南省人民政府办公厅关于印发《中国",
                     "（湖南）自由贸易试验区提升行动方案",
                     "重点任务分工方案》的通知"])
    empty(doc, 1)
    add_par(doc, "各市州人民政府，省政府各厅委、各直属机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动《中国（湖南）自由贸易试验区提升行动方案（2026—2028年）》各项任务落地见效，经省人民政府同意，现将《中国（湖南）自由贸易试验区提升行动方案重点任务分工方案》印发给你们，并就有关事项通知如下：")
    body("一、各牵头单位要切实履行牵头责任，会同配合单位逐项细化工作举措，明确时间表、路线图，于2026年4月30日前将具体推进方案报省自由贸易试验区工作领导小组办公室（设在省商务厅，以下简称省自贸办）。")
    body("二、长沙、岳阳、郴州市人民政府和各片区管理机构要切实履行主体责任，结合片区功能定位开展差异化探索，形成更多首创性、集成性制度创新成果，每年11月底前向省自贸办报送年度制度创新案例。")
    body("三、省自贸办要加强统筹协调和跟踪问效，每半年对任务推进情况进行一次调度，对工作推进不力、任务严重滞后的予以通报；重大事项及时向省人民政府请示报告。")
    empty(doc, 1)
    add_par(doc, "附件：中国（湖南）自由贸易试验区提升行动方案重点任务分工方案")
    empty(doc, 2)
    # 落款 pushed right with a left indent
    p = add_par(doc, "湖南省人民政府办公厅", indent=False)
    p.paragraph_format.left_indent = Cm(8.6)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年3月16日", indent=False)
    p.paragraph_format.left_indent = Cm(9.2)
    add_par(doc, "（此件公开发布）")

    # ---------------------------------------------------------- 附件 (landscape)
    landscape(doc, top=2.2, bottom=2.0)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（湖南）自由贸易试验区提升行动方案", XBS, 22, False)],
            align=C, indent=False, line=32, before=4)
    add_par(doc, [("重点任务分工方案", XBS, 22, False)], align=C, indent=False,
            line=32, after=6)
    body_rows = [
        ("sec", "一、推进贸易便利化"),
        ("row", ["1", "深化国际贸易“单一窗口”建设",
                 ["1.推动“单一窗口”功能向口岸物流、贸易服务、金融保险等环节延伸，主要申报业务应用率保持100%。",
                  "2.上线跨境电商、中欧班列（长沙）、湘粤非铁海联运等特色应用模块。",
                  "3.探索与共建“一带一路”国家“单一窗口”开展互联互通和数据交换。"],
                 "省商务厅", "长沙海关、省发展改革委、省交通运输厅、省数据局", "2026年12月底前"]),
        ("row", ["2", "提升跨境贸易通关效率",
                 ["1.深化“提前申报”“两步申报”“船边直提”“抵港直装”等改革，进口、出口整体通关时间较2025年分别压缩10%、5%以上。",
                  "2.在岳阳城陵矶港推广“离港确认”模式，支持开展内外贸同船运输。"],
                 "长沙海关", "省商务厅、省交通运输厅、岳阳市人民政府", "2026年12月底前"]),
        ("row", ["3", "创新海关特殊监管区域监管模式",
                 ["1.支持综合保税区开展保税维修、保税再制造业务，动态扩大保税维修产品目录。",
                  "2.在长沙黄花综合保税区试点“数字围网”智慧监管。",
                  "3.探索开展进口非洲农产品“检验检疫前置”试点。"],
                 None, "省商务厅、省农业农村厅、长沙市人民政府", "2027年6月底前"]),
        ("sec", "二、推进投资自由化便利化"),
        ("row", ["4", "全面落实外商投资准入前国民待遇加负面清单管理制度",
                 ["1.清单之外领域按照内外资一致原则实施管理，不得对外资设置准入限制。",
                  "2.建立重点外资企业“一对一”服务专员制度，及时协调解决企业诉求。"],
                 "省商务厅", "省发展改革委、省市场监管局", "持续推进"]),
        ("row", ["5", "提升对外投资合作水平",
                 ["1.建设境外投资“一站式”综合服务平台，提供政策咨询、风险预警、法律服务等服务。",
                  "2.支持企业在非洲、东盟等地区建设境外经贸合作区和海外仓，2026年新增省级公共海外仓5个以上。"],
                 None, "省发展改革委、省外办、中国出口信用保险公司湖南分公司", "2026年12月底前"]),
        ("row", ["6", "深化商事登记制度改革",
                 ["1.推行经营主体登记“全程网办”，实现外资企业登记注册“跨境通办”。",
                  "2.在3个片区开展歇业备案、简易注销改革试点。"],
                 "省市场监管局", "省商务厅、省政务局", "2026年9月底前"]),
        ("sec", "三、深化中非经贸合作"),
        ("row", ["7", "建设中非经贸深度合作先行区",
                 ["1.高水平办好第五届中国—非洲经贸博览会。",
                  "2.建设非洲非资源性产品集散交易加工中心，力争2027年对非贸易额突破1000亿元。",
                  "3.完善中非经贸合作促进创新示范园配套功能。"],
                 "省商务厅", "长沙市人民政府、长沙海关、省农业农村厅", "2027年12月底前"]),
        ("row", ["8", "打造湘粤非铁海联运通道",
                 ["1.加密湘粤非铁海联运班列，稳定开行长沙至广州南沙港、深圳盐田港线路。",
                  "2.支持郴州片区建设内陆港，推动“一次申报、一次查验、一次放行”。"],
                 None, "省交通运输厅、中国铁路广州局集团有限公司长沙货运中心、郴州市人民政府",
                 "2026年12月底前"]),
        ("row", ["9", "拓展对非跨境金融服务",
                 ["1.推进中非跨境人民币结算中心（湖南）建设，扩大人民币在对非贸易投资中的使用。",
                  "2.支持金融机构开展对非贸易融资、出口信用保险保单融资等业务。"],
                 "中国人民银行湖南省分行", "省委金融办、国家金融监督管理总局湖南监管局、省商务厅",
                 "持续推进"]),
        ("sec", "四、强化风险防控"),
        ("row", ["10", "健全风险防控体系",
                 ["1.建立健全自由贸易试验区风险防控清单，定期开展风险评估。",
                  "2.强化贸易、投资、金融、数据流动等领域事中事后监管。"],
                 "省商务厅、省委金融办", "长沙海关、省公安厅、省数据局，长沙、岳阳、郴州市人民政府",
                 "持续推进"]),
    ]
    task_table(doc, [1.2, 3.4, 11.0, 2.8, 4.5, 2.2], [COLS6], [], COLS6, body_rows,
               clauses, size=10.5, line=15)
    t = "说明：列在首位的牵头单位为第一责任单位，对任务推进负总责；各项任务涉及长沙、岳阳、郴州片区的，片区所在市人民政府为共同责任单位，不再逐一列出。"
    clauses.append(t)
    add_par(doc, [(t, KT, 14, False)], line=22, before=4, after=10)
    banji(doc, "抄送：省委各部门，省军区，省人大常委会办公厅，省政协办公厅，省高级人民法院，省人民检察院。",
          "湖南省人民政府办公厅", "2026年3月17日印发", gap=60, blank=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省人民政府办公厅关于印发《中国（湖南）自由贸易试验区提升行动方案重点任务分工方案》的通知",
            "doc_number": "湘政办发〔2026〕9号",
            "issuer": ["湖南省人民政府办公厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（湖南）自由贸易试验区提升行动方案重点任务分工方案"],
            "doc_type": "通知",
            "recipients": ["各市州人民政府", "省政府各厅委、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yunnan():
    """web-style copy: no 红头, 文号 under the title, indent typed with
    full-width spaces, the 方案 follows the notice (not as 附件), two-level
    header 责任单位 / 牵头单位 + 配合单位, measures split by manual breaks."""
    stem = "blind1030_yunnan"
    doc = Document()
    setup(doc, dash=("- ", " -"))
    clauses = []

    for ln in ["云南省人民政府办公厅关于印发中国（云南）",
               "自由贸易试验区提升发展三年行动重点任务",
               "分工方案的通知"]:
        add_par(doc, [(ln, XBS, 20, False)], align=C, indent=False, line=34)
    add_par(doc, [("云政办发〔2026〕14号", FS, 16, False)], align=C, indent=False,
            before=8, after=8)
    add_par(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, "\u3000\u3000" + t, indent=False)   # indent typed by hand

    body("《中国（云南）自由贸易试验区提升发展三年行动（2026—2028年）》已经省委、省政府同意印发实施。为确保各项任务落到实处，经省人民政府同意，现将《中国（云南）自由贸易试验区提升发展三年行动重点任务分工方案》印发给你们，请认真贯彻落实。")
    body("各州、市人民政府和省直有关部门要把自由贸易试验区提升发展摆在重要位置，主要负责同志亲自抓、负总责，每季度末将任务进展情况报送省自由贸易试验区工作领导小组办公室(设在省商务厅)。")
    empty(doc, 2)
    add_par(doc, " " * 36 + "云南省人民政府办公厅", indent=False)
    add_par(doc, " " * 37 + "二〇二六年四月三日", indent=False)
    add_par(doc, "\u3000\u3000（此件主动公开）", indent=False)

    # the 方案 itself, on a new page
    p = add_par(doc, [("中国（云南）自由贸易试验区", XBS, 22, False)],
                align=C, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("提升发展三年行动重点任务分工方案", XBS, 22, False)], align=C,
            indent=False, line=36, after=10)
    body("为推动中国（云南）自由贸易试验区提升发展三年行动各项任务落地落实，加快建设面向南亚东南亚辐射中心的重要支撑平台，制定本分工方案。")
    empty(doc, 1, line=14)
    hdr = [["序号", "重点任务", "具体措施", "责任单位", None, "完成时限"],
           [None, None, None, "牵头单位", "配合单位", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    names = ["序号", "重点任务", "具体措施", "责任单位／牵头单位", "责任单位／配合单位", "完成时限"]
    body_rows = [
        ("sec", "一、提升跨境贸易便利化水平"),
        ("row", ["1", "推进沿边口岸智慧化建设",
                 ["（1）推进磨憨、河口、瑞丽等重点口岸智慧化改造，推广“无感通关”和“一站式”查验。",
                  "（2）推动中老铁路国际货物列车“一次申报、一次查验、一次放行”常态化运行。"],
                 "省商务厅", "昆明海关、云南出入境边防检查总站、省交通运输厅", "2026年12月底前"]),
        ("row", ["2", "发展跨境电商和数字贸易",
                 ["（1）建设面向南亚东南亚的跨境电商综合服务平台，培育3个以上跨境电商产业园。",
                  "（2）支持昆明片区开展数字贸易规则对接先行先试，探索跨境数据流动分类分级管理。"],
                 None, "省委网信办、省数据局、昆明海关", "2027年6月底前"]),
        ("row", ["3", "优化海关监管服务",
                 ["（1）推广“跨境电商+边民互市”监管模式，支持边民互市商品落地加工。",
                  "（2）扩大RCEP原产地证书“自助打印”“智能审核”应用范围。"],
                 "昆明海关", "省商务厅、省财政厅、国家税务总局云南省税务局", "持续推进"]),
        ("sec", "二、深化跨境金融开放创新"),
        ("row", ["4", "扩大人民币跨境使用",
                 ["（1）推动人民币与老挝基普、越南盾、泰铢等周边国家货币直接兑换和跨境结算。",
                  "（2）建设中国（云南）自由贸易试验区跨境金融服务中心。"],
                 "中国人民银行云南省分行", "国家外汇管理局云南省分局、省委金融办", "2026年12月底前"]),
        ("row", ["5", "推进跨境投融资便利化",
                 ["（1）稳步开展合格境外有限合伙人(QFLP)试点。",
                  "（2）支持符合条件的企业开展跨境融资和本外币一体化资金池业务。"],
                 None, "省委金融办、国家外汇管理局云南省分局、国家金融监督管理总局云南监管局",
                 "2027年12月底前"]),
        ("sec", "三、打造沿边产业合作高地"),
        ("row", ["6", "推进跨境经济合作区建设",
                 ["（1）推动中国老挝磨憨—磨丁经济合作区、中国越南河口—老街跨境经济合作区建设取得实质性进展。",
                  "（2）支持德宏片区建设面向缅甸的跨境产业链供应链合作基地。"],
                 "省发展改革委", "省商务厅，德宏州、红河州、西双版纳州人民政府", "2028年12月底前"]),
        ("row", ["7", "发展临空经济和现代物流",
                 ["（1）依托昆明长水国际机场拓展面向南亚东南亚的国际货运航线，2026年新开通国际货运航线3条以上。",
                  "（2）建设中老铁路沿线国际物流枢纽和集散分拨中心。"],
                 None, "省交通运输厅、省商务厅、云南机场集团有限责任公司", "2027年12月底前"]),
        ("sec", "四、强化制度创新和风险防控"),
        ("row", ["8", "加强制度创新成果复制推广",
                 ["（1）每年总结形成一批制度创新最佳实践案例，在全省复制推广。",
                  "（2）对标《区域全面经济伙伴关系协定》(RCEP)等国际高标准经贸规则开展压力测试。"],
                 "省商务厅", "省级有关部门，昆明市、红河州、德宏州人民政府", "每年12月底前"]),
        ("row", ["9", "健全风险防控体系",
                 ["（1）建立跨部门风险信息共享和联合处置机制。",
                  "（2）加强边境贸易、跨境资金流动等重点领域风险监测预警。"],
                 None, "省委金融办、省公安厅、昆明海关、中国人民银行云南省分行", "持续推进"]),
    ]
    task_table(doc, [0.9, 2.3, 5.8, 2.1, 2.7, 1.8], hdr, merges, names, body_rows,
               clauses, size=10.5, line=15, manual_break=True)
    t = "说明：各项任务列第一位的牵头单位为主要责任单位；涉及各州（市）的任务，由相关州（市）人民政府按照职责抓好落实，不再单独列出。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], line=20, before=6, indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省人民政府办公厅关于印发中国（云南）自由贸易试验区提升发展三年行动重点任务分工方案的通知",
            "doc_number": "云政办发〔2026〕14号",
            "issuer": ["云南省人民政府办公厅"],
            "date": "2026-04-03",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_heilongjiang():
    """紧急 mark, red 版头, title in three paragraphs, run-in headings,
    落款 by tab stops, attachment table split by hand with 续表, merged 重点任务
    cell, 说明 as a heading with numbered lines, 版记."""
    stem = "blind1030_heilongjiang"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("紧急", HT, 16, False)], indent=False)
    add_par(doc, [("黑龙江省人民政府办公厅文件", XBS, 38, False, RED, 72)],
            align=C, indent=False, line=60, before=12)
    empty(doc, 1)
    p = add_par(doc, "黑政办发〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ["黑龙江省人民政府办公厅关于印发中国",
               "（黑龙江）自由贸易试验区深化改革提升",
               "行动重点任务分工方案的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市（地）人民政府（行署），省政府各直属单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的部署要求，加快推动中国（黑龙江）自由贸易试验区建设成为对俄及东北亚区域合作的中心枢纽，经省政府同意，现将《中国（黑龙江）自由贸易试验区深化改革提升行动重点任务分工方案》印发给你们，并提出如下要求，请一并抓好贯彻落实。")
    runin("一、提高站位抓落实。", "各地各部门要充分认识实施自由贸易试验区提升战略的重大意义，把推进自由贸易试验区深化改革提升行动作为服务国家向北开放战略的重要抓手，主动担当作为，确保各项任务按期完成。")
    runin("二、压实责任抓推进。", "各牵头单位要会同配合单位于2026年6月15日前制定具体工作方案，明确责任人和阶段目标；哈尔滨、黑河、牡丹江市人民政府要强化对片区的支持保障，在用地、资金、人才等方面给予倾斜。")
    runin("三、强化督导抓考核。", "省自由贸易试验区工作领导小组办公室要建立任务台账，实行“月调度、季通报、年考核”，考核结果纳入省直部门和相关市年度绩效考核。")
    empty(doc, 1)
    p = add_par(doc, "附件：中国（黑龙江）自由贸易试验区深化改革提升行动重点任务分工方案")
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    empty(doc, 2)
    for txt in ["\t黑龙江省人民政府办公厅", "\t2026年5月8日"]:
        p = add_par(doc, txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.9) if "办公厅" in txt else Cm(9.6))
        p.paragraph_format.keep_with_next = True

    # ---------------------------------------------------------- 附件 (landscape)
    landscape(doc, top=2.4, bottom=2.2)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（黑龙江）自由贸易试验区深化改革提升行动重点任务分工方案", XBS, 20, False)],
            align=C, indent=False, line=32, before=4, after=8)
    widths = [1.2, 3.2, 10.6, 3.0, 4.5, 2.2]
    part1 = [
        ("sec", "一、提升对俄贸易便利化水平"),
        ("row", ["1", "提升口岸通关能力",
                 ["1.推进绥芬河公路口岸、东宁口岸基础设施改造升级，推广“智慧口岸”查验设备。",
                  "2.推动绥芬河铁路口岸实施24小时通关。"],
                 "省商务厅", "哈尔滨海关、黑龙江出入境边防检查总站、牡丹江市人民政府", "2026年10月底前"]),
        ("row", ["2", None,
                 ["1.提升黑河公路大桥口岸、同江铁路大桥口岸过货能力。",
                  "2.探索开展中俄跨境运输“一单制”改革。"],
                 None, "哈尔滨海关、省交通运输厅、黑河市人民政府", "2026年12月底前"]),
        ("row", ["3", "发展跨境电商和边民互市贸易",
                 ["1.支持哈尔滨片区建设对俄跨境电商物流枢纽，完善海外仓布局。",
                  "2.推进互市贸易进口商品落地加工，2026年落地加工额同比增长15%以上。",
                  "3.试点开展互市贸易结算便利化。"],
                 None, "哈尔滨海关、国家税务总局黑龙江省税务局、黑河市人民政府、牡丹江市人民政府",
                 "2027年6月底前"]),
        ("sec", "二、深化对俄经贸合作"),
        ("row", ["4", "畅通中欧班列（哈尔滨）通道",
                 ["1.稳定开行哈尔滨至莫斯科、叶卡捷琳堡等中欧班列线路，2026年开行量达到400列以上。",
                  "2.推动“哈欧”“哈俄”班列回程货源集结。"],
                 "省交通运输厅", "中国铁路哈尔滨局集团有限公司、哈尔滨海关、哈尔滨市人民政府", "持续推进"]),
        ("row", ["5", "建设对俄能源资源合作基地",
                 ["1.支持企业在俄远东地区开展木材、矿产等资源合作开发和落地加工。",
                  "2.推动黑河片区建设对俄能源进口加工基地。"],
                 "省发展改革委", "省商务厅、省工业和信息化厅、黑河市人民政府", "2028年12月底前"]),
    ]
    task_table(doc, widths, [COLS6], [], COLS6, part1, clauses, size=11, line=16,
               repeat=False)
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, line=24, after=4)
    p.paragraph_format.page_break_before = True
    part2 = [
        ("sec", "三、推动金融开放创新"),
        ("row", ["6", "扩大本币跨境结算",
                 ["1.推动对俄贸易本币结算，扩大卢布现钞使用试点范围。",
                  "2.支持哈尔滨银行、龙江银行等开展对俄跨境金融服务。"],
                 "中国人民银行黑龙江省分行", "国家外汇管理局黑龙江省分局、省委金融办", "2026年12月底前"]),
        ("row", ["7", "发展跨境金融服务",
                 ["1.建设对俄跨境金融服务平台，提供汇率避险、贸易融资等综合服务。",
                  "2.探索开展跨境资产转让业务试点。"],
                 None, "省委金融办、国家金融监督管理总局黑龙江监管局", "持续推进"]),
        ("sec", "四、强化改革保障"),
        ("row", ["8", "赋予片区更大改革自主权",
                 ["1.依法将一批省级经济社会管理权限下放或委托片区实施。",
                  "2.支持片区管理机构探索实行“法定机构”改革。"],
                 "省委编办、省司法厅", "省直有关部门，哈尔滨、黑河、牡丹江市人民政府", "2026年9月底前"]),
        ("row", ["9", "加强风险防控",
                 ["1.建立自由贸易试验区风险防控联席会议制度。",
                  "2.强化跨境资金流动、走私等领域风险监测和联合惩戒。"],
                 "省商务厅", "省委金融办、省公安厅、哈尔滨海关", "持续推进"]),
    ]
    task_table(doc, widths, [COLS6], [], COLS6, part2, clauses, size=11, line=16,
               repeat=False)
    add_par(doc, [("说明：", HT, 14, False)], indent=False, line=24, before=8)
    for t in ["1.列在首位的牵头单位为第一责任单位，其他牵头单位按职责分工负责。",
              "2.涉及哈尔滨、黑河、绥芬河片区的任务，片区所在市人民政府和片区管理机构为共同责任单位。",
              "3.各牵头单位于每季度最后一个月25日前，将任务进展情况报省自由贸易试验区工作领导小组办公室。"]:
        clauses.append(t)
        add_par(doc, [(t, FS, 14, False)], line=24, first=Pt(28))
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，哈尔滨海关。",
          "黑龙江省人民政府办公厅", "2026年5月9日印发", gap=58)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "黑龙江省人民政府办公厅关于印发中国（黑龙江）自由贸易试验区深化改革提升行动重点任务分工方案的通知",
            "doc_number": "黑政办发〔2026〕21号",
            "issuer": ["黑龙江省人民政府办公厅"],
            "date": "2026-05-08",
            "published": None,
            "level": "provincial",
            "region": "黑龙江省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（黑龙江）自由贸易试验区深化改革提升行动重点任务分工方案"],
            "doc_type": "通知",
            "recipients": ["各市（地）人民政府（行署）", "省政府各直属单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


if __name__ == "__main__":
    for fn in (doc_hunan, doc_yunnan, doc_heilongjiang):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("ok:", ", ".join(sorted(expected)))
