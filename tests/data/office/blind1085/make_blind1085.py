# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1085: 境外投资 documents (备案通知书 / 核准批复 / 统计年报通知), Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); text None = manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r is None:
            p.add_run().add_break(WD_BREAK.LINE)
            continue
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
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, footer=True):
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
    if not footer:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = font(fp.add_run(), SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    row.height = Cm(cm)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def banji(doc, lines, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    first = True
    for ln in lines:
        p = add_par(doc, [(ln, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p.paragraph_format.keep_with_next = True
        if first:
            border(p, "top", "000000", 12, 4)
            first = False
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), alignment=2)  # right tab
    border(p2, "top", "000000", 4, 4)
    border(p2, "bottom", "000000", 12, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1085", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text="%1、", fmt_="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text))
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
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def seal_box(paragraph, lines, x_cm, y_cm, d_cm=4.2, shape_id=50):
    """Floating red ellipse text box imitating a seal, anchored to paragraph."""
    emu = 360000
    inner = ""
    for t, sz in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="300" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:color w:val="FF0000"/><w:sz w:val="{s}"/></w:rPr><w:t>{t}</w:t></w:r></w:p>'
                  ).format(f=SONG, s=sz * 2, t=t)
    xml = (
        '<w:r %s %s><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="Seal %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom><a:noFill/>'
        '<a:ln w="38100"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="360000" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (nsdecls("w", "wp", "a"), WPS, int(x_cm * emu), int(y_cm * emu), int(d_cm * emu),
           int(d_cm * emu), shape_id, shape_id, int(d_cm * emu), int(d_cm * emu), inner))
    paragraph._p.append(parse_xml(xml))


