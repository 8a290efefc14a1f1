# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 517: 国际航运 / 国际船舶登记 policies of FTZ areas."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
DIST = WD_ALIGN_PARAGRAPH.DISTRIBUTE


# ---------------------------------------------------------------- helpers
def new_doc(margins=(3.7, 3.5, 2.8, 2.6)):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def style_run(run, font=FS, size=16, bold=False, color=None, ascii_font="Times New Roman", scale=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.get_or_add_rFonts()
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:ascii"), ascii_font or font)
    rf.set(qn("w:hAnsi"), ascii_font or font)
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        rpr.append(w)
    return run


def fmt_para(p, align=JUSTIFY, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    p.alignment = align
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    return p


def add_runs(p, parts, **defaults):
    """parts: str or list of (text, opts). '\n' inside text => soft line break."""
    if isinstance(parts, str):
        parts = [(parts, {})]
    for text, opts in parts:
        o = dict(defaults)
        o.update(opts)
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i > 0:
                br = p.add_run()
                style_run(br, **o)
                br.add_break()
            if piece:
                style_run(p.add_run(piece), **o)
    return p


def para(container, parts="", align=JUSTIFY, first=32, line=28, before=0, after=0, left=None, **run_opts):
    p = container.add_paragraph()
    fmt_para(p, align=align, first=first, line=line, before=before, after=after, left=left)
    if parts:
        add_runs(p, parts, **run_opts)
    return p


def empty(container, n=1, line=28, size=16):
    for _ in range(n):
        p = container.add_paragraph()
        fmt_para(p, line=line)
        r = p.add_run()
        style_run(r, size=size)


def page_break(doc):
    p = doc.add_paragraph()
    fmt_para(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    b = parse_xml(
        '<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), side, sz, color)
    )
    ppr.append(b)


def borders2(p, color="000000", top=8, bottom=8):
    ppr = p._p.get_or_add_pPr()
    xml = '<w:pBdr %s>' % nsdecls("w")
    if top:
        xml += '<w:top w:val="single" w:sz="%d" w:space="1" w:color="%s"/>' % (top, color)
    if bottom:
        xml += '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/>' % (bottom, color)
    xml += "</w:pBdr>"
    ppr.append(parse_xml(xml))


def _field_runs(p, instr, opts):
    r = p.add_run()
    style_run(r, **opts)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    style_run(r, **opts)
    it = parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    r._element.append(it)
    r = p.add_run()
    style_run(r, **opts)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run("1")
    style_run(r, **opts)
    r = p.add_run()
    style_run(r, **opts)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def page_numbers(doc, odd_even=True, font=SONG, size=14):
    sec = doc.sections[0]
    opts = dict(font=font, size=size, ascii_font=font)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        targets = [(sec.footer, RIGHT), (sec.even_page_footer, LEFT)]
    else:
        targets = [(sec.footer, CENTER)]
    for ftr, al in targets:
        p = ftr.paragraphs[0]
        fmt_para(p, align=al, line=None)
        add_runs(p, "— ", **opts)
        _field_runs(p, "PAGE", opts)
        add_runs(p, " —", **opts)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_text(cell, text, align=CENTER, font=FS, size=14, bold=False, line=None, **kw):
    p = cell.paragraphs[0]
    fmt_para(p, align=align, first=0, line=line)
    add_runs(p, text, font=font, size=size, bold=bold, **kw)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def set_col_widths(table, widths_cm):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


# ---- Word auto numbering
_ABS = [100]


def make_list(doc, fmt, lvltext, font=FS, size=16, first=640):
    numbering = doc.part.numbering_part.element
    abs_id = _ABS[0]
    _ABS[0] += 1
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="%s" w:hAnsi="Times New Roman" w:hint="eastAsia"/>'
        '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), abs_id, fmt, lvltext, first, font, size * 2, size * 2)
    )
    absel = parse_xml(xml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absel)
    else:
        numbering.append(absel)
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(num_ids + [0]) + 1
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        % (nsdecls("w"), num_id, abs_id)))
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numPr = ppr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    return p


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None, level=None,
                region=None, effective=None, expires=None, attachments=[], doc_type=None,
                recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# =================================================================== doc 1
