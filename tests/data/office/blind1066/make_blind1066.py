# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1066: 实施细则 / 管理办法 issued by a notice (articles with 款 and 项).

Writes blind1066_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
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
FW = "\u3000"  # full-width space

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


def fmt(p, align=None, indent=True, line=27, before=0, after=0, first=None):
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
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
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


def empty(doc, n=1, line=27):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def new_page(p):
    """Start paragraph p on a new page (段前分页)."""
    p.paragraph_format.page_break_before = True
    return p


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
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def col_widths(tb, widths):
    tb.autofit = False
    for col, w in zip(tb.columns, widths):
        col.width = w
    for row in tb.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1066", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# =================================================================== DOC A
# 四川省商务厅: red 版头 "…文件", 文号 centered, title typed as three paragraphs,
# 办法 as 附件 after the 落款, 章 headings, article numbers in 黑体 + full-width space,
# 款 and （一）项 as ordinary first-line-indented paragraphs.
def doc_sichuan():
    stem = "blind1066_sc_hezuoqu"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("四川省商务厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    p = add_par(doc, "川商发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three separate paragraphs, wrapped by hand at odd places
    for t in ("四川省商务厅关于印发《四川省“一带一路”", "境外经贸合作区认定和",
              "管理办法》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=31)
    empty(doc, 1)
    add_par(doc, "各市（州）商务主管部门，省直有关部门，有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，"
         "引导和规范我省企业有序建设境外经贸合作区，我厅研究制定了《四川省“一带一路”境外经贸合作区认定和管理办法》，现印发"
         "给你们，请结合实际认真贯彻执行。")
    body("执行中遇到的问题，请及时向省商务厅对外投资和经济合作处反映。")
    empty(doc, 1)
    add_par(doc, "附件：四川省“一带一路”境外经贸合作区认定和管理办法")
    empty(doc, 1)
    p = add_par(doc, "四川省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, "2026年1月30日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ------------------------------------------------ attachment: the 办法
    new_page(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("四川省“一带一路”境外经贸合作区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("认定和管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(num, first, *rest):
        add_par(doc, [(num, HT, 16, False), (FW, FS, 16, False), (first, FS, 16, False)])
        for r in rest:
            add_par(doc, r)
        clauses.append(num + FW + first + "".join(rest))

    chapter("第一章" + FW + "总则")
    art("第一条", "为推动我省企业高质量建设境外经贸合作区（以下简称合作区），根据《境外"
        "投资管理办法》等有关规定，结合我省实际，制定本办法。")
    art("第二条", "本办法所称合作区，是指在四川省内依法注册的企业（以下简称实施企业），在"
        "共建“一带一路”国家和地区投资建设，主导产业明确、公共服务功能健全的产业园区。",
        "合作区分为省级境外经贸合作区（以下简称省级合作区）和省级重点培育境外经贸合作区"
        "（以下简称培育合作区）。")
    art("第三条", "省商务厅负责合作区的认定、考核评价和动态管理工作。")
    chapter("第二章" + FW + "认定和管理")
    art("第四条", "申请认定省级合作区，应当同时具备以下条件：",
        "（一）实施企业近三年无重大违法违规记录；",
        "（二）合作区已取得东道国（地区）政府批准；",
        "（三）合作区基础设施投资累计不低于1亿元人民币；",
        "（四）入区企业不少于10家，其中中资企业不少于5家。",
        "位于中巴经济走廊、中老经济走廊等重点区域的合作区，本条第一款第（三）项、第（四）项"
        "规定的条件可以适当放宽。")
    art("第五条", "实施企业向注册地市（州）商务主管部门提出申请，市（州）商务主管部门应当"
        "自收到申请材料之日起15个工作日内完成初审并报送省商务厅。",
        "省商务厅组织专家评审，经评审符合条件的，在门户网站公示5个工作日，公示无异议的予以"
        "认定。")
    art("第六条", "合作区有下列情形之一的，由省商务厅撤销其认定：",
        "（一）以提供虚假材料等不正当手段取得认定的；",
        "（二）连续两年年度考核评价结果为不合格的；",
        "（三）合作区停止运营超过一年的。",
        "因前款第（一）项情形被撤销认定的，实施企业三年内不得再次申请认定。")
    chapter("第三章" + FW + "附则")
    art("第七条", "本办法由四川省商务厅负责解释。")
    art("第八条", "本办法自印发之日起30日后施行，有效期五年。")

    banji(doc, "抄送：商务部对外投资和经济合作司，省发展改革委、省财政厅、省外办，"
          "中国出口信用保险公司四川分公司。", "四川省商务厅办公室", "2026年1月30日印发")

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于印发《四川省“一带一路”境外经贸合作区认定和管理办法》的通知",
            "doc_number": "川商发〔2026〕7号",
            "issuer": ["四川省商务厅"],
            "date": "2026-01-30",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            # 自印发之日起30日后施行: 2026-01-30 + 30 days
            "effective": "2026-03-01",
            # 有效期五年 counted from the effective date
            "expires": "2031-02-28",
            "attachments": ["四川省“一带一路”境外经贸合作区认定和管理办法"],
            "doc_type": "通知",
            "recipients": ["各市（州）商务主管部门", "省直有关部门", "有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门市港口管理局 + 厦门市财政局 joint notice: red 版头 in a borderless table with
# "文件" merged over two rows, title with a manual line break, two 附件,
# 细则 whose 款 and 项 are separate paragraphs indented with typed spaces
# (no paragraph indent), article number + one half-width space,
# 附件2 table with two-level merged header repeated on each page, note under table.
def doc_xiamen():
    stem = "blind1066_xm_silu"
    doc = Document()
    setup(doc)
    clauses = []

    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width = Cm(11.5)
    t.columns[1].width = Cm(3.8)
    for row in t.rows:
        row.cells[0].width = Cm(11.5)
        row.cells[1].width = Cm(3.8)
    set_cell(t.rows[0].cells[0], "厦门市港口管理局", XBS, 28, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    set_cell(t.rows[1].cells[0], "厦门市财政局", XBS, 28, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 40, color=RED, line=50)
    p = add_par(doc, "厦港规〔2026〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("厦门市港口管理局" + FW + "厦门市财政局"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于印发《厦门市“丝路海运”航线"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("培育资金管理实施细则》的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=31)
    empty(doc, 1)
    add_par(doc, "各区人民政府，市直有关部门，各有关航运企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为贯彻落实全省推进“丝路海运”高质量发展工作部署，规范“丝路海运”航线培育资金"
         "管理，市港口"
         "管理局、市财政局研究制定了《厦门市“丝路海运”航线培育资金管理实施细则》，现印发"
         "给你们，请遵照执行。")
    empty(doc, 1)
    add_par(doc, "附件：1．厦门市“丝路海运”航线培育资金管理实施细则")
    add_par(doc, "      2．厦门市“丝路海运”航线培育资金申报材料清单")
    empty(doc, 1)
    # joint 落款 typed on one line with spaces, date centred under the pair
    add_par(doc, "    厦门市港口管理局" + " " * 16 + "厦门市财政局", indent=False)
    add_par(doc, " " * 38 + "2026年5月26日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ------------------------------------------------ 附件1: 实施细则
    new_page(add_par(doc, [("附件1", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("厦门市“丝路海运”航线培育资金", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("管理实施细则", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    SP = "    "  # four half-width spaces typed by the clerk

    def art(num, first, *rest):
        add_par(doc, SP + num + " " + first, indent=False)
        for r in rest:
            add_par(doc, SP + r, indent=False)
        clauses.append(num + " " + first + "".join(rest))

    art("第一条", "为规范“丝路海运”航线培育资金（以下简称培育资金）管理，根据《厦门市市级"
        "财政专项资金管理办法》等规定，制定本细则。")
    art("第二条", "本细则所称培育资金，是指市级财政预算安排，用于支持航运企业在厦门港开辟"
        "和运营“丝路海运”命名航线的专项资金。")
    art("第三条", "市港口管理局负责培育资金的申报受理、审核和绩效管理。",
        "市财政局负责培育资金的预算管理和资金拨付。")
    art("第四条", "申请培育资金的航运企业应当同时符合下列条件：",
        "（一）在厦门市依法注册，或者在厦门设立分支机构；",
        "（二）所运营航线已获得“丝路海运”联盟命名，且以厦门港为始发港或者挂靠港；",
        "（三）航线在申报年度内实际开行不少于24个航次。")
    art("第五条", "培育资金按照以下标准给予支持：",
        "（一）新开辟至共建“一带一路”国家和地区的集装箱外贸航线，开行首年每航次给予不超过"
        "5万元补助，第二年每航次给予不超过3万元补助；",
        "（二）新开辟的海铁联运“丝路海运”航线，按照经厦门港中转的重箱量每标准箱给予100元"
        "补助。",
        "同一航线同一年度符合本条第一款多项支持情形的，按照就高原则给予支持。")
    art("第六条", "培育资金实行年度申报。申报企业通过“厦门市惠企政策兑现平台”提交申报"
        "材料，申报材料清单见附件2。",
        "审核通过的项目在门户网站公示，公示期满无异议的，由市财政局拨付资金。")
    art("第七条", "申报企业有下列行为之一的，由市港口管理局追回已拨付资金：",
        "（一）提供虚假材料或者虚报航次、箱量骗取培育资金的；",
        "（二）同一事项重复申报市级财政资金的。",
        "涉嫌违法犯罪的，依法移送有关机关处理。")
    art("第八条", "本细则由市港口管理局、市财政局负责解释。")
    art("第九条", "本细则自2026年7月1日起施行，有效期五年。《厦门市港口管理局 厦门市"
        "财政局关于印发〈厦门市“丝路海运”航线扶持资金管理办法〉的通知》（厦港规〔2021〕3号）"
        "同时废止。",
        "本细则施行前已受理的申报项目，按照原规定执行。")

    # ------------------------------------------------ 附件2: table
    new_page(add_par(doc, [("附件2", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("厦门市“丝路海运”航线培育资金申报材料清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    rows = [
        ["1", "厦门市“丝路海运”航线培育资金申请表", "原件1份", "PDF扫描件", "加盖企业公章"],
        ["2", "企业营业执照或者分支机构登记证明", "复印件1份", "PDF扫描件", "验原件"],
        ["3", "“丝路海运”联盟航线命名证书", "复印件1份", "PDF扫描件", "—"],
        ["4", "航线年度航次明细表", "原件1份", "Excel格式", "列明船名、航次、靠泊时间"],
        ["5", "集装箱吞吐量统计证明", "原件1份", "PDF扫描件", "由码头经营企业出具"],
        ["6", "海铁联运中转箱量证明", "原件1份", "PDF扫描件", "仅申报海铁联运航线补助的提供"],
        ["7", "企业信用承诺书", "原件1份", "PDF扫描件", "按统一格式填写"],
        ["8", "其他需要提供的材料", "—", "—", "根据申报通知要求"],
    ]
    tb = doc.add_table(rows=2 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(5.0), Cm(2.6), Cm(2.8), Cm(4.0)]
    col_widths(tb, widths)
    h0, h1 = tb.rows[0].cells, tb.rows[1].cells
    for ci, txt in ((0, "序号"), (1, "材料名称"), (4, "备注")):
        mc = h0[ci].merge(h1[ci])
        set_cell(mc, txt, HT, 12)
    mc = h0[2].merge(h0[3])
    set_cell(mc, "提交要求", HT, 12)
    set_cell(tb.rows[1].cells[2], "纸质件", HT, 12)
    set_cell(tb.rows[1].cells[3], "电子件", HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    headers = ["序号", "材料名称", "提交要求／纸质件", "提交要求／电子件", "备注"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(tb.rows[ri].cells[ci], v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    note = ("注：申报材料一式两份，纸质材料按照上述序号顺序装订成册，并在封面注明“丝路海运"
            "航线培育资金申报材料”。")
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：市人民政府办公厅，厦门海关，中国（福建）自由贸易试验区厦门片区管理"
          "委员会。", "厦门市港口管理局办公室", "2026年5月26日印发")

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "厦门市港口管理局　厦门市财政局关于印发《厦门市“丝路海运”航线培育资金管理实施细则》的通知",
            "doc_number": "厦港规〔2026〕4号",
            "issuer": ["厦门市港口管理局", "厦门市财政局"],
            "date": "2026-05-26",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-07-01",
            # 有效期五年 from 2026-07-01
            "expires": "2031-06-30",
            "attachments": ["厦门市“丝路海运”航线培育资金管理实施细则",
                            "厦门市“丝路海运”航线培育资金申报材料清单"],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市直有关部门", "各有关航运企业"],
            "publicity": "此件公开发布",
            "repeals": "《厦门市港口管理局 厦门市财政局关于印发〈厦门市“丝路海运”航线扶持资金管理办法〉的通知》（厦港规〔2021〕3号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 义乌市人民政府办公室 (county-level city): red 版头, title without 《》 wrapped mid-name,
# no 附件 line (the 办法 simply follows the 落款 on a new page), 落款 aligned with a tab,
# date in Chinese numerals, （此件主动公开）, 章 and 节, article numbers bold 仿宋 + two
# half-width spaces, 项 typed inside the article paragraph after Shift+Enter, a table
# between two articles, one item typed with half-width brackets.
def doc_yiwu():
    stem = "blind1066_yw_banlie"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("义乌市人民政府办公室文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "义政办发〔2026〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("义乌市人民政府办公室关于印发义乌市中欧"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("班列（义新欧）运营补助资金管理办法"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各镇人民政府、街道办事处，市政府各部门，各有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《义乌市中欧班列（义新欧）运营补助资金管理办法》已经市政府第48次常务会议审议通过，"
         "现印发给你们，请认真组织实施。")
    empty(doc, 3)
    for t in ("义乌市人民政府办公室", "二〇二六年四月八日"):
        p = add_par(doc, "\t" + t, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2), 1)  # centre tab
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ------------------------------------------------ the 办法, no 附件 label
    new_page(add_par(doc, [("义乌市中欧班列（义新欧）运营补助资金", XBS, 22, False)],
                     align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34))
    add_par(doc, [("管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def section(t):
        add_par(doc, [(t, KT, 16, True)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    SEP = "  "

    def art(num, *kuan):
        """kuan: each 款 is a str or a list of segments typed with Shift+Enter between."""
        text = num + SEP
        for k, seg in enumerate(kuan):
            segs = [seg] if isinstance(seg, str) else seg
            p = doc.add_paragraph()
            if k == 0:
                font(p.add_run(num), FS, 16, True)
                font(p.add_run(SEP), FS, 16)
            for i, s in enumerate(segs):
                if i > 0:
                    p.add_run().add_break(WD_BREAK.LINE)
                    font(p.add_run(FW * 2), FS, 16)
                font(p.add_run(s), FS, 16)
                text += s
            fmt(p)
        clauses.append(text)

    chapter("第一章  总  则")
    art("第一条", "为推动中欧班列（义新欧）高质量发展，巩固义乌国际陆港枢纽地位，规范班列"
        "运营补助资金管理，根据《浙江省省级财政专项资金管理办法》和省、金华市关于推进中欧"
        "班列高质量发展的有关要求，结合我市实际，制定本办法。")
    art("第二条", "本办法所称运营补助资金（以下简称补助资金），是指市财政预算安排，用于支持"
        "中欧班列（义新欧）平台公司（以下简称平台公司）组织开行从义乌始发或者到达义乌的"
        "中欧班列的专项资金。")
    art("第三条", "市口岸办负责补助资金的申报受理、审核和日常监管；市财政局负责补助资金的"
        "预算安排、拨付和监督。")
    chapter("第二章  补助对象和条件")
    art("第四条", "补助对象为经市政府确定、在义乌市注册登记的平台公司。")
    art("第五条", ["申请补助的班列应当同时符合下列条件：",
                  "（一）纳入中欧班列统一品牌管理，且在义乌西站或者苏溪站编组发运、到达解编；",
                  "（二）满载率不低于90%，其中去程班列本地货源占比不低于30%；",
                  "(三)通过中欧班列统一信息平台如实报送运行数据。"])
    chapter("第三章  补助标准")
    section("第一节  去程班列")
    art("第六条", "去程班列按照实际运行线路给予补助，具体标准如下：")
    headers = ["序号", "线路方向", "主要到达站点", "补助标准（元／标准箱）"]
    rows = [
        ["1", "中亚方向", "阿拉木图、塔什干、比什凯克", "1500"],
        ["2", "欧洲方向（经阿拉山口、霍尔果斯口岸）", "杜伊斯堡、马德里、华沙", "3000"],
        ["3", "欧洲方向（经满洲里、二连浩特口岸）", "莫斯科、明斯克", "2500"],
        ["4", "跨里海国际运输走廊", "巴库、伊斯坦布尔", "3500"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(6.0), Cm(4.8), Cm(3.2)]
    col_widths(tb, widths)
    for ci, h in enumerate(headers):
        set_cell(tb.rows[0].cells[ci], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    empty(doc, 1, line=12)
    art("第七条", "去程班列补助标准实行逐年退坡。2027年、2028年补助标准分别按照本办法第六条"
        "规定标准的90%、80%执行。")
    section("第二节  回程班列")
    art("第八条", "回程班列按照去程同方向补助标准的120%给予补助，鼓励平台公司组织进口商品"
        "回程运输。")
    chapter("第四章  申报和拨付")
    art("第九条", "补助资金按季度申报、年度清算。平台公司应当于每季度结束后15日内向市口岸办"
        "提交申报材料，市口岸办会同市财政局审核后预拨补助资金，预拨比例不超过审核金额的"
        "70%。",
        "年度终了后，市口岸办委托第三方机构对平台公司全年开行情况进行专项审计，根据审计"
        "结果进行清算。")
    chapter("第五章  监督管理")
    art("第十条", ["平台公司有下列情形之一的，由市财政局、市口岸办追回相应补助资金；情节"
                    "严重的，取消其三年内申报资格：",
                    "（一）虚报班列开行数量、箱量或者货值的；",
                    "（二）将其他地区始发班列货物转运至义乌重复计算补助的；",
                    "（三）截留、挪用补助资金的。"],
        "涉嫌犯罪的，依法移送司法机关处理。")
    chapter("第六章  附  则")
    art("第十一条", "本办法由市口岸办、市财政局负责解释。")
    art("第十二条", "本办法自2026年5月10日起施行，有效期至2029年5月9日。")

    banji(doc, "抄送：市委各部门，市人大常委会、市政协办公室，市法院、市检察院，义乌海关。",
          "义乌市人民政府办公室", "2026年4月8日印发")

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "义乌市人民政府办公室关于印发义乌市中欧班列（义新欧）运营补助资金管理办法的通知",
            "doc_number": "义政办发〔2026〕21号",
            "issuer": ["义乌市人民政府办公室"],
            "date": "2026-04-08",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": "2026-05-10",
            "expires": "2029-05-09",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各镇人民政府、街道办事处", "市政府各部门", "各有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_xiamen(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
