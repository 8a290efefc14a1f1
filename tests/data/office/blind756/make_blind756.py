# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 756: 海关预裁定决定书（原产地／商品归类）及撤销、失效预裁定公告, Word + PDF + expected.json."""
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


def _field(p, instr, size=14, name=SONG):
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr)))
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
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
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页  共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(t, cms):
    t.autofit = False
    tblpr = t._tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblpr.append(lay)
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(cms[i] * 567)))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_name="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_756", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_xian():
    """西安海关 原产地预裁定决定书（格鲁吉亚葡萄酒，中欧班列“长安号”）: form style, no 红头."""
    stem = "blind756_xian_yuanchandi"
    doc = Document()
    setup(doc, footer="pages")
    clauses = []

    # title: organ + 文种 in one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("中华人民共和国西安海关"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("预 裁 定 决 定 书"), XBS, 26)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=12)
    empty(doc, 1, line=16)
    # 编号 pushed right with typed half-width spaces
    add_par(doc, [(" " * 34 + "编号：", FS, 14, False), ("R-3-9000-2026-0009", "Times New Roman", 14, False)],
            indent=False)
    empty(doc, 1, line=16)

    def field(label, value):
        clauses.append(label + value)
        add_par(doc, [(label, HT, 16, False), (value, FS, 16, False)], indent=False)

    field("申请人：", "陕西丝路酩悦国际贸易有限公司")
    field("统一社会信用代码：", "91610131MA6U2K8L5P")
    field("海关备案编码：", "6101962079")
    field("住所：", "陕西省西安市国际港务区港务大道99号丝路国际贸易中心A座1206室")
    field("预裁定事项：", "进口货物的原产地或者原产资格")

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("申请人于2026年2月26日向本关提交《中华人民共和国海关预裁定申请书》及相关材料，申请对其拟经中欧班列（西安）“长安号”跨里海国际运输走廊线路进口的葡萄酒作出原产地预裁定。本关于2026年3月3日受理该申请。经审核，现作出预裁定如下：")
    head("一、商品信息")
    add_par(doc, [("进口商品信息表", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    hdr = ["序号", "商品名称", "规格", "生产商", "拟申报商品编号", "拟进境口岸"]
    rows = [
        ["1", "萨佩拉维干红葡萄酒", "750毫升/瓶，酒精度13%vol", "格鲁吉亚卡赫季酒庄有限公司（Kakheti Winery LLC）", "2204210000", "西安铁路口岸（西安国际港站）"],
        ["2", "白羽干白葡萄酒", "750毫升/瓶，酒精度12.5%vol", "格鲁吉亚卡赫季酒庄有限公司（Kakheti Winery LLC）", "2204210000", "西安铁路口岸（西安国际港站）"],
        ["3", "萨佩拉维干红葡萄酒（盒中袋）", "3升/袋，酒精度13%vol", "格鲁吉亚卡赫季酒庄有限公司（Kakheti Winery LLC）", "2204220000", "西安铁路口岸（西安国际港站）"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 11)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci in (3, 5) and ri > 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 11)
        clauses.append(row_clause(hdr, row))
    # 生产商 and 拟进境口岸 merged vertically over the three rows
    for ci in (3, 5):
        a = t.cell(1, ci).merge(t.cell(3, ci))
        set_cell(a, rows[0][ci], FS, 11)
    widths(t, [1.1, 2.7, 2.7, 3.2, 3.1, 2.8])
    body("注：上表商品的出口商均为格鲁吉亚卡赫季酒庄有限公司，货物拟在格鲁吉亚波季港装箱，经里海、哈萨克斯坦阿克套港及霍尔果斯铁路口岸转关运抵西安。")
    head("二、预裁定结论")
    body("上述货物所使用的葡萄均在格鲁吉亚境内种植、采摘，并在格鲁吉亚境内完成破碎、发酵、陈酿及灌装，属于在格鲁吉亚完全获得的货物，符合《中华人民共和国政府和格鲁吉亚政府自由贸易协定》项下原产地规则，为格鲁吉亚原产货物。")
    body("申请人在货物实际进口时，凭有效的中国—格鲁吉亚自由贸易协定原产地证书，并满足协定关于直接运输的规定的，可以依法申请享受协定税率。货物经阿塞拜疆、哈萨克斯坦等第三方境内运输的，申请人应当提交货物在第三方境内未进行除装卸及为保持货物良好状态所必需的处理以外其他操作的证明文件。")
    runin("三、预裁定依据：", "《中华人民共和国海关法》《中华人民共和国进出口货物原产地条例》《中华人民共和国海关预裁定管理暂行办法》《中华人民共和国海关〈中华人民共和国政府和格鲁吉亚政府自由贸易协定〉项下进出口货物原产地管理办法》。")
    runin("四、有效期：", "本预裁定决定有效期自2026年4月8日起至2029年4月7日止。")
    head("五、注意事项")
    items = [
        "1.申请人在本预裁定决定有效期内进口与本决定列明情形相同的货物，应当按照本预裁定决定申报，海关予以认可。",
        "2.本预裁定决定所依据的法律、行政法规、海关规章以及海关总署公告相关规定发生变化，影响其效力的，本预裁定决定自动失效。",
        "3.因申请人提供的材料不真实、不准确、不完整，造成本预裁定决定需要撤销的，海关予以撤销，经撤销的预裁定决定自始无效。",
        "4.申请人对本预裁定决定不服的，可以自收到本决定书之日起60日内向海关总署申请行政复议；对复议决定不服的，可以依法向人民法院提起行政诉讼。",
    ]
    for it in items:
        body(it)
    empty(doc, 2)
    add_par(doc, " " * 36 + "中华人民共和国西安海关", indent=False)
    add_par(doc, " " * 40 + "二〇二六年四月八日", indent=False)
    empty(doc, 1)
    add_par(doc, [("本决定书一式两份，一份送达申请人，一份由本关留存。", KT, 12, False)], indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中华人民共和国西安海关预裁定决定书",
            "doc_number": "R-3-9000-2026-0009",
            "issuer": ["中华人民共和国西安海关"],
            "date": "2026-04-08",
            "published": None,
            "level": "provincial",
            "region": "陕西省",
            "effective": "2026-04-08",
            "expires": "2029-04-07",
            "attachments": [],
            "doc_type": "决定书",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_zhengzhou():
    """郑州海关 商品归类预裁定决定书（跨境电商B2B出口便携式储能电源，中欧班列“中豫号”）: 红头."""
    stem = "blind756_zhengzhou_guilei"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("中华人民共和国郑州海关", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1, line=20)
    p = add_par(doc, [("预裁定编号：R-2-4600-2026-0031", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("商品归类预裁定决定书", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "河南豫欧优品跨境电子商务有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("你公司（统一社会信用代码：91410100MA9K3R2T6N，海关备案编码：4101963518）于2026年4月2日通过“互联网+海关”一体化网上办事平台提交的《中华人民共和国海关预裁定申请书》（商品归类）及相关材料收悉。本关于2026年4月9日受理该申请。经审核，现就你公司拟以跨境电商B2B直接出口（监管方式代码9710）方式、经中欧班列（中豫号）出口至德国汉堡和波兰马拉舍维奇的便携式储能电源作出商品归类预裁定如下：")
    head("一、商品基本信息")
    p = add_par(doc, [("表1  拟出口商品基本信息（数量单位：台）", HT, 14, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.keep_with_next = True
    top = "主要技术参数"
    subs = ["电池容量（Wh）", "额定输出功率（W）", "输出接口"]
    rows = [
        ["1", "YO-P300", "288", "300", "AC×1、USB-A×2、USB-C×1"],
        ["2", "YO-P600", "614", "600", "AC×2、USB-A×2、USB-C×2、车充×1"],
        ["3", "YO-P1200", "1248", "1200", "AC×4、USB-A×2、USB-C×2、车充×1"],
        ["4", "YO-P2000", "2048", "2000", "AC×4、USB-A×4、USB-C×2、车充×1"],
    ]
    qty = ["5000", "3000", "1800", "600"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header
    for ci, h in ((0, "序号"), (1, "型号"), (5, "拟出口数量")):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, h, HT, 11)
    c = t.cell(0, 2).merge(t.cell(0, 4))
    set_cell(c, top, HT, 11)
    for i, s in enumerate(subs):
        set_cell(t.cell(1, 2 + i), s, HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["序号", "型号"] + ["%s／%s" % (top, s) for s in subs] + ["拟出口数量"]
    for ri, row in enumerate(rows):
        vals = row + [qty[ri]]
        for ci, v in enumerate(vals):
            set_cell(t.cell(2 + ri, ci), v, FS, 10.5)
        clauses.append(row_clause(heads, vals))
    widths(t, [1.0, 2.2, 2.0, 2.4, 6.2, 1.8])
    body("注：上述型号结构、工作原理相同。")
    head("二、商品描述")
    body("该商品为便携式储能电源，由磷酸铁锂蓄电池组、电池管理系统（BMS）、纯正弦波逆变器、DC-DC变换模块、充电控制模块及外壳等组成，可通过市电、太阳能电池板或车载接口充电，储存电能后通过交流插座、USB接口等向外部设备供电，主要用于户外露营、应急备用等场合。")
    runin("三、归类结论：", "上述商品归入税则号列8507.6000(商品编号8507600090)。", HT, False)
    head("四、归类理由")
    runin("（一）", "该商品由蓄电池组、逆变器等部件装于同一外壳内构成一个整体，属于第十六类注释三所称的组合机器，应按其主要功能归类。", FS, False)
    runin("（二）", "该商品的主要功能是储存电能并对外供电，逆变器等部件仅为实现对外供电的辅助装置，主要功能由锂离子蓄电池组提供。", FS, False)
    runin("（三）", "根据归类总规则一及六，该商品应按“锂离子蓄电池”归入税则号列8507.6000。", FS, False)
    runin("五、预裁定依据：", "《中华人民共和国海关法》《中华人民共和国关税法》《中华人民共和国海关预裁定管理暂行办法》《中华人民共和国海关进出口货物商品归类管理规定》《中华人民共和国进出口税则》《进出口税则商品及品目注释》。", HT, False)
    runin("六、有效期：", "本预裁定决定自2026年5月20日起生效，有效期至2029年5月19日。在有效期内，本决定所依据的法律、行政法规、海关规章以及海关总署公告相关规定发生变化，影响其效力的，本决定自动失效。", HT, False)
    runin("七、其他事项：", "你公司在本决定有效期内出口与本决定列明情形相同的货物，应当按照本决定申报，并在报关单“备注”栏填报本预裁定编号。如对本决定不服，可以自收到本决定书之日起60日内向海关总署申请行政复议；对复议决定不服的，可以依法向人民法院提起行政诉讼。", HT, False)
    add_par(doc, "附件：便携式储能电源主要技术参数表", before=14)
    empty(doc, 1, line=20)
    p = add_par(doc, "郑州海关", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2026年5月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("便携式储能电源主要技术参数表", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32)
    empty(doc, 1, line=14)
    ah = ["序号", "参数项目", "参数值", "备注"]
    arows = [
        ["1", "电芯类型", "磷酸铁锂（LiFePO4）", "—"],
        ["2", "电芯标称电压", "3.2V", "单体"],
        ["3", "循环寿命", "≥3000次（80%容量保持）", "申请人提供检测报告"],
        ["4", "交流输出", "220V～240V，50Hz，纯正弦波", "欧规插座"],
        ["5", "交流输入（市电充电）", "220V～240V，最大充电功率1200W", "YO-P1200及以上型号"],
        ["6", "太阳能输入", "12V～60V，最大400W", "MC4接口"],
        ["7", "工作温度", "-10℃～40℃", "—"],
        ["8", "净重", "3.6kg～22.5kg", "随型号变化"],
        ["9", "认证情况", "CE、UN38.3、MSDS", "出口欧盟所需"],
    ]
    t = doc.add_table(rows=1 + len(arows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(ah):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(arows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append(row_clause(ah, row))
    widths(t, [1.2, 4.0, 6.0, 4.4])
    p = add_par(doc, [("说明：以上参数由申请人提供，本关未对样品进行实物检测。", KT, 14, False)], indent=False)
    p.paragraph_format.space_before = Pt(6)
    clauses.append("说明：以上参数由申请人提供，本关未对样品进行实物检测。")

    banji(doc, "抄送：海关总署关税征管司，郑州海关综合业务处、郑州经济技术开发区海关。",
          "郑州海关办公室", "2026年5月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "商品归类预裁定决定书",
            "doc_number": "R-2-4600-2026-0031",
            "issuer": ["中华人民共和国郑州海关"],
            "date": "2026-05-20",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": "2026-05-20",
            "expires": "2029-05-19",
            "attachments": ["便携式储能电源主要技术参数表"],
            "doc_type": "决定书",
            "recipients": ["河南豫欧优品跨境电子商务有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_wulumuqi():
    """乌鲁木齐海关公告：撤销部分预裁定决定及公布失效预裁定决定, 两个附件清单."""
    stem = "blind756_wulumuqi_gonggao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("中华人民共和国乌鲁木齐海关", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1, line=20)
    p = add_par(doc, "乌鲁木齐海关公告2026年第7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at an odd place over two paragraphs
    add_par(doc, [("乌鲁木齐海关关于撤销部分预裁定", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    add_par(doc, [("决定及公布失效预裁定决定的公告", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def item(t, t2=None):
        """auto-numbered 一、二、; optional second sentence after a manual line break."""
        n = len([c for c in clauses if c[:2] in [CN[i] + "、" for i in range(10)]])
        text = CN[n] + "、" + t + (t2 or "")
        clauses.append(text)
        p = doc.add_paragraph()
        font(p.add_run(t), FS, 16)
        if t2:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(t2), FS, 16)
        fmt(p, first=Pt(32))
        apply_num(p, n_head)

    body("根据《中华人民共和国海关预裁定管理暂行办法》（海关总署令第236号公布，根据海关总署令第273号修改，以下简称《办法》）有关规定，现将我关撤销部分预裁定决定以及部分预裁定决定失效的有关事项公告如下：")
    item("因申请人提供的材料不真实、不完整或者原预裁定决定适用依据错误，我关决定撤销新疆天山聚通供应链管理有限公司等3家企业的3份预裁定决定（详见附件1）。",
         "其中，依照《办法》第十六条第一款第（一）项规定撤销的预裁定决定，自始无效；其余撤销决定自作出之日起生效。")
    item("因《2026年关税调整方案》对部分商品的税则号列进行调整，下列预裁定决定所依据的规定发生变化，影响其效力，已于2026年1月1日自动失效，涉及预裁定决定12份（详见附件2）。")
    item("上述预裁定决定的申请人不得再凭已撤销或者失效的预裁定决定办理进出口申报手续。已按原预裁定决定申报但尚未办结海关手续的货物，申请人应当按照现行规定确定商品归类或者原产地，并依法办理报关单修改手续。")
    item("相关企业需就同一商品重新申请预裁定的，可以通过“中国国际贸易单一窗口”或者“互联网+海关”一体化网上办事平台向我关提出申请。对经中欧班列、中亚班列进出口以及中国（新疆）自由贸易试验区内企业提出的申请，我关将优先受理、加快审核。")
    item("申请人对撤销决定不服的，可以自知道该行政行为之日起60日内向海关总署申请行政复议，或者自知道该行政行为之日起6个月内依法向人民法院提起行政诉讼。")
    item("本公告自2026年3月1日起施行。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    # 附件 list aligned with full-width spaces
    add_par(doc, "附件：1.乌鲁木齐海关撤销预裁定决定清单")
    add_par(doc, "\u3000\u3000\u30002.乌鲁木齐海关失效预裁定决定清单")
    empty(doc, 1)
    add_par(doc, "\u3000" * 17 + "乌鲁木齐海关", indent=False)
    add_par(doc, "\u3000" * 16 + "2026年2月24日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("乌鲁木齐海关撤销预裁定决定清单", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32)
    empty(doc, 1, line=14)
    h1 = ["序号", "预裁定编号", "申请人", "商品名称", "预裁定事项", "撤销原因"]
    r1 = [
        ["1", "R-2-9400-2024-0015", "新疆天山聚通供应链管理有限公司", "冷冻去骨羊肉", "商品归类", "申请人提供的材料不真实、不完整"],
        ["2", "R-3-9400-2025-0004", "霍尔果斯丝路通达进出口有限公司", "番茄酱罐头", "原产地", "原预裁定决定适用依据错误"],
        ["3", "R-2-9400-2025-0021", "新疆亚欧陆港跨境电子商务有限公司", "电动平衡车", "商品归类", "原预裁定决定适用依据错误"],
    ]
    t = doc.add_table(rows=1 + len(r1), cols=len(h1))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h1):
        set_cell(t.rows[0].cells[i], h, HT, 11)
    for ri, row in enumerate(r1, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11)
        clauses.append(row_clause(h1, row))
    widths(t, [1.0, 4.4, 3.2, 2.2, 1.8, 3.0])
    note = "注：第1项预裁定决定依照《办法》第十六条第一款第（一）项规定撤销，自始无效。"
    add_par(doc, [(note, KT, 14, False)], indent=False, before=6)
    clauses.append(note)

    # ---- 附件2, table split by hand with 续表
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("乌鲁木齐海关失效预裁定决定清单", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32, after=8)
    h2 = ["序号", "预裁定编号", "申请人", "商品名称", "原商品编号"]
    r2 = [
        ["1", "R-2-9400-2023-0008", "新疆广汇国际物流有限公司", "光伏组件用铝合金边框", "7604299000"],
        ["2", "R-2-9400-2023-0019", "乌鲁木齐陆港进出口贸易有限公司", "棉纱（精梳，细度40支）", "5205240000"],
        ["3", "R-2-9400-2024-0002", "新疆中欧班列供应链有限公司", "工程机械用液压挖掘机铲斗", "8431490000"],
        ["4", "R-2-9400-2024-0007", "阿拉山口中亚商贸有限公司", "冷冻三文鱼片", "0304819000"],
        ["5", "R-2-9400-2024-0011", "喀什丝路明珠商贸有限公司", "手工编织羊毛地毯", "5701100000"],
        ["6", "R-2-9400-2024-0023", "新疆亚欧陆港跨境电子商务有限公司", "电动滑板车", "8711600090"],
        ["7", "R-2-9400-2024-0030", "霍尔果斯金亿国际贸易有限公司", "新能源乘用车用锂离子电池包", "8507600010"],
        ["8", "R-2-9400-2025-0003", "新疆西部陆港智能装备有限公司", "棉花采摘机", "8433599000"],
        ["9", "R-2-9400-2025-0009", "博乐市边合区机电进出口有限公司", "风力发电机组用齿轮箱", "8483409000"],
        ["10", "R-2-9400-2025-0014", "新疆天山聚通供应链管理有限公司", "番茄红素提取物", "3203001900"],
        ["11", "R-2-9400-2025-0017", "乌鲁木齐综保区跨境云仓有限公司", "宠物用智能喂食器", "8516799000"],
        ["12", "R-2-9400-2025-0026", "塔城巴克图口岸农产品进出口有限公司", "冷冻牛肉（带骨）", "0202200000"],
    ]

    def part(rows):
        t = doc.add_table(rows=1 + len(rows), cols=len(h2))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(h2):
            set_cell(t.rows[0].cells[i], h, HT, 11)
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 11, line=16)
            clauses.append(row_clause(h2, row))
        widths(t, [1.1, 4.4, 3.9, 3.2, 3.0])
        repeat_header(t.rows[0])

    part(r2)
    note2 = "注：上述预裁定决定均自2026年1月1日起失效。申请人可按照《中华人民共和国进出口税则（2026）》重新申请预裁定。"
    add_par(doc, [(note2, KT, 14, False)], indent=False, before=6)
    clauses.append(note2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "乌鲁木齐海关关于撤销部分预裁定决定及公布失效预裁定决定的公告",
            "doc_number": "乌鲁木齐海关公告2026年第7号",
            "issuer": ["中华人民共和国乌鲁木齐海关"],
            "date": "2026-02-24",
            "published": None,
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["乌鲁木齐海关撤销预裁定决定清单", "乌鲁木齐海关失效预裁定决定清单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": "新疆天山聚通供应链管理有限公司等3家企业的3份预裁定决定",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xian(), doc_zhengzhou(), doc_wulumuqi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
