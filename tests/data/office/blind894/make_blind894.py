# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 894: 综合保税区保税维修业务试点的请示及海关批复 — Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
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
    """Ctrl+Enter typed at the end of the last line: break run in a paragraph of its own
    would risk an empty page, so the break is appended to the previous paragraph."""
    last = doc.paragraphs[-1]
    last.add_run().add_break(WD_BREAK.PAGE)


def setup(doc, footer_font=SONG):
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
    font(fp.add_run("— "), footer_font, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, footer_font, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), footer_font, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    tbl = t._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tc.get_or_add_tcPr()
            tcw = tc.tcPr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tc.tcPr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w.twips)))
            tcw.set(qn("w:type"), "dxa")


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_894", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, HT, HT, HT))
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


def banji(doc, lines, gap=2):
    """版记: list of strings (抄送 / 印发 lines) between rules; \t for right part."""
    empty(doc, gap)
    for i, (left, right) in enumerate(lines):
        p = doc.add_paragraph()
        font(p.add_run(left), FS, 14)
        if right:
            font(p.add_run("\t" + right), FS, 14)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
        fmt(p, indent=False, line=26)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 8 if i == len(lines) - 1 else 4, 4)


# =================================================================== DOC A
def doc_chengdu_qingshi():
    """成都市人民政府请示（上行文，签发人，份号，特急，附件表格含合并表头、重复标题行）."""
    stem = "blind894_chengdu_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000023", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("成都市人民政府文件", XBS, 40, False, RED)],
            align=C, indent=False, line=60, before=18, after=6)
    empty(doc, 1)
    # 文号 left, 签发人 right via right tab stop
    p = add_par(doc, [("成府〔2026〕17号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("周建明", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three separate paragraphs broken at odd places
    for t in ("成都市人民政府关于支持成都高新综合保税区",
              "开展航空发动机及机载设备保税维修",
              "业务试点的请示"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "四川省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）和商务部 生态环境部 海关总署公告2020年第16号精神，推动成都高新综合保税区向保税维修等高附加值业态转型升级，助力我市建设共建“一带一路”重要节点城市，我市拟支持成都高新综合保税区开展航空发动机及机载设备保税维修业务试点。现将有关情况请示如下：")
    head("一、基本情况")
    body("成都高新综合保税区于2010年经国务院批准设立，规划面积4.68平方公里，分为高新园区、双流园区和天府国际机场园区三个片区。2025年，区内实现进出口总额5126.4亿元，同比增长7.3%；区内11家企业开展保税维修业务，货值186.7亿元，同比增长21.5%。依托双流、天府“两场一体”运营优势，区内已初步形成航空发动机零部件检测、机载设备修理等产业基础，具备开展试点的条件。")
    head("二、试点主要内容")
    runin("（一）试点企业。", "拟由四川国际航空发动机维修有限公司、成都航宇机载设备维修有限公司、成都天府航空部件技术有限公司3家企业先行开展试点（项目清单详见附件），3家企业均为海关高级认证企业，持有中国民用航空局颁发的维修许可证。")
    runin("（二）试点产品。", "试点产品为航空发动机（含辅助动力装置）、起落架、机载电子设备及其零部件，不涉及《禁止进口固体废物目录》和《中华人民共和国禁止进口货物目录》所列商品。")
    runin("（三）业务模式。", "待维修货物从境外或境内区外运入综合保税区，维修后复运出境或复运回境内区外；维修产生的旧件、坏件原则上全部复运出境。")
    runin("（四）试点期限。", "试点期限为3年，自批准之日起计算。")
    head("三、风险防控措施")
    # 1．items typed with full-width dot; item 2 and 3 in one Word paragraph via Shift+Enter
    t1 = "1．建立“一企一策”监管机制。成都海关对试点企业实施电子账册管理和全流程监管，确保维修货物“来源可溯、去向可查”。"
    t2 = "2．落实生态环境保护要求。市生态环境局对试点企业危险废物贮存和处置情况开展日常监管。"
    t3 = "3．强化部门协同。由市商务局牵头，会同成都海关、市生态环境局、成都高新区管委会、双流区政府建立试点工作联席会议制度，及时协调解决试点中的重大问题。"
    body(t1)
    p = doc.add_paragraph()
    font(p.add_run(t2), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t3), FS, 16)
    fmt(p)
    clauses.extend([t2, t3])
    head("四、请示事项")
    body("恳请省政府支持成都高新综合保税区开展航空发动机及机载设备保税维修业务试点，并商请海关总署、商务部、生态环境部予以批准。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    p = add_par(doc, "附件：成都高新综合保税区航空发动机及机载设备", indent=True)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "保税维修业务试点项目清单"), FS, 16)
    empty(doc, 2)
    # 落款 with typed half-width spaces
    add_par(doc, " " * 38 + "成都市人民政府", indent=False)
    add_par(doc, " " * 37 + "2026年3月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：张晓东，联系电话：028-61881234）", indent=True)

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("成都高新综合保税区航空发动机及机载设备", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("保税维修业务试点项目清单", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1)

    hdr_flat = ["序号", "企业名称", "所在片区", "维修产品", "商品编码",
                "预计年维修规模／数量（台、件）", "预计年维修规模／货值（万美元）"]
    rows = [
        ["1", "四川国际航空发动机维修有限公司", "双流园区", "CFM56、LEAP系列航空发动机", "84111210", "120", "18600"],
        ["2", "四川国际航空发动机维修有限公司", "双流园区", "辅助动力装置（APU）", "84118100", "60", "3200"],
        ["3", "四川国际航空发动机维修有限公司", "双流园区", "航空发动机叶片、燃烧室等零部件", "84119100", "4500", "6400"],
        ["4", "成都航宇机载设备维修有限公司", "高新园区", "机载通信导航设备", "85269110", "900", "2150"],
        ["5", "成都航宇机载设备维修有限公司", "高新园区", "飞行控制计算机及显示组件", "88073000", "650", "1860"],
        ["6", "成都天府航空部件技术有限公司", "天府国际机场园区", "起落架及其零部件", "88073000", "80", "4300"],
        ["7", "成都天府航空部件技术有限公司", "天府国际机场园区", "机轮、刹车组件", "88073000", "1200", "1750"],
    ]

    def proj_table(rs):
        t = doc.add_table(rows=2 + len(rs), cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = ["序号", "企业名称", "所在片区", "维修产品", "商品编码"]
        for i, h in enumerate(top):
            a = t.cell(0, i).merge(t.cell(1, i))
            set_cell(a, h, HT, 10.5)
        m = t.cell(0, 5).merge(t.cell(0, 6))
        set_cell(m, "预计年维修规模", HT, 10.5)
        set_cell(t.cell(1, 5), "数量（台、件）", HT, 10.5)
        set_cell(t.cell(1, 6), "货值（万美元）", HT, 10.5)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        set_widths(t, [Cm(1.0), Cm(3.4), Cm(2.0), Cm(3.3), Cm(2.3), Cm(1.8), Cm(1.8)])
        for ri, r in enumerate(rs, 2):
            for ci, v in enumerate(r):
                set_cell(t.cell(ri, ci), v, FS, 10.5,
                         align=L if ci in (1, 3) else C)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr_flat, r)))
        return t

    proj_table(rows)
    note = "注：1.预计年维修规模为试点第一年度测算数；2.商品编码以海关归类认定结果为准；3.试点企业均已取得中国民用航空局维修许可证（CCAR-145部）。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)

    banji(doc, [("成都市人民政府办公厅", "2026年3月16日印发")], gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市人民政府关于支持成都高新综合保税区开展航空发动机及机载设备保税维修业务试点的请示",
            "doc_number": "成府〔2026〕17号",
            "issuer": ["成都市人民政府"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": ["成都高新综合保税区航空发动机及机载设备保税维修业务试点项目清单"],
            "doc_type": "请示",
            "recipients": ["四川省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_zongshu_pifu():
    """海关总署批复（下行文，自动编号一、，附件目录表，此件主动公开）."""
    stem = "blind894_zongshu_pifu"
    doc = Document()
    setup(doc)
    clauses = []
    n_top = make_numbering(doc, "%1、")

    empty(doc, 1)
    add_par(doc, [("海关总署文件", XBS, 44, False, RED)],
            align=C, indent=False, line=62, before=24, after=6)
    empty(doc, 1)
    p = add_par(doc, "署贸发〔2026〕87号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: one paragraph, manual line break in the middle of a word
    p = doc.add_paragraph()
    font(p.add_run("海关总署关于同意成都高新综合保税区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("开展航空发动机及机载设备保税维修业务"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("试点的批复"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "成都海关：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    cn = "一二三四五六七八九十"
    top = [0]

    def numbered(t, runin=None):
        top[0] += 1
        clauses.append("%s、%s%s" % (cn[top[0] - 1], runin or "", t))
        runs = []
        if runin:
            runs.append((runin, HT, 16, False))
        runs.append((t, FS, 16, False))
        p = add_par(doc, runs, first=Pt(32))
        apply_num(p, n_top)

    def sub(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("你关《关于成都高新综合保税区开展航空发动机及机载设备保税维修业务试点的请示》（成关〔2026〕31号）收悉。经商商务部、生态环境部，现批复如下：")
    numbered("同意成都高新综合保税区内四川国际航空发动机维修有限公司、成都航宇机载设备维修有限公司、成都天府航空部件技术有限公司3家企业开展航空发动机及机载设备保税维修业务试点，试点期限三年。")
    numbered("试点维修产品范围为航空发动机（含辅助动力装置）、起落架、机载电子设备及其零部件，具体以附件所列商品编码为准，不得开展国家禁止进口货物的维修业务。")
    numbered("你关要按照《中华人民共和国海关综合保税区管理办法》等有关规定，重点做好以下工作：", runin="切实加强试点监管。")
    sub("（一）实施专用账册管理。", "试点企业应当设立保税维修专用账册，如实记录待维修货物、维修用料件、维修后货物及旧件、坏件的进出区和耗用情况。")
    sub("（二）严格旧件坏件处置。", "维修产生的旧件、坏件原则上应当全部复运出境，不得擅自内销。")
    sub("（三）开展动态评估。", "你关要会同四川省商务厅、四川省生态环境厅每年对试点企业开展一次评估；对发生走私、违反海关监管规定行为的企业，及时终止其试点资格。")
    numbered("你关要及时总结试点经验，试点中遇到的重大问题请及时报告署（自贸区司）。")
    empty(doc, 1)
    p = add_par(doc, "附件：成都高新综合保税区航空发动机及机载设备保税维修业务试点商品编码目录",
                indent=False, first=Pt(-48))
    p.paragraph_format.left_indent = Pt(80)  # hanging indent under 附件：
    empty(doc, 1)
    p = add_par(doc, "海关总署", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2026年5月29日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("成都高新综合保税区航空发动机及机载设备", XBS, 20, False)],
                align=C, indent=False, line=32)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("保税维修业务试点商品编码目录"), XBS, 20)
    empty(doc, 1)
    hdr = ["序号", "商品编码", "商品名称", "适用试点企业"]
    rows = [
        ["1", "84111210", "推力超过25千牛顿的涡轮喷气发动机", "四川国际航空发动机维修有限公司"],
        ["2", "84112100", "功率不超过1100千瓦的涡轮螺桨发动机", "四川国际航空发动机维修有限公司"],
        ["3", "84118100", "功率不超过5000千瓦的其他燃气轮机（辅助动力装置）", "四川国际航空发动机维修有限公司"],
        ["4", "84119100", "涡轮喷气发动机或涡轮螺桨发动机用零件", "四川国际航空发动机维修有限公司"],
        ["5", "85269110", "航空器用无线电导航设备", "成都航宇机载设备维修有限公司"],
        ["6", "90142010", "航空器用自动驾驶仪", "成都航宇机载设备维修有限公司"],
        ["7", "88073000", "飞机及直升机的其他零件（飞行控制计算机、显示组件）", "成都航宇机载设备维修有限公司"],
        ["8", "88073000", "飞机及直升机的其他零件（起落架、机轮、刹车组件）", "成都天府航空部件技术有限公司"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 10.5)
    repeat_header(t.rows[0])
    set_widths(t, [Cm(1.0), Cm(2.4), Cm(6.4), Cm(5.8)])
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci in (2, 3) else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    note = "说明：商品编码依据《中华人民共和国进出口税则》（2026年版）确定，税则调整的，按调整后的商品编码执行。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)

    banji(doc, [("抄送：商务部、生态环境部，四川省人民政府，成都市人民政府，总署综合业务司、缉私局。", None),
                ("海关总署办公厅", "2026年5月29日印发")], gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "海关总署关于同意成都高新综合保税区开展航空发动机及机载设备保税维修业务试点的批复",
            "doc_number": "署贸发〔2026〕87号",
            "issuer": ["海关总署"],
            "date": "2026-05-29",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["成都高新综合保税区航空发动机及机载设备保税维修业务试点商品编码目录"],
            "doc_type": "批复",
            "recipients": ["成都海关"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_nanning_pifu():
    """南宁海关批复 + 附件监管作业要点（章、条），中文数字日期，空格缩进，Tab 落款."""
    stem = "blind894_nanning_pifu"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("南宁海关文件", XBS, 44, False, RED)],
            align=C, indent=False, line=62, before=30, after=6)
    empty(doc, 1)
    p = add_par(doc, "南关发〔2026〕46号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    for t in ("南宁海关关于同意钦州综合保税区",
              "开展船用发动机及集装箱保税维修",
              "业务的批复"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "钦州港海关：", indent=False)

    # body typed with full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("你关《关于钦州综合保税区开展船用发动机及集装箱保税维修业务的请示》（钦港关〔2026〕12号）收悉。经研究，现批复如下：")
    body("一、同意钦州综合保税区内广西北部湾船舶动力维修有限公司、钦州中新集装箱服务有限公司开展保税维修业务。其中，广西北部湾船舶动力维修有限公司可开展船用柴油发动机及其零部件保税维修，钦州中新集装箱服务有限公司可开展集装箱及冷藏集装箱制冷机组保税维修。")
    body("二、开展保税维修业务，应当服务西部陆海新通道建设和中国—东盟合作，优先承接《区域全面经济伙伴关系协定》（RCEP）成员国和共建“一带一路”国家的船舶及集装箱维修业务，严格按照《钦州综合保税区保税维修业务监管作业要点》（见附件）执行。")
    body("三、你关要切实履行属地监管职责，重点做好以下工作：")
    a1 = "1.督促企业完善内部管理制度，建立维修货物、维修料件、旧件坏件的电子台账，确保账物相符。"
    a2 = "2.对保税维修业务实施风险布控，每季度至少开展一次实地核查，对核查中发现的问题及时处置。"
    p = doc.add_paragraph()
    font(p.add_run(IND + a1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + a2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([a1, a2])
    body("3.加强与钦州市商务局、钦州市生态环境局、中国（广西）自由贸易试验区钦州港片区管理委员会的协作配合，推动建立信息共享和联合监管机制。")
    body("四、试点开展中遇到的重大问题，请及时报告我关（自贸区和特殊区域发展处）。")
    empty(doc, 1)
    add_par(doc, IND + "附件：钦州综合保税区保税维修业务监管作业要点", indent=False)
    empty(doc, 3)
    # 落款 aligned with tab stops
    for t in ("南宁海关", "二〇二六年六月十八日"):
        p = add_par(doc, "\t" + t, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2), WD_TAB_ALIGNMENT.CENTER)

    # ---- 附件: rules with chapters and articles
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("钦州综合保税区保税维修业务监管作业要点", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def art(no, t, items=()):
        p = add_par(doc, [(no, HT, 16, False), ("　" + t, FS, 16, False)])
        text = no + "　" + t
        for it in items:
            add_par(doc, it)
            text += it
        clauses.append(text)

    chap("第一章　总　则")
    art("第一条", "为规范钦州综合保税区保税维修业务监管，促进综合保税区维修产业健康发展，根据《中华人民共和国海关综合保税区管理办法》和商务部 生态环境部 海关总署公告2020年第16号等规定，制定本要点。")
    art("第二条", "本要点所称保税维修，是指经批准的区内企业以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物从境外或者境内区外运入综合保税区进行检测、维修后复运出境或者复运回境内区外的业务。")
    art("第三条", "钦州港海关负责对区内保税维修业务实施日常监管。")
    chap("第二章　监管作业")
    art("第四条", "区内企业开展保税维修业务，应当设立保税维修专用账册，并与其他业务账册分开管理。")
    art("第五条", "待维修货物进区时，企业应当如实申报下列内容：",
        ["（一）待维修货物的商品编码、名称、规格型号、数量、价值；",
         "（二）货物的原产地及送修方名称；",
         "（三）维修合同或者维修协议编号。"])
    art("第六条", "维修用料件从境外进口的，予以保税；从境内区外采购的，按照有关规定办理出口手续。")
    art("第七条", "维修后货物应当在维修合同约定期限内复运出境或者复运回境内区外，原则上不超过六个月；确需延期的，企业应当向钦州港海关提出申请。")
    art("第八条", "维修过程中产生的旧件、坏件应当全部复运出境；属于固体废物的，不得擅自在境内处置。")
    chap("第三章　附　则")
    art("第九条", "本要点由南宁海关负责解释。")
    art("第十条", "本要点自2026年7月1日起施行，有效期至2028年6月30日。")

    banji(doc, [("抄送：钦州市人民政府，中国（广西）自由贸易试验区钦州港片区管理委员会。", None),
                ("南宁海关办公室", "2026年6月19日印发")])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁海关关于同意钦州综合保税区开展船用发动机及集装箱保税维修业务的批复",
            "doc_number": "南关发〔2026〕46号",
            "issuer": ["南宁海关"],
            "date": "2026-06-18",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-07-01",
            "expires": "2028-06-30",
            "attachments": ["钦州综合保税区保税维修业务监管作业要点"],
            "doc_type": "批复",
            "recipients": ["钦州港海关"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_chengdu_qingshi(), doc_zongshu_pifu(), doc_nanning_pifu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