def build_xiamen(path):
    doc = new_doc()
    notice, measures = [], []

    # red header: organ name compressed horizontally (common office trick)
    empty(doc, 1)
    p = para(doc, [("中国（福建）自由贸易试验区厦门片区管理委员会文件", {})], align=CENTER, first=0, line=None,
             font=XBS, size=24, color=RED, ascii_font=XBS, scale=62)
    empty(doc, 1)
    para(doc, "厦自贸委〔2026〕9号", align=CENTER, first=0)
    p = para(doc, "", align=CENTER, first=0, line=12)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    # title typed as two separate paragraphs (Enter pressed in the middle)
    for piece in ("中国（福建）自由贸易试验区厦门片区", "管理委员会关于印发《关于支持国际航运",
                  "发展的若干措施》的通知"):
        para(doc, piece, align=CENTER, first=0, line=36, font=XBS, size=22, ascii_font=XBS)
    empty(doc, 1)
    para(doc, "片区管委会各局（室），各有关单位：", first=0)

    t = ("为深入贯彻党中央、国务院关于加快建设交通强国、海洋强国的决策部署，落实省委、省政府建设“海上福建”有关要求，"
         "进一步集聚国际航运要素，提升厦门国际航运中心能级，经片区管委会主任办公会议研究同意，现将《关于支持国际航运"
         "发展的若干措施》印发给你们，请结合实际认真贯彻执行。")
    # typed in several runs, one with a stray different font for the quoted phrase
    para(doc, [(t[:40], {}), (t[40:75], {}), (t[75:], {})])
    notice.append(t)
    t = ("各有关单位要按照职责分工，加强政策宣传解读和协同配合，确保各项措施落地见效。执行中遇到的问题，请及时向片区管委会"
         "航运物流处反映（联系电话：0592-6893215）。")
    para(doc, t)
    notice.append(t)
    empty(doc, 1)
    para(doc, "附件：关于支持国际航运发展的若干措施")
    empty(doc, 3)
    # 落款 right aligned with trailing full-width spaces to push it left
    para(doc, "中国（福建）自由贸易试验区厦门片区管理委员会　", align=RIGHT, first=0)
    para(doc, "2026年4月10日　　　　　　　　", align=RIGHT, first=0)
    empty(doc, 1)
    para(doc, "（此件公开发布）")

    # ---------------- attachment: the measures
    page_break(doc)
    para(doc, "附件", align=LEFT, first=0, font=HT, ascii_font=HT)
    empty(doc, 1)
    para(doc, "关于支持国际航运发展的若干措施", align=CENTER, first=0, line=36, font=XBS, size=22, ascii_font=XBS)
    empty(doc, 1)

    def chapter(text):
        para(doc, text, align=CENTER, first=0, font=HT, ascii_font=HT, before=6, after=6)

    def article(num, body, split=None):
        lab = "第%s条" % num
        parts = [(lab, {"font": HT, "ascii_font": HT, "bold": True}), ("　", {})]
        if split:
            parts += [(body[:split], {}), (body[split:], {})]
        else:
            parts.append((body, {}))
        para(doc, parts)
        measures.append(lab + "　" + body)

    def item(text):
        para(doc, text)
        measures.append(text)

    chapter("第一章　总　　则")
    article("一", "为加快建设厦门国际航运中心，支持国际船舶在中国（福建）自由贸易试验区厦门片区（以下简称片区）登记，"
                 "吸引航运企业和航运服务机构集聚发展，结合片区实际，制定本措施。")
    article("二", "本措施适用于在片区内依法登记注册、具有独立法人资格、实行独立核算，且在片区依法纳税的航运企业、船舶管理企业、"
                 "航运服务企业及相关机构（以下统称企业）。")
    article("三", "本措施所需资金从片区产业发展专项资金中列支，由片区管委会航运物流处会同财政金融处负责组织实施。同一企业同一项目"
                 "符合片区其他同类扶持政策的，按照“从高不重复”原则执行。")

    chapter("第二章　支持国际船舶登记")
    article("四", "支持国际船舶在片区登记。对以“中国厦门”为船籍港并登记在片区企业名下的国际航行船舶，按照船舶类型和总吨位给予"
                 "一次性奖励，奖励标准如下表：")

    headers = ["船舶类型", "总吨位", "奖励金额（万元/艘）"]
    rows = [
        ("散货船", "1万—5万总吨", "20"),
        ("散货船", "5万—10万总吨", "40"),
        ("散货船", "10万总吨及以上", "60"),
        ("集装箱船", "1万—5万总吨", "30"),
        ("集装箱船", "5万—10万总吨", "50"),
        ("集装箱船", "10万总吨及以上", "80"),
        ("油船、化学品船、液化气船", "1万—5万总吨", "30"),
        ("油船、化学品船、液化气船", "5万总吨及以上", "50"),
        ("其他国际航行船舶", "0.3万—1万总吨", "10"),
    ]
    para(doc, "奖励标准表", align=CENTER, first=0, font=HT, ascii_font=HT, size=14)
    tbl = doc.add_table(rows=1 + len(rows), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        cell_text(tbl.cell(0, i), h, font=HT, ascii_font=HT, bold=True)
    repeat_header(tbl.rows[0])
    prev = None
    start = None
    spans = []
    for r, row in enumerate(rows, start=1):
        if row[0] != prev:
            if start is not None:
                spans.append((start, r - 1))
            start = r
            prev = row[0]
            cell_text(tbl.cell(r, 0), row[0])
        cell_text(tbl.cell(r, 1), row[1])
        cell_text(tbl.cell(r, 2), row[2])
        measures.append(row_clause(headers, row))
    spans.append((start, len(rows)))
    set_col_widths(tbl, [5.5, 5.0, 5.0])
    for a, b in spans:
        if b > a:
            tbl.cell(a, 0).merge(tbl.cell(b, 0))
    t = "注：总吨位区间含下限、不含上限；同一艘船舶在本措施有效期内仅享受一次登记奖励。"
    para(doc, t, first=0, size=14, line=24, before=4)
    measures.append(t)

    article("五", "支持船舶融资租赁。对片区融资租赁企业以经营性租赁或融资租赁方式开展国际航行船舶租赁业务，且船舶登记在片区的，"
                 "按照船舶购置价款的1%给予奖励，单艘船舶奖励最高不超过300万元，单个企业每年奖励最高不超过500万元。")
    article("六", "支持中资方便旗船舶回归登记。对中资方便旗船舶转为以“中国厦门”为船籍港在片区登记的，在本措施第四条奖励标准"
                 "基础上上浮20%给予奖励。")
    article("七", "支持船舶检验机构集聚。对在片区设立区域总部或分支机构的国际船级社成员，给予一次性落户补助50万元；对其当年在片区"
                 "完成入级检验的国际航行船舶，每艘次奖励2万元，每家机构每年累计不超过100万元。")

    chapter("第三章　支持航运企业集聚发展")
    article("八", "支持航运企业总部落户。对新落户片区的航运企业总部，实缴注册资本1亿元（含）以上的，按照实缴注册资本的2%给予"
                 "落户奖励，最高不超过500万元，分三年按40%、30%、30%的比例拨付。")
    article("九", "支持开辟国际集装箱航线。对以片区企业为经营主体，在厦门港新开辟并连续稳定运营满6个月的国际集装箱班轮航线，"
                 "按照以下标准给予奖励：", split=23)
    item("（一）新开辟至“一带一路”共建国家的远洋航线，每艘次奖励20万元，每条航线每年奖励最高不超过400万元；")
    item("（二）新开辟近洋航线，每艘次奖励5万元，每条航线每年奖励最高不超过100万元；")
    item("（三）新开辟衔接中欧班列（厦门）的海铁联运国际中转航线，每艘次奖励8万元，每条航线每年奖励最高不超过150万元。")
    article("十", "支持国际中转集拼业务。对在厦门海沧港综合保税区内开展国际中转集拼业务的企业，按照年度国际中转集拼量每标准箱"
                 "给予50元奖励，单个企业每年最高不超过200万元。")
    article("十一", "支持航运服务业发展。对新落户片区的船舶管理、船舶代理、海事仲裁、航运经纪、海事法律服务等航运服务机构，"
                   "按照其上一年度对片区经济发展贡献给予奖励，每家机构每年最高不超过100万元。")
    article("十二", "支持航运人才集聚。对片区重点航运企业聘用的高级船员和高级航运管理人才，按照其上一年度个人薪酬所得形成的"
                   "片区地方财力贡献，给予最高100%的奖励，每人每年最高不超过30万元。")

    chapter("第四章　附　　则")
    article("十三", "申请奖励的企业应当对申报材料的真实性、合法性负责。对弄虚作假骗取奖励资金的，由片区管委会追回已拨付资金，"
                   "取消其三年内享受片区扶持政策的资格，并依法依规追究相关责任。")
    article("十四", "享受本措施奖励的企业，须承诺自获得奖励之日起10年内不迁离片区、不改变在片区的纳税义务、不减少注册资本；"
                   "违反承诺的，应当退回已获得的奖励资金。")
    article("十五", "本措施由片区管委会航运物流处负责解释。")
    repeal = "《中国（福建）自由贸易试验区厦门片区促进航运物流业发展若干措施》（厦自贸委〔2023〕21号）"
    article("十六", "本措施自2026年5月1日起施行，有效期至2028年4月30日。" + repeal + "同时废止。")

    # 版记 as a one-column table with top/bottom rules only
    empty(doc, 2)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    bj._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))
    cell_text(bj.cell(0, 0), "抄送：厦门市人民政府，厦门市商务局、交通运输局、财政局，厦门海事局，厦门海关。",
              align=LEFT, size=14, line=28)
    cell_text(bj.cell(1, 0), "厦门片区管委会办公室　　　　　　　2026年4月10日印发",
              align=LEFT, size=14, line=28)
    set_col_widths(bj, [15.6])

    page_numbers(doc, odd_even=True)
    doc.save(path)

    issuer = ["中国（福建）自由贸易试验区厦门片区管理委员会"]
    region = "中国（福建）自由贸易试验区厦门片区"
    return [
        {"meta": meta(title="中国（福建）自由贸易试验区厦门片区管理委员会关于印发《关于支持国际航运发展的若干措施》的通知",
                      doc_number="厦自贸委〔2026〕9号", issuer=issuer, date="2026-04-10", level="zone",
                      region=region, attachments=["关于支持国际航运发展的若干措施"], doc_type="通知",
                      recipients=["片区管委会各局（室）", "各有关单位"], publicity="此件公开发布"),
         "clauses": notice},
        {"meta": meta(title="关于支持国际航运发展的若干措施", issuer=issuer, date="2026-04-10", level="zone",
                      region=region, effective="2026-05-01", expires="2028-04-30", doc_type="措施",
                      repeals=repeal),
         "clauses": measures},
    ]


