# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 843: 外商投资企业设立登记一次性告知单与办事指南（窗口版，表格式）.

Writes three Word files (+ PDF via LibreOffice) and expected.json into this
script's own directory.
"""
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
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, underline=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if underline:
        run.font.underline = True
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
    """runs: str, or list of tuples (text, font, size, bold[, color[, underline]]).
    A text of "\\n" inserts a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        ul = r[5] if len(r) > 5 else False
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        font(p.add_run(text), name, size, bold, color, ul)
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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field(par, instr, size=14, name=SONG):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = par.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = par.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r5 = par.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash", margins=(3.7, 3.5, 2.8, 2.6), header_text=None):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    if footer == "dash":          # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":      # - 1 -  (half-width, as many clerks type it)
        font(fp.add_run("- "), SONG, 12)
        _field(fp, "PAGE", 12)
        font(fp.add_run(" -"), SONG, 12)
    elif footer == "of":          # 第 1 页 共 2 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)
    if header_text:
        hp = s.header.paragraphs[0]
        hp.alignment = R
        font(hp.add_run(header_text), KT, 10.5)
        border(hp, "bottom", "000000", 4, 1)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
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


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """Fixed layout: Word reads tcW, LibreOffice reads tblGrid, so set both."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    # printer left, date right, separated by a tab stop at the right margin
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), alignment=2)  # right
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_843", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting: 一、二、三、) -------------
_next_abs = [840]


def make_numbering(doc, lvl_text="%1、", fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>'
        % (nsdecls("w"), aid, fmt_val, lvl_text, HT, HT, HT))
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
expected = {}


# =================================================================== DOC A
def doc_guangxi():
    """广西 市场监管局+商务厅 联合红头通知，印发告知单和办事指南（两个附件，表格）。"""
    stem = "blind843_guangxi_tongzhi"
    doc = Document()
    setup(doc, footer="dash")
    clauses = []

    # ---- 联合版头: borderless table, organs left, 文件 right ----
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [11.6, 3.8])
    lc, rc = t.rows[0].cells
    lc.text = ""
    for i, org in enumerate(["广西壮族自治区市场监督管理局", "广西壮族自治区商务厅"]):
        p = lc.paragraphs[0] if i == 0 else lc.add_paragraph()
        font(p.add_run(org), XBS, 22, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(34)
    rc.text = ""
    p = rc.paragraphs[0]
    font(p.add_run("文件"), XBS, 42, False, RED)
    p.alignment = C
    rc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    empty(doc, 1)
    p = add_par(doc, [("桂市监发〔2025〕37号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=14)

    # ---- title: two lines, broken in the middle of 一次性告知单 ----
    title = "关于印发外商投资企业设立登记一次性告知单和办事指南（窗口版）的通知"
    add_par(doc, [("关于印发外商投资企业设立登记一次性", XBS, 22, False), ("\n", 0, 0, 0),
                  ("告知单和办事指南（窗口版）的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1, line=16)
    add_par(doc, "各设区市市场监督管理局、商务局，中国（广西）自由贸易试验区各片区管理委员会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    nid = make_numbering(doc)
    items = [
        ("统一告知口径。",
         "各级登记窗口应当按照告知单一次性告知申请人需要提交的全部材料，不得要求提交告知单以外的材料；材料不齐全或者不符合法定形式的，应当当场一次性告知需要补正的全部内容。"),
        ("推行“一窗通办”。",
         "设立登记与外商投资信息报告、印章刻制、涉税事项、银行预约开户等事项实行“一表填报、一窗受理、并联办理”，申请材料齐全的原则上当场办结。"),
        ("做好认证衔接。",
         "来自《取消外国公文书认证要求的公约》缔约国的外国投资者主体资格证明，可以附附加证明书，无需办理领事认证；来自非缔约国的，仍应当办理公证认证。"),
        ("加强信息共享。",
         "外商投资信息报告初始报告通过企业登记系统报送，商务部门不得另行要求报送。南宁、钦州港、崇左片区要配备熟悉东盟国家语言的窗口人员。"),
        ("抓好贯彻落实。",
         "各设区市市场监督管理局要于2025年12月20日前完成窗口人员培训，并在“广西政务”平台公布告知单和办事指南。执行中的问题请及时报告自治区市场监督管理局登记注册局（联系电话：0771-5337261）。"),
    ]
    body("为贯彻落实《中华人民共和国外商投资法》及其实施条例，服务中国（广西）自由贸易试验区和面向东盟的开放合作高地建设，现将《外商投资企业设立登记一次性告知单（窗口版）》和《外商投资企业设立登记办事指南（窗口版）》印发给你们，并就有关事项通知如下：")
    for i, (h, t) in enumerate(items):
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], align=J, first=Pt(0))
        apply_num(p, nid)
        clauses.append(CN[i] + "、" + h + t)
    body("本通知自2026年1月1日起执行，《外商投资企业登记注册服务指引（试行）》（桂市监注〔2021〕18号）同时废止。")

    att1 = "外商投资企业设立登记一次性告知单（窗口版）"
    att2 = "外商投资企业设立登记办事指南（窗口版）"
    add_par(doc, "附件：1." + att1, indent=True)
    # continuation aligned with typed full-width spaces
    add_par(doc, "\u3000" * 5 + "2." + att2, indent=False)
    empty(doc, 1, line=18)
    # 落款: two organs stacked, pushed right with typed full-width spaces
    add_par(doc, "\u3000" * 10 + "广西壮族自治区市场监督管理局", indent=False, align=L)
    add_par(doc, "\u3000" * 12 + "广西壮族自治区商务厅", indent=False, align=L)
    add_par(doc, "\u3000" * 12 + "2025年11月18日", indent=False, align=L)
    add_par(doc, "（此件公开发布）", indent=True)

    # ---- 附件1 ----
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [(att1, XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    hdr_top = ["序号", "材料名称", "适用企业类型", "", "", "份数", "备注"]
    sub = ["有限责任公司", "股份有限公司", "外商投资合伙企业"]
    keys = ["序号", "材料名称", "适用企业类型／有限责任公司", "适用企业类型／股份有限公司",
            "适用企业类型／外商投资合伙企业", "份数", "备注"]
    rows = [
        ["1", "《公司登记（备案）申请书》", "√", "√", "—", "1", "由法定代表人签署"],
        ["2", "《合伙企业登记（备案）申请书》", "—", "—", "√", "1", "由执行事务合伙人签署"],
        ["3", "公司章程", "√", "√", "—", "1", "有限责任公司由全体股东签署；股份有限公司由全体发起人签署"],
        ["4", "合伙协议", "—", "—", "√", "1", "由全体合伙人签署"],
        ["5", "外国投资者主体资格证明或者身份证明", "√", "√", "√", "1", "经公证认证或者附附加证明书；外文材料附中文译本"],
        ["6", "法定代表人、董事、监事和高级管理人员的任职文件", "√", "√", "—", "1", "依照章程规定的程序产生"],
        ["7", "住所（主要经营场所）使用相关文件", "√", "√", "√", "1", "自贸试验区内实行住所申报承诺制的，提交承诺书"],
        ["8", "法律文件送达授权委托书", "√", "√", "√", "1", "由外国投资者签署，指定境内法律文件送达接受人"],
        ["9", "指定代表或者共同委托代理人授权委托书及身份证件", "√", "√", "√", "1", "委托他人办理时提交"],
        ["10", "前置审批文件或者许可证件", "○", "○", "○", "1", "涉及外商投资准入负面清单限制类领域或者法律法规规定须经批准的提交"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [0.9, 4.6, 1.5, 1.5, 1.5, 0.9, 4.7])
    for i, h in enumerate(hdr_top):
        set_cell(t.rows[0].cells[i], h, HT, 11)
    for i, h in enumerate(sub):
        set_cell(t.rows[1].cells[2 + i], h, HT, 10.5)
    for ci in (0, 1, 5, 6):
        txt = hdr_top[ci]
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, txt, HT, 11)
    m = t.cell(0, 2).merge(t.cell(0, 4))
    set_cell(m, "适用企业类型", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                     align=L if ci in (1, 6) else C, line=15)
        clauses.append(row_clause(keys, row))
    notes = [
        "注：1.“√”为应当提交，“—”为不适用，“○”为有关情形下提交。",
        "2.外文材料应当附具中文译本，并由翻译单位盖章或者译者签字。",
        "3.本告知单一式两联，第一联交申请人，第二联由窗口留存。",
    ]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=6 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(24)
        clauses.append(n)

    # ---- 附件2 ----
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [(att2, XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    g_hdr = ["项目", "内容"]
    g_rows = [
        ["事项名称", "外商投资企业设立登记"],
        ["实施机关", "县级以上市场监督管理部门（中国（广西）自由贸易试验区各片区由片区登记窗口受理）"],
        ["设定依据", "《中华人民共和国外商投资法》《中华人民共和国公司法》《中华人民共和国合伙企业法》《中华人民共和国市场主体登记管理条例》及其实施细则"],
        ["受理条件", "申请材料齐全、符合法定形式；不属于《外商投资准入特别管理措施（负面清单）》禁止投资领域"],
        ["办理方式", "窗口办理；广西数字政务一体化平台全程网上办理"],
        ["承诺时限", "申请材料齐全、符合法定形式的，当场办结；不能当场办结的，3个工作日内办结"],
        ["收费标准", "不收费"],
        ["办理结果", "营业执照（纸质营业执照和电子营业执照）"],
        ["咨询电话", "0771-12345；各设区市登记窗口电话在“广西政务”平台公布"],
    ]
    t = doc.add_table(rows=1 + len(g_rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [3.2, 12.4])
    for i, h in enumerate(g_hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(g_rows, 1):
        set_cell(t.rows[ri].cells[0], row[0], HT, 12)
        set_cell(t.rows[ri].cells[1], row[1], FS, 12, align=L)
        clauses.append(row_clause(g_hdr, row))

    # 版记 on the last page, after the attachments
    banji(doc, "抄送：市场监管总局登记注册局，商务部外国投资管理司，自治区人民政府办公厅。",
          "广西壮族自治区市场监督管理局办公室", "2025年11月19日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "桂市监发〔2025〕37号",
            "issuer": ["广西壮族自治区市场监督管理局", "广西壮族自治区商务厅"],
            "date": "2025-11-18",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": [att1, att2],
            "doc_type": "通知",
            "recipients": ["各设区市市场监督管理局", "各设区市商务局",
                           "中国（广西）自由贸易试验区各片区管理委员会"],
            "publicity": "此件公开发布",
            "repeals": "《外商投资企业登记注册服务指引（试行）》（桂市监注〔2021〕18号）",
        },
        "clauses": clauses,
    }]


# =================================================================== DOC B
def doc_kunming():
    """昆明 窗口版办事指南：无红头，页眉，表格式，续表，手动换行的流程。"""
    stem = "blind843_kunming_zhinan"
    doc = Document()
    setup(doc, footer="of", margins=(2.8, 2.5, 2.6, 2.4),
          header_text="昆明片区政务服务中心　市场监管窗口专用")
    clauses = []

    title_lines = ["中国（云南）自由贸易试验区昆明片区", "外商投资企业设立登记办事", "指南（窗口版）"]
    title = "".join(title_lines)
    add_par(doc, [(title_lines[0], XBS, 22, False), ("\n", 0, 0, 0),
                  (title_lines[1], XBS, 22, False), ("\n", 0, 0, 0),
                  (title_lines[2], XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=20)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, align=J, **kw)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], indent=True)

    body("为方便外国投资者和港澳台投资者在中国（云南）自由贸易试验区昆明片区投资兴业，现将外商投资企业（公司制）设立登记有关事项告知如下。本指南适用于在昆明片区（含昆明经济技术开发区）申请设立外商投资有限责任公司、股份有限公司及其分公司的情形。")

    head("一、基本信息")
    hdr = ["项目", "内容"]
    rows = [
        ["事项名称", "外商投资企业设立登记"],
        ["事项编码", "530100-SJ-DJ-0107"],
        ["实施主体", "昆明市市场监督管理局（委托昆明经济技术开发区市场监督管理局在昆明片区政务服务中心受理）"],
        ["办理地点", "昆明经济技术开发区信息产业基地林溪路188号 昆明片区政务服务中心一楼B区8-11号窗口"],
        ["办理时间", "周一至周五 上午9:00—12:00，下午13:30—17:30（法定节假日除外）"],
        ["办理时限", "法定时限：3个工作日；承诺时限：材料齐全、符合法定形式的当场办结"],
        ["收费标准", "不收费"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [3.0, 13.0])
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        set_cell(t.rows[ri].cells[0], row[0], FS, 12)
        set_cell(t.rows[ri].cells[1], row[1], FS, 12, align=L)
        clauses.append(row_clause(hdr, row))
    empty(doc, 1, line=14)

    head("二、申请材料")
    add_par(doc, [("表1  申请材料清单（单位：份）", HT, 12, False)], align=C, indent=False, line=22)
    hdr2 = ["序号", "材料名称", "材料形式", "份数", "材料来源", "备注"]
    part1 = [
        ["1", "公司登记（备案）申请书", "原件", "1", "申请人自备（可在云南政务服务网下载）", "法定代表人签署"],
    ]
    part2 = [
        ["2", "公司章程", "原件", "1", "申请人自备", "股东签署"],
        ["3", "股东主体资格证明", "原件", "1", "所在国（地区）有关机构出具",
         "外国法人提交经公证认证的登记证明或者附加证明书；外国自然人提交护照复印件"],
        ["4", "法定代表人、董事、监事、经理任职文件", "原件", "1", "申请人自备", "/"],
        ["5", "住所使用证明", "复印件", "1", "产权人提供", "租赁的提交租赁协议和产权证明"],
        ["6", "法律文件送达授权委托书", "原件", "1", "申请人自备", "/"],
        ["7", "外文材料中文译本", "原件", "1", "翻译机构出具", "提交外文材料的适用"],
        ["8", "委托代理人身份证件", "复印件", "1", "申请人自备", "窗口核验原件"],
    ]
    widths = [1.1, 4.0, 1.6, 1.1, 3.8, 4.4]

    def mat_table(rows_):
        t = doc.add_table(rows=1 + len(rows_), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        for i, h in enumerate(hdr2):
            set_cell(t.rows[0].cells[i], h, HT, 11)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows_, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci in (1, 4, 5) else C)
            clauses.append(row_clause(hdr2, row))

    mat_table(part1)
    # the clerk split the table by hand and typed 续表 above the second part
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=22, before=6)
    p.paragraph_format.page_break_before = True
    mat_table(part2)
    n = "注：申请材料应当使用A4规格纸张；外文材料须同时提供中文译本，译本与原文不一致的，以中文译本为准。"
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(n)
    empty(doc, 1, line=14)

    head("三、办理流程")
    steps = [
        "1.网上申报：登录云南政务服务网，进入“企业开办一网通办”专区填报信息并上传材料；",
        "2.窗口受理：窗口工作人员核验申请材料，材料齐全、符合法定形式的当场受理；材料不齐全的，出具《一次性告知单》；",
        "3.审核决定：登记机关作出准予登记决定，同步推送外商投资信息报告；",
        "4.领取执照：申请人可选择窗口领取或者免费邮寄（EMS）营业执照，同步下载电子营业执照。",
    ]
    runs = []
    for i, s_ in enumerate(steps):
        if i:
            runs.append(("\n", 0, 0, 0))
            runs.append(("\u3000\u3000", FS, 16, False))   # clerk re-indents by typing spaces
        runs.append((s_, FS, 16, False))
    add_par(doc, runs, align=J)
    clauses.extend(steps)

    head("四、其他事项")
    others = [
        "（一）外国投资者投资《外商投资准入特别管理措施（负面清单）》限制类领域的，应当符合负面清单规定的股权要求、高级管理人员要求等特别管理措施。",
        "（二）面向南亚东南亚国家投资者，窗口提供英语、泰语、越南语、老挝语、缅甸语咨询服务（预约电话：0871-63125678）。",
        "（三）本指南自2026年3月16日起施行，《中国（云南）自由贸易试验区昆明片区外商投资企业设立登记办事指南（2024年版）》同时废止。",
    ]
    for o in others:
        body(o)
    body("咨询电话：0871-63125677；监督投诉电话：12345。")

    empty(doc, 2)
    add_par(doc, "昆明市市场监督管理局", align=R, indent=False)
    add_par(doc, "2026年3月10日" + "\u3000" * 2, align=R, indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": None,
            "issuer": ["昆明市市场监督管理局"],
            "date": "2026-03-10",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": "2026-03-16",
            "expires": None,
            "attachments": [],
            "doc_type": "办事指南",
            "recipients": [],
            "publicity": None,
            "repeals": "《中国（云南）自由贸易试验区昆明片区外商投资企业设立登记办事指南（2024年版）》",
        },
        "clauses": clauses,
    }]


# =================================================================== DOC C
def doc_qingdao():
    """青岛西海岸新区 窗口出具的一次性告知单 + 材料接收凭证（同一文件内两份文书）。"""
    stem = "blind843_qingdao_gaozhidan"
    doc = Document()
    setup(doc, footer="hyphen", margins=(2.2, 2.0, 2.6, 2.6))
    organ = "青岛西海岸新区行政审批服务局"
    applicant = "韩光精密株式会社（HANBIT PRECISION CO.,LTD.）"
    docs = []

    def form_head(title, number, lian=None, new_page=False):
        p = add_par(doc, [(organ, HT, 16, False)], align=C, indent=False, line=26)
        p.paragraph_format.page_break_before = new_page
        add_par(doc, [(title, XBS, 22, False)], align=C, indent=False, line=36, before=6)
        runs = []
        if lian:   # 联次 at the left, 编号 pushed to the right margin with a tab
            runs = [(lian, KT, 12, False), ("\t", FS, 14, False)]
        p = add_par(doc, runs + [("编号：", FS, 14, False), (number, FS, 14, False)],
                    align=L if lian else R, indent=False, line=24)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.8), alignment=2)
        border(p, "bottom", "000000", 12, 2)
        empty(doc, 1, line=14)
        add_par(doc, [(applicant, FS, 16, False, None, True), ("：", FS, 16, False)],
                indent=False)

    def body(cl, runs):
        """runs typed with leading full-width spaces instead of first-line indent."""
        text = "".join(r[0] for r in runs)
        cl.append(text)
        add_par(doc, [("\u3000\u3000", FS, 16, False)] + runs, indent=False, align=J, line=25)

    def sign(date_txt):
        empty(doc, 1, line=12)
        add_par(doc, organ + "（登记专用章）", align=R, indent=False)
        add_par(doc, date_txt + "\u3000\u3000\u3000", align=R, indent=False)

    # ---------- C1 一次性告知单 ----------
    cl1 = []
    t1 = "外商投资企业设立登记一次性告知单"
    form_head(t1, "青西审外告〔2026〕0318号", lian="第一联（申请人留存）")
    body(cl1, [("你（单位）于", FS, 16, False),
               ("2026年3月16日", KT, 16, False, None, True),
               ("向本局提交的", FS, 16, False),
               ("“青岛韩光精密机械有限公司”（外商独资）", KT, 16, False, None, True),
               ("设立登记申请材料收悉。经审查，申请材料不齐全、部分材料不符合法定形式，根据《中华人民共和国市场主体登记管理条例》第十九条的规定，现一次性告知需要补正的材料如下：", FS, 16, False)])
    hdr = ["序号", "需补正材料", "补正要求"]
    rows = [
        ["1", "外国投资者主体资格证明", "韩国法人登记簿誊本未附附加证明书（Apostille），请补办后提交原件及中文译本"],
        ["2", "公司章程", "第七条出资时间与《公司登记（备案）申请书》填报内容不一致，请统一后由投资者授权代表重新签署"],
        ["3", "法律文件送达授权委托书", "被委托人未签字，请补签"],
        ["4", "住所使用证明", "租赁协议出租方与不动产权证书权利人不一致，请补充提交产权人同意转租的书面文件"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.3, 4.6, 9.9])
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=C if ci == 0 else L)
        cl1.append(row_clause(hdr, row))
    empty(doc, 1, line=10)
    body(cl1, [("请于收到本告知单之日起30日内补正上述材料。补正后材料齐全、符合法定形式的，本局将当场予以登记;逾期未补正的，视为撤回申请，申请材料退回申请人。", FS, 16, False)])
    body(cl1, [("如对本告知内容有疑问，可向本局外资登记窗口咨询(咨询电话:0532-86989150)，也可拨打12345政务服务便民热线反映。", FS, 16, False)])
    cl1.append("本告知单一式两联，第一联交申请人，第二联窗口存档。")
    add_par(doc, [("\u3000\u3000本告知单一式两联，第一联交申请人，第二联窗口存档。", FS, 14, False)], indent=False, line=22)
    sign("2026年3月17日")
    docs.append({
        "meta": {
            "title": t1,
            "doc_number": "青西审外告〔2026〕0318号",
            "issuer": [organ],
            "date": "2026-03-17",
            "published": None,
            "level": "county",
            "region": "青岛西海岸新区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "告知单",
            "recipients": [applicant],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl1,
    })

    # ---------- C2 材料接收凭证 ----------
    cl2 = []
    t2 = "外商投资企业登记申请材料接收凭证"
    form_head(t2, "青西审外收〔2026〕0318号", new_page=True)
    body(cl2, [("本局于", FS, 16, False),
               ("2026年3月16日", KT, 16, False, None, True),
               ("收到你（单位）提交的", FS, 16, False),
               ("青岛韩光精密机械有限公司", KT, 16, False, None, True),
               ("设立登记申请材料共6件（详见下表），现出具本凭证。", FS, 16, False)])
    hdr = ["序号", "材料名称", "页数", "原件／复印件"]
    rows = [
        ["1", "公司登记（备案）申请书", "4", "原件"],
        ["2", "公司章程", "9", "原件"],
        ["3", "外国投资者主体资格证明及中文译本", "6", "原件"],
        ["4", "法律文件送达授权委托书", "1", "原件"],
        ["5", "住所使用证明（租赁协议、不动产权证书）", "7", "复印件"],
        ["6", "委托代理人身份证件", "1", "复印件"],
        ["合计", "6件", "28", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.5, 8.3, 2.0, 4.0])
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, HT if row[0] == "合计" and ci == 0 else FS, 12,
                     align=L if ci == 1 else C)
        cl2.append(row_clause(hdr, row))
    empty(doc, 1, line=10)
    body(cl2, [("本凭证仅证明本局已收到上述材料，不代表申请已被受理。受理及办理进度可登录“爱山东”政务服务平台或者扫描窗口二维码查询。", FS, 16, False)])
    sign("2026年3月17日")
    docs.append({
        "meta": {
            "title": t2,
            "doc_number": "青西审外收〔2026〕0318号",
            "issuer": [organ],
            "date": "2026-03-17",
            "published": None,
            "level": "county",
            "region": "青岛西海岸新区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "凭证",
            "recipients": [applicant],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    expected[stem] = docs


if __name__ == "__main__":
    doc_guangxi()
    doc_kunming()
    doc_qingdao()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", sorted(expected))
