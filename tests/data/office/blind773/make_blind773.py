# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 773: 行政处罚裁量基准 (市商务局 / 海关), Word + PDF + expected.json."""
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
R = WD_ALIGN_PARAGRAPH.RIGHT
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
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for frag in ('<w:fldChar %s w:fldCharType="begin"/>',
                 '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                 '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(frag % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.6), Cm(2.4)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    return s


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, line=15):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def fixed_widths(t, widths_cm):
    t.autofit = False
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def jieliang_table(doc, header, groups, widths, clauses, size=10.5, header_rows=None,
                   repeat=True, start_no=1):
    """Discretion-standard table. groups: list of dicts with keys
    act, law, basis and tiers=[(阶次, 情形, 标准), ...].  序号/违法行为/法律依据/处罚依据
    are merged downward over the tiers of one act.  header: clause header names.
    header_rows: list of lists of displayed header cells (None = single row = header)."""
    if header_rows is None:
        header_rows = [header]
    nh = len(header_rows)
    nrows = nh + sum(len(g["tiers"]) for g in groups)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(t, widths)
    # header rows
    if nh == 1:
        for i, h in enumerate(header_rows[0]):
            set_cell(t.rows[0].cells[i], h, HT, size)
            vcenter(t.rows[0].cells[i])
    else:
        # two-level: first four + merged "裁量基准"
        for i in range(4):
            m = t.cell(0, i).merge(t.cell(1, i))
            set_cell(m, header_rows[0][i], HT, size)
            vcenter(m)
        m = t.cell(0, 4).merge(t.cell(0, 6))
        set_cell(m, header_rows[0][4], HT, size)
        for i in range(3):
            set_cell(t.cell(1, 4 + i), header_rows[1][i], HT, size)
    for r in range(nh):
        repeat_header(t.rows[r])
    ri = nh
    no = start_no
    for g in groups:
        n = len(g["tiers"])
        for ci, (val, al) in enumerate(((str(no), C), (g["act"], L), (g["law"], L),
                                        (g["basis"], L))):
            cell = t.cell(ri, ci)
            if n > 1:
                cell = cell.merge(t.cell(ri + n - 1, ci))
            set_cell(cell, val, FS, size, align=al)
            vcenter(cell)
        for k, (lv, sit, std) in enumerate(g["tiers"]):
            set_cell(t.cell(ri + k, 4), lv, FS, size)
            vcenter(t.cell(ri + k, 4))
            set_cell(t.cell(ri + k, 5), sit, FS, size, align=L)
            set_cell(t.cell(ri + k, 6), std, FS, size, align=L)
            vals = [str(no), g["act"], g["law"], g["basis"], lv, sit, std]
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
        ri += n
        no += 1
    return t


def banji(doc, cc, printer, date_txt, tab=15.2):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(tab), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_773", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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
HEAD7 = ["序号", "违法行为", "法律依据", "处罚依据", "裁量阶次", "适用情形", "处罚标准"]