# =================================================================== doc 2
def build_qingdao(path):
    doc = new_doc()
    cl = []

    # joint red header as a borderless layout table: two organs left, "文件" right (merged)
    empty(doc, 1)
    hd = doc.add_table(rows=2, cols=2)
    no_borders(hd)
    hd.alignment = WD_TABLE_ALIGNMENT.CENTER
    ro = dict(font=XBS, ascii_font=XBS, size=20, color=RED, scale=66)
    cell_text(hd.cell(0, 0), "中国（山东）自由贸易试验区青岛片区管理委员会", align=DIST, **ro)
    cell_text(hd.cell(1, 0), "青岛西海岸新区交通运输局", align=DIST, **ro)
    m = hd.cell(0, 1).merge(hd.cell(1, 1))
    cell_text(m, "文件", align=CENTER, font=XBS, ascii_font=XBS, size=36, color=RED)
    set_col_widths(hd, [12.6, 3.0])
    empty(doc, 1)
    para(doc, "青自贸管发〔2026〕5号", align=CENTER, first=0)
    p = para(doc, "", align=CENTER, first=0, line=12)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    # title with a soft line break
    para(doc, "关于组织申报2026年度国际航运\n发展扶持资金的通知", align=CENTER, first=0, line=36,
         font=XBS, size=22, ascii_font=XBS)
    empty(doc, 1)
    para(doc, "片区各有关企业，各相关单位：", first=0)

    def body(t, **kw):
        para(doc, t, **kw)
        cl.append(t)

    def heading(t):
        para(doc, t, font=HT, ascii_font=HT)

    def runin(num_id, label, head, rest, auto=True):
        """run-in heading in 楷体; label typed or produced by Word numbering"""
        parts = []
        if not auto:
            parts.append((label, {}))
        parts += [(head, {"font": KT, "ascii_font": KT}), (rest, {})]
        p = para(doc, parts)
        if auto:
            numbered(p, num_id)
        cl.append(label + head + rest)

    def autoitem(num_id, label, text):
        p = para(doc, text)
        numbered(p, num_id)
        cl.append(label + text)

    body("为贯彻落实《中国（山东）自由贸易试验区青岛片区关于支持国际航运发展的若干措施》（青自贸管发〔2025〕18号，"
         "以下简称《若干措施》），加快推进国际船舶登记和航运要素集聚，现将2026年度国际航运发展扶持资金申报有关事项"
         "通知如下：")

    heading("一、申报范围")
    n1 = make_list(doc, "chineseCounting", "（%1）")
    runin(n1, "（一）", "国际船舶登记奖励。", "2025年1月1日至2025年12月31日期间，以“中国青岛”为船籍港在片区新登记的"
          "国际航行船舶，按照《若干措施》所附奖励标准给予一次性奖励，单艘船舶最高不超过100万元。")
    runin(n1, "（二）", "航线开辟奖励。", "2025年度在青岛港新开辟并连续稳定运营满6个月的国际集装箱班轮航线，远洋航线每艘次"
          "奖励20万元，近洋航线每艘次奖励5万元，每条航线每年最高不超过400万元。")
    runin(n1, "（三）", "航运企业落户奖励。", "2025年度新落户片区的航运企业总部，按照实缴注册资本的2%给予落户奖励，"
          "最高不超过500万元。")
    runin(n1, "（四）", "航运服务机构奖励。", "2025年度新落户片区的船舶管理、船舶代理、航运经纪、海事法律服务等机构，"
          "按照其对片区经济发展贡献给予奖励，每家最高不超过100万元。")

    heading("二、申报条件")
    body("申报企业应当同时符合以下条件：")
    n2 = make_list(doc, "decimal", "%1.")
    autoitem(n2, "1.", "在片区依法登记注册，具有独立法人资格，实行独立核算；")
    autoitem(n2, "2.", "在片区依法纳税，且上一年度纳税信用等级为B级及以上；")
    autoitem(n2, "3.", "近三年内未发生重大安全生产事故、重大环境污染事故，未被列入严重失信主体名单；")
    autoitem(n2, "4.", "承诺自获得奖励之日起10年内不迁离片区、不减少注册资本。")

    heading("三、申报材料")
    body("（一）通用材料。包括：")
    body("1.《2026年度国际航运发展扶持资金申报表》（附件1）；")
    body("2.营业执照复印件（加盖公章）；")
    body("3.申报企业信用承诺书（附件2）；")
    body("4.上一年度财务审计报告及完税证明。")
    body("（二）专项材料。根据申报事项分别提供以下材料：")
    body("1.申报国际船舶登记奖励的，提供：")
    body("（1）船舶国籍证书复印件；")
    body("（2）船舶所有权登记证书复印件；")
    body("（3）国际吨位证书复印件。")
    body("2.申报航线开辟奖励的，提供航线开辟备案材料、船期表及港口作业统计证明。")
    body("3.申报落户奖励和航运服务机构奖励的，提供银行实缴出资凭证、办公场所租赁合同或产权证明等材料。")

    heading("四、申报时间和方式")
    body("本次申报采取网上申报与纸质材料报送相结合的方式，具体安排如下：")
    headers = ["阶段", "时间", "工作内容"]
    rows = [
        ("企业申报", "2026年4月1日—4月30日",
         "登录“青岛自贸片区政策兑现平台”在线填报并上传材料，同时报送纸质材料一式两份"),
        ("审核公示", "2026年5月",
         "片区管委会会同西海岸新区交通运输局组织审核，审核结果在片区门户网站公示5个工作日"),
        ("资金拨付", "2026年6月30日前", "公示无异议的，按程序拨付扶持资金"),
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=3)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        cell_text(tb.cell(0, i), h, font=HT, ascii_font=HT)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            cell_text(tb.cell(r, c), v, align=CENTER if c < 2 else LEFT)
        cl.append(row_clause(headers, row))
    set_col_widths(tb, [2.6, 4.4, 8.6])

    heading("五、其他事项")
    n3 = make_list(doc, "chineseCounting", "（%1）")
    autoitem(n3, "（一）", "申报企业对申报材料的真实性负责。对弄虚作假骗取扶持资金的，依法依规追回已拨付资金，并取消其三年内"
                          "申报资格。")
    autoitem(n3, "（二）", "逾期未申报的，视为自动放弃本年度申报资格。")
    runin(n3, "（三）", "联系方式。", "片区管委会航运服务中心：刘晓峰，0532-86886512；西海岸新区交通运输局港航科：孙雯，"
          "0532-86989723。纸质材料报送地址：青岛市黄岛区前湾港路588号政务服务中心3楼312室。")

    empty(doc, 1)
    para(doc, "附件：1.2026年度国际航运发展扶持资金申报表")
    para(doc, "　　　2.申报企业信用承诺书")
    para(doc, "　　　3.申报材料清单")
    empty(doc, 3)

    # joint 落款 in a borderless table, date in a merged row
    lk = doc.add_table(rows=2, cols=2)
    no_borders(lk)
    lk.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(lk.cell(0, 0), "中国（山东）自由贸易试验区\n青岛片区管理委员会", size=16)
    cell_text(lk.cell(0, 1), "青岛西海岸新区交通运输局", size=16)
    d = lk.cell(1, 0).merge(lk.cell(1, 1))
    cell_text(d, "2026年3月16日", align=RIGHT, size=16)
    set_col_widths(lk, [8.0, 7.6])
    empty(doc, 1)
    para(doc, "（此件主动公开）")
    empty(doc, 4)
    p = para(doc, "抄送：青岛市商务局，青岛市交通运输局，青岛海事局，青岛海关。", first=0, size=14, left=14)
    borders2(p, top=8, bottom=4)
    p = para(doc, " 青岛片区管委会办公室                   2026年3月16日印发", first=0, size=14, left=14)
    border(p, "bottom", "000000", 8)

    page_numbers(doc, odd_even=False)
    doc.save(path)
    return [
        {"meta": meta(title="关于组织申报2026年度国际航运发展扶持资金的通知",
                      doc_number="青自贸管发〔2026〕5号",
                      issuer=["中国（山东）自由贸易试验区青岛片区管理委员会", "青岛西海岸新区交通运输局"],
                      date="2026-03-16", level="zone", region="中国（山东）自由贸易试验区青岛片区",
                      attachments=["2026年度国际航运发展扶持资金申报表", "申报企业信用承诺书", "申报材料清单"],
                      doc_type="通知", recipients=["片区各有关企业", "各相关单位"], publicity="此件主动公开"),
         "clauses": cl},
    ]