expected = {}


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# ======================================================= DOC A 备案通知书 (浙江)
def doc_beian():
    stem = "blind1085_beian"
    doc = Document()
    setup(doc, footer=False)
    s = doc.sections[0]
    s.top_margin, s.bottom_margin = Cm(2.8), Cm(2.5)
    # certificate-like double page border
    sect = s._sectPr
    pgmar = sect.find(qn("w:pgMar"))
    pgmar.addnext(parse_xml(
        '<w:pgBorders %s w:offsetFrom="page">'
        '<w:top w:val="double" w:sz="12" w:space="24" w:color="C00000"/>'
        '<w:left w:val="double" w:sz="12" w:space="24" w:color="C00000"/>'
        '<w:bottom w:val="double" w:sz="12" w:space="24" w:color="C00000"/>'
        '<w:right w:val="double" w:sz="12" w:space="24" w:color="C00000"/>'
        '</w:pgBorders>' % nsdecls("w")))
    clauses = []

    add_par(doc, [("浙江省发展和改革委员会", XBS, 26, False, RED)], align=C, indent=False, line=40)
    add_par(doc, [("企 业 境 外 投 资 项 目 备 案 通 知 书", XBS, 22, False)],
            align=C, indent=False, line=40, before=6)
    # 编号 right aligned, typed with half-width colon
    add_par(doc, [("编号:", FS, 14, False), ("浙发改境外备字〔2026〕46号", FS, 14, False)],
            align=R, indent=False, line=26, before=6)
    add_par(doc, "台州拓远汽车零部件股份有限公司：", indent=False, line=28)
    intro = ("你单位报送的《关于在泰国罗勇府投资建设新能源汽车热管理系统生产基地项目备案的申请》"
             "及相关材料收悉。根据《企业境外投资管理办法》（国家发展改革委令第11号）有关规定，经审查，"
             "对你单位实施的以下境外投资项目予以备案：")
    add_par(doc, intro, line=28)
    clauses.append(intro)

    rows = [
        ("项目名称", "台州拓远汽车零部件股份有限公司在泰国罗勇府投资建设新能源汽车热管理系统生产基地项目"),
        ("境内投资主体", "台州拓远汽车零部件股份有限公司"),
        ("境外企业名称", "拓远汽车科技（泰国）有限公司（TUOYUAN AUTOMOTIVE TECHNOLOGY (THAILAND) CO., LTD.）"),
        ("项目所在地", "泰国罗勇府安美德城工业园"),
        ("主要内容和规模", "购置工业用地约18.6万平方米，新建生产厂房、仓库及配套设施，建设电子膨胀阀、"
                          "热泵总成、集成式热管理模块生产线，达产后年产新能源汽车热管理系统产品350万套"),
        (("投资总额", "24000万美元"), ("中方投资额", "21600万美元")),
        ("资金来源", "企业自有资金8600万美元，境内银行贷款13000万美元"),
        ("PATH", ["第一层：台州拓远汽车零部件股份有限公司出资设立拓远国际控股（香港）有限公司，持股100%",
                  "第二层：拓远国际控股（香港）有限公司与泰国暹华实业有限公司共同出资设立拓远汽车科技（泰国）有限公司，分别持股90%、10%"]),
        ("有　效　期", "2年，自2026年3月18日至2028年3月17日"),
    ]
    nrows = sum(2 if r[0] == "PATH" else 1 for r in rows)
    t = doc.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [3.4, 5.2, 3.0, 4.0]
    set_col_widths(t, widths)
    ri = 0
    for r in rows:
        if r[0] == "PATH":
            lab = t.cell(ri, 0).merge(t.cell(ri + 1, 0))
            set_cell(lab, "投资路径", HT, 12, line=18)
            for k, v in enumerate(r[1]):
                c = t.cell(ri + k, 1).merge(t.cell(ri + k, 3))
                set_cell(c, v, FS, 12, align=L, line=18)
                clauses.append("投资路径：" + v)
            ri += 2
            continue
        if isinstance(r[0], tuple):
            (l1, v1), (l2, v2) = r
            set_cell(t.cell(ri, 0), l1, HT, 12, line=18)
            set_cell(t.cell(ri, 1), v1, FS, 12, line=18)
            set_cell(t.cell(ri, 2), l2, HT, 12, line=18)
            set_cell(t.cell(ri, 3), v2, FS, 12, line=18)
            clauses.append("%s：%s；%s：%s" % (l1, v1, l2, v2))
        else:
            lab, val = r
            set_cell(t.cell(ri, 0), lab, HT, 12, line=18)
            c = t.cell(ri, 1).merge(t.cell(ri, 3))
            set_cell(c, val, FS, 12, align=L, line=18)
            clauses.append("%s：%s" % (lab, val))
        row_height(t.rows[ri], 0.8)
        ri += 1

    empty(doc, 1, line=12)
    notes = [
        "请你单位按照以下要求做好相关工作：",
        "1.本通知书是项目投资主体依法办理外汇、海关、出入境管理和税收等相关手续的依据。",
        "2.在有效期内项目未完成境外交割或开工建设的，应在有效期届满前30个工作日内向我委申请延长有效期，"
        "延长期限最长不超过2年。",
        "3.项目实施过程中，投资主体、投资地点、主要内容和规模发生重大变化，或中方投资额变化幅度达到或超过原备案金额20%，"
        "或中方投资额变化1亿美元及以上的，应在有关情况发生前向我委申请变更。",
        "4.项目完成后20个工作日内，请通过全国境外投资管理和服务网络系统报送项目完成情况报告表；"
        "项目实施中遇到重大不利情况的，应在有关情况发生之日起5个工作日内报告。",
    ]
    for n in notes:
        add_par(doc, [(n, FS, 12, False)], line=20, first=Pt(24))
        clauses.append(n)

    empty(doc, 1, line=20)
    p = add_par(doc, [("浙江省发展和改革委员会", FS, 16, False)], align=R, indent=False, line=28)
    p.paragraph_format.right_indent = Pt(32)
    seal_box(p, [("浙江省发展和改革委员会", 9), ("★", 16), ("境外投资备案专用章", 9)],
             x_cm=9.6, y_cm=-1.4, d_cm=4.0)
    p = add_par(doc, [("2026年3月18日", FS, 16, False)], align=R, indent=False, line=28)
    p.paragraph_format.right_indent = Pt(48)
    empty(doc, 1, line=16)
    p = add_par(doc, [("抄送：省商务厅，国家外汇管理局浙江省分局，台州市发展和改革委员会。", FS, 12, False)],
                indent=False, line=20)
    border(p, "top", "000000", 6, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    expected[stem] = [{
        "meta": meta(title="企业境外投资项目备案通知书",
                     doc_number="浙发改境外备字〔2026〕46号",
                     issuer=["浙江省发展和改革委员会"], date="2026-03-18",
                     level="provincial", region="浙江省",
                     effective="2026-03-18", expires="2028-03-17",
                     doc_type="通知书",
                     recipients=["台州拓远汽车零部件股份有限公司"]),
        "clauses": clauses}]


# ======================================================= DOC B 核准批复 (江苏)
def doc_hezhun():
    stem = "blind1085_hezhun_pifu"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1, line=20)
    add_par(doc, [("江苏省发展和改革委员会文件", XBS, 32, False, RED)],
            align=C, indent=False, line=56, before=24)
    empty(doc, 2)
    p = add_par(doc, "苏发改外资发〔2026〕137号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at odd places, three paragraphs
    for part in ("省发展改革委关于无锡华澄新材料集团有",
                 "限公司在塞尔维亚投资建设年产20万吨铝板",
                 "带箔项目核准的批复"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "无锡市发展和改革委员会：", indent=False)

    # first paragraph indented with typed full-width spaces instead of paragraph indent
    t0 = ("你委《关于无锡华澄新材料集团有限公司在塞尔维亚投资建设年产20万吨铝板带箔项目核准的请示》"
          "（锡发改外〔2026〕21号）及相关材料收悉。经研究，现就该项目核准事项批复如下：")
    add_par(doc, "\u3000\u3000" + t0, indent=False)
    clauses.append(t0)

    nid = make_numbering(doc, "%1、")

    def item(parts):
        """parts: list of str or None (manual line break)."""
        runs = [None if x is None else (x, FS, 16, False) for x in parts]
        p = add_par(doc, runs)
        apply_num(p, nid)
        idx = item.n
        item.n += 1
        clauses.append(CN[idx] + "、" + "".join(x for x in parts if x))
    item.n = 0

    item(["为深化我省与塞尔维亚在有色金属加工领域的产能合作，推进高质量共建“一带一路”，同意无锡华澄新材料集团有限公司"
          "（以下简称华澄集团）通过其在新加坡设立的全资子公司华澄国际投资（新加坡）有限公司，在塞尔维亚共和国苏博蒂察市"
          "投资建设年产20万吨铝板带箔项目。项目单位为华澄铝业（塞尔维亚）有限公司。"])
    item(["项目主要建设内容和规模为：新建熔铸、热轧、冷轧及箔轧生产线各1条，配套建设精整、仓储、公用工程及环保设施，"
          "达产后年产铝板带箔20万吨，其中动力电池铝箔6万吨。项目建设期30个月。"])
    item(["项目总投资52800万美元，其中中方投资额52800万美元，由华澄集团以自有资金18800万美元和境内银行贷款34000万美元解决。"
          "项目投资构成如下："])

    header = ["项目", "金额（万美元）", "占比（%）"]
    data = [("建设投资", 43260), ("建设期利息", 2840), ("铺底流动资金", 6700)]
    total = sum(v for _, v in data)
    assert total == 52800
    body_rows = [(n, str(v), "%.2f" % (v * 100.0 / total)) for n, v in data]
    body_rows.append(("合计", str(total), "100.00"))
    assert abs(sum(float(r[2]) for r in body_rows[:-1]) - 100.0) < 0.001
    t = doc.add_table(rows=1 + len(body_rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    for ri, row in enumerate(body_rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    set_col_widths(t, [5.5, 4.5, 4.0])

    item(["请华澄集团在项目实施中严格遵守塞尔维亚相关法律法规，尊重当地风俗习惯，切实履行环境保护、安全生产和劳工权益保护"
          "等社会责任，加强与当地政府和社区沟通，做好境外安全风险防范工作。"])
    item(["本批复文件是该项目办理外汇、海关、出入境管理和税收等相关手续的依据。项目实施中如出现投资主体、投资地点、主要内容和"
          "规模发生重大变化，", None, "或中方投资额变化幅度达到或超过原核准金额20%，或中方投资额变化1亿美元及以上等情形的，"
          "应按规定向我委申请变更。"])
    item(["华澄集团应在项目完成后20个工作日内，通过全国境外投资管理和服务网络系统报送项目完成情况报告表；项目实施过程中遇到"
          "重大不利情况的，应在有关情况发生之日起5个工作日内报告。请你委加强对项目实施的跟踪服务。"])
    item(["本批复文件有效期为2年，自印发之日起计算。在有效期内项目未完成交割或未开工建设的，应在有效期届满前30个工作日内"
          "向我委申请延长有效期。"])

    empty(doc, 2)
    p = add_par(doc, "江苏省发展和改革委员会", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年二月十日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件依申请公开）", indent=True)

    banji(doc, ["抄送：国家发展改革委，省商务厅，国家外汇管理局江苏省分局，中国驻塞尔维亚共和国大使馆经济商务处，"
                "无锡华澄新材料集团有限公司。"],
          "江苏省发展和改革委员会办公室", "2026年2月10日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    expected[stem] = [{
        "meta": meta(title="省发展改革委关于无锡华澄新材料集团有限公司在塞尔维亚投资建设年产20万吨铝板带箔项目核准的批复",
                     doc_number="苏发改外资发〔2026〕137号",
                     issuer=["江苏省发展和改革委员会"], date="2026-02-10",
                     level="provincial", region="江苏省",
                     doc_type="批复",
                     recipients=["无锡市发展和改革委员会"],
                     publicity="此件依申请公开"),
        "clauses": clauses}]


# ======================================================= DOC C 商务厅统计年报通知 (广东)
def doc_tongji():
    stem = "blind1085_tongji_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("广东省商务厅", XBS, 48, False, RED)], align=C, indent=False, line=66, before=12)
    p = add_par(doc, [("粤商务合函〔2026〕23号", FS, 16, False)], align=R, indent=False, before=12)
    p.paragraph_format.right_indent = Pt(16)
    border(p, "bottom", "FF0000", 18, 6, val="thinThickSmallGap")
    empty(doc, 1)
    add_par(doc, [("广东省商务厅关于做好2025年度对外直接", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("投资统计年报工作的通知", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各地级以上市商务主管部门，横琴粤澳深度合作区经济发展局，省有关企业：", indent=False)

    def body(t):
        add_par(doc, t)
        clauses.append(t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])
        clauses.append(h + t)

    body("为全面准确反映我省企业对外直接投资情况，根据商务部、国家统计局、国家外汇管理局《对外直接投资统计调查制度》有关要求，"
         "现就做好2025年度对外直接投资统计年报（以下简称年报）工作通知如下：")
    head("一、填报范围")
    body("截至2025年12月31日，经商务主管部门备案或核准、在境外设立（含并购、参股）企业的我省境内投资主体，均应按要求填报年报。"
         "境外企业已停业、已转让但尚未办理注销手续的，应如实填报并在“备注”栏说明情况。")
    body("深圳市境内投资主体由深圳市商务局按商务部要求组织填报，相关汇总数据同步抄报我厅。")
    head("二、填报内容")
    runin("（一）境外企业基本情况。", "包括境外企业名称、所在国家（地区）、行业类别、投资方式、中方持股比例、最终目的地等。")
    runin("（二）对外直接投资流量和存量。", "按照权责发生制原则，填报2025年度对外直接投资流量、2025年末对外直接投资存量及其构成"
          "（股权投资、收益再投资、债务工具投资）。")
    runin("（三）境外企业经营情况。", "包括年末从业人员数（其中雇用外方人员数）、营业收入、利润总额、纳税总额、进出口额等指标。")
    head("三、工作要求")
    runin("（一）加强组织领导。", "各地商务主管部门要高度重视年报工作，明确分管领导和具体经办人员，逐户通知辖区内境内投资主体，"
          "确保应报尽报、不重不漏。")
    runin("（二）严格时间节点。", "请各地按照附件1的时间安排推进工作，于2026年4月30日前完成辖区内企业年报审核，"
          "并于2026年5月15日前将年报工作总结（含数据分析，纸质版加盖公章）报送我厅对外投资和经济合作处。")
    runin("（三）确保数据质量。", "各地要对企业填报数据进行逐项审核，重点做好以下核查：")
    body("1.逻辑一致性核查。年末存量应与上年末存量、本年流量及其他调整相衔接，流量与存量构成应与财务报表数据相符。")
    body("2.与外汇数据比对。对境外投资外汇登记金额与年报流量差异较大的企业，要督促企业核实并说明原因。")
    body("3.重点企业核查。对附件2所列重点核查企业，要逐户开展数据核对，必要时实地走访。")
    runin("（四）强化结果运用。", "我厅将对各地年报报送及时率、数据准确率进行通报，并作为境外投资促进专项资金安排的参考因素。")
    body("联系人：省商务厅对外投资和经济合作处 林嘉怡，电话：020-38819526，电子邮箱：dwtz@com.gd.gov.cn。")

    # 附件 list aligned with typed spaces
    empty(doc, 1)
    add_par(doc, "附件：1.2025年度对外直接投资统计年报工作时间安排", indent=True)
    add_par(doc, "\u3000\u3000\u3000\u30002.各地市2025年度对外直接投资统计年报任务分解表", indent=False)
    empty(doc, 3)
    p = add_par(doc, "广东省商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月5日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）", indent=True)

    # ---------------- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2025年度对外直接投资统计年报工作时间安排", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    h1 = ["序号", "工作环节", "时间节点", "责任单位"]
    r1 = [
        ("1", "境内投资主体登录商务部业务系统统一平台填报年报", "2026年3月10日—4月15日", "境内投资主体"),
        ("2", "审核辖区内企业年报数据，退回问题数据并督促修改", "2026年4月16日—4月30日", "各地级以上市商务主管部门"),
        ("3", "报送年报工作总结", "2026年5月15日前", "各地级以上市商务主管部门"),
        ("4", "全省数据汇总审核及重点企业数据核查", "2026年5月1日—5月25日", "省商务厅"),
        ("5", "数据质量评估及通报", "2026年6月底前", "省商务厅"),
    ]
    t = doc.add_table(rows=1 + len(r1), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h1):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(r1, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14, align=L if ci == 1 else C)
        row_height(t.rows[ri], 1.4)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(h1, row)))
    set_col_widths(t, [1.5, 6.6, 3.9, 3.6])

    # ---------------- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    add_par(doc, [("各地市2025年度对外直接投资统计年报任务分解表", XBS, 18, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=12)
    data = [
        ("广州市", 1236, 2018, 241, 35), ("珠海市", 305, 498, 61, 8), ("汕头市", 142, 186, 21, 2),
        ("佛山市", 512, 806, 92, 12), ("韶关市", 24, 30, 3, 0), ("河源市", 19, 24, 4, 0),
        ("梅州市", 31, 40, 4, 0), ("惠州市", 198, 287, 40, 5), ("汕尾市", 13, 16, 2, 0),
        ("东莞市", 468, 702, 88, 9), ("中山市", 226, 331, 37, 4), ("江门市", 176, 245, 29, 3),
        ("阳江市", 28, 35, 6, 1), ("湛江市", 58, 79, 10, 1), ("茂名市", 35, 44, 5, 0),
        ("肇庆市", 64, 83, 11, 1), ("清远市", 39, 51, 8, 1), ("潮州市", 47, 58, 6, 0),
        ("揭阳市", 52, 66, 7, 0), ("云浮市", 11, 14, 1, 0),
    ]
    tot = ["全省合计"] + [sum(r[i] for r in data) for i in range(1, 5)]
    rows = [list(r) for r in data] + [tot]
    hdr = ["地区", "应报境内投资主体（家）", "应报境外企业（家）／合计",
           "应报境外企业（家）／其中：2025年新设", "重点核查企业（家）"]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "地区", HT, 12)
    a = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(a, "应报境内投资主体（家）", HT, 12)
    a = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(a, "应报境外企业（家）", HT, 12)
    set_cell(t.cell(1, 2), "合计", HT, 12)
    set_cell(t.cell(1, 3), "其中：2025年新设", HT, 12)
    a = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(a, "重点核查企业（家）", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], str(v), FS, 12, bold=(row[0] == "全省合计"))
        row_height(t.rows[ri], 0.95)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    set_col_widths(t, [2.8, 3.6, 2.8, 3.6, 2.8])
    n1 = "注：1.深圳市数据由深圳市商务局另行组织报送，不列入本表。"
    n2 = "2.重点核查企业指2025年对外直接投资流量1亿美元及以上或2025年末对外直接投资存量5亿美元及以上的境内投资主体。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(36)
    clauses += [n1, n2]

    banji(doc, ["抄送：商务部对外投资和经济合作司，省统计局，国家外汇管理局广东省分局。"],
          "广东省商务厅办公室", "2026年3月5日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    expected[stem] = [{
        "meta": meta(title="广东省商务厅关于做好2025年度对外直接投资统计年报工作的通知",
                     doc_number="粤商务合函〔2026〕23号",
                     issuer=["广东省商务厅"], date="2026-03-05",
                     level="provincial", region="广东省",
                     attachments=["2025年度对外直接投资统计年报工作时间安排",
                                  "各地市2025年度对外直接投资统计年报任务分解表"],
                     doc_type="通知",
                     recipients=["各地级以上市商务主管部门", "横琴粤澳深度合作区经济发展局", "省有关企业"],
                     publicity="此件主动公开"),
        "clauses": clauses}]


if __name__ == "__main__":
    doc_beian()
    doc_hezhun()
    doc_tongji()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("ok")
