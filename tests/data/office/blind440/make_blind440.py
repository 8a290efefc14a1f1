# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 440: 团体标准 / 地方标准 texts plus the 公告 publishing them."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "\u3000"  # full-width space

# ---------------------------------------------------------------- helpers


def set_run_font(run, east="宋体", west="Times New Roman", size=None, bold=None, color=None):
    run.font.name = west
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), west)
    rfonts.set(qn("w:hAnsi"), west)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def add_para(container, runs, align=None, indent=None, size=10.5, east="宋体",
             line=None, before=0, after=0, left=None, keep=False):
    """runs: str or list of (text, dict) ; dict keys east/bold/size/color/br"""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep:
        pf.keep_with_next = True
    if isinstance(runs, str):
        runs = [(runs, {})]
    for text, opt in runs:
        if opt.get("br"):
            r = p.add_run()
            r.add_break()
            continue
        r = p.add_run(text)
        set_run_font(r, east=opt.get("east", east), west=opt.get("west", "Times New Roman"),
                     size=opt.get("size", size), bold=opt.get("bold"), color=opt.get("color"))
    return p


def border_bottom(p, color="E60012", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:top" if top else "w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def page_field(p, east="宋体", size=10.5, prefix="", suffix=""):
    if prefix:
        set_run_font(p.add_run(prefix), east=east, size=size)
    r = p.add_run()
    set_run_font(r, east=east, size=size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    set_run_font(r2, east=east, size=size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = p.add_run()
    set_run_font(r3, east=east, size=size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._r.append(e)
    if suffix:
        set_run_font(p.add_run(suffix), east=east, size=size)


def page_num_type(section, fmt="decimal", start=1):
    sp = section._sectPr
    old = sp.find(qn("w:pgNumType"))
    if old is not None:
        sp.remove(old)
    el = OxmlElement("w:pgNumType")
    el.set(qn("w:fmt"), fmt)
    el.set(qn("w:start"), str(start))
    sp.append(el)


def setup_section(section, header_text=None, footer="std", hsize=10.5):
    """footer: None / 'std' (centered number) / 'gov' (— 1 —)"""
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    for r in list(hp.runs):
        r._r.getparent().remove(r._r)
    if header_text:
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_run_font(hp.add_run(header_text), east="黑体", size=hsize)
        border_bottom(hp, color="000000", sz=4)
    fp = section.footer.paragraphs[0]
    for r in list(fp.runs):
        r._r.getparent().remove(r._r)
    if footer == "std":
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp, size=9)
    elif footer == "gov":
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp, east="宋体", size=14, prefix="— ", suffix=" —")


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, east="宋体", size=9, bold=False, align="c"):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "l":
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_run_font(p.add_run(text), east=east, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def data_table(doc, header, rows, widths=None, east="宋体", size=9, hbold=True,
               vmerge_col=None, hfont="黑体"):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.cell(0, i), h, east=hfont, size=size, bold=hbold)
    # mark header row repeat
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            if vmerge_col is not None and ci == vmerge_col and ri > 1 and rows[ri - 2][ci] == v:
                continue  # left empty, merged below
            cell_text(t.cell(ri, ci), v, east=east, size=size,
                      align="l" if (len(v) > 14) else "c")
    if vmerge_col is not None:
        start = 1
        for ri in range(2, len(rows) + 2):
            if ri == len(rows) + 1 or rows[ri - 1][vmerge_col] != rows[start - 1][vmerge_col]:
                if ri - 1 > start:
                    t.cell(start, vmerge_col).merge(t.cell(ri - 1, vmerge_col))
                start = ri
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def row_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_440", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def base_doc(margins=(3.7, 3.5, 2.8, 2.6)):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    return d


# ---------------------------------------------------------------- standard body writer

def write_standard(doc, std, clauses):
    """std: dict with cover info, toc, preface, body items, appendix. Appends clauses."""
    # ---------------- cover section (already current section)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    cell_text(c0, std["ics"], east="黑体", size=10.5, align="l")
    p = c0.add_paragraph()
    set_run_font(p.add_run(std["ccs"]), east="黑体", size=10.5)
    cell_text(c1, std["code_big"], east="黑体", size=36 if len(std["code_big"]) < 8 else 30, bold=True, align="r")
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_para(doc, "")
    p = add_para(doc, [(std["kind_spaced"], {"east": "黑体", "size": 30, "bold": True})], align="c", after=4)
    p = add_para(doc, [(std["number"], {"east": "黑体", "size": 14})], align="r", after=0)
    border_bottom(p, color="000000", sz=8)
    for _ in range(4):
        add_para(doc, "")
    # title with a soft line break inside
    runs = []
    for i, part in enumerate(std["title_lines"]):
        if i:
            runs.append(("", {"br": True}))
        runs.append((part, {"east": "黑体", "size": 26}))
    add_para(doc, runs, align="c", after=12)
    runs = []
    for i, part in enumerate(std["en_lines"]):
        if i:
            runs.append(("", {"br": True}))
        runs.append((part, {"east": "宋体", "size": 14}))
    add_para(doc, runs, align="c", after=6)
    for _ in range(8):
        add_para(doc, "")
    p = add_para(doc, [(std["pub_line"], {"east": "黑体", "size": 14})], align="l")
    border_bottom(p, color="000000", sz=8)
    add_para(doc, [(std["issuer_line"], {"east": "黑体", "size": 16})], align="c", before=12)

    # ---------------- front matter: 目次 + 前言, roman numbering
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, header_text=std["number"], footer="std")
    page_num_type(sec, "upperRoman", 1)
    add_para(doc, [("目" + FS * 2 + "次", {"east": "黑体", "size": 16})], align="c", after=18)
    for line in std["toc"]:
        add_para(doc, [(line, {"east": "宋体", "size": 10.5})], line=20)
    p = add_para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    add_para(doc, [("前" + FS * 2 + "言", {"east": "黑体", "size": 16})], align="c", after=18)
    for para_text in std["preface"]:
        add_para(doc, para_text, indent=21, line=18, align="j")
        clauses.append(para_text)

    # ---------------- body, arabic numbering
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, header_text=std["number"], footer="std")
    page_num_type(sec, "decimal", 1)
    add_para(doc, [(std["title_plain"], {"east": "黑体", "size": 16})], align="c", after=18, before=6)
    for item in std["body"]:
        kind = item[0]
        if kind == "h1":
            add_para(doc, [(item[1], {"east": "黑体", "size": 10.5})], before=6, after=4, line=18, keep=True)
        elif kind == "h2":
            add_para(doc, [(item[1], {"east": "黑体", "size": 10.5})], before=3, after=3, line=18, keep=True)
        elif kind == "cl":  # numbered clause: number in 黑体, text 宋体
            num, txt = item[1], item[2]
            add_para(doc, [(num + FS, {"east": "黑体"}), (txt, {})], line=18, align="j")
            clauses.append(num + FS + txt)
        elif kind == "p":
            add_para(doc, item[1], indent=21, line=18, align="j")
            clauses.append(item[1])
        elif kind == "ref":
            add_para(doc, item[1], indent=21, line=18)
            clauses.append(item[1])
        elif kind == "li":
            add_para(doc, item[1], left=21, line=18)
            clauses.append(item[1])
        elif kind == "note":
            add_para(doc, [(item[1], {"size": 9})], indent=21, line=16)
            clauses.append(item[1])
        elif kind == "term":
            num, term, en, dfn = item[1:]
            add_para(doc, [(num + FS, {"east": "黑体"}), (term + FS, {"east": "黑体", "bold": True}),
                           (en, {"bold": True}), (FS + dfn, {})], line=18, align="j")
            clauses.append(num + FS + term + FS + en + FS + dfn)
        elif kind == "blank":
            add_para(doc, "")
    # appendix on a new page
    app = std["appendix"]
    p = add_para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    add_para(doc, [(app["label"], {"east": "黑体", "size": 12})], align="c")
    add_para(doc, [(app["nature"], {"east": "黑体", "size": 12})], align="c")
    add_para(doc, [(app["title"], {"east": "黑体", "size": 12})], align="c", after=10)
    for txt in app["before"]:
        add_para(doc, [(txt[:3] + FS, {"east": "黑体"}), (txt[4:], {})], line=18, align="j")
        clauses.append(txt)
    add_para(doc, [(app["table_caption"], {"east": "黑体", "size": 10.5})], align="c", before=6, after=4)
    data_table(doc, app["header"], app["rows"], widths=app.get("widths"),
               vmerge_col=app.get("vmerge"))
    clauses.extend(row_clauses(app["header"], app["rows"]))
    for txt in app.get("after", []):
        add_para(doc, [(txt, {"size": 9})], indent=21, line=16, before=4)
        clauses.append(txt)
    add_para(doc, "")
    add_para(doc, "_________________________________", align="c")


