# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1032: 海关公告（中欧班列 / 自贸试验区）+ 商品清单附件, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
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
RED = RGBColor(0xFF, 0x00, 0x00)
CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT

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
    """runs: str, or list of (text, font, size, bold[, color]); '\n' in text = Shift+Enter."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            if part:
                font(p.add_run(part), name, size, bold, color)
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


def page_field(fp, size=14):
    def r(el=None, text=None):
        run = fp.add_run(text) if text else fp.add_run()
        font(run, SONG, size)
        if el is not None:
            run._r.append(parse_xml(el))
    r('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    r('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    r(text="1")
    r('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))


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
    fp.alignment = CENTER
    font(fp.add_run("— "), SONG, 14)
    page_field(fp)
    font(fp.add_run(" —"), SONG, 14)


def cell_text(cell, text, name=FS, size=12, bold=False, align=CENTER):
    """'\n' inside text = manual line break inside the cell."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, row))


def goods_table(doc, header, rows, clauses, widths, repeat=True, aligns=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = aligns[ci] if aligns else CENTER
            cell_text(t.rows[ri].cells[ci], v, FS, 12, align=al)
        clauses.append(row_clause(header, row))
    col_widths(t, widths)
    return t


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1032", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting "一、") ----------------------
_next_abs = [700]


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
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, FS, FS, FS))
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
# 海关总署公告 + 附件商品清单 + 政策解读 (two documents in one file)
def doc_zongshu():
    stem = "blind1032_zongshu_tielukuaitong"
    doc = Document()
    setup(doc)
    clauses = []
    n_art = make_numbering(doc, "%1、")

    add_par(doc, [("中华人民共和国海关总署", XBS, 36, False, RED)],
            align=CENTER, indent=False, line=48)
    p = add_par(doc, "海关总署公告2026年第41号", align=CENTER, indent=False, before=6)
    border(p, "bottom", "FF0000", 24, 8)
    # title typed as three centred paragraphs, wrapped at odd places
    for part in ["关于扩大中欧班列进出境货物", "“铁路快通”监管模式适用范围", "的公告"]:
        add_par(doc, [(part, XBS, 22, False)], align=CENTER, indent=False, line=32,
                before=18 if part.startswith("关于") else 0)
    empty(doc, 1, line=16)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    arts = [0]

    def art(t):
        arts[0] += 1
        clauses.append(CN[arts[0] - 1] + "、" + t)
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_art)

    body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，进一步提升中欧班列通关效率，海关总署决定在总结前期试点经验的基础上，扩大中欧班列进出境货物“铁路快通”监管模式适用范围。现将有关事项公告如下：")
    art("本公告所称“铁路快通”监管模式，是指对经中欧班列运输的进出境货物，企业在口岸海关和内陆海关之间不再办理转关手续，由铁路运输企业或其代理人通过国际铁路联运运单信息向海关传输舱单数据，海关依托舱单电子数据实施监管的通关模式。")
    art("“铁路快通”监管模式适用范围扩大至全国开行中欧班列的内陆铁路口岸、铁路集装箱中心站以及综合保税区等海关特殊监管区域。具体适用的口岸、场站和区域名单由各直属海关对外公布。")
    art("除本公告附件所列商品外，经中欧班列运输的进出境货物均可适用“铁路快通”监管模式。附件所列商品按照现行规定办理。")
    art("铁路运输企业或其代理人应当在中欧班列进境前或者出境前，按照规定向海关传输原始舱单或者预配舱单主要数据，并对数据的真实性、准确性、完整性负责。")
    art("进口货物在口岸海关不再办理转关手续，在海关监管下直接换装或者换轨后运抵内陆海关监管作业场所；出口货物在内陆海关办结放行手续后，直接运抵出境口岸。")
    art("海关对适用“铁路快通”监管模式的货物实施全程物流监控，必要时可以施加海关封志或者电子关锁。货物在运输途中发生换装、短少或者损毁的，铁路运输企业应当及时报告。")
    art("违反本公告规定的，由海关依照《中华人民共和国海关法》和《中华人民共和国海关行政处罚实施条例》的有关规定予以处理；构成犯罪的，依法追究刑事责任。")
    art("本公告自2026年5月1日起施行。《海关总署关于开展中欧班列“铁路快通”监管模式试点的公告》（海关总署公告2023年第61号）同时废止。")
    add_par(doc, "特此公告。")
    add_par(doc, "附件：不适用中欧班列“铁路快通”监管模式商品清单", first=Pt(32))
    for t in ["海关总署", "2026年3月27日"]:
        p = add_par(doc, t, align=RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(48 if t == "海关总署" else 32)
        p.paragraph_format.keep_with_next = t == "海关总署"

    # ---------------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("不适用中欧班列“铁路快通”监管模式商品清单", XBS, 20, False)],
            align=CENTER, indent=False, line=32, after=12)
    header = ["序号", "商品编码", "商品名称", "计量单位", "备注"]
    rows = [
        ["1", "0103100000", "改良种用的猪", "千克／头", "活动物，\n须在口岸隔离检疫"],
        ["2", "0106190090", "其他哺乳动物", "千克／只", "活动物，\n须在口岸隔离检疫"],
        ["3", "0201100090", "鲜或冷藏的整头及半头牛肉", "千克", "须进入指定监管场地"],
        ["4", "0303890090", "其他冻鱼", "千克", "须进入指定监管场地"],
        ["5", "0407110000", "孵化用鸡的受精禽蛋", "千克／个", "须在口岸实施检疫"],
        ["6", "0602909100", "种用苗木", "千克／株", "含种苗、种球；\n须在口岸检疫"],
        ["7", "1001110000", "种用硬粒小麦", "千克", "须在口岸实施检疫"],
        ["8", "1005100000", "种用玉米", "千克", "须在口岸实施检疫"],
        ["9", "1201901000", "黄大豆", "千克", "须进入指定监管场地"],
        ["10", "2620999090", "含其他金属及化合物的\n矿渣、矿灰及残渣", "千克", "属固体废物的禁止进口"],
        ["11", "2710122000", "石脑油", "千克", "危险化学品"],
        ["12", "2804100000", "氢", "千克／立方米", "危险化学品"],
        ["13", "2812199011", "碳酰二氯（光气）", "千克", "两用物项；\n危险化学品"],
        ["14", "2844100000", "天然铀及其化合物", "千克", "核材料"],
        ["15", "3006920000", "废药物", "千克", "属固体废物的禁止进口"],
        ["16", "3601000000", "发射药", "千克", "民用爆炸物品"],
        ["17", "3602001000", "硝铵炸药", "千克", "民用爆炸物品"],
        ["18", "3915100000", "乙烯聚合物的废碎料及下脚料", "千克", "属固体废物的禁止进口"],
        ["19", "8703800090", "其他仅装有驱动电动机的\n乘用车（旧）", "辆", "旧机电产品"],
        ["20", "8507600090", "其他锂离子蓄电池（旧）", "个／千克", "旧机电产品；\n危险货物"],
    ]
    goods_table(doc, header, rows, clauses, [1.4, 3.3, 4.6, 2.5, 3.8],
                aligns=[CENTER, CENTER, LEFT, CENTER, LEFT])
    p = add_par(doc, "注：1.本清单商品编码为10位编码，商品范围以《中华人民共和国进出口税则》和《进出口税则商品及品目注释》为准。",
                indent=False, before=6, line=24)
    clauses.append("注：1.本清单商品编码为10位编码，商品范围以《中华人民共和国进出口税则》和《进出口税则商品及品目注释》为准。")
    p = add_par(doc, "2.本清单由海关总署根据口岸检疫、安全准入等监管需要实施动态调整。", indent=False, line=24)
    p.paragraph_format.left_indent = Pt(32)
    clauses.append("2.本清单由海关总署根据口岸检疫、安全准入等监管需要实施动态调整。")

    expected[stem] = [{
        "meta": {
            "title": "关于扩大中欧班列进出境货物“铁路快通”监管模式适用范围的公告",
            "doc_number": "海关总署公告2026年第41号",
            "issuer": ["海关总署"],
            "date": "2026-03-27",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": "2026-05-01",
            "expires": None,
            "attachments": ["不适用中欧班列“铁路快通”监管模式商品清单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": "《海关总署关于开展中欧班列“铁路快通”监管模式试点的公告》（海关总署公告2023年第61号）",
        },
        "clauses": clauses,
    }]

    # ---------------- 政策解读: a separate document on a new page
    cl2 = []
    p = add_par(doc, [("关于《海关总署关于扩大中欧班列进出境货物", XBS, 22, False)],
                align=CENTER, indent=False, line=34)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("“铁路快通”监管模式适用范围的公告》的解读", XBS, 22, False)],
            align=CENTER, indent=False, line=34)
    empty(doc, 1)

    def b2(t):
        cl2.append(t)
        add_par(doc, t)

    def h2(t):
        add_par(doc, [(t, HT, 16, False)])

    def r2(h, t):
        cl2.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    h2("一、起草背景")
    b2("中欧班列是共建“一带一路”的标志性成果。2023年以来，海关总署在西安、重庆、成都、郑州、乌鲁木齐等地开展中欧班列“铁路快通”监管模式试点，取得积极成效。试点期间，相关海关累计验放“铁路快通”班列1.86万列、标准箱176.4万个，中欧班列货物在口岸的平均停留时间由2天左右压缩至6小时以内，企业物流成本平均降低约12%。")
    b2("为进一步复制推广试点经验，海关总署在深入调研、广泛听取地方政府、铁路运输企业和进出口企业意见的基础上，制定了本公告。")
    h2("二、主要内容")
    b2("公告共八条，主要包括以下内容：")
    r2("（一）明确“铁路快通”监管模式的定义。", "公告第一条明确，在“铁路快通”监管模式下，企业在口岸海关和内陆海关之间不再办理转关手续，海关依托舱单电子数据实施监管。")
    r2("（二）扩大适用范围。", "公告第二条将“铁路快通”监管模式由试点的12个内陆铁路口岸和场站，扩大至全国开行中欧班列的内陆铁路口岸、铁路集装箱中心站以及海关特殊监管区域。")
    r2("（三）实行清单管理。", "公告第三条及附件明确了不适用“铁路快通”监管模式的商品清单，主要包括需在口岸实施检疫的活动物、种子种苗、肉类，以及危险化学品、固体废物、旧机电产品等高风险商品，清单以外的商品均可适用。")
    r2("（四）明确企业责任和途中监管要求。", "公告第四条至第六条对铁路运输企业传输舱单数据、货物运输途中监管以及异常情况报告等作出了规定。")
    h2("三、企业如何适用")
    b2("企业无需向海关单独提出申请或者办理备案。铁路运输企业或其代理人按规定传输舱单数据后，海关系统自动对符合条件的货物适用“铁路快通”监管模式。企业可以登录国际贸易“单一窗口”或者“互联网+海关”一体化网上办事平台查询货物通关状态。")
    h2("四、施行时间")
    b2("公告自2026年5月1日起施行。公告施行前已经按照试点方式申报的货物，继续按照原规定办理。")
    empty(doc, 2)
    for t, ri in [("海关总署口岸监管司", 32), ("2026年3月30日", 48)]:
        p = add_par(doc, t, align=RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(ri)

    expected[stem].append({
        "meta": {
            "title": "关于《海关总署关于扩大中欧班列进出境货物“铁路快通”监管模式适用范围的公告》的解读",
            "doc_number": None,
            "issuer": ["海关总署口岸监管司"],
            "date": "2026-03-30",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "解读",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl2,
    })
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# =================================================================== DOC B
# 郑州海关公告 (中欧班列) with two attachments, manual 续表, full-width-space indents
def doc_zhengzhou():
    stem = "blind1032_zhengzhou_zhanzhiti"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"

    # organ mark typed with spaces between the characters
    add_par(doc, [("郑 州 海 关 公 告", XBS, 40, False, RED)],
            align=CENTER, indent=False, line=52, before=6)
    p = add_par(doc, "2026年第2号", align=CENTER, indent=False, before=6)
    p2 = add_par(doc, "", indent=False, line=8)
    border(p2, "bottom", "FF0000", 36, 1, "thickThinSmallGap")
    add_par(doc, [("郑州海关关于对中欧班列（郑州）进出境\n货物实施“抵站直提”“运抵直装”\n作业模式的公告", XBS, 22, False)],
            align=CENTER, indent=False, line=34, before=14, after=10)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("为支持中欧班列（郑州）集结中心建设，进一步提升铁路口岸通关效率，根据《中华人民共和国海关法》及有关规定，郑州海关决定对经中欧班列（郑州）运输的进出境货物实施“抵站直提”“运抵直装”作业模式。现将有关事项公告如下：")
    head("一、适用范围")
    body("（一）本公告所称“抵站直提”，是指中欧班列（郑州）进境货物在运抵郑州铁路集装箱中心站前完成提前申报，对海关未布控查验的，货物运抵后直接提离海关监管作业场所。")
    body("（二）本公告所称“运抵直装”，是指中欧班列（郑州）出境货物在运抵前完成提前申报，货物运抵后由海关系统自动核注运抵信息，对未布控查验的直接放行装车。")
    body("(三)“抵站直提”适用于附件所列商品；“运抵直装”适用于除须实施出口检验检疫商品以外的出口商品。")
    head("二、企业条件")
    body("适用上述作业模式的企业，应当同时符合下列条件：")
    body("1.海关信用等级为一般信用企业及以上；")
    body("2.近一年内无走私犯罪或者走私行为记录；")
    body("3.具备相应的货物提离、运输能力。")
    head("三、作业要求")
    body("（一）企业应当在中欧班列预计运抵前24小时内通过国际贸易“单一窗口”提前申报，并在报关单“备注”栏注明“抵站直提”或者“运抵直装”。")
    body("（二）铁路运输企业或其代理人应当及时向海关传输舱单及运抵报告数据,确保与报关单数据一致。")
    body("（三）进口货物应当在海关放行后48小时内提离海关监管作业场所。")
    head("四、其他事项")
    body("（一）企业存在虚假申报、擅自提离查验货物等情形的，海关将暂停其适用上述作业模式，并依法予以处理。")
    body("（二）本公告自2026年3月1日起施行。")
    add_par(doc, IND + "特此公告。", indent=False)
    add_par(doc, IND + "附件：中欧班列（郑州）“抵站直提”进口商品清单", indent=False)
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    p = add_par(doc, " " * 44 + "郑州海关", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 40 + "2026年2月9日", indent=False)

    # ---------------- 附件 (manual page break, table split by hand with 续表)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    font(p.add_run("附件"), HT, 16)
    fmt(p, indent=False)
    add_par(doc, [("中欧班列（郑州）“抵站直提”进口商品清单", XBS, 20, False)],
            align=CENTER, indent=False, line=32, before=12, after=12)
    header = ["序号", "商品编码", "商品名称", "计量单位", "备注"]
    rows = [
        ["1", "84713000", "便携式自动数据处理设备", "台／千克", "—"],
        ["2", "84798999", "其他具有独立功能的\n机器及机械器具", "台／千克", "—"],
        ["3", "84581100", "数控卧式车床", "台／千克", "旧品除外"],
        ["4", "84099199", "点燃式活塞内燃发动机用\n其他零件", "千克", "—"],
        ["5", "87089990", "机动车辆用其他零件、附件", "千克", "—"],
        ["6", "87032342", "气缸容量超过2000毫升但不超过2500毫升的小轿车", "辆", "限新车；\n须随附车辆一致性证书"],
        ["7", "40111000", "机动小客车用新的\n充气橡胶轮胎", "条／千克", "须加施CCC标志"],
        ["8", "85076000", "锂离子蓄电池", "个／千克", "须提供UN38.3\n测试报告"],
        ["9", "90189099", "其他医疗、外科用仪器及器具", "台／千克", "—"],
        ["10", "94036099", "其他木家具", "件／千克", "—"],
        ["11", "39011000", "初级形状比重小于0.94的聚乙烯", "千克", "—"],
        ["12", "72085100", "厚度超过10毫米的其他热轧铁或非合金钢平板轧材", "千克", "—"],
        ["13", "76012000", "未锻轧铝合金", "千克", "—"],
        ["14", "48010000", "成卷或成张的新闻纸", "千克", "—"],
        ["15", "22042100", "小包装的鲜葡萄酒", "升／千克", "装入2升及以下容器；\n须加贴中文标签"],
        ["16", "33049900", "其他美容品或化妆品及护肤品", "千克", "须已取得注册证或\n完成备案"],
    ]
    widths = [1.4, 2.9, 5.6, 2.4, 3.3]
    al = [CENTER, CENTER, LEFT, CENTER, LEFT]
    goods_table(doc, header, rows[:10], clauses, widths, repeat=False, aligns=al)
    p = add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    goods_table(doc, header, rows[10:], clauses, widths, repeat=False, aligns=al)
    t = "注：商品编码以《中华人民共和国进出口税则》为准，商品名称仅供参考。"
    add_par(doc, [(t, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(t)

    expected[stem] = [{
        "meta": {
            "title": "郑州海关关于对中欧班列（郑州）进出境货物实施“抵站直提”“运抵直装”作业模式的公告",
            "doc_number": "郑州海关公告2026年第2号",
            "issuer": ["郑州海关"],
            "date": "2026-02-09",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["中欧班列（郑州）“抵站直提”进口商品清单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# =================================================================== DOC C
# 南宁海关公告 (自贸试验区 / 综合保税区), web-print style without 红头, merged 备注 cells
def doc_nanning():
    stem = "blind1032_nanning_baoshuishuiguo"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("南宁海关公告2026年第4号", HT, 18, False)], align=CENTER, indent=False,
            line=32, before=6, after=14)
    add_par(doc, [("南宁海关关于在中国（广西）自由贸易试验区", XBS, 22, False)],
            align=CENTER, indent=False, line=34)
    add_par(doc, [("崇左片区开展进境水果“保税仓储、分批出区”", XBS, 22, False)],
            align=CENTER, indent=False, line=34)
    add_par(doc, [("业务的公告", XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为贯彻落实《中国（广西）自由贸易试验区总体方案》，支持中国（广西）自由贸易试验区崇左片区建设面向东盟的跨境产业合作示范区，促进中国—东盟水果贸易便利化，根据《中华人民共和国海关综合保税区管理办法》等有关规定，南宁海关决定在凭祥综合保税区开展进境水果“保税仓储、分批出区”业务。现就有关事项公告如下：")
    body("一、本公告适用于经友谊关口岸、凭祥（铁路）口岸进境并直接运入凭祥综合保税区的附件1所列水果。")
    body("二、开展本业务的区内企业应当符合以下条件：")
    # three items typed in one paragraph with Shift+Enter
    its = ["（一）在凭祥综合保税区内注册登记，海关信用等级为一般信用企业及以上；",
           "（二）具备与业务规模相适应的冷链仓储设施，仓储温度、湿度可实时监控并与海关联网；",
           "（三）建立符合海关监管要求的计算机管理系统，能够如实记录水果入区、仓储、出区等信息。"]
    add_par(doc, "\n\u3000\u3000".join(its))
    clauses.extend(its)
    body("三、进境水果运入凭祥综合保税区时，企业应当向海关办理进境备案手续。海关按照有关规定对进境水果实施检疫，检疫合格的，准予存入区内冷链仓库保税仓储；检疫不合格的，依法作退运或者销毁处理。")
    body("四、区内水果出区进入境内区外的，企业可以根据国内销售需要先凭核放单分批出区，并于次月15日前集中办理进口报关手续。集中申报不得跨年度办理。")
    body("五、进境水果在区内仓储期间，企业应当按照海关要求做好温湿度记录，发现腐烂变质的，应当在海关监督下作销毁处理。")
    body("六、企业违反本公告规定的，海关将暂停其开展本业务；构成违反海关监管规定行为的，依法予以处理。")
    body("七、本公告自2026年5月1日起施行，有效期至2028年4月30日。")
    add_par(doc, "特此公告。")
    add_par(doc, "附件：1．凭祥综合保税区“保税仓储、分批出区”进境水果商品目录\n"
            "\u3000\u3000\u30002．凭祥综合保税区进境水果冷链仓储场所名单", first=Pt(32)
            ).paragraph_format.left_indent = Pt(0)
    empty(doc, 1)
    # 落款 aligned with a centre tab stop
    for t in ["南宁海关", "二〇二六年四月十五日"]:
        p = add_par(doc, "\t" + t, indent=False)
        p.paragraph_format.keep_with_next = t == "南宁海关"
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.4), WD_TAB_ALIGNMENT.CENTER)

    # ---------------- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("凭祥综合保税区“保税仓储、分批出区”\n进境水果商品目录", XBS, 20, False)],
            align=CENTER, indent=False, line=32, after=12)
    header = ["序号", "商品编码", "商品名称", "计量单位", "备注"]
    m1 = "须随附输出国家（地区）\n官方植物检疫证书"
    m2 = "须随附官方植物检疫证书；\n须符合双边检疫议定书要求"
    rows = [
        ["1", "08106000", "鲜榴莲", "千克", m1],
        ["2", "08045020", "鲜芒果", "千克", m1],
        ["3", "08045030", "鲜山竹果", "千克", m1],
        ["4", "08109010", "鲜荔枝", "千克", m1],
        ["5", "08109020", "鲜龙眼", "千克", m1],
        ["6", "08109030", "鲜红毛丹", "千克", m1],
        ["7", "08109070", "鲜火龙果", "千克", m2],
        ["8", "08039000", "鲜香蕉\n（芭蕉除外）", "千克", m2],
        ["9", "08043000", "鲜菠萝", "千克", m2],
        ["10", "08044000", "鲜鳄梨", "千克", m2],
        ["11", "08119090", "冷冻榴莲\n（果肉、果泥）", "千克", "须冷链运输，\n温度不高于-18℃"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row[:4]):
            cell_text(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append(row_clause(header, row))
    # vertically merged 备注 cells
    c = t.cell(1, 4).merge(t.cell(6, 4))
    cell_text(c, m1, FS, 12)
    c = t.cell(7, 4).merge(t.cell(10, 4))
    cell_text(c, m2, FS, 12)
    cell_text(t.cell(11, 4), rows[10][4], FS, 12)
    col_widths(t, [1.3, 2.6, 4.4, 2.2, 5.4])
    n = "注：本目录所列水果的输出国家（地区）和品种，以海关总署公布的《获得我国检疫准入的新鲜水果种类及输出国家/地区名录》为准。"
    add_par(doc, [(n, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(n)

    # ---------------- 附件2: unit given in a caption line, not in the header
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("凭祥综合保税区进境水果冷链仓储场所名单", XBS, 20, False)],
            align=CENTER, indent=False, line=32, before=12, after=6)
    add_par(doc, [("单位：吨", KT, 14, False)], align=RIGHT, indent=False, line=22)
    goods_table(doc, ["序号", "场所名称", "经营单位", "地址", "冷库容量"], [
        ["1", "凭祥综合保税区\n进境水果指定监管场地", "广西凭祥综保投资有限公司", "凭祥市友谊镇综保大道8号", "12000"],
        ["2", "凭祥综合保税区\n东盟水果冷链仓储中心", "广西东盟冷链物流有限公司", "凭祥市友谊镇综保大道16号", "30000"],
        ["3", "凭祥综合保税区铁路物流园冷库", "凭祥中越国际物流有限公司", "凭祥市凭祥镇南山路2号", "8000"],
        ["合计", "—", "—", "—", "50000"],
    ], clauses, [1.4, 4.9, 3.5, 3.6, 2.2], aligns=[CENTER, LEFT, LEFT, LEFT, CENTER])

    expected[stem] = [{
        "meta": {
            "title": "南宁海关关于在中国（广西）自由贸易试验区崇左片区开展进境水果“保税仓储、分批出区”业务的公告",
            "doc_number": "南宁海关公告2026年第4号",
            "issuer": ["南宁海关"],
            "date": "2026-04-15",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-05-01",
            "expires": "2028-04-30",
            "attachments": ["凭祥综合保税区“保税仓储、分批出区”进境水果商品目录",
                            "凭祥综合保税区进境水果冷链仓储场所名单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


def main():
    paths = [doc_zongshu(), doc_zhengzhou(), doc_nanning()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
