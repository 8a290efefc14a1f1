# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 699 blind test documents: 自贸片区 2025年度跨境电商扶持资金拟兑现企业名单公示."""
import copy
import json
import os
import random
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
FW = "\u3000"  # full-width space

# ---------------------------------------------------------------- codes
UCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
UCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_code(rng, new_style):
    if new_style:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
        if body[0] == "0":
            body = "7" + body[1:]
    s = sum(_orgval(c) * w for c, w in zip(body, ORG_W))
    c9 = 11 - s % 11
    chk = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    return body + chk


def credit_code(rng, region, new_style):
    body = "91" + region + org_code(rng, new_style)
    s = sum(UCC_CHARS.index(c) * w for c, w in zip(body, UCC_W))
    c = 31 - s % 31
    if c == 31:
        c = 0
    code = body + UCC_CHARS[c]
    assert len(code) == 18
    return code


# ---------------------------------------------------------------- docx helpers
def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font if k != "w:ascii" and k != "w:hAnsi" else ("Times New Roman" if font in (FS, KT) else font))
    rfonts.set(qn("w:eastAsia"), font)
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt_para(p, align=None, first_indent=None, line=28, before=0, after=0, left_indent=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_runs(p, parts):
    """parts: list of (text, font, size, bold) ; text '\n' -> soft line break"""
    for part in parts:
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            if i > 0:
                r = p.add_run()
                set_run_font(r, font, size, bold, color)
                r.add_break(WD_BREAK.LINE)
            if ch:
                r = p.add_run(ch)
                set_run_font(r, font, size, bold, color)
    return p


def body_para(doc_or_cell, parts, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=28):
    p = doc_or_cell.add_paragraph()
    fmt_para(p, align=align, first_indent=32 if indent else 0, line=line)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    add_runs(p, parts)
    return p


def empty_para(doc, line=28):
    p = doc.add_paragraph()
    fmt_para(p, line=line)
    r = p.add_run("")
    set_run_font(r, FS, 16)
    return p


def set_page(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7)
        section.page_height = Cm(21.0)
        section.top_margin = Cm(2.2)
        section.bottom_margin = Cm(2.0)
        section.left_margin = Cm(2.5)
        section.right_margin = Cm(2.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.5) if not landscape else Cm(1.2)


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def _r(text):
        r = p.add_run(text)
        set_run_font(r, SONG, 14)
        return r
    _r("— ")
    r = p.add_run()
    set_run_font(r, SONG, 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
    r = p.add_run()
    set_run_font(r, SONG, 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r._element.append(it)
    r = p.add_run()
    set_run_font(r, SONG, 14)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._element.append(s)
    r = p.add_run("1")
    set_run_font(r, SONG, 14)
    r = p.add_run()
    set_run_font(r, SONG, 14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._element.append(e)
    _r(" —")


def para_border_bottom(p, color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(sz))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), color)
    bdr.append(bottom)
    pPr.append(bdr)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trPr.append(h)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt_para(p, align=align, first_indent=0, line=None)
    p.paragraph_format.line_spacing = 1.0
    add_runs(p, [(text, font, size, bold)])
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def add_numbering(doc):
    """add a hand-made decimal list '1.' definition, return numId"""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "77")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); absn.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "28"); rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    last_abs = numbering.findall(qn("w:abstractNum"))[-1]
    last_abs.addnext(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "77")
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), "77"); num.append(a)
    numbering.append(num)
    return "77"


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), num_id); numPr.append(ni)
    pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else pPr.find(qn("w:pStyle")).addnext(numPr)