# ---------------------------------------------------------------- document 1: 团体标准

GBT11 = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"
PATENT = "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"
REFINTRO = ("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
            "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")

STD1 = {
    "ics": "ICS 03.080.99",
    "ccs": "CCS A 16",
    "code_big": "T/ZJCEC",
    "kind_spaced": "团" + FS + "体" + FS + "标" + FS + "准",
    "number": "T/ZJCEC 0012—2026",
    "title_plain": "跨境电子商务海外仓服务规范",
    "title_lines": ["跨境电子商务", "海外仓服务规范"],
    "en_lines": ["Service specification for overseas warehouses", "of cross-border e-commerce"],
    "pub_line": "2026-03-18发布" + " " * 38 + "2026-04-18实施",
    "issuer_line": "浙江省跨境电子商务协会" + FS + FS + "发 布",
    "toc": [
        "前言" + "…" * 36 + "Ⅱ",
        "1　范围" + "…" * 34 + "1",
        "2　规范性引用文件" + "…" * 30 + "1",
        "3　术语和定义" + "…" * 32 + "1",
        "4　基本要求" + "…" * 33 + "1",
        "5　服务要求" + "…" * 33 + "2",
        "6　信息化要求" + "…" * 32 + "3",
        "7　服务评价与改进" + "…" * 30 + "3",
        "附录A（规范性）　海外仓服务能力评价指标" + "…" * 20 + "4",
    ],
    "preface": [
        GBT11,
        PATENT,
        "本文件由浙江省跨境电子商务协会提出并归口。",
        "本文件起草单位：浙江省跨境电子商务协会、杭州海仓通供应链管理有限公司、宁波保税区易仓国际物流有限公司、"
        "义乌市陆港国际货运代理有限公司、浙江工商大学、浙江省标准化研究院。",
        "本文件主要起草人：王晓峰、陈丽娟、李俊、周斌、吴海燕、郑一鸣、徐静。",
        "本文件为首次发布。",
    ],
    "body": [
        ("h1", "1　范围"),
        ("p", "本文件规定了跨境电子商务海外仓服务的基本要求、服务要求、信息化要求以及服务评价与改进。"),
        ("p", "本文件适用于浙江省内跨境电子商务企业及物流服务企业在境外设立或运营的海外仓所提供的服务，"
              "其他地区的海外仓服务可参照执行。"),
        ("h1", "2　规范性引用文件"),
        ("p", REFINTRO),
        ("ref", "GB/T 18354　物流术语"),
        ("ref", "GB/T 21072　通用仓库等级"),
        ("ref", "GB/T 28581　通用仓库及库区规划设计参数"),
        ("ref", "GB/T 38652　电子商务业务术语"),
        ("h1", "3　术语和定义"),
        ("p", "GB/T 18354、GB/T 38652界定的以及下列术语和定义适用于本文件。"),
        ("term", "3.1", "海外仓", "overseas warehouse",
         "跨境电子商务企业或物流服务企业在境外设立，为跨境电子商务交易提供货物仓储、分拣、包装、配送及退换货等服务的仓储设施。"),
        ("term", "3.2", "海外仓经营者", "overseas warehouse operator",
         "依法设立并实际运营海外仓，向委托方提供海外仓服务的企业。"),
        ("term", "3.3", "委托方", "consignor",
         "委托海外仓经营者提供海外仓服务的跨境电子商务企业或其他主体。"),
        ("term", "3.4", "头程运输", "first-leg transportation",
         "货物自境内起运地运至海外仓所在地的运输环节，包括海运、空运、铁路（含中欧班列）及多式联运等方式。"),
        ("term", "3.5", "尾程配送", "last-mile delivery",
         "货物自海外仓出库后送达境外终端消费者的配送环节。"),
        ("term", "3.6", "库存准确率", "inventory accuracy rate",
         "盘点时账面库存与实物库存相符的货物数量占账面库存货物总量的百分比。"),
        ("note", "注：以SKU为单位统计时，应同时记录差异数量。"),
        ("h1", "4　基本要求"),
        ("h2", "4.1　经营资质"),
        ("cl", "4.1.1", "海外仓经营者应在境内依法登记注册，并在海外仓所在国家（地区）依法取得仓储经营所需的登记、许可或备案。"),
        ("cl", "4.1.2", "海外仓经营者应具备与服务规模相适应的资金实力和风险承受能力，宜投保仓储财产险及公众责任险。"),
        ("cl", "4.1.3", "海外仓经营者应遵守所在国家（地区）关于税务、劳工、消防、数据保护及产品安全的法律法规，"
                        "不应为委托方规避进口国监管提供便利。"),
        ("h2", "4.2　设施设备"),
        ("cl", "4.2.1", "海外仓仓储面积不宜小于3 000 m²，仓库建筑、消防及安防设施应符合所在国家（地区）相关规定，"
                        "库区规划参照GB/T 28581执行。"),
        ("cl", "4.2.2", "海外仓应配备以下设施设备："),
        ("li", "a）货架、托盘、叉车等仓储搬运设备；"),
        ("li", "b）条码或射频识别（RFID）采集设备；"),
        ("li", "c）视频监控系统，监控录像保存期不少于90 d；"),
        ("li", "d）温湿度监测设备（存储有温湿度要求的货物时）。"),
        ("cl", "4.2.3", "存储锂电池、化妆品等特殊货物的，应设置独立存储区域并设置明显标识。"),
        ("note", "注：锂电池类货物的存储要求还应符合所在国家（地区）危险品管理规定。"),
        ("h2", "4.3　人员"),
        ("cl", "4.3.1", "海外仓经营者应配备仓储管理、信息系统、客户服务及合规管理人员，关键岗位人员应经培训后上岗。"),
        ("cl", "4.3.2", "海外仓应设立中文客服岗位，服务时间应覆盖北京时间9:00—21:00。"),
        ("h2", "4.4　管理制度"),
        ("p", "海外仓经营者应建立货物出入库、在库管理、安全生产、应急处置、客户投诉处理及数据安全管理等制度，并定期评审更新。"),
        ("h1", "5　服务要求"),
        ("h2", "5.1　头程衔接"),
        ("cl", "5.1.1", "海外仓经营者应向委托方提供入库预报接口或模板，委托方应在货物到仓前不少于48 h提交入库预报。"),
        ("cl", "5.1.2", "通过中欧班列、海运等方式运抵的货物，海外仓经营者宜提供清关协助、提柜及拆柜服务。"),
        ("h2", "5.2　入库"),
        ("cl", "5.2.1", "货物到仓后，海外仓经营者应在24 h内完成卸货和数量核对，72 h内完成上架，并向委托方反馈入库结果。"),
        ("cl", "5.2.2", "入库核对发现数量差异、包装破损或标签不符的，应拍照留存并在24 h内通知委托方。"),
        ("h2", "5.3　在库管理"),
        ("cl", "5.3.1", "海外仓应实行库位管理，库存准确率应不低于99.5%。"),
        ("cl", "5.3.2", "海外仓经营者应每月至少开展1次循环盘点，每年至少开展1次全面盘点，盘点结果应向委托方开放查询。"),
        ("h2", "5.4　订单处理与出库"),
        ("cl", "5.4.1", "截单时间前接收的订单应于当日完成出库，截单时间由海外仓经营者与委托方约定；订单出库准确率应不低于99.8%。"),
        ("cl", "5.4.2", "出库包装应满足尾程配送要求，并符合所在国家（地区）关于包装和标签的规定。"),
        ("h2", "5.5　尾程配送"),
        ("p", "海外仓经营者应至少对接2家尾程配送服务商，向委托方提供配送轨迹查询，配送轨迹信息更新间隔不宜超过24 h。"),
        ("h2", "5.6　退换货"),
        ("cl", "5.6.1", "海外仓应提供退货接收、质检、重新上架、换标及销毁等服务。"),
        ("cl", "5.6.2", "退货到仓后应在5个工作日内完成质检并反馈处理建议；可再次销售的货物应在质检完成后3个工作日内重新上架。"),
        ("note", "注：退货销毁应符合所在国家（地区）环保规定，并留存销毁凭证。"),
        ("h1", "6　信息化要求"),
        ("cl", "6.1", "海外仓经营者应配备仓储管理系统（WMS），实现入库、在库、出库、退货全流程信息记录，数据保存期不少于3年。"),
        ("cl", "6.2", "仓储管理系统应支持与委托方电商平台、ERP系统及跨境电子商务综合服务平台的数据对接。"),
        ("cl", "6.3", "海外仓经营者应按照所在国家（地区）及我国数据安全和个人信息保护的有关规定处理消费者个人信息，不应超出服务目的使用。"),
        ("h1", "7　服务评价与改进"),
        ("cl", "7.1", "海外仓经营者应按照附录A的规定每年至少开展1次服务能力自评价，评价结果可作为星级评定的依据。"),
        ("cl", "7.2", "对委托方投诉应在1个工作日内响应，在5个工作日内反馈处理结果。"),
        ("cl", "7.3", "海外仓经营者应根据评价结果和投诉分析制定改进措施，并跟踪落实。"),
    ],
    "appendix": {
        "label": "附" + FS + "录" + FS + "A",
        "nature": "（规范性）",
        "title": "海外仓服务能力评价指标",
        "before": [
            "A.1　海外仓服务能力评价采用百分制，评价指标及分值见表A.1。",
            "A.2　评价总分90分及以上的为五星级，80分（含）至90分的为四星级，70分（含）至80分的为三星级，70分以下的不予评定星级。",
        ],
        "table_caption": "表A.1　海外仓服务能力评价指标",
        "header": ["序号", "评价维度", "评价指标", "评价要求", "分值"],
        "rows": [
            ["1", "基础能力", "仓储面积", "不小于3 000 m²", "10"],
            ["2", "基础能力", "设施设备", "符合4.2的要求", "10"],
            ["3", "基础能力", "人员配置", "符合4.3的要求", "5"],
            ["4", "作业质量", "库存准确率", "不低于99.5%", "15"],
            ["5", "作业质量", "订单出库准确率", "不低于99.8%", "15"],
            ["6", "作业质量", "入库上架时效", "到仓后72 h内完成上架", "10"],
            ["7", "信息化水平", "系统对接", "符合6.2的要求", "10"],
            ["8", "信息化水平", "数据安全", "符合6.3的要求，近3年未发生数据安全事件", "10"],
            ["9", "客户服务", "投诉处理", "符合7.2的要求", "10"],
            ["10", "客户服务", "委托方满意度", "满意度不低于90%", "5"],
        ],
        "widths": [1.3, 2.4, 3.2, 6.0, 1.5],
        "vmerge": 1,
        "after": ["注：评价要求中引用的条款均指本文件的条款。"],
    },
}