# =================================================================== doc 3
def build_nansha(path):
    """copied from the government website into Word: 宋体, 1.5 spacing, empty lines everywhere"""
    doc = new_doc(margins=(2.54, 2.54, 3.18, 3.18))
    cl = []
    w = dict(font=SONG, ascii_font=SONG, size=14)

    p = para(doc, "发布日期：2026-03-20　　来源：广州市南沙区人民政府门户网站　　【字体：大 中 小】",
             align=CENTER, first=0, line=None, font=SONG, ascii_font=SONG, size=10, color=RGBColor(0x66, 0x66, 0x66))
    border(p, "bottom", "CCCCCC", 4)
    empty(doc, 1, line=None, size=14)
    para(doc, "中国（广东）自由贸易试验区广州南沙新区片区支持国际船舶登记和船舶融资租赁发展实施细则",
         align=CENTER, first=0, line=None, font=SONG, ascii_font=SONG, size=18, bold=True)
    para(doc, "穗南开管规〔2026〕2号", align=CENTER, first=0, line=None, **w)
    empty(doc, 1, line=None, size=14)

    def chap(t):
        # centred by typing spaces, not by alignment
        para(doc, t, align=LEFT, first=0, line=None, bold=True, **w)
        empty(doc, 1, line=None, size=14)

    def body(t):
        para(doc, t, first=28, line=None, **w)
        cl.append(t.replace("\n", ""))
        empty(doc, 1, line=None, size=14)

    chap("                         第一章  总  则")
    body("第一条　为贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，推进国际航运枢纽建设，支持国际船舶在南沙登记，"
         "促进船舶融资租赁业务集聚发展，根据有关规定，结合南沙实际，制定本细则。")
    body("第二条　本细则适用于注册地、税务征管关系及统计关系均在中国（广东）自由贸易试验区广州南沙新区片区（以下简称南沙片区）"
         "的航运企业、融资租赁企业和航运服务机构。")
    body("第三条　广州南沙经济技术开发区管理委员会（以下简称南沙开发区管委会）交通运输主管部门负责本细则的组织实施，"
         "财政部门负责资金保障和监督管理。")
    chap("                       第二章  扶持措施")
    body("第四条 国际船舶登记奖励。对以“中国南沙”为船籍港登记的国际航行船舶，按照以下标准给予船舶所有人一次性奖励：")
    body("（一）1万总吨以下的，每艘奖励10万元；")
    body("（二）1万—5万总吨的，每艘奖励30万元；")
    body("（三）5万总吨以上的，每艘奖励50万元。")
    body("第五条　船舶融资租赁奖励。对南沙片区融资租赁企业新购置国际航行船舶并以南沙为船籍港开展租赁业务的，按照船舶购置价款"
         "的0.5%给予奖励，每家企业每年最高不超过500万元。\n融资租赁企业通过在南沙片区设立的项目子公司（SPV）开展上述业务的，"
         "视同该融资租赁企业业务。")
    body("第六条　国际航行船舶营运奖励。对登记在南沙片区并挂靠南沙港区的国际航行船舶，每艘次奖励2万元，单个企业每年奖励"
         "最高不超过300万元。")
    body("第七条　船员服务奖励。对在南沙片区设立的船员外派机构，当年外派中国籍船员达到200人次以上的，给予一次性奖励20万元；"
         "达到500人次以上的，给予一次性奖励50万元。")
    body("第八条 航运金融保险奖励。对在南沙片区新设立的航运保险机构及航运保险营运中心，按照其实缴注册资本或营运资金的1%给予"
         "奖励，最高不超过200万元。")
    chap("                       第三章  申报和管理")
    body("第九条　符合本细则规定的企业，应当于每年3月31日前向南沙开发区管委会交通运输主管部门提出上一年度奖励申请，"
         "经审核、公示无异议后，按程序拨付奖励资金。")
    body("第十条　同一事项符合南沙区其他扶持政策的，按照“就高不重复”原则予以支持。对以虚报、冒领等手段骗取奖励资金的，"
         "依法追回已拨付资金，并纳入信用记录。")
    body("第十一条　本细则由南沙开发区管委会交通运输主管部门负责解释。")
    body("第十二条　本细则自2026年4月1日起施行，有效期3年。")

    para(doc, "广州南沙经济技术开发区管理委员会", align=RIGHT, first=0, line=None, **w)
    para(doc, "2026年3月18日      ", align=RIGHT, first=0, line=None, **w)

    page_numbers(doc, odd_even=False, size=10)
    doc.save(path)
    return [
        {"meta": meta(title="中国（广东）自由贸易试验区广州南沙新区片区支持国际船舶登记和船舶融资租赁发展实施细则",
                      doc_number="穗南开管规〔2026〕2号", issuer=["广州南沙经济技术开发区管理委员会"],
                      date="2026-03-18", published="2026-03-20", level="zone",
                      region="中国（广东）自由贸易试验区广州南沙新区片区", effective="2026-04-01",
                      expires="2029-03-31", doc_type="细则"),
         "clauses": cl},
    ]


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_517", "--headless", "--convert-to", "pdf",
         "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for stem, fn in [("blind517_xiamen_tongzhi", build_xiamen),
                     ("blind517_qingdao_tongzhi", build_qingdao),
                     ("blind517_nansha_xize", build_nansha)]:
        path = os.path.join(HERE, stem + ".docx")
        expected[stem] = fn(path)
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