def page_break(doc):
    p = doc.add_paragraph()
    fmt_para(p, line=None)
    p.add_run().add_break(WD_BREAK.PAGE)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    set_page(doc.sections[0])
    add_page_number(doc.sections[0])
    return doc


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_699", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- name lists
def make_rows(seed, city, region_main, region_alt, heads, mids, projects, n=45):
    rng = random.Random(seed)
    forms = [
        "{city}{h}{m}有限公司",
        "{city}{h}{m}有限公司",
        "{h}（{city}）{m}有限公司",
        "{prov}{h}{m}股份有限公司",
        "{city}{h}{m}集团有限公司",
        "{city}市{h}{m}有限责任公司",
    ]
    prov = {"青岛": "山东", "郑州": "河南"}[city]
    used = set()
    rows = []
    hs = heads[:]
    rng.shuffle(hs)
    for i in range(n):
        while True:
            h = hs[i % len(hs)] if i < len(hs) else rng.choice(heads) + rng.choice(["达", "通", "汇", "源", "兴"])
            m = rng.choice(mids)
            name = rng.choice(forms).format(city=city, h=h, m=m, prov=prov)
            if name not in used and h not in {u for u in ()}:
                used.add(name)
                break
        new_style = rng.random() < 0.72
        region = region_main if rng.random() < 0.8 else region_alt
        code = credit_code(rng, region, new_style)
        proj, lo, hi = rng.choice(projects)
        amt = Decimal(rng.randint(lo * 100, hi * 100)) / Decimal(100)
        if rng.random() < 0.25:
            amt = Decimal(int(amt))
        rows.append([str(i + 1), name, code, proj, "%.2f" % amt])
    return rows


def row_clause(header, cells):
    parts = []
    for h, v in zip(header, cells):
        if v == "":
            continue
        parts.append("%s：%s" % (h, v))
    return "；".join(parts)


