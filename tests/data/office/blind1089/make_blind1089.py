# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1089: 转发 chains (县转市转省转部; 市转省 as 附件), Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
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


CUR_LINE = [28]  # 固定值 line spacing of the current document


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = CUR_LINE[0]
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


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=None, keep=False):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)
        p.paragraph_format.keep_with_next = keep


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


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
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(table, widths):
    """Column widths in tblGrid and every cell (call before merging)."""
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, wdt in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(wdt.twips if hasattr(wdt, "twips") else wdt / 635)))
    table.autofit = False
    for row in table.rows:
        for ci, c in enumerate(row.cells):
            c.width = widths[ci]


def cant_split(table):
    for row in table.rows:
        row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def title_lines(doc, lines, size=22, soft=False, color=None, line=36):
    """Title over several lines: separate paragraphs, or soft breaks (Shift+Enter)."""
    if soft:
        p = doc.add_paragraph()
        for i, t in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(t), XBS, size, False, color)
        fmt(p, align=C, indent=False, line=line)
    else:
        for t in lines:
            p = add_par(doc, [(t, XBS, size, False, color)], align=C, indent=False, line=line)
            p.paragraph_format.keep_with_next = True


def signoff(doc, organ_lines, date, right_indent=48):
    for t in organ_lines:
        p = add_par(doc, t, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(right_indent)
        p.paragraph_format.keep_with_next = True
    p = add_par(doc, date, indent=False, align=R)
    p.paragraph_format.right_indent = Pt(right_indent - 16)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1089", "--headless",
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


class Writer:
    """Writes body paragraphs and records the answer-key clauses."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def body(self, t, typed_indent=False):
        self.clauses.append(t)
        if typed_indent:
            return add_par(self.doc, IND + t, indent=False)
        return add_par(self.doc, t)

    def head(self, t, name=HT):
        return add_par(self.doc, [(t, name, 16, False)])

    def runin(self, h, t, hfont=KT, bold=True, typed_indent=False):
        self.clauses.append(h + t)
        runs = [(h, hfont, 16, bold), (t, FS, 16, False)]
        if typed_indent:
            return add_par(self.doc, [(IND, FS, 16, False)] + runs, indent=False)
        return add_par(self.doc, runs)

    def plain(self, t, **kw):
        """Non-clause line (主送, 特此通知 etc.)."""
        kw.setdefault("indent", False)
        return add_par(self.doc, t, **kw)


# =================================================================== DOC A
# 浦江县商务局 ← 金华市商务局 ← 浙江省商务厅 ← 商务部办公厅 (four levels)
def doc_pujiang():
    stem = "blind1089_pujiang_sijizhuanfa"
    CUR_LINE[0] = 26
    doc = Document()
    setup(doc)
    w = Writer(doc)

    inner_t = "商务部办公厅关于进一步做好共建“一带一路”境外项目安全风险防范工作的通知"
    prov_t = "浙江省商务厅转发" + inner_t
    county_t = "浦江县商务局关于转发《金华市商务局关于转发〈" + prov_t + "〉的通知》的通知"

    # ---------------- county level
    add_par(doc, [("特急", HT, 16, False)], indent=False, align=L)
    add_par(doc, [("浦江县商务局文件", XBS, 40, False, RED)], align=C, indent=False,
            line=56, before=12)
    p = add_par(doc, "浦商务〔2026〕8号", indent=False, align=C, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed over four paragraphs, broken at odd places
    title_lines(doc, [
        "浦江县商务局关于转发《金华市商务局关于",
        "转发〈浙江省商务厅转发商务部办公厅关于",
        "进一步做好共建“一带一路”境外项目安全",
        "风险防范工作的通知〉的通知》的通知",
    ], line=32)
    empty(doc, 1, line=16)
    w.plain("各乡镇人民政府、街道办事处，县发展改革局、县公安局、县外办、县应急管理局，各对外投资合作企业：")
    w.body("现将《金华市商务局关于转发〈浙江省商务厅转发商务部办公厅关于进一步做好共建“一带一路”境外项目安全风险防范工作的通知〉的通知》（金商务〔2026〕19号）转发给你们，请认真贯彻落实。结合我县实际，提出以下补充要求：")
    w.body("一、全面开展风险排查。各有关企业要对照通知要求逐项自查，于2026年4月10日前将自查情况报送县商务局。")
    w.body("二、落实企业主体责任。我县目前共有对外投资合作企业47家，在外人员312人。各企业要按规定为外派人员购买境外人身意外伤害保险。")
    w.body("三、强化部门协同。遇有突发事件，企业须第一时间报告县商务局和所在乡镇（街道），县外办、县公安局等部门按职责做好应急处置工作。")
    w.body("联系人：吴海燕，联系电话：0579-84132617。")
    empty(doc, 1)
    signoff(doc, ["浦江县商务局"], "2026年3月24日")
    w.plain("（此件公开发布）", indent=True)
    empty(doc, 1)

    # ---------------- city level (red 版头 retyped, smaller)
    p = add_par(doc, [("金华市商务局文件", XBS, 32, False, RED)], align=C, indent=False, line=44)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "金商务〔2026〕19号", indent=False, align=C)
    p.paragraph_format.keep_with_next = True
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1, line=12, keep=True)
    title_lines(doc, [
        "金华市商务局关于转发《浙江省商务厅转发商务部",
        "办公厅关于进一步做好共建“一带一路”境外项目",
        "安全风险防范工作的通知》的通知",
    ], size=18, soft=True, line=28)
    empty(doc, 1, line=12, keep=True)
    w.plain("各县（市、区）商务主管部门，金华开发区经济发展局：")
    w.body("现将《浙江省商务厅转发商务部办公厅关于进一步做好共建“一带一路”境外项目安全风险防范工作的通知》（浙商务函〔2026〕41号）转发给你们，请于2026年4月15日前将风险排查情况报送市商务局。")
    signoff(doc, ["金华市商务局"], "2026年3月19日")
    empty(doc, 1)

    # ---------------- province level (函 style, no "文件")
    p = add_par(doc, [("浙江省商务厅", XBS, 32, False, RED)], align=C, indent=False, line=44)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "浙商务函〔2026〕41号", indent=False, align=R)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.right_indent = Pt(16)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1, line=12, keep=True)
    title_lines(doc, [
        "浙江省商务厅转发商务部办公厅关于进一步做好共建",
        "“一带一路”境外项目安全风险防范工作的通知",
    ], size=18, line=28)
    empty(doc, 1, line=12, keep=True)
    w.plain("各市、县（市、区）商务主管部门，各有关企业：")
    w.body("现将《商务部办公厅关于进一步做好共建“一带一路”境外项目安全风险防范工作的通知》（商办合函〔2026〕58号）转发给你们，请组织辖区企业于2026年4月30日前完成排查并报送省商务厅。")
    signoff(doc, ["浙江省商务厅"], "2026年3月13日")
    empty(doc, 1)

    # ---------------- ministry level (innermost, full text)
    p = add_par(doc, [("中华人民共和国商务部办公厅", XBS, 30, False, RED)], align=C,
                indent=False, line=44)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "商办合函〔2026〕58号", indent=False, align=R)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.right_indent = Pt(16)
    border(p, "bottom", "FF0000", 12, 4, val="double")
    empty(doc, 1, line=12, keep=True)
    title_lines(doc, [
        "商务部办公厅关于进一步做好共建“一带一路”",
        "境外项目安全风险防范工作的通知",
    ], size=18, line=28)
    empty(doc, 1, line=12, keep=True)
    w.plain("各省、自治区、直辖市及计划单列市商务主管部门：")
    w.body("当前，共建“一带一路”境外项目面临的安全形势复杂严峻。为切实保障境外人员、项目和资产安全，现就有关事项通知如下：")
    w.runin("一、压实安全防范责任。", "对外投资合作企业是境外安全风险防范的责任主体。地方商务主管部门要按照“谁主管、谁负责”“谁派出、谁负责”的原则，加强指导和监督。", hfont=HT, bold=False)
    w.runin("二、开展安全风险排查。", "重点排查：1.境外安全管理制度执行情况；2.安防设施和安保力量配备情况；3.外派人员安全培训和保险购买情况。排查工作分三个阶段进行，具体安排如下：", hfont=HT, bold=False)
    cap = add_par(doc, [("境外安全风险排查工作安排表", HT, 14, False)], align=C, indent=False, before=4)
    cap.paragraph_format.keep_with_next = True
    header = ["序号", "阶段", "完成时间", "主要任务", "责任主体"]
    rows = [
        ["1", "企业自查", "2026年4月30日前", "企业对照排查内容逐项自查，形成自查报告", "对外投资合作企业"],
        ["2", "地方核查", "2026年5月31日前", "对重点企业开展抽查核查，形成本地区排查报告", "地方商务主管部门"],
        ["3", "总结报送", "2026年6月15日前", "将排查报告及重点项目台账报送商务部（合作司）", "省级商务主管部门"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.4), Cm(2.4), Cm(3.2), Cm(5.6), Cm(3.0)])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 3 else C)
        w.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    w.runin("三、加强应急处置。", "境外发生安全突发事件后，企业应在2小时内向我驻外使（领）馆和国内主管部门报告，不得迟报、漏报、瞒报。", hfont=HT, bold=False)
    w.body("联系人：刘建明，电话：010-65197426。")
    empty(doc, 1)
    signoff(doc, ["商务部办公厅"], "2026年3月6日")
    banji(doc, "抄送：金华市商务局，县人民政府办公室。", "浦江县商务局办公室", "2026年3月24日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": county_t,
            "doc_number": "浦商务〔2026〕8号",
            "issuer": ["浦江县商务局"],
            "date": "2026-03-24",
            "published": None,
            "level": "county",
            "region": "浦江县",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各乡镇人民政府", "街道办事处", "县发展改革局", "县公安局", "县外办",
                           "县应急管理局", "各对外投资合作企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": w.clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门市商务局 转发 省商务厅 省财政厅 通知 (two levels, forwarded notice printed as 附件)
def doc_xiamen():
    stem = "blind1089_xiamen_fujian_zhuanfa"
    CUR_LINE[0] = 27
    doc = Document()
    setup(doc)
    w = Writer(doc)
    att_t = "福建省商务厅 福建省财政厅关于组织申报2026年度外经贸发展专项资金（海外仓和“丝路海运”项目）的通知"
    main_t = "厦门市商务局转发" + att_t

    add_par(doc, [("厦门市商务局文件", XBS, 40, False, RED)], align=C, indent=False,
            line=60, before=40)
    empty(doc, 1)
    p = add_par(doc, "厦商务〔2026〕37号", indent=False, align=C)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    title_lines(doc, [
        "厦门市商务局转发福建省商务厅 福建省",
        "财政厅关于组织申报2026年度外经贸发展",
        "专项资金（海外仓和“丝路海运”项目）",
        "的通知",
    ], soft=True, line=32)
    empty(doc, 1)
    w.plain("各区商务主管部门，中国（福建）自由贸易试验区厦门片区管委会，有关企业：")
    # typed full-width spaces as indent in this file
    w.body("现将福建省商务厅、福建省财政厅《关于组织申报2026年度外经贸发展专项资金（海外仓和“丝路海运”项目）的通知》（闽商务外贸〔2026〕15号）转发给你们，并就我市申报工作提出如下要求，请一并遵照执行。", typed_indent=True)
    w.body("一、申报企业应在线填报，同时将纸质申报材料一式两份报送注册地所在区商务主管部门；厦门片区内企业报送厦门片区管委会。我市企业申报截止时间为2026年5月8日。", typed_indent=True)
    w.body("二、各区商务主管部门、厦门片区管委会应对申报材料进行初审，于2026年5月12日前将初审意见、项目汇总表和申报材料报送市商务局（对外贸易处），逾期不予受理。", typed_indent=True)
    w.body("三、我市申报截止时间早于省定时间，请各有关单位及时通知辖区企业，做好政策宣传和申报辅导工作。", typed_indent=True)
    w.body("联系人：市商务局对外贸易处　陈雅琪，联系电话：0592-2865143。", typed_indent=True)
    empty(doc, 1)
    # 附件 list with hanging indent, wrapped by Word
    p = add_par(doc, IND + "附件：" + att_t, indent=False)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2)
    # 落款 typed with spaces
    add_par(doc, " " * 38 + "厦门市商务局", indent=False)
    add_par(doc, " " * 36 + "2026年4月22日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    page_break(doc)

    # ---------------- 附件: the province's notice
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    title_lines(doc, [
        "福建省商务厅 福建省财政厅",
        "关于组织申报2026年度外经贸发展专项资金",
        "（海外仓和“丝路海运”项目）的通知",
    ], line=32)
    add_par(doc, [("闽商务外贸〔2026〕15号", KT, 16, False)], align=C, indent=False)
    empty(doc, 1)
    w.plain("各设区市商务局、财政局，平潭综合实验区经济发展局、财政金融局：")
    w.body("为支持企业建设海外仓、拓展“丝路海运”航线，根据《福建省省级外经贸发展专项资金管理办法》（闽财企〔2024〕8号），现就有关事项通知如下：")
    w.head("一、支持方向和标准")
    w.body("具体支持方向和标准见下表。")
    cap = add_par(doc, [("表1　2026年度专项资金支持方向及标准（单位：万元）", HT, 14, False)],
                  align=C, indent=False, before=6)
    cap.paragraph_format.keep_with_next = True

    # two-level header: 支持标准 over 补助比例 / 单个项目最高限额; vertical merges in body
    t = doc.add_table(rows=7, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.4), Cm(2.4), Cm(5.2), Cm(3.2), Cm(3.4)])
    hdr_top = ["序号", "支持方向", "支持内容", "支持标准", ""]
    hdr_sub = ["", "", "", "补助比例", "单个项目最高限额"]
    for i in range(5):
        if hdr_top[i]:
            set_cell(t.rows[0].cells[i], hdr_top[i], HT, 10.5)
        if hdr_sub[i]:
            set_cell(t.rows[1].cells[i], hdr_sub[i], HT, 10.5)
    for i in range(3):
        t.cell(0, i).merge(t.cell(1, i))
        set_cell(t.cell(0, i), hdr_top[i], HT, 10.5)
    t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(t.cell(0, 3), "支持标准", HT, 10.5)
    cant_split(t)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "支持方向", "支持内容", "支持标准／补助比例", "支持标准／单个项目最高限额"]
    rows = [
        ["1", "海外仓", "新建或扩建公共海外仓，单仓面积达到5000平方米以上", "不超过实际投入的30%", "300"],
        ["2", "海外仓", "海外仓数字化、智能化改造", "不超过实际投入的20%", "100"],
        ["3", "“丝路海运”", "新开通“丝路海运”命名航线，年开行不少于24个航次", "按航线实际开行航次给予补助", "200"],
        ["4", "“丝路海运”", "企业使用“丝路海运”命名航线出口集装箱货物", "每标准箱补助100元", "50"],
        ["5", "海外智慧物流平台", "建设海外仓信息服务平台，为中小外贸企业提供一站式服务", "不超过实际投入的20%", "80"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 2 else C)
        w.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    # vertical merges of 支持方向 (rows 1-2 and 3-4)
    for a, b, txt in ((2, 3, "海外仓"), (4, 5, "“丝路海运”")):
        t.cell(a, 1).merge(t.cell(b, 1))
        set_cell(t.cell(a, 1), txt, FS, 10.5)
    n = add_par(doc, [("注：同一项目不得重复申报；已获中央财政资金支持的项目不再支持。", FS, 12, False)],
                indent=False, line=20, before=4)
    w.clauses.append("注：同一项目不得重复申报；已获中央财政资金支持的项目不再支持。")
    w.head("二、申报条件")
    w.body("（一）在我省注册的外贸、物流或航运企业。")
    w.body("（二）近三年内未被列入严重违法失信名单。")
    w.head("三、申报材料")
    w.body("申报企业应提交以下材料：1.专项资金申报表；2.企业营业执照复印件；3.项目投资凭证等证明材料；4.信用承诺书。")
    w.head("四、时间安排")
    w.body("（一）企业申报截止时间为2026年5月20日。")
    w.body("（二）设区市初审截止时间为2026年5月31日。")
    w.runin("五、其他事项。", "各地要严格审核把关，对弄虚作假、骗取专项资金的，依法依规追究责任。", hfont=HT, bold=False)
    w.body("联系人：林志强，联系电话：0591-87851532。")
    empty(doc, 1)
    # two organs side by side, typed with spaces
    add_par(doc, "    福建省商务厅" + " " * 18 + "福建省财政厅", indent=False)
    add_par(doc, " " * 36 + "2026年4月14日", indent=False)
    banji(doc, "抄送：福建省商务厅，市财政局。", "厦门市商务局办公室", "2026年4月22日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": main_t,
            "doc_number": "厦商务〔2026〕37号",
            "issuer": ["厦门市商务局"],
            "date": "2026-04-22",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [att_t],
            "doc_type": "通知",
            "recipients": ["各区商务主管部门", "中国（福建）自由贸易试验区厦门片区管委会", "有关企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": w.clauses,
    }]
    return path


# =================================================================== DOC C
# 宁明县商务局 ← 崇左市商务局 ← 广西壮族自治区商务厅 ← 商务部办公厅 海关总署办公厅
def doc_ningming():
    stem = "blind1089_ningming_bianmin"
    CUR_LINE[0] = 26
    doc = Document()
    setup(doc)
    w = Writer(doc)
    n_item = make_numbering(doc, "%1、")

    inner_t = "商务部办公厅 海关总署办公厅关于深入推进边民互市贸易进口商品落地加工的通知"
    county_t = "宁明县商务局关于转发《" + inner_t + "》的通知"

    # ---------------- county level
    add_par(doc, [("加急", HT, 16, False)], indent=False, align=L)
    add_par(doc, [("宁明县商务局", XBS, 44, False, RED)], align=C, indent=False,
            line=58, before=10)
    empty(doc, 1)
    p = add_par(doc, "宁商发〔2026〕12号", indent=False, align=C)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    title_lines(doc, [
        "宁明县商务局关于转发《商务部办公厅 ",
        "海关总署办公厅关于深入推进边民互市贸易",
        "进口商品落地加工的通知》的通知",
    ], soft=True, line=32)
    empty(doc, 1)
    w.plain("爱店镇、峙浪乡人民政府，县直有关部门，爱店边民互市贸易区管理服务中心，各边民互助组、落地加工企业：")
    w.body("现将《商务部办公厅 海关总署办公厅关于深入推进边民互市贸易进口商品落地加工的通知》（商办贸函〔2026〕97号）及自治区商务厅、崇左市商务局转发文件一并转发给你们，请认真贯彻落实。现就有关事项补充通知如下：", typed_indent=True)
    # half-width brackets typed by the clerk; (一)(二) in one paragraph split with Shift+Enter
    c1 = "(一)摸清底数。爱店边民互市贸易区管理服务中心要会同爱店镇、峙浪乡对全县边民互助组和落地加工企业开展摸底，于2026年4月30日前报县商务局。"
    c2 = "(二)抓好项目。围绕中药材、坚果、八角、肉桂等特色商品，加快建设爱店中药材落地加工产业园，2026年力争新增落地加工企业3家以上，带动边民1,260户参与互市贸易。"
    p = doc.add_paragraph()
    font(p.add_run(IND + c1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + c2), FS, 16)
    fmt(p, indent=False)
    w.clauses.extend([c1, c2])
    w.body("(三)强化监管。县市场监督管理局、县商务局要加强对落地加工企业的日常监管，严禁以落地加工名义倒卖互市商品。", typed_indent=True)
    w.body("联系人:黄丽萍,联系电话:0771-8621305。", typed_indent=True)
    empty(doc, 1)
    # 落款 aligned with a tab stop
    for txt in ("宁明县商务局", "二〇二六年三月二十六日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)

    def inner_header(organ, wenhao, size=26):
        p = add_par(doc, [(organ, HT, size, False)], align=C, indent=False, line=44, before=10)
        p.paragraph_format.keep_with_next = True
        border(p, "top", "000000", 6, 10)
        p = add_par(doc, wenhao, indent=False, align=C)
        p.paragraph_format.keep_with_next = True
        border(p, "bottom", "000000", 12, 4)
        empty(doc, 1, line=16, keep=True)

    # ---------------- city level (retyped in black)
    inner_header("崇左市商务局", "崇商发〔2026〕25号")
    title_lines(doc, [
        "崇左市商务局关于转发自治区商务厅转发商务部",
        "办公厅 海关总署办公厅关于深入推进边民互市",
        "贸易进口商品落地加工的通知的通知",
    ], size=20, line=30)
    empty(doc, 1, line=16)
    w.plain("凭祥市、宁明县、龙州县、大新县商务主管部门：")
    w.body("现将《广西壮族自治区商务厅转发商务部办公厅 海关总署办公厅关于深入推进边民互市贸易进口商品落地加工的通知》（桂商贸发〔2026〕17号）转发给你们，请结合实际认真抓好落实。2026年全市力争新增落地加工企业15家以上，请于每季度结束后10日内将落地加工情况报送市商务局。", typed_indent=True)
    for txt in ("崇左市商务局", "2026年3月17日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)
    empty(doc, 1)

    # ---------------- province level
    inner_header("广西壮族自治区商务厅", "桂商贸发〔2026〕17号")
    title_lines(doc, [
        "广西壮族自治区商务厅转发商务部办公厅 ",
        "海关总署办公厅关于深入推进边民互市贸易",
        "进口商品落地加工的通知",
    ], size=20, line=30)
    empty(doc, 1, line=16)
    w.plain("防城港、崇左、百色市商务局：")
    w.body("现将《商务部办公厅 海关总署办公厅关于深入推进边民互市贸易进口商品落地加工的通知》（商办贸函〔2026〕97号）转发给你们，请认真贯彻执行。2025年，我区边民互市贸易进出口额528.6亿元，其中落地加工商品占比61.3%。", typed_indent=True)
    for txt in ("广西壮族自治区商务厅", "2026年3月9日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)
    w.plain("　　（此件主动公开）")

    # ---------------- ministry level (innermost, full text)
    inner_header("商务部办公厅　海关总署办公厅", "商办贸函〔2026〕97号", size=24)
    title_lines(doc, [
        "商务部办公厅 海关总署办公厅关于深入推进",
        "边民互市贸易进口商品落地加工的通知",
    ], line=32)
    empty(doc, 1, line=16)
    w.plain("有关省（自治区）商务主管部门，有关直属海关：")
    w.body("为进一步规范和推进边民互市贸易进口商品落地加工，促进边境地区产业发展和兴边富民，现就有关事项通知如下：")

    items = [
        ("优化落地加工商品目录。", "各省（自治区）商务主管部门要结合本地区产业基础，动态调整可落地加工商品目录，重点支持农产品、中药材、矿产品等初级产品就地加工。"),
        ("规范交易和申报。", "边民或边民互助组应当通过互市贸易服务平台如实申报，落地加工企业应当与边民互助组签订购销合同，确保商品来源可追溯、资金结算可核验。"),
        ("加强监管。", "海关要依托“智慧互市”监管系统加强对互市商品交易、申报、出区等环节的监管，严厉打击走私等违法违规行为。"),
        ("做好统计监测。", "各省（自治区）商务主管部门要于每季度结束后15日内，将本地区落地加工情况报送商务部（外贸司），抄送海关总署（口岸监管司）。"),
    ]
    for i, (h, tx) in enumerate(items):
        # auto-numbered 一、二、… (Word list), heading words in 黑体
        w.clauses.append("%s、%s%s" % (CN[i], h, tx))
        p = add_par(doc, [(h, HT, 16, False), (tx, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)
    empty(doc, 1)
    p = add_par(doc, "商务部办公厅" + "\u3000" * 4 + "海关总署办公厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年2月27日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    banji(doc, "抄送：崇左市商务局，县人民政府办公室，凭祥海关驻爱店办事处。", "宁明县商务局办公室",
          "2026年3月26日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": county_t,
            "doc_number": "宁商发〔2026〕12号",
            "issuer": ["宁明县商务局"],
            "date": "2026-03-26",
            "published": None,
            "level": "county",
            "region": "宁明县",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["爱店镇人民政府", "峙浪乡人民政府", "县直有关部门",
                           "爱店边民互市贸易区管理服务中心", "各边民互助组", "落地加工企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": w.clauses,
    }]
    return path


def main():
    paths = [doc_pujiang(), doc_xiamen(), doc_ningming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
