# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 784: 白皮书摘编 — 自贸试验区法治保障白皮书. Word + PDF + expected.json."""
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
VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'

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


def add_par(container, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color])."""
    p = container.add_paragraph()
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


def empty(container, n=1, line=28):
    for _ in range(n):
        fmt(container.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, footer_font=SONG):
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
    # footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), footer_font, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, footer_font, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), footer_font, 14)
    r = fp.add_run()
    font(r, footer_font, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), footer_font, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def simple_table(doc, header, rows, clauses, widths=None, size=12, repeat=False,
                 left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        clauses.append(row_clause(header, row))
    if widths:
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def box_table(doc, fill="F2F2F2", color="000000"):
    """one-cell bordered table used as a 典型案例 box"""
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="%s"/>'
        '<w:left w:val="single" w:sz="8" w:color="%s"/><w:bottom w:val="single" w:sz="8" w:color="%s"/>'
        '<w:right w:val="single" w:sz="8" w:color="%s"/></w:tblBorders>'
        % (nsdecls("w"), color, color, color, color)))
    cell = t.rows[0].cells[0]
    cell.width = Cm(15.4)
    shade(cell, fill)
    # drop the default empty paragraph later
    return cell


def finish_cell(cell):
    first = cell.paragraphs[0]
    if not first.text and len(cell.paragraphs) > 1:
        first._p.getparent().remove(first._p)


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_784", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
def doc_zhejiang():
    """浙江高院 自贸试验区司法保障白皮书（摘编）: cover block, 前言, chapters,
    shaded one-cell case boxes, data table with repeated header + 注."""
    stem = "blind784_zhejiang_sifa"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    # title wrapped at an odd place, two paragraphs
    add_par(doc, [("中国（浙江）自由贸易试验区司法保障", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=38)
    add_par(doc, [("白皮书（2025年度·摘编）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=38)
    empty(doc, 1)
    add_par(doc, [("浙江省高级人民法院", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, [("二〇二六年四月二十日", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, [("（2026年4月23日新闻发布会发布）", KT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)

    def body(t, typed_indent=False):
        clauses.append(t)
        if typed_indent:
            add_par(doc, IND + t, indent=False)
        else:
            add_par(doc, t)

    def head(t, center=False):
        if center:
            add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        else:
            add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    head("前　言", center=True)
    body("2025年是中国（浙江）自由贸易试验区扩区发展的第五年。全省法院坚持以习近平法治思想为指导，认真贯彻落实党中央关于实施自由贸易试验区提升战略的决策部署，围绕舟山、宁波、杭州、金义四大片区功能定位，充分发挥审判职能作用，为自贸试验区建设提供有力司法服务和保障。")
    body("为全面展示全省法院服务保障自贸试验区建设的工作成效，总结提炼司法实践经验，回应中外市场主体的司法需求，浙江省高级人民法院编写了本白皮书。现将主要内容摘编如下。", typed_indent=True)

    head("一、案件审判基本情况")
    body("2025年,全省法院共受理涉自贸试验区案件4.86万件，同比增长9.7%；审结4.72万件，结案率97.1%，平均审理天数58.3天，较上年缩短6.2天。其中，涉外、涉港澳台商事案件2137件(含仲裁司法审查案件89件)，同比增长15.4%，当事人涉及67个国家和地区；涉“一带一路”共建国家案件936件，占涉外、涉港澳台商事案件的43.8%。", typed_indent=True)
    add_par(doc, [("表1　2021—2025年涉自贸试验区案件收结案情况（单位：件）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    simple_table(doc, ["年度", "收案数", "结案数", "其中：涉外商事", "平均审理天数（天）"], [
        ["2021年", "31584", "30912", "1206", "71.5"],
        ["2022年", "36207", "35418", "1388", "68.9"],
        ["2023年", "40135", "39427", "1592", "66.0"],
        ["2024年", "44302", "43260", "1852", "64.5"],
        ["2025年", "48618", "47203", "2137", "58.3"],
    ], clauses, widths=[2.6, 3.0, 3.0, 3.2, 3.6], repeat=True)
    note = "注：数据来源于浙江法院审判管理系统，统计截至2025年12月31日；“涉外商事”含涉港澳台商事案件。"
    clauses.append(note)
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)

    head("二、主要工作举措")
    runin("（一）健全专业化审判体系。", "推动设立宁波国际商事法庭、舟山海事法庭自贸区巡回审判点，在杭州、金华两地中级人民法院设立涉外商事审判团队12个，组建由52名法官组成的自贸试验区案件专业审判队伍。2025年，宁波国际商事法庭受理案件318件，审结296件。")
    runin("（二）提升油气全产业链司法服务水平。", "围绕舟山片区油气全产业链发展，依法审理保税燃料油供应、原油仓储、船舶融资租赁等纠纷，出台《关于服务保障舟山油气全产业链发展的十条意见》，全年审结涉油气贸易案件274件，涉案标的额31.6亿元。")
    runin("（三）深化数字经济司法保护。", "依托杭州互联网法院，积极探索数据权益、跨境电商、平台治理等新类型案件裁判规则，审结涉数据产权、算法推荐、网络虚拟财产等案件1583件，发布数字贸易司法保护典型案例10件。")
    runin("（四）完善多元化纠纷解决机制。", "联合省贸促会、杭州仲裁委员会等18家机构建立自贸试验区商事纠纷“一站式”解决平台，引入港澳台及外籍调解员37名，全年诉前化解商事纠纷1.27万件，调解成功率61.5%。")

    head("三、典型案例")

    def case_box(title, parts):
        cell = box_table(doc, fill="EDEDED")
        add_par(cell, [(title, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=24, before=4)
        for lab, txt in parts:
            clauses.append(lab + txt)
            add_par(cell, [(lab, HT, 14, False), (txt, FS, 14, False)], line=24, first=Pt(28))
        finish_cell(cell)
        empty(doc, 1, line=14)

    case_box("案例一　某石油化工公司诉某国际船舶燃料供应公司保税燃料油买卖合同纠纷案", [
        ("【基本案情】", "某石油化工公司与注册于新加坡的某国际船舶燃料供应公司签订保税燃料油买卖合同，约定在舟山锚地交付低硫燃料油1.2万吨。交付后，买方以燃料油硫含量超标为由拒付剩余货款约2180万元，双方就检验结论的效力发生争议。"),
        ("【裁判结果】", "宁波海事法院审理认为，双方约定以装油港第三方检验机构出具的检验报告为准，买方未在约定期限内提出异议，亦未提供足以推翻检验结论的证据，遂判决买方支付剩余货款及逾期付款利息。"),
        ("【典型意义】", "本案明确了保税燃料油跨境交易中检验条款的效力认定规则，对稳定市场预期、维护舟山国际海事服务基地交易秩序具有示范作用。"),
    ])
    case_box("案例二　某跨境电商企业诉某境外物流服务商海外仓服务合同纠纷案", [
        ("【基本案情】", "杭州某跨境电商企业将货物存放于某境外物流服务商在德国经营的海外仓，因仓库管理不善导致部分货物灭失，双方就损失赔偿应适用的法律产生争议。"),
        ("【裁判结果】", "杭州市中级人民法院依法查明并适用德国相关法律，认定服务商未尽妥善保管义务，判令其赔偿货物损失及相应费用共计人民币386万元。"),
        ("【典型意义】", "本案是依法查明和适用外国法的典型案例，为企业“走出去”布局海外仓提供了明确的规则指引。"),
    ])

    head("四、下一步工作")
    body("下一步，全省法院将紧扣自贸试验区提升战略，持续深化涉外商事审判机制改革，加快推进宁波国际商事法庭实质化运行，积极参与涉外法治人才培养和国际商事规则研究，以高质量司法服务保障浙江自贸试验区高水平对外开放。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（浙江）自由贸易试验区司法保障白皮书（2025年度·摘编）",
            doc_number=None,
            issuer=["浙江省高级人民法院"],
            date="2026-04-20",
            published="2026-04-23",
            level="provincial",
            region="浙江省",
            doc_type="白皮书",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def vml_textbox(doc, paragraphs_xml, height_pt=300):
    """Insert an inline VML text box (Word 文本框) in its own paragraph."""
    p = doc.add_paragraph()
    fmt(p, indent=False, line=28)
    p.paragraph_format.line_spacing = None
    inner = "".join(paragraphs_xml)
    r = parse_xml(
        '<w:r %s %s><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:432pt;height:%dpt" fillcolor="#FDF5E6" strokecolor="#C00000" strokeweight="1pt">'
        '<v:textbox style="mso-fit-shape-to-text:t" inset="7pt,5pt,7pt,5pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (nsdecls("w"), VML_NS, height_pt, inner))
    p._p.append(r)
    return p


def detached_par(doc, runs, **kw):
    """build a paragraph, then detach it so its XML can go into a text box"""
    p = add_par(doc, runs, **kw)
    xml = p._p.xml
    p._p.getparent().remove(p._p)
    return xml


def doc_nansha():
    """南沙片区 法治保障白皮书: 第X部分 headings, merged two-level table header,
    Shift+Enter items, a VML text box case, joint 发布单位 block + 发布会日期."""
    stem = "blind784_nansha_fazhi"
    doc = Document()
    setup(doc)
    clauses = []

    # title typed with a manual line break at an odd spot
    p = doc.add_paragraph()
    font(p.add_run("中国（广东）自由贸易试验区南沙"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("片区法治保障白皮书（2025）"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=38, before=12)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def part(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=6)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    part("第一部分　总体情况")
    body("2025年，南沙片区法治化营商环境建设取得新成效。南沙区人民法院（广州南沙国际商事法庭）受理各类案件3.57万件，审结3.49万件；其中涉外、涉港澳商事案件1426件，同比增长12.3%，涉及“一带一路”共建国家当事人的案件318件。南沙区人民检察院办理涉企刑事案件412件，开展涉案企业合规改革案件38件。南沙区司法局新设公共法律服务工作站6个，全年提供法律咨询服务2.1万人次。")

    # caption left, unit right with a tab
    p = add_par(doc, [("表1　涉外、涉港澳商事案件收结案情况", HT, 14, False), ("\t", FS, 14, False),
                      ("单位：件", FS, 12, False)], indent=False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)

    t = doc.add_table(rows=6, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # merged header
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "案件类型", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "2024年", HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "2025年", HT, 12)
    d = t.cell(0, 5).merge(t.cell(1, 5))
    set_cell(d, "收案同比增长", HT, 12)
    for i, h in zip((1, 2, 3, 4), ("收案", "结案", "收案", "结案")):
        set_cell(t.cell(1, i), h, HT, 12)
    header = ["案件类型", "2024年／收案", "2024年／结案", "2025年／收案", "2025年／结案", "收案同比增长"]
    rows = [
        ["涉外商事", "683", "661", "762", "749", "11.6%"],
        ["涉港商事", "412", "398", "468", "455", "13.6%"],
        ["涉澳商事", "175", "170", "196", "188", "12.0%"],
        ["合计", "1270", "1229", "1426", "1392", "12.3%"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if v == "合计" else FS, 12)
        clauses.append(row_clause(header, row))
    empty(doc, 1, line=14)

    part("第二部分　主要做法")
    runin("（一）构建国际化商事纠纷解决体系。", "南沙国际商事法庭推行“港澳陪审员+港澳调解员”机制，选任港澳籍陪审员24名、调解员41名，全年适用港澳地区法律审理案件27件；与南沙国际仲裁中心、粤港澳大湾区国际商事调解中心建立诉调、诉仲对接机制，委派调解商事纠纷2356件，调解成功1128件。")
    runin("（二）加强涉企合规与检察保护。", "南沙区人民检察院在自贸片区设立企业合规服务中心，联合区工商联、律师协会组建第三方监督评估专家库，全年对38家涉案企业开展合规整改，验收合格36家；办理涉知识产权刑事案件52件，挂牌督办侵犯商业秘密案件3件。")
    # two numbered items typed in ONE paragraph with Shift+Enter
    i1 = "1．推进跨境法律服务集聚。引进港澳律师事务所与内地律师事务所合伙联营机构5家，累计达到17家，港澳律师在南沙执业人数达到96人。"
    i2 = "2．完善行政执法监督。全面推行行政执法“三项制度”，在市场监管、海关、港口等领域推行包容审慎监管，对首次轻微违法行为不予处罚1376宗。"
    runin_h = "（三）优化公共法律服务供给。"
    runin_t = "南沙区司法局牵头建设“南沙湾区法律服务港”，重点推进以下工作："
    clauses.append(runin_h + runin_t)
    add_par(doc, [(runin_h, KT, 16, False), (runin_t, FS, 16, False)])
    p = doc.add_paragraph()
    font(p.add_run(IND + i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + i2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([i1, i2])

    part("第三部分　典型案例")
    box_pars = [detached_par(doc, [("【案例一】香港某投资公司与某内地企业股权转让纠纷案", HT, 14, False)],
                             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22)]
    case1 = [
        ("案情简介：", "香港某投资公司将其持有的南沙某科技公司30%股权转让给内地某企业，双方约定适用香港特别行政区法律。因受让方未按期支付第二期转让款4600万元，香港公司诉至南沙国际商事法庭。"),
        ("处理结果：", "法院依当事人约定适用香港特别行政区法律，并由港澳调解员主持调解，双方达成分期付款及担保协议，受让方于三个月内履行完毕。"),
        ("典型意义：", "本案是尊重当事人意思自治、准确适用域外法律并引入港澳调解力量化解纠纷的典型案例，体现了南沙片区“规则衔接、机制对接”的探索成效。"),
    ]
    for lab, txt in case1:
        clauses.append(lab + txt)
        box_pars.append(detached_par(doc, [(lab, HT, 14, False), (txt, FS, 14, False)],
                                     line=22, first=Pt(28)))
    vml_textbox(doc, box_pars, height_pt=250)

    add_par(doc, [("【案例二】某物流公司涉嫌走私普通货物案企业合规整改案", HT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    case2 = [
        ("案情简介：", "某物流公司在为客户办理进口冷链食品报关过程中，因内部审核制度缺失，致使部分货物低报价格，涉嫌走私普通货物，偷逃税款98.7万元。"),
        ("处理结果：", "南沙区人民检察院对该公司启动合规考察，督促其补缴税款、建立进出口申报合规管理制度。经第三方组织评估合格，检察机关依法作出不起诉决定，并提出行政处罚检察意见。"),
        ("典型意义：", "本案通过“合规整改+不起诉”促使企业堵塞管理漏洞，实现了办案政治效果、法律效果和社会效果的有机统一。"),
    ]
    for lab, txt in case2:
        clauses.append(lab + txt)
        add_par(doc, [(lab, KT, 16, True), (txt, FS, 16, False)])

    part("第四部分　工作展望")
    body("2026年，南沙片区将以《广州南沙深化面向世界的粤港澳全面合作总体方案》实施为牵引，深入推进涉外法治建设，探索建设国际商事纠纷解决中心，完善与港澳规则衔接、机制对接，为打造立足湾区、协同港澳、面向世界的重大战略性平台提供坚实法治保障。")

    empty(doc, 1)
    # 发布单位 block, aligned with typed full-width spaces and Shift+Enter
    p = doc.add_paragraph()
    font(p.add_run("发布单位：广州市南沙区人民法院"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "广州市南沙区人民检察院"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "广州市南沙区司法局"), FS, 16)
    fmt(p, indent=False)
    p.paragraph_format.left_indent = Pt(96)
    add_par(doc, "成稿日期：2026年3月16日", indent=False).paragraph_format.left_indent = Pt(96)
    add_par(doc, "发布会日期：2026年3月20日", indent=False).paragraph_format.left_indent = Pt(96)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（广东）自由贸易试验区南沙片区法治保障白皮书（2025）",
            doc_number=None,
            issuer=["广州市南沙区人民法院", "广州市南沙区人民检察院", "广州市南沙区司法局"],
            date="2026-03-16",
            published="2026-03-20",
            level="county",
            region="广州市南沙区",
            doc_type="白皮书",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    """厦门片区管委会 红头通知 印发白皮书摘编: 版头, 文号, red rule, 3-line title,
    主送, 附件 after 落款 on new page, manual 续表 with repeated header, case box, 版记."""
    stem = "blind784_xiamen_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("厦门自贸片区管委会文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=24)
    empty(doc, 1)
    p = add_par(doc, "厦自贸委〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("厦门自贸片区管委会关于印发《中国（福建）",
                 "自由贸易试验区厦门片区法治保障白皮书",
                 "（2025）》摘编的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "片区各部门、各园区管理办公室，各驻区有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hf=HT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("为全面总结中国（福建）自由贸易试验区厦门片区法治保障工作成效，宣传推广法治创新经验，片区管委会会同厦门市中级人民法院、厦门市人民检察院、厦门市司法局编制了《中国（福建）自由贸易试验区厦门片区法治保障白皮书（2025）》，并于2026年2月26日在厦门自贸片区优化营商环境新闻发布会上正式发布。现将白皮书摘编印发给你们，并就有关事项通知如下：")
    runin("一、认真组织学习。", "各部门、各单位要将白皮书学习纳入年度普法工作计划，重点学习白皮书中关于制度创新、涉外法治和典型案例的内容，不断提升运用法治思维和法治方式推动改革的能力。")
    runin("二、抓好宣传推广。", "各园区管理办公室要通过政务新媒体、企业服务群、政企座谈会等渠道宣传白皮书内容，面向区内企业特别是外资企业、“一带一路”相关企业做好解读，并于2026年4月30日前将宣传情况报片区管委会法治工作处。")
    runin("三、推动成果转化。", "各部门要对照白皮书提出的下一步工作方向，梳理本领域法治保障短板弱项，形成任务清单，切实将白皮书成果转化为推动自贸试验区高质量发展的实际举措。")
    empty(doc, 1)
    p = add_par(doc, "附件：中国（福建）自由贸易试验区厦门片区法治保障白皮书（2025）摘编")
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    empty(doc, 2)
    # 落款: long organ name split over two lines, typed spaces to push right
    add_par(doc, " " * 28 + "中国（福建）自由贸易试验区", indent=False)
    add_par(doc, " " * 32 + "厦门片区管理委员会", indent=False)
    add_par(doc, " " * 34 + "2026年3月5日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---------------------------------------------------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("法治保障白皮书（2025）摘编", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1, line=14)
    add_par(doc, [("前言", HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    body("挂牌十年来，厦门片区坚持以制度创新为核心，突出对台先行先试和“一带一路”支点城市功能，着力打造市场化、法治化、国际化一流营商环境。本白皮书集中反映2025年片区在司法服务、执法监督、法律服务等方面的工作情况。")
    add_par(doc, [("一、法治保障主要数据", HT, 16, False)])
    body("2025年，厦门片区新增制度创新成果42项，其中全国首创9项；厦门国际商事法庭受理案件286件，审结271件，当事人涉及32个国家和地区；片区行政复议案件73件，同比下降8.8%，行政机关负责人出庭应诉率保持100%。主要指标见表1。")
    add_par(doc, [("表1　2025年厦门片区法治保障主要指标", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    header = ["序号", "指标名称", "单位", "2025年", "同比增长"]
    widths = [1.4, 7.4, 1.8, 2.2, 2.6]
    rows1 = [
        ["1", "新增制度创新成果", "项", "42", "10.5%"],
        ["2", "其中：全国首创成果", "项", "9", "28.6%"],
        ["3", "厦门国际商事法庭受理案件", "件", "286", "19.2%"],
        ["4", "涉“一带一路”商事案件", "件", "117", "23.2%"],
        ["5", "厦门国际商事调解中心调解成功案件", "件", "164", "15.5%"],
    ]
    rows2 = [
        ["6", "行政复议案件", "件", "73", "-8.8%"],
        ["7", "涉外公证、域外法律查明服务", "件次", "1862", "12.7%"],
        ["8", "新设外商投资企业", "户", "398", "6.4%"],
    ]
    simple_table(doc, header, rows1, clauses, widths=widths, left_cols=(1,))
    # clerk splits the table by hand and types 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表1", KT, 14, False)], indent=False)
    simple_table(doc, header, rows2, clauses, widths=widths, left_cols=(1,))
    note = "注：同比增长按上年同口径数据计算；行政复议案件为负增长。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    empty(doc, 1, line=14)

    add_par(doc, [("二、典型案例", HT, 16, False)])
    cell = box_table(doc, fill="FFFFFF", color="1F4E79")
    add_par(cell, [("典型案例　某航空维修企业保税维修业务行政复议案", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=4)
    for lab, txt in [
        ("【基本情况】", "片区内某航空维修企业开展境外航空器部件保税维修业务，因维修后部件复运出境时间超过海关备案期限，被海关作出警告并处罚款的行政处罚，企业不服申请行政复议。"),
        ("【处理结果】", "复议机关审查认为，企业超期系境外航空公司航班调整所致，且已主动报告并及时整改，未造成税款流失，依法变更为不予行政处罚。"),
        ("【典型意义】", "本案准确把握过罚相当原则，为保税维修等新业态提供了包容审慎的监管预期，助力片区航空维修产业集聚发展。"),
    ]:
        clauses.append(lab + txt)
        add_par(cell, [(lab, HT, 14, False), (txt, FS, 14, False)], line=24, first=Pt(28))
    finish_cell(cell)

    banji(doc, "抄送：厦门市人民政府办公厅，厦门市司法局，厦门市中级人民法院，厦门市人民检察院。",
          "厦门自贸片区管委会综合处", "2026年3月5日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="厦门自贸片区管委会关于印发《中国（福建）自由贸易试验区厦门片区法治保障白皮书（2025）》摘编的通知",
            doc_number="厦自贸委〔2026〕7号",
            issuer=["中国（福建）自由贸易试验区厦门片区管理委员会"],
            date="2026-03-05",
            published=None,
            level="municipal",
            region="厦门市",
            attachments=["中国（福建）自由贸易试验区厦门片区法治保障白皮书（2025）摘编"],
            doc_type="通知",
            recipients=["片区各部门", "各园区管理办公室", "各驻区有关单位"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_nansha(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