def make_doc1(expected):
    stem = "blind440_hangzhou_tuantibiaozhun"
    doc = base_doc(margins=(2.5, 2.0, 2.5, 2.0))
    s = doc.sections[0]
    # cover section: no header / footer
    clauses = []
    write_standard(doc, STD1, clauses)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "跨境电子商务海外仓服务规范",
            "doc_number": "T/ZJCEC 0012—2026",
            "issuer": ["浙江省跨境电子商务协会"],
            "date": "2026-03-18",
            "published": "2026-03-18",
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-04-18",
            "expires": None,
            "attachments": [],
            "doc_type": "标准",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ---------------------------------------------------------------- government-style helpers

def gov_body(doc, text, indent=True):
    return add_para(doc, [(text, {})], east="仿宋_GB2312", size=16, line=28,
                    indent=32 if indent else None, align="j")


def gov_runin(doc, head, text, head_font="黑体"):
    return add_para(doc, [(head, {"east": head_font}), (text, {})], east="仿宋_GB2312", size=16,
                    line=28, indent=32, align="j")


def banqi(doc, lines):
    """版记 block: lines separated by thin rules, first and last thick."""
    t = doc.add_table(rows=len(lines), cols=1)
    no_borders(t)
    for i, (left, right) in enumerate(lines):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        txt = left + ((" " * 6 + right) if right else "")
        set_run_font(p.add_run(txt), east="仿宋_GB2312", size=14)
        p.paragraph_format.left_indent = Pt(14)
        tcPr = c._tc.get_or_add_tcPr()
        b = OxmlElement("w:tcBorders")
        for edge, sz in (("top", 12 if i == 0 else 4), ("bottom", 12 if i == len(lines) - 1 else 4)):
            el = OxmlElement("w:" + edge)
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), "000000")
            b.append(el)
        tcPr.append(b)


