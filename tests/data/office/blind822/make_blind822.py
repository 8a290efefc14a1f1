# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 822: 保税维修业务监管 (公告+维修产品目录 / 管理办法+流程说明 / 请示+产品清单),
Word + PDF + expected.json."""
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
IND = "\u3000\u3000"


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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


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
    # page number footer "— 1 —"
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.gridCol_lst, widths):
        gc.w = Cm(w)
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def merge_vertical(table, col, r0, r1, text, **kw):
    c = table.cell(r0, col).merge(table.cell(r1, col))
    set_cell(c, text, **kw)
    return c


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_822", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [820]


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
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"

expected = {}


# =================================================================== DOC A
def doc_gonggao():
    """商务部 生态环境部 海关总署联合公告 + 附件 维修产品目录 (merged 备注, repeated header)."""
    stem = "blind822_zongshu_gonggao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("商务部 生态环境部 海关总署公告", XBS, 26, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    p = add_par(doc, "2026年第9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=8)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title: one paragraph, Shift+Enter at an odd place (inside the 《》)
    p = doc.add_paragraph()
    font(p.add_run("关于发布《综合保税区维修产品目录"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（2026年版）》的公告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    items = [0]

    def item(t):
        items[0] += 1
        clauses.append(CN[items[0] - 1] + "、" + t)
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_head)

    body("为支持综合保税区内企业开展保税维修业务，根据《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）等有关规定，商务部、生态环境部、海关总署对综合保税区维修产品目录进行了调整完善，形成《综合保税区维修产品目录（2026年版）》（以下简称《目录》，见附件）。现就有关事项公告如下：")
    item("综合保税区内企业可以对《目录》所列产品开展保税维修业务，包括“两头在外”的全球维修业务和本企业（集团）境内生产出口产品的返区维修业务。《目录》以外的产品，不得以保税方式开展维修业务。")
    item("企业开展保税维修业务，应当具有相适应的场所、设备和专业技术人员，与海关计算机联网，并建立维修产品、料件、副产品和固体废物的电子台账，实现全程可追溯。")
    item("禁止以保税维修名义开展下列业务：（1）进口国家禁止进口的旧机电产品和固体废物；（2）待维修货物维修后不复运出境，擅自在境内销售或者转作他用；（3）对待维修货物进行拆解、翻新后作为零部件或者原料使用。")
    item("维修副产品应当全部复运出境，不得内销；维修产生的固体废物确实无法复运出境的，应当依法利用处置。")
    item("海关对保税维修业务实施电子账册管理。待维修货物进出综合保税区，企业应当以“保税维修”(代码1371)监管方式向海关申报，并自进境之日起6个月内复运出境；因特殊情况需要延期的，延长期限最长不超过6个月。")
    item("各地商务、生态环境主管部门和各直属海关应当加强协同配合，建立联合监管机制，对违反本公告规定的企业依法依规处理；情节严重的，暂停其保税维修业务。")
    item("本公告自2026年3月1日起施行。《商务部 生态环境部 海关总署关于发布〈综合保税区维修产品目录〉的公告》（2022年第38号）同时废止。")
    add_par(doc, "特此公告。")
    add_par(doc, "附件：综合保税区维修产品目录（2026年版）")
    empty(doc, 1)
    # 落款: three organs on one line, typed spaces; date in Chinese numerals
    p = add_par(doc, "商务部　　　生态环境部　　　海关总署", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "二〇二六年二月十二日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("综合保税区维修产品目录（2026年版）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=12)

    headers = ["序号", "商品编码", "商品名称", "备注"]
    data = [
        ("8411121000", "推力超过25千牛顿的涡轮喷气发动机"),
        ("8411220000", "功率超过1100千瓦的涡轮螺桨发动机"),
        ("8411910000", "涡轮喷气发动机或涡轮螺桨发动机用的零件"),
        ("8807100000", "飞机、直升机或无人驾驶航空器的推进器、水平旋翼及其零件"),
        ("8807200000", "飞机、直升机或无人驾驶航空器的起落架及其零件"),
        ("8807300000", "飞机、直升机或无人驾驶航空器的其他零件"),
        ("9014201000", "航空或航天用自动驾驶仪"),
        ("8471300000", "重量不超过10千克的便携式自动数据处理设备"),
        ("8471410000", "同一机壳内至少有一个中央处理部件及一个输入和输出部件的其他自动数据处理设备"),
        ("8471500000", "自动数据处理设备的处理部件"),
        ("8517130000", "智能手机"),
        ("8517620000", "接收、转换并且发送或再生声音、图像或其他数据用的设备"),
        ("8443319090", "其他具有打印、复印或传真中两种及以上功能的机器"),
        ("8486201000", "制造半导体器件或集成电路用的氧化、扩散、退火及其他热处理设备"),
        ("8486202100", "制造半导体器件或集成电路用的化学气相沉积装置"),
        ("8486203100", "制造半导体器件或集成电路用的分步重复光刻机"),
        ("8486909900", "品目8486所列机器及装置用的其他零件及附件"),
        ("9018121000", "彩色超声波诊断仪"),
        ("9018130000", "磁共振成像装置"),
        ("9022120000", "X射线断层检查仪"),
        ("9018193000", "病员监护仪"),
        ("8479501000", "多功能工业机器人"),
        ("9031809090", "其他测量或检验仪器、器具及机器"),
        ("8507600090", "其他锂离子蓄电池"),
    ]
    # 备注 groups (1-based row ranges, merged vertically)
    notes = [
        (1, 6, "维修单位应取得民航维修许可证书"),
        (7, 7, "限航空器机载设备"),
        (8, 12, "含整机及其主要部件"),
        (13, 13, "不含墨盒、硒鼓等耗材"),
        (14, 17, "限集成电路、新型显示等产业链配套企业"),
        (18, 21, "不含放射源，涉及医疗器械的应符合医疗器械监督管理有关规定"),
        (22, 23, "限智能制造装备"),
        (24, 24, "限新能源汽车动力电池，维修后须全部复运出境"),
    ]
    note_of = {}
    for a, b, t in notes:
        for i in range(a, b + 1):
            note_of[i] = t

    t = doc.add_table(rows=1 + len(data), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.3, 3.4, 7.1, 3.8])
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, (code, name) in enumerate(data, 1):
        set_cell(t.rows[ri].cells[0], str(ri))
        set_cell(t.rows[ri].cells[1], code)
        set_cell(t.rows[ri].cells[2], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        cant_split(t.rows[ri])
        clauses.append(row_clause(headers, [str(ri), code, name, note_of[ri]]))
    for a, b, txt in notes:
        if a == b:
            set_cell(t.rows[a].cells[3], txt, align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            merge_vertical(t, 3, a, b, txt, align=WD_ALIGN_PARAGRAPH.LEFT)
    # notes under the table (smaller font, no first-line indent)
    n1 = "注：1.本目录“商品编码”“商品名称”依据《中华人民共和国进出口税则（2026）》确定，商品名称仅供参考，具体以商品编码对应的税则商品名称为准。"
    n2 = "2.《目录》实施动态调整，商务部、生态环境部、海关总署将根据产业发展和监管实际适时更新。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=6)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend([n1, n2])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于发布《综合保税区维修产品目录（2026年版）》的公告",
            "doc_number": "商务部 生态环境部 海关总署公告2026年第9号",
            "issuer": ["商务部", "生态环境部", "海关总署"],
            "date": "2026-02-12",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["综合保税区维修产品目录（2026年版）"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": "《商务部 生态环境部 海关总署关于发布〈综合保税区维修产品目录〉的公告》（2022年第38号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_jiangsu():
    """江苏省商务厅 南京海关 联合红头 通知 + 附件 办法（章/条，条内（一）项）."""
    stem = "blind822_jiangsu_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 版头: borderless 2x2 table, organs stacked left, 文件 merged right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [10.5, 4.0])
    set_cell(t.cell(0, 0), "江苏省商务厅", XBS, 34, color=RED, line=46,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.cell(1, 0), "南  京  海  关", XBS, 34, color=RED, line=46,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    c = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(c, "文件", XBS, 46, color=RED, line=56)
    empty(doc, 1)
    p = add_par(doc, "苏商贸〔2026〕87号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title over three paragraphs, broken at odd places
    for part in ("江苏省商务厅 南京海关关于印发《江苏省",
                 "综合保税区保税维修业务管理办法（试行）》",
                 "的通知"):
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，南京海关各隶属海关，各综合保税区管理机构：", indent=False)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    body("为贯彻落实《商务部 生态环境部 海关总署关于发布〈综合保税区维修产品目录（2026年版）〉的公告》（2026年第9号）要求，支持我省综合保税区内企业有序开展保税维修业务，推动中国（江苏）自由贸易试验区南京、苏州、连云港片区和全省综合保税区提升开放能级，省商务厅、南京海关研究制定了《江苏省综合保税区保税维修业务管理办法（试行）》，现印发给你们，请结合实际认真贯彻执行。")
    body("各地在执行过程中遇到的问题，请及时向省商务厅（对外贸易发展处）、南京海关（加工贸易监管处）反映。")
    empty(doc, 1)
    add_par(doc, "附件：江苏省综合保税区保税维修业务管理办法（试行）")
    empty(doc, 3)
    # 落款: two organs on one line with tab stops
    p = add_par(doc, "\t江苏省商务厅\t南京海关", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.0))
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年3月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件: 办法
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("江苏省综合保税区保税维修业务", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("管理办法（试行）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def article(no, text, subitems=()):
        clauses.append(no + "\u3000" + text + "".join(subitems))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for s in subitems:
            add_par(doc, s)

    chapter("第一章　总　　则")
    article("第一条", "为规范我省综合保税区保税维修业务管理，根据《中华人民共和国海关综合保税区管理办法》和国家有关规定，结合我省实际，制定本办法。")
    article("第二条", "本办法所称保税维修，是指综合保税区内企业（以下简称维修企业）以保税方式将待维修货物从境外或者境内区外运入综合保税区进行检测、维修后复运出境或者复运回境内区外的业务。")
    chapter("第二章　业务准入")
    article("第三条", "申请开展保税维修业务的企业应当符合下列条件：", [
        "（一）在综合保税区内依法注册登记，具有独立法人资格；",
        "（二）具备维修业务所需的场所、设备和技术人员；",
        "（三）海关信用等级为一般信用及以上；",
        "（四）近两年内未受到生态环境部门重大行政处罚。",
    ])
    article("第四条", "企业应当向所在地设区市商务局提交业务申请及维修产品清单、固体废物处置方案等材料。设区市商务局应当自受理之日起10个工作日内会同主管海关、生态环境部门完成审核。")
    chapter("第三章　监督管理")
    article("第五条", "维修企业应当在主管海关设立保税维修专用电子账册，对待维修货物、维修用料件、维修副产品及固体废物分别记账。")
    article("第六条", "待维修货物进出综合保税区，应当按照“保税维修”（代码1371）监管方式向海关申报，自入区之日起6个月内复运出区。")
    article("第七条", "维修副产品应当全部复运出境。维修产生的固体废物确实无法复运出境的，应当依法进行无害化处置；属于危险废物的，交由持有危险废物经营许可证的单位处置。")
    chapter("第四章　附　　则")
    article("第八条", "本办法由江苏省商务厅、南京海关负责解释。")
    article("第九条", "本办法自2026年4月1日起施行，有效期至2028年3月31日。")

    banji(doc, "抄送：商务部对外贸易司，海关总署综合业务司，省生态环境厅。",
          "江苏省商务厅办公室", "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江苏省商务厅 南京海关关于印发《江苏省综合保税区保税维修业务管理办法（试行）》的通知",
            "doc_number": "苏商贸〔2026〕87号",
            "issuer": ["江苏省商务厅", "南京海关"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": ["江苏省综合保税区保税维修业务管理办法（试行）"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "南京海关各隶属海关", "各综合保税区管理机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_chongqing():
    """重庆市商务委员会 请示 (特急, 签发人) + 附件1 企业及产品清单 (two-level header, merges)
    + 附件2 监管流程说明 (表格, merged cells)."""
    stem = "blind822_chongqing_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("重庆市商务委员会文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    # 文号 and 签发人 on one line, aligned with typed half-width spaces
    p = add_par(doc, [("渝商务〔2025〕412号", FS, 16, False), (" " * 20, FS, 16, False),
                      ("签发人：", FS, 16, False), ("周　敏", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    add_par(doc, [("重庆市商务委员会关于支持西永综合保税区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("企业开展保税维修业务的请示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "商务部：", indent=False)

    # indentation typed as full-width spaces, no first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("西永综合保税区位于重庆市沙坪坝区，是中西部地区重要的笔记本电脑、智能终端生产基地，2024年实现进出口总额2315.6亿元。为发挥中国（重庆）自由贸易试验区和西部陆海新通道、中欧班列（成渝）的通道优势，服务共建“一带一路”国家和地区客户，现就支持区内企业开展保税维修业务有关事项请示如下：")
    head("一、基本情况")
    body("经我委会同重庆海关、市生态环境局摸底调查，区内共有4家企业申请开展保税维修业务，拟维修产品4大类8项，预计2026年维修货值约3.86亿美元。上述企业均为海关高级认证企业，并已制定固体废物处置方案（详见附件1）。")
    head("二、请示事项")
    i1 = "（一）支持区内企业按照《综合保税区维修产品目录（2026年版）》开展笔记本电脑、服务器等产品的全球维修业务。"
    i2 = "（二）将液晶平板显示模组（商品编码8524910000）纳入综合保税区维修产品目录。"
    # two items typed in one paragraph with Shift+Enter
    p = doc.add_paragraph()
    font(p.add_run(IND + i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + i2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([i1, i2])
    body("（三）支持经西部陆海新通道、中欧班列（成渝）进出境的待维修货物适用“铁路快通”模式。")
    head("三、保障措施")
    body("我委将会同重庆海关、市生态环境局、沙坪坝区人民政府建立联合监管机制（监管流程详见附件2），坚决防止以维修名义进口固体废物和旧机电产品。")
    add_par(doc, IND + "妥否，请批示。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：1．西永综合保税区拟开展保税维修业务企业及产品清单", indent=False)
    add_par(doc, "\u3000" * 5 + "2．西永综合保税区保税维修业务监管流程说明", indent=False)
    empty(doc, 1)
    add_par(doc, " " * 38 + "重庆市商务委员会", indent=False)
    add_par(doc, " " * 40 + "2025年12月8日", indent=False)
    add_par(doc, IND + "（联系人：黄　磊　　联系电话：023-63662745）", indent=False)

    # ---------------- 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("西永综合保税区拟开展保税维修业务", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("企业及产品清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("单位：万美元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)

    hdr = ["序号", "企业名称", "拟维修产品／商品编码", "拟维修产品／商品名称",
           "预计年维修货值", "备注"]
    data = [
        # (序号, 企业, 编码, 名称, 货值, 备注)
        ("1", "重庆华擎智联电子有限公司", "8471300000", "便携式自动数据处理设备（笔记本电脑）", "12500", "全球维修"),
        ("1", "重庆华擎智联电子有限公司", "8471410000", "其他自动数据处理设备（台式电脑）", "3200", "全球维修"),
        ("2", "重庆鸿拓精密科技有限公司", "8471300000", "便携式自动数据处理设备（笔记本电脑）", "8600", "本企业出口产品返区维修"),
        ("2", "重庆鸿拓精密科技有限公司", "8471500000", "自动数据处理设备的处理部件", "2100", "本企业出口产品返区维修"),
        ("3", "重庆西永瑞达服务器科技有限公司", "8471500000", "自动数据处理设备的处理部件（服务器）", "5400", "全球维修"),
        ("3", "重庆西永瑞达服务器科技有限公司", "8471700000", "自动数据处理设备的存储部件", "1800", "全球维修"),
        ("4", "重庆京渝光电显示有限公司", "8524910000", "其他液晶的平板显示模组", "4300", "目录外产品，本次申请纳入"),
        ("4", "重庆京渝光电显示有限公司", "8471300000", "便携式自动数据处理设备（平板电脑）", "700", "本企业出口产品返区维修"),
    ]
    t = doc.add_table(rows=2 + len(data), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.2, 2.9, 3.4, 4.0, 1.9, 2.2])
    # two-level header
    for ci, h in ((0, "序号"), (1, "企业名称"), (4, "预计年维修货值"), (5, "备注")):
        merge_vertical(t, ci, 0, 1, h, name=HT, size=12)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "拟维修产品", HT, 12)
    set_cell(t.cell(1, 2), "商品编码", HT, 12)
    set_cell(t.cell(1, 3), "商品名称", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(data, 2):
        set_cell(t.cell(ri, 2), row[2])
        set_cell(t.cell(ri, 3), row[3], align=WD_ALIGN_PARAGRAPH.LEFT)
        set_cell(t.cell(ri, 4), row[4])
        clauses.append(row_clause(hdr, row))
    # 序号 / 企业名称 merged per enterprise; 备注 merged where equal
    for k in range(4):
        r0 = 2 + 2 * k
        merge_vertical(t, 0, r0, r0 + 1, data[2 * k][0])
        merge_vertical(t, 1, r0, r0 + 1, data[2 * k][1])
    merge_vertical(t, 5, 2, 3, "全球维修")
    merge_vertical(t, 5, 4, 5, "本企业出口产品返区维修")
    merge_vertical(t, 5, 6, 7, "全球维修")
    set_cell(t.cell(8, 5), data[6][5])
    set_cell(t.cell(9, 5), data[7][5])

    # ---------------- 附件2 on its own page: 流程说明
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("西永综合保税区保税维修业务监管流程说明", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    body("保税维修业务按照“企业申请—联合审核—账册设立—货物入区—检测维修—复运出区—核销结案”的流程办理，具体如下：")
    headers = ["序号", "业务环节", "办理主体", "主要内容", "办理时限"]
    rows = [
        ["1", "业务申请", "维修企业", "向市商务委提交业务申请及维修产品清单、固体废物处置方案等材料", "随时申请"],
        ["2", "联合审核", "市商务委、西永海关、市生态环境局", "审核企业申请材料，必要时开展实地核查，出具审核意见", "10个工作日"],
        ["3", "账册设立", "维修企业", "在西永海关设立保税维修专用电子账册", "3个工作日"],
        ["4", "货物入区", "维修企业", "以“保税维修”（代码1371）监管方式申报待维修货物入区", "货物入区前"],
        ["5", "检测维修", "维修企业", "在区内维修场所开展检测、维修，如实记录料件消耗及维修副产品情况", "自入区之日起6个月内"],
        ["6", "复运出区", "维修企业", "维修后货物复运出境或者复运回境内区外，维修副产品同步复运出境", "自入区之日起6个月内"],
        ["7", "核销结案", "维修企业、西永海关", "按核销周期报核电子账册，海关核销结案", "核销周期届满后30日内"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.3, 2.1, 3.0, 6.7, 2.5])
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, size=10.5, line=16,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(headers, row))
    merge_vertical(t, 2, 3, 6, "维修企业", size=10.5, line=16)             # 办理主体 rows 3–6
    merge_vertical(t, 4, 5, 6, "自入区之日起6个月内", size=10.5, line=16)  # 办理时限 rows 5–6
    n = "说明：待维修货物因特殊情况不能在规定期限内复运出区的，维修企业应当在期限届满前向西永海关申请延期，延长期限最长不超过6个月。"
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(n)

    banji(doc, "抄送：生态环境部，海关总署，重庆海关，市生态环境局，沙坪坝区人民政府。",
          "重庆市商务委员会办公室", "2025年12月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "重庆市商务委员会关于支持西永综合保税区企业开展保税维修业务的请示",
            "doc_number": "渝商务〔2025〕412号",
            "issuer": ["重庆市商务委员会"],
            "date": "2025-12-08",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": None,
            "expires": None,
            "attachments": ["西永综合保税区拟开展保税维修业务企业及产品清单",
                            "西永综合保税区保税维修业务监管流程说明"],
            "doc_type": "请示",
            "recipients": ["商务部"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_gonggao(), doc_jiangsu(), doc_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