# =================================================================== DOC A
def doc_ningbo():
    stem = "blind773_ningbo_shangwu"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头
    add_par(doc, [("宁波市商务局文件", XBS, 40, False, RED)], align=C, indent=False,
            line=52, before=6)
    empty(doc, 1)
    p = add_par(doc, "甬商务发〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three paragraphs, wrapped at odd places
    for part in ("宁波市商务局关于印发《宁波市商务领域", "行政处罚裁量基准（2026年版）》",
                 "的通知"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区（县、市）商务主管部门，局机关各处室、直属各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为进一步规范全市商务领域行政处罚裁量权行使，根据《中华人民共和国行政处罚法》和《国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见》（国办发〔2022〕27号）等规定，我局对《宁波市商务领域行政处罚裁量基准（2021年版）》进行了修订，形成了《宁波市商务领域行政处罚裁量基准（2026年版）》（以下简称《裁量基准》），现印发给你们，请认真贯彻执行。现将有关事项通知如下：")
    runin("一、准确把握适用原则。", "各级商务主管部门行使行政处罚裁量权，应当坚持过罚相当、宽严相济，综合考虑违法行为的事实、性质、情节、社会危害程度以及当事人主观过错等因素，在《裁量基准》确定的裁量阶次和处罚标准范围内作出处罚决定。违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚；初次违法且危害后果轻微并及时改正的，可以不予行政处罚。")
    runin("二、严格规范裁量程序。", "行政执法人员在案件调查终结后，应当对照《裁量基准》提出裁量建议，并在案件调查终结报告中载明适用的裁量阶次及理由。对情节复杂或者拟作出较大数额罚款的案件，应当经局法制审核机构审核后，提交局行政执法案件集体讨论决定。")
    runin("三、加强监督指导。", "局政策法规处负责《裁量基准》的解释和动态调整工作。中国（浙江）自由贸易试验区宁波片区承担商务执法职能的机构参照执行。")
    runin("四、施行时间。", "本通知自2026年3月1日起施行，有效期至2031年2月28日。《宁波市商务局关于印发〈宁波市商务领域行政处罚裁量基准（2021年版）〉的通知》（甬商务发〔2021〕52号）同时废止。")
    # 附件 list typed with spaces
    add_par(doc, "    附件：宁波市商务领域行政处罚裁量基准（2026年版）", indent=False)
    empty(doc, 1)
    add_par(doc, " " * 38 + "宁波市商务局", indent=False).paragraph_format.keep_with_next = True
    add_par(doc, " " * 37 + "2026年2月6日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ------- attachment in a landscape section
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("宁波市商务领域行政处罚裁量基准（2026年版）", XBS, 20, False)],
            align=C, indent=False, line=34, after=10)
    groups = [
        {"act": "特许人未按规定向商务主管部门备案",
         "law": "《商业特许经营管理条例》第八条第一款：特许人应当自首次订立特许经营合同之日起15日内，依照本条例的规定向商务主管部门备案。",
         "basis": "《商业特许经营管理条例》第二十四条第一款：特许人未依照本条例第八条的规定向商务主管部门备案的，由商务主管部门责令限期备案，处1万元以上5万元以下罚款；逾期仍不备案的，处5万元以上10万元以下罚款，并予以公告。",
         "tiers": [
             ("轻微", "首次违法，自首次订立特许经营合同之日起超过15日未满3个月，在责令期限内完成备案，危害后果轻微的", "不予行政处罚，责令限期备案"),
             ("一般", "超过3个月未备案，或者已订立特许经营合同10份以上，在责令期限内完成备案的", "责令限期备案，处1万元以上3万元以下罚款"),
             ("较重", "未备案期间因特许经营纠纷被投诉举报3次以上，或者造成被特许人较大经济损失的", "责令限期备案，处3万元以上5万元以下罚款"),
             ("严重", "责令限期备案后逾期仍不备案的", "处5万元以上10万元以下罚款，并予以公告"),
         ]},
        {"act": "单用途商业预付卡发卡企业未按规定办理备案",
         "law": "《单用途商业预付卡管理办法（试行）》第七条第一款：发卡企业应在开展单用途卡业务之日起30日内按照下列规定办理备案。",
         "basis": "《单用途商业预付卡管理办法（试行）》第三十六条：发卡企业违反本办法第七条规定的，由违法行为发生地县级以上地方人民政府商务主管部门责令限期改正；逾期仍不改正的，处以1万元以上3万元以下罚款。",
         "tiers": [
             ("轻微", "在责令期限内改正的", "不予行政处罚"),
             ("一般", "逾期仍不改正，发卡金额累计在50万元以下的", "处1万元以上2万元以下罚款"),
             ("严重", "逾期仍不改正，发卡金额累计超过50万元，或者因未备案引发群体性投诉的", "处2万元以上3万元以下罚款"),
         ]},
        {"act": "再生资源回收经营者未按规定备案",
         "law": "《再生资源回收管理办法》第七条第一款：从事再生资源回收经营活动，应当在取得营业执照后30日内，按属地管理原则，向登记注册地工商行政管理部门的同级商务主管部门或者其授权机构备案。",
         "basis": "《再生资源回收管理办法》第二十三条：违反本办法第七条规定，由县级以上人民政府商务主管部门给予警告，责令其限期改正；逾期拒不改正的，可视情节轻重，对再生资源回收经营者处500元以上2000元以下罚款，并可向社会公告。",
         "tiers": [
             ("轻微", "首次被发现，在责令期限内改正的", "给予警告，责令限期改正"),
             ("一般", "逾期拒不改正，经营场所面积在200平方米以下的", "处500元以上1000元以下罚款"),
             ("严重", "逾期拒不改正，经营场所面积超过200平方米，或者回收废旧金属等生产性废旧物资的", "处1000元以上2000元以下罚款，并向社会公告"),
         ]},
    ]
    jieliang_table(doc, HEAD7, groups, [1.0, 3.0, 5.0, 5.6, 1.6, 4.6, 3.9], clauses, size=10.5)
    notes = ["注：1.本基准所称“以上”“以下”，均包括本数。",
             "2.当事人有《中华人民共和国行政处罚法》第三十二条规定情形的，应当依法从轻或者减轻处罚；有从重情节的，在相应裁量阶次内从重处罚。"]
    p = doc.add_paragraph()
    font(p.add_run(notes[0]), FS, 12)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("    " + notes[1]), FS, 12)   # typed spaces to line up under "1."
    fmt(p, indent=False, line=20, before=6)
    clauses.extend(notes)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于印发《宁波市商务领域行政处罚裁量基准（2026年版）》的通知",
            "doc_number": "甬商务发〔2026〕7号",
            "issuer": ["宁波市商务局"],
            "date": "2026-02-06",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-03-01",
            "expires": "2031-02-28",
            "attachments": ["宁波市商务领域行政处罚裁量基准（2026年版）"],
            "doc_type": "通知",
            "recipients": ["各区（县、市）商务主管部门", "局机关各处室", "直属各单位"],
            "publicity": "此件公开发布",
            "repeals": "《宁波市商务局关于印发〈宁波市商务领域行政处罚裁量基准（2021年版）〉的通知》（甬商务发〔2021〕52号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_nanning():
    stem = "blind773_nanning_haiguan"
    doc = Document()
    setup(doc)
    clauses = []
    n_item1 = make_numbering(doc, "（%1）")
    n_item2 = make_numbering(doc, "（%1）")

    # 份号 top-left
    add_par(doc, [("000086", HT, 16, False)], indent=False)
    add_par(doc, [("南宁海关文件", XBS, 44, False, RED)], align=C, indent=False,
            line=48)
    empty(doc, 1, line=20)
    p = add_par(doc, "南宁关发〔2026〕11号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("南宁海关关于印发《南宁海关部分常见"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("违法行为行政处罚裁量基准（试行）》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34, after=10)
    add_par(doc, "各隶属海关，关机关各处室，缉私局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    cnt = {}

    def item(nid, t, h=""):
        cnt[nid] = cnt.get(nid, 0) + 1
        clauses.append("（%s）%s%s" % (CN[cnt[nid] - 1], h, t))
        runs = []
        if h:
            runs.append((h, KT, 16, True))
        runs.append((t, FS, 16, False))
        p = add_par(doc, runs, first=Pt(32))
        apply_num(p, nid)

    body("为进一步规范关区海关行政处罚裁量权的行使，统一执法尺度，根据《中华人民共和国行政处罚法》《中华人民共和国海关行政处罚实施条例》以及海关总署关于规范行政处罚裁量权的有关规定，结合中国（广西）自由贸易试验区和西部陆海新通道建设实际，南宁海关制定了《南宁海关部分常见违法行为行政处罚裁量基准（试行）》（以下简称《基准》），现印发给你们，请遵照执行。有关要求通知如下：")
    head("一、适用范围")
    item(n_item1, "《基准》适用于南宁海关及所属各隶属海关办理的违反海关监管规定的行政处罚案件。")
    item(n_item1, "《基准》未列明的违法行为，按照海关总署发布的行政处罚裁量基准执行；海关总署对同一违法行为另有规定的，以海关总署规定为准。")
    head("二、工作要求")
    item(n_item2, "各单位办理案件时，应当先确定违法行为对应的裁量阶次，再在该阶次处罚标准幅度内综合考量情节作出处罚，不得超出幅度处罚。", "严格对标适用。")
    item(n_item2, "行政处罚告知单和行政处罚决定书中应当载明适用的裁量阶次和理由。适用不予行政处罚或者减轻行政处罚的，应当在案件审理意见中予以重点说明。", "落实说明理由制度。")
    item(n_item2, "关法规处要会同缉私局法制处定期对《基准》执行情况开展评估，各单位在执行中发现的问题请及时报关法规处。", "加强跟踪评估。")
    head("三、施行期限")
    body("《基准》自2026年5月1日起试行，试行期至2028年4月30日。")
    # 附件 list with hanging alignment typed by full-width spaces
    add_par(doc, "附件：南宁海关部分常见违法行为行政处罚裁量基准" + "\n" + "\u3000" * 3 + "（试行）",
            first=Pt(32))
    empty(doc, 1)
    p = add_par(doc, "南宁海关", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2026年4月15日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ------- attachment: landscape section, split manually into two tables with 续表
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("南宁海关部分常见违法行为行政处罚裁量基准（试行）", XBS, 20, False)],
            align=C, indent=False, line=32, after=8)
    head_rows = [["序号", "违法行为", "法律依据", "处罚依据", "裁量基准"],
                 ["裁量阶次", "适用情形", "处罚标准"]]
    hdr = ["序号", "违法行为", "法律依据", "处罚依据",
           "裁量基准／裁量阶次", "裁量基准／适用情形", "裁量基准／处罚标准"]
    widths = [1.0, 2.8, 4.6, 6.4, 1.8, 4.4, 3.7]
    g1 = {"act": "进出口货物申报不实，影响海关统计准确性",
          "law": "《中华人民共和国海关法》第二十四条第一款：进口货物的收货人、出口货物的发货人应当向海关如实申报，交验进出口许可证件和有关单证。",
          "basis": "《中华人民共和国海关行政处罚实施条例》第十五条第（一）项：进出口货物的品名、税则号列、数量、规格、价格、贸易方式、原产地、启运地、运抵地、最终目的地或者其他应当申报的项目未申报或者申报不实的，分别依照下列规定予以处罚，有违法所得的，没收违法所得：（一）影响海关统计准确性的，予以警告或者处1000元以上1万元以下罚款；",
          "tiers": [
              ("不予处罚", "首次违法，申报价格与实际价格差额在100万元以下，或者差额占实际价格比例在5%以下，且在海关发现前主动改正的", "不予行政处罚"),
              ("从轻处罚", "申报价格差额在100万元以上500万元以下，且主动配合海关调查的", "予以警告或者处1000元以上3000元以下罚款"),
              ("一般处罚", "申报价格差额在500万元以上1000万元以下的", "处3000元以上6000元以下罚款"),
              ("从重处罚", "申报价格差额在1000万元以上，或者1年内因同一违法行为被处罚2次以上的", "处6000元以上1万元以下罚款"),
          ]}
    g2 = {"act": "未经海关许可擅自处置海关监管货物",
          "law": "《中华人民共和国海关法》第三十七条第一款：海关监管货物，未经海关许可，不得开拆、提取、交付、发运、调换、改装、抵押、质押、留置、转让、更换标记、移作他用或者进行其他处置。",
          "basis": "《中华人民共和国海关行政处罚实施条例》第十八条第一款第（一）项：有下列行为之一的，处货物价值5%以上30%以下罚款，有违法所得的，没收违法所得：（一）未经海关许可，擅自将海关监管货物开拆、提取、交付、发运、调换、改装、抵押、质押、留置、转让、更换标记、移作他用或者进行其他处置的；",
          "tiers": [
              ("减轻处罚", "已补办海关手续或者已依法缴纳税款，未造成国家税款流失，且当事人主动消除违法后果的", "处货物价值5%以下罚款"),
              ("一般处罚", "擅自处置的货物价值在50万元以下的", "处货物价值5%以上15%以下罚款"),
              ("从重处罚", "擅自处置的货物价值在50万元以上，或者拒不配合海关调查的", "处货物价值15%以上30%以下罚款"),
          ]}
    g3 = {"act": "个人携带超过合理数量的自用物品进出境未向海关申报",
          "law": "《中华人民共和国海关法》第四十六条：个人携带进出境的行李物品、邮寄进出境的物品，应当以自用、合理数量为限，并接受海关监管。",
          "basis": "《中华人民共和国海关行政处罚实施条例》第十九条第（二）项：有下列行为之一的，予以警告，可以处物品价值20%以下罚款，有违法所得的，没收违法所得：……（二）个人运输、携带、邮寄超过合理数量的自用物品进出境未向海关申报的；",
          "tiers": [
              ("不予处罚", "首次违法，超出合理数量部分的物品价值在5000元以下，且当场主动补办申报手续的", "不予行政处罚，责令退运或者依法补税"),
              ("一般处罚", "超出部分物品价值在5000元以上2万元以下的", "予以警告，可以处物品价值10%以下罚款"),
              ("从重处罚", "超出部分物品价值在2万元以上，或者采用分散携带、藏匿等方式逃避海关监管但尚不构成走私的", "予以警告，处物品价值10%以上20%以下罚款"),
          ]}
    jieliang_table(doc, hdr, [g1, g2], widths, clauses, size=10, header_rows=head_rows)
    # manual continuation: page break, "续表", header typed again
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22).paragraph_format.page_break_before = True
    jieliang_table(doc, hdr, [g3], widths, clauses, size=10, header_rows=head_rows,
                   start_no=3)
    note = "说明：货物价值、物品价值以海关审定的完税价格为准；申报价格差额按人民币计算。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)
    banji(doc, "抄送：海关总署政策法规司，广西壮族自治区司法厅。", "南宁海关办公室",
          "2026年4月15日印发", tab=24.2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁海关关于印发《南宁海关部分常见违法行为行政处罚裁量基准（试行）》的通知",
            "doc_number": "南宁关发〔2026〕11号",
            "issuer": ["南宁海关"],
            "date": "2026-04-15",
            "published": None,
            "level": "other",
            "region": "广西壮族自治区",
            "effective": "2026-05-01",
            "expires": "2028-04-30",
            "attachments": ["南宁海关部分常见违法行为行政处罚裁量基准（试行）"],
            "doc_type": "通知",
            "recipients": ["各隶属海关", "关机关各处室", "缉私局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_urumqi():
    stem = "blind773_wulumuqi_jiliang"
    doc = Document()
    setup(doc)
    sec = doc.sections[0]
    sec.top_margin, sec.bottom_margin = Cm(2.54), Cm(2.54)   # left at Word default
    clauses = []

    # web version: no 红头; title in two paragraphs, 文号 under the title on the right
    add_par(doc, [("乌鲁木齐市商务局关于印发《乌鲁木齐市", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("商务行政处罚裁量权基准》的通知", XBS, 22, False)], align=C,
            indent=False, line=34)
    p = add_par(doc, [("乌商务发〔2026〕3号", KT, 16, False)], align=R, indent=False,
                before=8)
    p.paragraph_format.right_indent = Pt(16)
    add_par(doc, "各区（县）商务主管部门，市商务局机关各处室：", indent=False)

    def body(t, store=None):
        clauses.append(store if store is not None else t)
        add_par(doc, IND + t, indent=False)   # indent typed with full-width spaces

    body("为贯彻落实《中华人民共和国行政处罚法》和国务院办公厅关于规范行政裁量权基准制定和管理工作的要求，推进中国（新疆）自由贸易试验区乌鲁木齐片区法治化营商环境建设，服务丝绸之路经济带核心区建设，市商务局制定了《乌鲁木齐市商务行政处罚裁量权基准》(以下简称《基准》)，现印发给你们，请结合实际认真抓好贯彻落实。")
    body("1.各区（县）商务主管部门要组织执法人员认真学习《基准》内容，准确把握适用情形，确保裁量基准在执法办案中落实到位。")
    body("2.对适用《基准》中不予行政处罚情形的当事人，要加强教育引导，督促其及时改正违法行为，做到“罚”“教”结合。")
    body("3.执行中遇到的问题，请及时反馈市商务局市场秩序处(联系电话：0991-4658213)。")
    # 附件 list: two items, second one lined up with typed full-width spaces
    p = doc.add_paragraph()
    font(p.add_run(IND + "附件：1.乌鲁木齐市商务行政处罚裁量权基准适用规则"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + "\u3000\u3000\u30002.乌鲁木齐市商务行政处罚裁量权基准表"), FS, 16)
    fmt(p, indent=False)
    empty(doc, 1)
    # 落款 via tabs
    p = add_par(doc, "\t乌鲁木齐市商务局", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    p = add_par(doc, "\t二〇二六年一月二十日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.0))
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ------- 附件1 on its own page, 第X条 articles
    add_par(doc, [("附件1", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("乌鲁木齐市商务行政处罚裁量权基准适用规则", XBS, 20, False)],
            align=C, indent=False, line=34, after=6)

    def art(no, t, items=()):
        clauses.append(no + "\u3000" + t + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + t, FS, 16, False)], line=26)
        for it in items:
            add_par(doc, it, line=26)

    art("第一条", "为规范全市商务主管部门行政处罚裁量权的行使，根据《中华人民共和国行政处罚法》和《国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见》等规定，制定本规则。")
    art("第二条", "本市各级商务主管部门实施行政处罚，适用本规则和《乌鲁木齐市商务行政处罚裁量权基准表》（以下简称《基准表》）。")
    art("第三条", "当事人有下列情形之一的，不予行政处罚：",
        ["（一）违法行为轻微并及时改正，没有造成危害后果的；",
         "（二）当事人有证据足以证明没有主观过错的，法律、行政法规另有规定的除外；",
         "（三）违法行为在二年内未被发现的，法律另有规定的除外。"])
    art("第四条", "当事人有下列情形之一的，应当从轻或者减轻行政处罚：",
        ["（一）主动消除或者减轻违法行为危害后果的；",
         "（二）受他人胁迫或者诱骗实施违法行为的；",
         "（三）主动供述行政机关尚未掌握的违法行为的；",
         "（四）配合行政机关查处违法行为有立功表现的。"])
    art("第五条", "从轻处罚应当在法定处罚幅度的中间值以下确定处罚数额；减轻处罚应当在法定最低罚款数额以下确定处罚数额。")
    art("第六条", "本规则由乌鲁木齐市商务局负责解释，自2026年2月1日起施行。")

    # ------- 附件2 on its own page, table
    add_par(doc, [("附件2", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("乌鲁木齐市商务行政处罚裁量权基准表", XBS, 20, False)],
            align=C, indent=False, line=34, after=8)
    groups = [
        {"act": "汽车供应商、经销商未按规定报送基本信息",
         "law": "《汽车销售管理办法》第二十四条第一款：供应商、经销商应当在取得营业执照之日起90日内通过国务院商务主管部门全国汽车流通信息管理系统备案基本信息。",
         "basis": "《汽车销售管理办法》第二十八条：违反本办法第二十四条规定的，由县级以上地方商务主管部门责令改正，并可给予警告或者1万元以下罚款。",
         "tiers": [
             ("轻微", "首次违法，超过规定期限未满30日且在责令期限内改正的", "不予行政处罚，责令改正"),
             ("一般", "超过规定期限30日以上，在责令期限内改正的", "责令改正，给予警告或者处3000元以下罚款"),
             ("严重", "拒不改正，或者报送虚假信息的", "责令改正，处3000元以上1万元以下罚款"),
         ]},
        {"act": "报废机动车回收企业未如实记录、上传报废机动车回收拆解信息",
         "law": "《报废机动车回收管理办法》第十二条第二款：回收企业应当如实记录本企业回收的报废机动车“五大总成”等主要部件的数量、型号、流向等信息，并上传至报废机动车回收信息系统。",
         "basis": "《报废机动车回收管理办法》第二十二条：回收企业违反本办法第十二条第二款规定的，由县级以上地方人民政府商务主管部门责令改正，处1万元以上5万元以下罚款；情节严重的，责令停业整顿。",
         "tiers": [
             ("一般", "涉及报废机动车10辆以下的", "责令改正，处1万元以上2万元以下罚款"),
             ("较重", "涉及报废机动车10辆以上30辆以下的", "责令改正，处2万元以上4万元以下罚款"),
             ("严重", "涉及报废机动车30辆以上，或者2年内因同一违法行为受过行政处罚的", "责令改正，处4万元以上5万元以下罚款；情节严重的，责令停业整顿"),
         ]},
        {"act": "零售商开展促销活动未在经营场所显著位置明示促销内容",
         "law": "《零售商促销行为管理办法》第六条：零售商开展促销活动，应当在经营场所的显著位置明示促销内容，促销内容应当包括促销原因、促销方式、促销规则、促销期限、促销商品的范围，以及相关限制性条件等。",
         "basis": "《零售商促销行为管理办法》第二十三条：违反本办法规定，法律法规有规定的，从其规定；没有规定的，责令改正，有违法所得的，可处违法所得3倍以下罚款，但最高不超过3万元；没有违法所得的，可处1万元以下罚款；并可予以公告。",
         "tiers": [
             ("轻微", "首次违法，在责令期限内改正，未造成消费者损失的", "不予行政处罚，责令改正"),
             ("一般", "没有违法所得，引发消费者投诉5次以下的", "责令改正，处5000元以下罚款"),
             ("严重", "有违法所得，或者引发消费者投诉5次以上的", "责令改正，有违法所得的，处违法所得3倍以下罚款，但最高不超过3万元；没有违法所得的，处5000元以上1万元以下罚款，并予以公告"),
         ]},
    ]
    jieliang_table(doc, HEAD7, groups, [0.9, 2.0, 3.1, 3.2, 1.3, 2.8, 2.3], clauses, size=10)
    note = "备注：裁量阶次中“以上”包括本数，“以下”不包括本数。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "乌鲁木齐市商务局关于印发《乌鲁木齐市商务行政处罚裁量权基准》的通知",
            "doc_number": "乌商务发〔2026〕3号",
            "issuer": ["乌鲁木齐市商务局"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "乌鲁木齐市",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": ["乌鲁木齐市商务行政处罚裁量权基准适用规则",
                            "乌鲁木齐市商务行政处罚裁量权基准表"],
            "doc_type": "通知",
            "recipients": ["各区（县）商务主管部门", "市商务局机关各处室"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_nanning(), doc_urumqi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