# ---------------------------------------------------------------- document 2: 协会公告

def make_doc2(expected):
    stem = "blind440_hangzhou_gonggao"
    doc = base_doc()
    setup_section(doc.sections[0], footer="gov")
    clauses = []
    for _ in range(2):
        add_para(doc, "", size=16)
    add_para(doc, [("浙江省跨境电子商务协会", {"east": "方正小标宋简体", "size": 40, "color": RED})],
             align="c", line=50)
    add_para(doc, "", size=16)
    p = add_para(doc, [("浙跨电协〔2026〕9号", {"east": "仿宋_GB2312", "size": 16})], align="c", line=28)
    p = add_para(doc, "", size=8)
    border_bottom(p, sz=24)
    add_para(doc, "", size=16)
    title = "浙江省跨境电子商务协会关于发布《跨境电子商务海外仓服务规范》等2项团体标准的公告"
    # title typed on two lines with a manual paragraph break
    for part in ("浙江省跨境电子商务协会关于发布", "《跨境电子商务海外仓服务规范》等2项",
                 "团体标准的公告"):
        add_para(doc, [(part, {"east": "方正小标宋简体", "size": 22})], align="c", line=36)
    add_para(doc, "", size=16)
    add_para(doc, [("各会员单位、各有关单位：", {})], east="仿宋_GB2312", size=16, line=28)
    paras = [
        "根据《团体标准管理规定》（国标委联〔2019〕1号）和《浙江省跨境电子商务协会团体标准管理办法》有关规定，"
        "经立项、起草、征求意见、技术审查和公示等程序，我会批准发布《跨境电子商务海外仓服务规范》"
        "《跨境电子商务出口商品退货仓储作业指南》2项团体标准（标准编号、名称及发布、实施日期见下表），"
        "上述标准自2026年4月18日起实施，现予公告。",
    ]
    for t in paras:
        gov_body(doc, t)
        clauses.append(t)
    header = ["序号", "标准编号", "标准名称", "发布日期", "实施日期"]
    rows = [
        ["1", "T/ZJCEC 0012—2026", "跨境电子商务海外仓服务规范", "2026-03-18", "2026-04-18"],
        ["2", "T/ZJCEC 0013—2026", "跨境电子商务出口商品退货仓储作业指南", "2026-03-18", "2026-04-18"],
    ]
    data_table(doc, header, rows, widths=[1.2, 3.6, 5.4, 2.4, 2.4], east="仿宋_GB2312", size=12,
               hfont="黑体", hbold=False)
    clauses.extend(row_clauses(header, rows))
    add_para(doc, "", size=12)
    paras = [
        "上述标准文本已在全国团体标准信息平台（www.ttbz.org.cn）和我会门户网站同步公开，供社会各界免费查阅下载。",
        "请各会员单位结合业务实际积极采用上述标准，鼓励海外仓经营企业对照《跨境电子商务海外仓服务规范》附录A开展服务能力自评价。"
        "我会将联合有关单位组织开展标准宣贯培训和海外仓服务能力星级评定工作，具体安排另行通知。",
        "标准实施过程中如有意见建议，请及时反馈我会标准化工作委员会秘书处。",
        "联系人：钱文涛，联系电话：0571-87654321，电子邮箱：bz@zjcec.org.cn。",
    ]
    for t in paras:
        gov_body(doc, t)
        clauses.append(t)
    add_para(doc, "", size=16)
    # 附件 list, second line aligned with full-width spaces
    add_para(doc, [("附件：1．跨境电子商务海外仓服务规范", {})], east="仿宋_GB2312", size=16, line=28, indent=32)
    add_para(doc, [(FS * 5 + "2．跨境电子商务出口商品退货仓储作业指南", {})], east="仿宋_GB2312", size=16,
             line=28, indent=0)
    for _ in range(3):
        add_para(doc, "", size=16)
    # 落款 with soft line break, right aligned with trailing spaces
    add_para(doc, [("浙江省跨境电子商务协会" + FS * 2, {}), ("", {"br": True}),
                   ("2026年3月18日" + FS * 4, {})], east="仿宋_GB2312", size=16, line=28, align="r")
    add_para(doc, "", size=16)
    add_para(doc, [("（此件公开发布）", {})], east="仿宋_GB2312", size=16, line=28, indent=32)
    for _ in range(2):
        add_para(doc, "", size=16)
    banqi(doc, [("抄送：浙江省商务厅，浙江省市场监督管理局，中国（杭州）跨境电子商务综合试验区建设领导小组办公室。", ""),
                ("浙江省跨境电子商务协会秘书处", "2026年3月18日印发")])
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "浙跨电协〔2026〕9号",
            "issuer": ["浙江省跨境电子商务协会"],
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-04-18",
            "expires": None,
            "attachments": ["跨境电子商务海外仓服务规范", "跨境电子商务出口商品退货仓储作业指南"],
            "doc_type": "公告",
            "recipients": ["各会员单位", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ---------------------------------------------------------------- document 3: 市场监管局公告 + 地方标准

STD2 = {
    "ics": "ICS 03.220.30",
    "ccs": "CCS A 85",
    "code_big": "DB3502",
    "kind_spaced": "厦" + FS + "门" + FS + "市" + FS + "地" + FS + "方" + FS + "标" + FS + "准",
    "number": "DB3502/T 128—2026",
    "title_plain": "中欧班列（厦门）集装箱货物集拼服务规范",
    "title_lines": ["中欧班列（厦门）集装箱货物", "集拼服务规范"],
    "en_lines": ["Service specification for container cargo consolidation", "of China-Europe Railway Express (Xiamen)"],
    "pub_line": "2026 - 04 - 20发布" + " " * 30 + "2026 - 06 - 01实施",
    "issuer_line": "厦门市市场监督管理局" + FS + FS + "发 布",
    "toc": [
        "前言" + "…" * 36 + "Ⅱ",
        "1　范围" + "…" * 34 + "1",
        "2　规范性引用文件" + "…" * 30 + "1",
        "3　术语和定义" + "…" * 32 + "1",
        "4　服务机构要求" + "…" * 31 + "1",
        "5　集拼作业要求" + "…" * 31 + "1",
        "6　单证与信息要求" + "…" * 30 + "2",
        "7　服务质量要求" + "…" * 31 + "2",
        "附录A（规范性）　集拼服务质量指标" + "…" * 22 + "3",
    ],
    "preface": [
        GBT11,
        PATENT,
        "本文件由厦门市商务局提出。",
        "本文件由厦门市物流标准化技术委员会归口。",
        "本文件起草单位：厦门市商务局、厦门陆港班列运营有限公司、厦门市标准化研究院、集美大学。",
        "本文件主要起草人：林志远、黄雅琴、蔡文斌、许明辉、陈思颖。",
    ],
    "body": [
        ("h1", "1　范围"),
        ("p", "本文件规定了中欧班列（厦门）集装箱货物集拼服务的服务机构要求、集拼作业要求、单证与信息要求和服务质量要求。"),
        ("p", "本文件适用于在厦门中欧班列集拼场站开展的出口集装箱货物集拼服务，回程班列进口货物分拨服务可参照执行。"),
        ("h1", "2　规范性引用文件"),
        ("p", REFINTRO),
        ("ref", "GB/T 1413　系列1集装箱　分类、尺寸和额定质量"),
        ("ref", "GB 12268　危险货物品名表"),
        ("ref", "GB/T 17382　系列1集装箱　装卸和栓固"),
        ("ref", "GB/T 18354　物流术语"),
        ("h1", "3　术语和定义"),
        ("p", "GB/T 18354界定的以及下列术语和定义适用于本文件。"),
        ("term", "3.1", "中欧班列（厦门）", "China-Europe Railway Express (Xiamen)",
         "以厦门为始发地或集结地，按照固定车次、线路、班期和全程运行时刻开行，往来于中国与欧洲及“一带一路”沿线国家间的集装箱国际铁路联运班列。"),
        ("term", "3.2", "集拼", "consolidation",
         "将不同发货人的零散货物在集拼场站按照目的地、货物属性等进行归并，装入同一集装箱的作业。"),
        ("term", "3.3", "集拼服务机构", "consolidation service provider",
         "在集拼场站为发货人提供收货、查验配合、配载装箱及单证服务的企业。"),
        ("term", "3.4", "拼箱货", "less than container load cargo; LCL cargo",
         "不足一个整箱、需与其他发货人的货物共同装箱运输的货物。"),
        ("h1", "4　服务机构要求"),
        ("cl", "4.1", "集拼服务机构应依法登记注册，具备国际货运代理相关业务能力，并已在海关办理报关单位备案。"),
        ("cl", "4.2", "集拼场站应位于海关监管作业场所内或经海关备案的场所内，配备视频监控、地磅、集装箱正面吊等设施设备。"),
        ("cl", "4.3", "集拼服务机构应配备熟悉国际铁路货物联运规则、海关监管要求和多语种单证的专业人员。"),
        ("h1", "5　集拼作业要求"),
        ("h2", "5.1　收货"),
        ("cl", "5.1.1", "发货人应在班列截货时间前（一般为发车前72 h）将货物送达集拼场站，并提供装箱单、商业发票等资料。"),
        ("cl", "5.1.2", "集拼服务机构应核对货物品名、件数、重量和包装，对包装破损、标识不清的货物应拒收，或经发货人确认后进行加固处理。"),
        ("h2", "5.2　配载与装箱"),
        ("cl", "5.2.1", "集拼服务机构应按目的站、货物属性和重量分布制定配载方案，重不压轻、大不压小，装箱和栓固应符合GB/T 17382的要求。"),
        ("cl", "5.2.2", "集装箱装载货物总重不应超过GB/T 1413规定的该箱型额定质量，且不应超过铁路运输限重。"),
        ("cl", "5.2.3", "下列货物不应与普通货物拼装于同一集装箱："),
        ("li", "a）列入GB 12268的危险货物；"),
        ("li", "b）需温控运输的货物（使用冷藏集装箱的除外）；"),
        ("li", "c）目的国（地区）禁止或限制入境的货物。"),
        ("note", "注：锂电池及含锂电池设备的拼装按照铁路危险货物运输有关规定执行。"),
        ("h2", "5.3　施封"),
        ("p", "装箱完成后应及时施封，施封信息应与装箱单一致并拍照留存，照片保存期不少于1年。"),
        ("h1", "6　单证与信息要求"),
        ("cl", "6.1", "集拼服务机构应在班列发车前24 h完成运单及随附单证的制作与核对，运单品名应与报关单申报品名一致。"),
        ("cl", "6.2", "集拼服务机构应通过班列信息服务平台向发货人提供订舱、装箱、发运及在途信息查询服务。"),
        ("cl", "6.3", "集拼跨境电子商务出口货物的，应按照海关跨境电子商务出口监管方式（9610、9710、9810）的要求分别申报。"),
        ("h1", "7　服务质量要求"),
        ("cl", "7.1", "集拼服务机构应公开服务项目、收费标准和截货时间，不应收取未公示的费用。"),
        ("cl", "7.2", "集拼服务质量指标应符合附录A的要求。"),
        ("cl", "7.3", "发生货损、货差或延误的，集拼服务机构应在24 h内告知发货人，并协助办理索赔。"),
    ],
    "appendix": {
        "label": "附" + FS + "录" + FS + "A",
        "nature": "（规范性）",
        "title": "集拼服务质量指标",
        "before": ["A.1　集拼服务质量指标见表A.1。"],
        "table_caption": "表A.1　集拼服务质量指标",
        "header": ["序号", "指标名称", "指标要求", "统计周期"],
        "rows": [
            ["1", "收货差错率", "≤0.1%", "季度"],
            ["2", "装箱准时率", "≥99%", "季度"],
            ["3", "单证差错率", "≤0.2%", "季度"],
            ["4", "在途信息更新及时率", "≥98%", "月度"],
            ["5", "客户投诉处理及时率", "100%", "季度"],
            ["6", "客户满意度", "≥90%", "年度"],
        ],
        "widths": [1.5, 5.5, 3.5, 3.0],
        "after": ["注：表中指标按集拼服务机构在统计周期内的全部业务量计算。"],
    },
}


def make_doc3(expected):
    stem = "blind440_xiamen_difangbiaozhun"
    doc = base_doc()
    setup_section(doc.sections[0], footer="gov")
    c1 = []
    add_para(doc, "", size=16)
    add_para(doc, [("厦门市市场监督管理局", {"east": "方正小标宋简体", "size": 36, "color": RED})],
             align="c", line=46)
    add_para(doc, [("公" + FS + FS + "告", {"east": "方正小标宋简体", "size": 36, "color": RED})],
             align="c", line=46)
    add_para(doc, "", size=16)
    add_para(doc, [("2026年第7号", {"east": "仿宋_GB2312", "size": 16})], align="c", line=28)
    p = add_para(doc, "", size=8)
    border_bottom(p, sz=18)
    add_para(doc, "", size=16)
    title = "厦门市市场监督管理局关于批准发布《中欧班列（厦门）集装箱货物集拼服务规范》等3项厦门市地方标准的公告"
    add_para(doc, [("厦门市市场监督管理局关于批准发布", {"east": "方正小标宋简体", "size": 22}),
                   ("", {"br": True}),
                   ("《中欧班列（厦门）集装箱货物集拼", {"east": "方正小标宋简体", "size": 22}),
                   ("", {"br": True}),
                   ("服务规范》等3项厦门市地方标准的公告", {"east": "方正小标宋简体", "size": 22})], align="c", line=36)
    add_para(doc, "", size=16)
    t = ("根据《中华人民共和国标准化法》《地方标准管理办法》等有关规定，经审查，现批准发布《中欧班列（厦门）集装箱货物集拼服务规范》"
         "等3项厦门市地方标准（见下表），自2026年6月1日起实施。")
    gov_body(doc, t)
    c1.append(t)
    header = ["序号", "标准编号", "标准名称", "代替标准号", "实施日期"]
    rows = [
        ["1", "DB3502/T 128—2026", "中欧班列（厦门）集装箱货物集拼服务规范", "—", "2026-06-01"],
        ["2", "DB3502/T 129—2026", "综合保税区保税维修业务管理规范", "DB3502/T 046—2019", "2026-06-01"],
        ["3", "DB3502/T 130—2026", "跨境电子商务进口商品质量追溯服务指南", "—", "2026-06-01"],
    ]
    data_table(doc, header, rows, widths=[1.2, 3.6, 5.2, 3.4, 2.4], east="仿宋_GB2312", size=11,
               hfont="黑体", hbold=False)
    c1.extend(row_clauses(header, rows))
    add_para(doc, "", size=12)
    for t in [
        "DB3502/T 129—2026《综合保税区保税维修业务管理规范》实施之日起，DB3502/T 046—2019《综合保税区保税维修业务管理规范》同时废止。",
        "上述标准文本可通过厦门市市场监督管理局门户网站“标准信息公开”栏目免费查阅。",
        "特此公告。",
    ]:
        gov_body(doc, t)
        c1.append(t)
    for _ in range(3):
        add_para(doc, "", size=16)
    add_para(doc, [("厦门市市场监督管理局" + FS * 2, {})], east="仿宋_GB2312", size=16, line=28, align="r")
    add_para(doc, [("2026年4月20日" + FS * 3, {})], east="仿宋_GB2312", size=16, line=28, align="r")

    # the standard itself follows in a new section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, footer=None)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5), Cm(2.5), Cm(2.0)
    c2 = []
    write_standard(doc, STD2, c2)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {
            "meta": {
                "title": title,
                "doc_number": "2026年第7号",
                "issuer": ["厦门市市场监督管理局"],
                "date": "2026-04-20",
                "published": None,
                "level": "municipal",
                "region": "厦门市",
                "effective": "2026-06-01",
                "expires": None,
                "attachments": [],
                "doc_type": "公告",
                "recipients": [],
                "publicity": None,
                "repeals": "DB3502/T 046—2019《综合保税区保税维修业务管理规范》",
            },
            "clauses": c1,
        },
        {
            "meta": {
                "title": "中欧班列（厦门）集装箱货物集拼服务规范",
                "doc_number": "DB3502/T 128—2026",
                "issuer": ["厦门市市场监督管理局"],
                "date": "2026-04-20",
                "published": "2026-04-20",
                "level": "municipal",
                "region": "厦门市",
                "effective": "2026-06-01",
                "expires": None,
                "attachments": [],
                "doc_type": "标准",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": c2,
        },
    ]
    return path


def main():
    expected = {}
    paths = [make_doc1(expected), make_doc2(expected), make_doc3(expected)]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
