# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 841: 省人民政府关于表彰自由贸易试验区建设先进集体和先进个人的决定（附名单）.

Writes three Word files, their PDFs (LibreOffice) and expected.json next to this script.
"""
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
    """runs: plain str or list of (text, fontname, size, bold[, color])."""
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


def page_break_before(p):
    p.paragraph_format.page_break_before = True
    return p


def fix_widths(t, widths):
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = w
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w


def setup(doc, margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer page number  — 1 —
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def red_head(doc, organ, docno):
    add_par(doc, [(organ, XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=56, before=24)
    empty(doc, 2)
    p = add_par(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)


def banji(doc, cc_lines, printer, date_txt, gap=1):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    for i, cc in enumerate(cc_lines):
        p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14) if i == 0 else Pt(56)
        if i == 0:
            border(p, "top", "000000", 8, 4)
        if i == len(cc_lines) - 1:
            border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_841", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": "provincial", "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": "决定", "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A 湖南
def doc_hunan():
    stem = "blind841_hunan_jueding"
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "湖南省人民政府文件", "湘政发〔2026〕3号")
    # title typed as three separate paragraphs, broken at odd places
    for t in ("湖南省人民政府", "关于表彰中国（湖南）自由贸易试验区建设", "先进集体和先进个人的决定"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市州人民政府，省政府各厅委、各直属机构：", indent=False)

    def body(t):
        # clerk indents with two full-width spaces instead of paragraph indent
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("2020年9月中国（湖南）自由贸易试验区获批设立以来，全省各地各有关部门坚持以习近平新时代中国特色社会主义思想为指导，深入落实党中央、国务院决策部署，紧扣打造世界级先进制造业集群、联通长江经济带和粤港澳大湾区的国际投资贸易走廊、中非经贸深度合作先行区和内陆开放新高地的战略定位，大胆试、大胆闯、自主改，自贸试验区建设取得显著成效。截至2025年底，湖南自贸试验区累计形成制度创新成果186项，其中12项在全国复制推广；2025年实现进出口总额2716.8亿元，占全省外贸进出口的26.4%，示范引领作用日益凸显。")
    body("在推进自贸试验区建设过程中，涌现出一批勇于担当、敢闯敢试的先进集体和先进个人。为表彰先进、树立典型，省人民政府决定，授予长沙市商务局等12个单位“中国（湖南）自由贸易试验区建设先进集体”称号，授予王立新等20名同志“中国（湖南）自由贸易试验区建设先进个人”称号。")
    body("希望受到表彰的先进集体和先进个人珍惜荣誉、戒骄戒躁，再接再厉、再创佳绩。全省各地各有关部门要以先进为榜样，深入实施自由贸易试验区提升战略，稳步扩大制度型开放，高质量共建“一带一路”，深化中非经贸合作，为奋力谱写中国式现代化湖南篇章作出新的更大贡献。")
    empty(doc, 1)
    add_par(doc, IND + "附件：中国（湖南）自由贸易试验区建设先进集体和先进个人名单", indent=False)
    empty(doc, 2)
    # 落款 pushed right with half-width spaces
    add_par(doc, " " * 36 + "湖南省人民政府", indent=False)
    add_par(doc, " " * 35 + "2026年1月20日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ---- attachment on its own page
    page_break_before(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("中国（湖南）自由贸易试验区建设", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("先进集体和先进个人名单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def item(t):
        clauses.append(t)
        add_par(doc, t, line=24)

    add_par(doc, [("一、先进集体（12个）", HT, 16, False)], line=24)
    groups = [
        "长沙市商务局",
        "中国（湖南）自由贸易试验区长沙片区工作办公室",
        "长沙经济技术开发区管理委员会",
        "长沙黄花综合保税区管理委员会",
        "岳阳市商务局",
        "岳阳城陵矶综合保税区管理委员会",
        "湖南城陵矶国际港务集团有限公司",
        "郴州综合保税区管理委员会",
        "湖南省商务厅自由贸易试验区工作处",
        "湖南省司法厅立法二处",
        "长沙海关自贸区和特殊区域发展处",
        "湖南省中非经贸合作促进中心",
    ]
    assert len(groups) == 12
    for g in groups:
        item(g)
    add_par(doc, [("二、先进个人（20名）", HT, 16, False)], line=24)
    people = [
        "王立新　长沙市商务局党组书记、局长",
        "刘海燕（女）　长沙片区工作办公室综合协调部部长",
        "陈志远　长沙经济技术开发区管理委员会副主任",
        "周建湘　长沙黄花综合保税区管委会招商合作局局长",
        "李卫东　岳阳市政府副秘书长，市商务局局长",
        "谭晓慧（女）　岳阳城陵矶综合保税区管委会政研室主任",
        "易国平　湖南城陵矶国际港务集团有限公司副总经理",
        "曹文彬　郴州市商务局党组成员、副局长",
        "黄丽君（女）　郴州综合保税区管委会企业服务科科长",
        "邓志刚　湖南省商务厅自由贸易试验区工作处处长",
        "罗敏（女）　湖南省发展改革委对外开放处一级主任科员",
        "胡建军　湖南省司法厅立法二处副处长",
        "唐湘平　湖南省市场监督管理局登记注册局四级调研员",
        "肖文韬　长沙海关自贸区和特殊区域发展处副处长",
        "欧阳红梅（女）　人民银行湖南省分行经常项目管理处处长",
        "龙海波　湖南金融监管局普惠金融处副处长",
        "蒋立群　湖南省中非经贸合作促进中心主任",
        "向春华　长沙市开福区人民政府副区长",
        "石建华　三一集团有限公司国际化事业部总监",
        "段雅琴（女）　湖南省商务厅口岸协调处副处长",
    ]
    assert len(people) == 20
    for t in people:
        item(t)

    banji(doc, ["抄送：省委各部门，省军区，省人大常委会办公厅，",
                "省政协办公厅，省监委，省高级人民法院，省人民检察院。"],
          "湖南省人民政府办公厅", "2026年1月21日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="湖南省人民政府关于表彰中国（湖南）自由贸易试验区建设先进集体和先进个人的决定",
            doc_number="湘政发〔2026〕3号",
            issuer=["湖南省人民政府"],
            date="2026-01-20",
            region="湖南省",
            attachments=["中国（湖南）自由贸易试验区建设先进集体和先进个人名单"],
            recipients=["各市州人民政府", "省政府各厅委、各直属机构"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B 云南
def doc_yunnan():
    stem = "blind841_yunnan_biaozhang"
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "云南省人民政府文件", "云政发〔2026〕11号")
    # title in ONE paragraph with a Shift+Enter at an odd place
    p = doc.add_paragraph()
    font(p.add_run("云南省人民政府关于表彰中国（云南）自由"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("贸易试验区建设先进集体和先进个人的决定"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("中国（云南）自由贸易试验区设立以来，全省各级各部门深入贯彻习近平总书记考察云南重要讲话和重要指示批示精神，牢牢把握建设我国面向南亚东南亚辐射中心的定位，坚持以制度创新为核心，统筹推进昆明、红河、德宏3个片区差异化改革探索，在跨境贸易便利化、沿边金融开放、跨境产能合作、跨境人员往来等方面形成了一批具有沿边特色的创新成果。2025年，云南自贸试验区实现进出口总额1386.2亿元，同比增长13.7%；实际使用外资2.86亿美元；累计形成制度创新成果152项，“跨境电商+边民互市”“中老铁路国际货物列车‘一单制’”等9项创新成果在全国复制推广。")
    body("为表彰先进、激励担当，省人民政府决定，授予昆明市商务局等12个单位“云南省自由贸易试验区建设先进集体”称号，授予李明华等18名同志“云南省自由贸易试验区建设先进个人”称号。")
    body("希望受到表彰的先进集体和先进个人牢记嘱托、砥砺前行，在今后的工作中继续发挥示范引领作用。全省各级各部门和广大干部职工要以受表彰的先进集体和先进个人为榜样，主动服务和融入国家重大战略，紧紧围绕高质量共建“一带一路”和中老铁路、中缅经济走廊建设，深入实施自由贸易试验区提升战略，加快推进沿边产业园区和跨境经济合作区建设，努力在建设我国面向南亚东南亚辐射中心中展现更大担当、作出更大贡献。")
    empty(doc, 1)
    add_par(doc, "附件：1．云南省自由贸易试验区建设先进集体名单")
    add_par(doc, "\u3000" * 5 + "2．云南省自由贸易试验区建设先进个人名单", indent=False)
    empty(doc, 3)
    for t in ("云南省人民政府", "二〇二六年三月六日"):
        p = add_par(doc, t, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64 if t.startswith("云") else 48)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1
    page_break_before(add_par(doc, [("附件1", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("云南省自由贸易试验区建设先进集体名单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    hdr = ["序号", "单位名称", "所属片区（地区）"]
    rows = [
        ["1", "昆明市商务局", "昆明片区"],
        ["2", "中国（云南）自由贸易试验区昆明片区管理委员会", "昆明片区"],
        ["3", "昆明综合保税区管理委员会", "昆明片区"],
        ["4", "红河哈尼族彝族自治州商务局", "红河片区"],
        ["5", "中国（云南）自由贸易试验区红河片区管理委员会", "红河片区"],
        ["6", "红河综合保税区管理委员会", "红河片区"],
        ["7", "德宏傣族景颇族自治州商务局", "德宏片区"],
        ["8", "中国（云南）自由贸易试验区德宏片区管理委员会", "德宏片区"],
        ["9", "瑞丽市人民政府", "德宏片区"],
        ["10", "云南省商务厅自由贸易试验区综合处", "省级部门"],
        ["11", "昆明海关自贸区和特殊区域发展处", "中央驻滇单位"],
        ["12", "国家外汇管理局云南省分局经常项目管理处", "中央驻滇单位"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.6), Cm(9.4), Cm(4.6)]
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    fix_widths(t, widths)
    note = "注：同一片区（地区）内排名不分先后。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    # ---- 附件2 : two-level header, header rows repeat on each page
    page_break_before(add_par(doc, [("附件2", HT, 16, False)], indent=False))
    add_par(doc, [("云南省自由贸易试验区建设先进个人名单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=10)
    people = [
        ["1", "李明华", "男", "汉族", "1976.08", "昆明市商务局党组书记、局长"],
        ["2", "赵春燕", "女", "白族", "1983.02", "中国（云南）自由贸易试验区昆明片区管理委员会改革创新局局长"],
        ["3", "张国栋", "男", "汉族", "1980.11", "昆明综合保税区管理委员会副主任"],
        ["4", "普文忠", "男", "彝族", "1975.04", "红河哈尼族彝族自治州人民政府副秘书长"],
        ["5", "李海燕", "女", "哈尼族", "1987.09", "中国（云南）自由贸易试验区红河片区管理委员会综合协调处副处长"],
        ["6", "陶建明", "男", "苗族", "1979.06", "河口瑶族自治县商务局局长"],
        ["7", "王晓东", "男", "汉族", "1981.12", "红河综合保税区管理委员会企业服务科科长"],
        ["8", "岩温香", "男", "傣族", "1978.03", "德宏傣族景颇族自治州商务局副局长"],
        ["9", "雷春梅", "女", "景颇族", "1985.07", "中国（云南）自由贸易试验区德宏片区管理委员会政务服务中心主任"],
        ["10", "孙卫国", "男", "汉族", "1977.10", "瑞丽市人民政府副市长"],
        ["11", "段红梅", "女", "白族", "1984.05", "瑞丽海关综合业务科科长"],
        ["12", "陈立军", "男", "汉族", "1974.09", "云南省商务厅自由贸易试验区综合处处长"],
        ["13", "马文斌", "男", "回族", "1982.01", "云南省司法厅立法一处副处长"],
        ["14", "周建平", "男", "汉族", "1980.06", "云南省市场监督管理局登记注册局副局长"],
        ["15", "和丽娟", "女", "纳西族", "1986.12", "云南省财政厅预算处一级主任科员"],
        ["16", "郭志强", "男", "汉族", "1979.08", "昆明海关自贸区和特殊区域发展处副处长"],
        ["17", "余文静", "女", "汉族", "1988.04", "国家外汇管理局云南省分局经常项目管理处副处长"],
        ["18", "罗国庆", "男", "汉族", "1973.11", "中国铁路昆明局集团有限公司货运部副主任"],
    ]
    assert len(people) == 18
    t = doc.add_table(rows=2 + len(people), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = t.rows[0].cells, t.rows[1].cells
    c = r0[0].merge(r1[0]); set_cell(c, "序号", HT, 10.5)
    c = r0[1].merge(r1[1]); set_cell(c, "姓名", HT, 10.5)
    c = r0[2].merge(r0[4]); set_cell(c, "基本情况", HT, 10.5)
    set_cell(r1[2], "性别", HT, 10.5)
    set_cell(r1[3], "民族", HT, 10.5)
    set_cell(r1[4], "出生年月", HT, 10.5)
    c = r0[5].merge(r1[5]); set_cell(c, "工作单位及职务", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "姓名", "基本情况／性别", "基本情况／民族", "基本情况／出生年月", "工作单位及职务"]
    for ri, row in enumerate(people, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 5 else WD_ALIGN_PARAGRAPH.CENTER, line=16)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    widths = [Cm(1.3), Cm(1.8), Cm(1.3), Cm(1.7), Cm(2.1), Cm(7.4)]
    fix_widths(t, widths)
    note = "注：排名不分先后。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    banji(doc, ["抄送：省委各部门，省人大常委会办公厅，省政协办公厅，",
                "省监委，省法院，省检察院，云南省军区。"],
          "云南省人民政府办公厅", "2026年3月9日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="云南省人民政府关于表彰中国（云南）自由贸易试验区建设先进集体和先进个人的决定",
            doc_number="云政发〔2026〕11号",
            issuer=["云南省人民政府"],
            date="2026-03-06",
            region="云南省",
            attachments=["云南省自由贸易试验区建设先进集体名单",
                         "云南省自由贸易试验区建设先进个人名单"],
            recipients=["各州、市人民政府", "省直各委、办、厅、局"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C 四川 (web copy, no red head)
def doc_sichuan():
    stem = "blind841_sichuan_mingdan"
    doc = Document()
    setup(doc, margins=(3.0, 2.8, 2.8, 2.6))
    clauses = []

    # title typed as two paragraphs, wrapped mid-word
    for t in ("四川省人民政府关于表彰中国（四川）自由", "贸易试验区建设先进集体和先进个人", "的决定"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    add_par(doc, [("川府发〔2026〕4号", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "各市（州）人民政府，省政府各部门、各直属机构，有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    # note: half-width comma after 2025年 and half-width brackets near the end, as pasted
    body("中国（四川）自由贸易试验区挂牌运行以来，全省各地各部门（单位）深入贯彻落实习近平总书记对四川工作系列重要指示精神和党中央、国务院决策部署，紧扣打造西部门户城市开发开放引领区、内陆开放战略支撑带先导区、国际开放通道枢纽区、内陆开放型经济新高地和内陆与沿海沿边沿江协同开放示范区的战略定位，统筹推进成都天府新区、成都青白江铁路港、川南临港3个片区和协同改革先行区建设，取得了显著成效。2025年,四川自贸试验区新设企业4.2万户，实现进出口总额3521.6亿元，实际使用外资9.7亿美元；累计形成制度创新成果近900项，其中“中欧班列集拼集运”“铁路运单物权化”等38项在全国复制推广(含全国最佳实践案例6项)。")
    body("为表彰先进、弘扬正气，进一步激发全省干部群众投身自贸试验区建设的积极性、主动性和创造性，省政府决定，授予成都市商务局等14个集体“四川省自由贸易试验区建设先进集体”称号，授予何强等20名同志“四川省自由贸易试验区建设先进个人”称号。")
    body("希望受到表彰的先进集体和先进个人珍惜荣誉、再接再厉。全省各地各部门（单位）要以先进为榜样，围绕实施自由贸易试验区提升战略，着力抓好以下工作：")
    runin("（一）坚持以制度创新为核心。", "对标高标准国际经贸规则，聚焦投资、贸易、金融、人员往来、数据跨境流动等领域开展首创性、集成式探索，每年形成一批可复制推广的制度创新成果。")
    runin("（二）建设国际开放通道枢纽。", "发挥成都国际铁路港、天府国际机场和泸州港、宜宾港等开放平台作用，推动中欧班列（成渝）、西部陆海新通道班列提质扩量，高质量共建“一带一路”。")
    runin("（三）强化协同改革联动。", "深化川渝自由贸易试验区协同开放示范区建设，推动协同改革先行区与各片区政策共享、平台共建、成果共用，形成全省一盘棋的开放格局。")
    body("各地各部门（单位）要加大先进典型宣传力度，营造比学赶超的浓厚氛围，奋力推动全省高水平对外开放迈上新台阶。")
    add_par(doc, "附件：四川省自由贸易试验区建设先进集体和先进个人名单")
    empty(doc, 1)
    # 落款 + date in ONE paragraph: tab to a centre tab stop, Shift+Enter between them
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.6), WD_TAB_ALIGNMENT.CENTER)
    font(p.add_run("\t四川省人民政府"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\t2026年2月5日"), FS, 16)
    fmt(p, indent=False)
    add_par(doc, "（此件主动公开）")

    # ---- attachment
    page_break_before(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("四川省自由贸易试验区建设先进集体", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("和先进个人名单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def item(t):
        clauses.append(t)
        add_par(doc, t, line=26)

    add_par(doc, [("一、先进集体（14个）", HT, 16, False)], line=26)
    groups = [
        "成都市商务局",
        "四川天府新区自由贸易试验区管理局",
        "成都高新区自由贸易试验区管理局",
        "成都国际铁路港管理委员会",
        "成都国际陆港运营有限公司",
        "泸州市商务局",
        "中国（四川）自由贸易试验区川南临港片区管理委员会",
        "宜宾市商务局",
        "德阳市商务局",
        "四川省商务厅自由贸易试验区综合处",
        "四川省发展和改革委员会对外开放处",
        "成都海关自贸区和特殊区域发展处",
        "中国人民银行四川省分行经常项目管理处",
        "国家税务总局四川省税务局纳税服务处",
    ]
    assert len(groups) == 14
    for g in groups:
        item(g)
    add_par(doc, [("二、先进个人（20名）", HT, 16, False)], line=26)
    # two-character names padded with a full-width space, as clerks do
    people = [
        "何　强　　成都市商务局自由贸易试验区工作处处长",
        "张晓玲　　四川天府新区自由贸易试验区管理局局长",
        "王　鹏　　成都高新区自由贸易试验区管理局副局长",
        "刘德明　　成都国际铁路港管理委员会副主任",
        "陈　静　　成都国际陆港运营有限公司党委副书记、总经理",
        "赵文军　　泸州市人民政府副秘书长、市商务局局长",
        "黄　梅　　川南临港片区管理委员会副主任",
        "罗国华　　宜宾市商务局党组书记、局长",
        "杨　帆　　德阳市商务局副局长",
        "邓小川　　四川省商务厅自由贸易试验区综合处处长",
        "周　玲　　四川省商务厅外商投资管理处一级调研员",
        "吴建平　　四川省发展和改革委员会对外开放处副处长",
        "谢　伟　　四川省司法厅立法一处副处长",
        "郑晓燕　　四川省市场监督管理局登记注册局四级调研员",
        "冯　涛　　成都海关自贸区和特殊区域发展处副处长",
        "唐春梅　　中国人民银行四川省分行经常项目管理处副处长",
        "曾　勇　　国家税务总局四川省税务局纳税服务处处长",
        "彭　丽　　国家金融监督管理总局四川监管局普惠金融处副处长",
        "蒋志刚　　四川省港航投资集团有限责任公司副总经理",
        "苏　敏　　眉山市商务局副局长",
    ]
    assert len(people) == 20
    for t in people:
        item(t)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="四川省人民政府关于表彰中国（四川）自由贸易试验区建设先进集体和先进个人的决定",
            doc_number="川府发〔2026〕4号",
            issuer=["四川省人民政府"],
            date="2026-02-05",
            region="四川省",
            attachments=["四川省自由贸易试验区建设先进集体和先进个人名单"],
            recipients=["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hunan(), doc_yunnan(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