# ================================================================ document 1: 青岛
def build_qingdao():
    stem = "blind699_qingdao_gongshi"
    heads = ["海湾", "前湾", "灵山湾", "琅琊台", "海晟", "鲁青", "中启", "德隆", "恒丰", "瑞祥", "金港",
             "蓝谷", "泽远", "华链", "捷洋", "东岳", "启航", "博瀚", "嘉禾", "万邦", "海之韵", "汇通达",
             "鑫泰", "安澜", "川沐", "云帆", "益诚", "润泽", "北辰", "新丝路", "沃尔森", "百川", "和信",
             "凯诺", "海纳", "永盛", "星洲", "锦程", "浩瀚", "立信", "信德", "康博", "远舟", "明德", "逸飞"]
    mids = ["跨境电子商务", "国际贸易", "供应链管理", "进出口", "国际物流", "电子商务", "数字科技",
            "家居用品", "轮胎", "服饰", "海洋生物科技", "智能装备"]
    projects = [
        ("跨境电商B2B出口（9710/9810）奖励", 8, 100),
        ("跨境电商海外仓建设补助", 20, 150),
        ("跨境电商进口（1210）业务奖励", 5, 60),
        ("跨境电商平台交易额奖励", 5, 80),
        ("跨境电商独立站建设补助", 3, 30),
        ("跨境电商人才培训补助", 2, 15),
        ("跨境电商物流通道运费补贴", 3, 50),
    ]
    rows = make_rows(69901, "青岛", "370211", "370200", heads, mids, projects)
    total = sum(Decimal(r[4]) for r in rows)
    total_s = "%.2f" % total
    header = ["序号", "企业名称", "统一社会信用代码", "扶持项目", "拟兑现金额（万元）"]

    doc = base_doc()
    clauses = []

    # title with soft line break
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=36)
    add_runs(p, [("中国（山东）自由贸易试验区青岛片区管委会\n关于2025年度跨境电商扶持资金拟兑现\n企业名单的公示", XBS, 22, False)])
    title = "中国（山东）自由贸易试验区青岛片区管委会关于2025年度跨境电商扶持资金拟兑现企业名单的公示"
    empty_para(doc)

    t = ("根据《中国（山东）自由贸易试验区青岛片区支持跨境电子商务高质量发展若干措施》（青自贸管发〔2024〕7号）"
         "和《关于开展2025年度跨境电商扶持资金申报工作的通知》有关要求，经企业自主申报、经济发展部初审、"
         "第三方会计师事务所专项审计、管委会主任办公会议研究，拟对青岛海湾跨境电子商务有限公司等45家企业"
         "兑现2025年度跨境电商扶持资金，合计" + total_s + "万元。为确保扶持资金兑现公开、公平、公正，"
         "现将拟兑现企业名单予以公示，接受社会监督。")
    # make the first company really exist in list as row 1
    rows[0][1] = "青岛海湾跨境电子商务有限公司"
    body_para(doc, t)
    clauses.append(t)

    # heading on its own line (黑体) -> not a clause
    body_para(doc, [("一、公示期", HT, 16, False)])
    t = "2026年3月2日至3月8日（共7天）。"
    body_para(doc, t)
    clauses.append(t)

    body_para(doc, [("二、拟兑现企业名单", HT, 16, False)])

    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(tbl.rows[0].cells, header):
        cell_text(c, h, HT, 10.5)
    set_repeat_header(tbl.rows[0])
    for r in rows:
        cells = tbl.add_row().cells
        for j, (c, v) in enumerate(zip(cells, r)):
            cell_text(c, v, FS, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        cant_split(tbl.rows[-1])
    tot_row = ["合计", "", "", "", total_s]
    cells = tbl.add_row().cells
    for c, v in zip(cells, tot_row):
        cell_text(c, v, HT, 10.5)
    set_col_widths(tbl, [1.0, 4.6, 4.7, 3.3, 2.0])
    for r in rows:
        clauses.append(row_clause(header, r))
    clauses.append(row_clause(header, tot_row))

    # notes: "注：" on its own, then Word auto-numbered items (number not in text)
    num_id = add_numbering(doc)
    p = body_para(doc, [("注：", FS, 14, False)], indent=True)
    notes = [
        "名单按企业申报受理先后顺序排列，排名不分先后；金额单位为万元，保留两位小数。",
        "拟兑现金额为第三方审计机构核定金额，最终以公示无异议后报管委会批准并拨付的金额为准。",
        "同一企业同一项目已享受省、市同类政策支持的，按照“就高不重复”原则兑现，本名单已作相应扣减。",
    ]
    for i, n in enumerate(notes):
        p = doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=28)
        set_num(p, num_id)
        add_runs(p, [(n, FS, 14, False)])
        clauses.append("%d.%s" % (i + 1, n))

    body_para(doc, [("三、异议受理", HT, 16, False)])
    t = ("公示期间，任何单位和个人对公示企业及拟兑现金额有异议的，可通过书面或电子邮件方式向青岛片区管委会"
         "经济发展部反映。反映问题应实事求是，以单位名义反映的须加盖单位公章，以个人名义反映的须署真实姓名并"
         "提供有效联系方式，同时提供必要的证明材料。匿名、超出公示期限或无具体事实依据的异议，不予受理。")
    body_para(doc, t)
    clauses.append(t)
    t = ("对公示期内反映的问题，经济发展部将会同有关部门调查核实，并在公示期满后10个工作日内将核查结果反馈"
         "异议人；公示期满无异议或异议经核查不成立的，按程序拨付扶持资金。")
    body_para(doc, t)
    clauses.append(t)
    for t in ["受理部门：中国（山东）自由贸易试验区青岛片区管委会经济发展部",
              "联系电话：0532-86898721（工作日上午9:00—12:00，下午13:30—17:30）",
              "电子邮箱：qdpq_jjfzb@163.com",
              "通讯地址：山东省青岛市黄岛区长江中路216号青岛片区管委会1号楼1207室，邮编：266555"]:
        body_para(doc, t)
        clauses.append(t)

    empty_para(doc)
    empty_para(doc)
    # 落款 typed with manual full-width spaces instead of right alignment
    body_para(doc, FW * 4 + "中国（山东）自由贸易试验区青岛片区管理委员会", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    body_para(doc, FW * 15 + "2026年2月27日", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
        "date": "2026-02-27",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公示",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ document 2: 郑州
def build_zhengzhou():
    stem = "blind699_zhengzhou_gongshi"
    heads = ["中原", "豫商", "郑欧", "航都", "嵩岳", "黄河", "天地人", "商都", "龙湖", "如意", "金桥",
             "千禧", "华豫", "聚合", "普达", "九州通", "友邦", "卓远", "华鼎", "银基", "新东方", "博雅",
             "恒通", "优品", "万象", "宏图", "安达", "德盛", "四季", "领航", "云端", "瑞丰", "中豫",
             "汉风", "嘉华", "森普", "德瑞", "鸿运", "创美", "益家", "正弘", "天润", "亿达", "锦华", "拓新"]
    mids = ["跨境电子商务", "国际贸易", "供应链管理", "进出口贸易", "国际货运代理", "电子商务",
            "网络科技", "假发制品", "服饰", "食品", "智能科技", "商贸"]
    projects = [
        ("跨境电商B2B出口奖励", 10, 120),
        ("海外仓建设补助", 20, 200),
        ("跨境电商进口（1210）业务奖励", 5, 80),
        ("中欧班列（郑州）跨境电商运邮补贴", 5, 60),
        ("跨境电商平台及独立站建设补助", 3, 40),
        ("跨境电商人才培训补助", 2, 20),
    ]
    rows = make_rows(69902, "郑州", "410100", "410105", heads, mids, projects)
    total = sum(Decimal(r[4]) for r in rows)
    total_s = "%.2f" % total
    header = ["序号", "企业名称", "统一社会信用代码", "扶持项目", "拟兑现金额（万元）"]

    doc = base_doc()
    clauses = []

    # red 版头 (organ name) + red line, no 文号
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=None, before=6, after=6)
    add_runs(p, [("中国（河南）自由贸易试验区郑州片区管理委员会", XBS, 22, False, "FF0000")])
    for r in p.runs:
        w = OxmlElement("w:w"); w.set(qn("w:val"), "80")
        r._element.get_or_add_rPr().append(w)
    p = doc.add_paragraph()
    fmt_para(p, line=None)
    para_border_bottom(p, "FF0000", 18)
    empty_para(doc)

    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=36)
    add_runs(p, [("中国（河南）自由贸易试验区郑州片区管委会\n关于2025年度跨境电商扶持资金拟兑现企业名单的公示", XBS, 22, False)])
    title = "中国（河南）自由贸易试验区郑州片区管委会关于2025年度跨境电商扶持资金拟兑现企业名单的公示"
    empty_para(doc)

    t1 = ("为贯彻落实《郑州市人民政府关于加快跨境电子商务高质量发展的实施意见》，根据《中国（河南）自由贸易"
          "试验区郑州片区跨境电商扶持资金管理办法（试行）》（郑自贸管〔2024〕15号）规定，片区管委会组织开展了")
    t2 = ("2025年度跨境电商扶持资金申报工作。经企业申报、材料初审、实地核查、专项审计和管委会集体研究，45家企业"
          "符合兑现条件，拟兑现扶持资金合计" + total_s + "万元。现将拟兑现企业名单予以公示，有关事项如下：")
    # soft line break in the middle of a sentence (pasted from OA system)
    body_para(doc, [(t1 + "\n" + t2, FS, 16, False)])
    clauses.append(t1 + t2)

    # run-in headings in bold 黑体 runs
    t_h, t_b = "一、公示期：", "2026年3月2日至3月8日。"
    body_para(doc, [(t_h, HT, 16, False), (t_b, FS, 16, False)])
    clauses.append(t_h + t_b)
    t_h = "二、公示内容："
    t_b = ("2025年度跨境电商扶持资金拟兑现企业名单（共45家），涉及跨境电商B2B出口、海外仓建设、跨境电商进口、"
           "中欧班列（郑州）跨境电商运邮、平台及独立站建设、人才培训等6类扶持项目，拟兑现金额合计"
           + total_s + "万元，具体见附件。")
    body_para(doc, [(t_h, HT, 16, False), (t_b, FS, 16, False)])
    clauses.append(t_h + t_b)

    body_para(doc, [("三、异议受理", HT, 16, False)])
    items = [
        ("（一）受理范围。", "对公示企业的申报主体资格、申报数据真实性以及拟兑现金额等有异议的，可在公示期内提出。"),
        ("（二）受理方式。", "异议人应以书面形式实名提出，写明异议事项、具体理由并附相关证明材料。单位提出的须加盖公章，"
                        "个人提出的须签署本人真实姓名并注明联系方式。受理部门对异议人信息予以保密。"),
        ("（三）处理程序。", "受理部门收到异议后，会同片区财政金融局、市场监管部门及第三方审计机构在15个工作日内完成核查，"
                        "并将核查结果书面告知异议人。经核查异议成立的，取消或核减相应企业扶持资金；情节严重的，依法依规"
                        "纳入失信记录。"),
    ]
    for h, b in items:
        body_para(doc, [(h, KT, 16, True), (b, FS, 16, False)])
        clauses.append(h + b)

    body_para(doc, [("四、联系方式", HT, 16, False)])
    for t in ["受理部门：郑州片区管委会经济发展局",
              "联系电话：0371-67178826、67178830",
              "电子邮箱：zzpq_jjfzj@126.com",
              "通讯地址：郑州市郑东新区商务外环路17号郑州片区管委会政务服务中心4楼406室（邮政编码：450018）"]:
        body_para(doc, t)
        clauses.append(t)

    # 附件 list
    body_para(doc, "附件：2025年度跨境电商扶持资金拟兑现企业名单")
    empty_para(doc)

    # 落款 in a borderless layout table
    lay = doc.add_table(rows=2, cols=2)
    no_borders(lay)
    lay.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(lay.cell(0, 1), "中国（河南）自由贸易试验区\n郑州片区管理委员会", FS, 16)
    cell_text(lay.cell(1, 1), "2026年2月26日", FS, 16)
    set_col_widths(lay, [5.1, 10.5])

    # attachment in landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(sec, landscape=True)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=0, line=28)
    add_runs(p, [("附件", HT, 16, False)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=36, after=6)
    add_runs(p, [("2025年度跨境电商扶持资金拟兑现企业名单", XBS, 20, False)])

    hdr_display = ["序号", "企业名称", "统一社会信用代码", "扶持项目", "拟兑现金额\n（万元）"]
    widths = [1.4, 7.6, 5.8, 7.3, 2.6]

    def new_table():
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c, h in zip(tb.rows[0].cells, hdr_display):
            cell_text(c, h, HT, 12)
        return tb

    # table split by hand into two tables, header retyped on the second one
    split = 24
    tb = new_table()
    for r in rows[:split]:
        cells = tb.add_row().cells
        for j, (c, v) in enumerate(zip(cells, r)):
            cell_text(c, v, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT if j in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(tb, widths)
    page_break(doc)
    tb = new_table()
    for r in rows[split:]:
        cells = tb.add_row().cells
        for j, (c, v) in enumerate(zip(cells, r)):
            cell_text(c, v, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT if j in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
    last = tb.add_row()
    merged = last.cells[0].merge(last.cells[3])
    cell_text(merged, "合计", HT, 12)
    cell_text(last.cells[4], total_s, HT, 12)
    set_col_widths(tb, widths)
    for r in rows:
        clauses.append(row_clause(header, r))
    clauses.append(row_clause(header, ["合计", "", "", "", total_s]))

    notes = [
        "说明：1.本名单排名不分先后。",
        "2.拟兑现金额已扣除企业同年度已获得的市级同类项目支持资金，最终兑现金额以片区财政金融局拨付为准。",
        "3.公示期满后，拟兑现企业须在10个工作日内通过郑州片区企业服务平台确认收款账户，逾期未确认的视为自动放弃。",
    ]
    for i, n in enumerate(notes):
        p = doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=0 if i == 0 else 48, line=20,
                 before=6 if i == 0 else 0)
        add_runs(p, [(n, FS, 14, False)])
        clauses.append(n)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["中国（河南）自由贸易试验区郑州片区管理委员会"],
        "date": "2026-02-26",
        "published": None,
        "level": "zone",
        "region": "中国（河南）自由贸易试验区郑州片区",
        "effective": None,
        "expires": None,
        "attachments": ["2025年度跨境电商扶持资金拟兑现企业名单"],
        "doc_type": "公示",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for builder in (build_qingdao, build_zhengzhou):
        stem, path, docs = builder()
        to_pdf(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
