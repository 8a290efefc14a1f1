# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1076: 项目申报通知 / 申报指南 (checkbox lists, arrow flows, 时间安排,
支持标准 and 区县联系方式 tables, 申报书 forms with ____ blanks).
Writes Word + PDF + expected.json next to this script."""
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
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


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
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run("1" if kind == "text" else None)
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_widths(t, widths):
    """cell widths + tblGrid, so LibreOffice honours them too."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def data_table(doc, header, rows, clauses, hdr_repeat=False, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    if hdr_repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1076", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}
CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_chongqing():
    """Joint 红头 通知 (重庆市商务委员会 + 重庆市财政局), manual numbering."""
    stem = "blind1076_cq_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头: joint organs stacked on the left, 文件 on the right (layout table)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "重庆市商务委员会", XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.rows[1].cells[0], "重庆市财政局", XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 30, color=RED)
    m.vertical_alignment = 1
    set_widths(t, (10.5, 5.0))
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.line_spacing = Pt(42)
    p = add_par(doc, "渝商务发〔2026〕15号", align=C, indent=False, before=12)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in three lines wrapped at odd places
    for ln in ("重庆市商务委员会 重庆市财政局关于组织",
               "申报2026年度西部陆海新通道外贸发展专项",
               "资金项目的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=32)
    add_par(doc, "各区县（自治县）商务主管部门、财政局，两江新区、西部科学城重庆高新区、"
                 "万盛经开区经济发展和财政部门，有关企业：", indent=False)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为支持企业利用西部陆海新通道拓展东盟及共建“一带一路”国家市场，根据《重庆市外经贸发展专项资金管理办法》"
         "（渝财规〔2024〕6号），现将2026年度西部陆海新通道外贸发展专项资金（以下简称专项资金）项目申报工作通知如下：")
    head("一、申报条件")
    body("（一）在重庆市行政区域内依法注册、具有独立法人资格的企业；")
    body("（二）2025年度经西部陆海新通道进出口货值不低于500万美元（海外仓项目不受此限）；")
    body("（三）近三年无重大违法违规行为，未被列入严重失信主体名单。")
    head("二、支持标准")
    body("专项资金采取事后补助方式，单个企业年度支持总额不超过300万元。具体标准如下：")
    add_par(doc, [("表1　专项资金支持标准", HT, 14, False)], align=C, indent=False, line=24)
    add_par(doc, [("单位：万元", FS, 12, False)], align=R, indent=False, line=20)
    # two-level merged header
    hdr_top = ["序号", "支持类别", "支持标准", "支持标准", "备注"]
    hdr_low = ["", "", "补助依据", "单项最高", ""]
    rows = [
        ["1", "铁海联运班列", "每标准箱500元", "100", "以班列舱单为准"],
        ["2", "跨境公路班车", "每车次2000元", "50", "限东盟方向"],
        ["3", "新建海外仓", "实际投资额的20%", "200", "不少于2000平方米"],
        ["4", "改扩建海外仓", "实际投资额的10%", "80", "新增不少于1000平方米"],
        ["5", "通道贸易新业态", "每万美元奖励50元", "60", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in (0, 1, 4):
        mc = t.cell(0, i).merge(t.cell(1, i))
        set_cell(mc, hdr_top[i], HT, 12)
        mc.vertical_alignment = 1
    mc = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(mc, "支持标准", HT, 12)
    set_cell(t.cell(1, 2), "补助依据", HT, 12)
    set_cell(t.cell(1, 3), "单项最高", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "支持类别", "支持标准／补助依据", "支持标准／单项最高", "备注"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    set_widths(t, (1.3, 3.6, 4.0, 2.2, 4.4))
    body("注：同一企业同一类别只能申报一个项目。", indent=False, line=22)
    head("三、申报材料")
    body("申报单位按以下清单准备材料（一式三份），并在方框内打“√”：")
    for ln in ("☐ 1.项目申报书（附件）；",
               "☐ 2.营业执照复印件；",
               "☐ 3.2025年度经通道进出口报关单及运费支付凭证；",
               "☐ 4.海外仓项目另附境外投资备案证明。"):
        body(ln)
    head("四、申报流程")
    body("本次申报按照“企业申报→区县初审→市级复核→公示”的流程进行。企业于2026年3月20日至4月20日在线填报并报送纸质材料；"
         "区县于5月10日前报送初审意见。")
    head("五、联系方式")
    body("市商务委对外贸易处：黄晓东，023-62663125。各区县联系方式如下：")
    data_table(doc, ["区县", "联系人", "电话"], [
        ["渝中区", "王　磊", "023-63766215"],
        ["江北区", "陈　静", "023-67859312"],
        ["九龙坡区", "刘刚", "023-68780146"],
        ["涪陵区", "谭　明", "023-72237106"],
        ["万州区", "向红梅", "023-58234910"],
    ], clauses, hdr_repeat=True, widths=(5, 4, 6))
    p = add_par(doc, "附件：2026年度西部陆海新通道外贸发展专项资金项目申报书", indent=True, before=14)
    # joint 落款 typed side by side with spaces, date under
    add_par(doc, "    重庆市商务委员会" + "\u3000" * 6 + "重庆市财政局", indent=False, before=20)
    add_par(doc, "2026年3月12日", align=R, indent=False).paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：市发展改革委，重庆海关，市政府口岸物流办。", "重庆市商务委员会办公室", "2026年3月13日印发")

    # 附件1 on its own page: 申报书 form with blanks
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年度西部陆海新通道外贸发展专项资金", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("项目申报书", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    for ln in ("项目类别：☐铁海联运班列　☐跨境公路班车　☐新建海外仓　☐改扩建海外仓　☐通道贸易新业态",
               "申报单位（盖章）：________________________________",
               "统一社会信用代码：________________________________",
               "注册地：____________区县",
               "法定代表人：____________　联系电话：______________",
               "项目联系人：____________　手　　机：______________",
               "申请支持金额：____________万元",
               "申报日期：2026年____月____日"):
        clauses.append(ln)
        add_par(doc, ln, indent=False, line=40)
    empty(doc, 1)
    add_par(doc, [("重庆市商务委员会　重庆市财政局　制", KT, 16, False)], align=C, indent=False)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "重庆市商务委员会 重庆市财政局关于组织申报2026年度西部陆海新通道外贸发展专项资金项目的通知",
            "doc_number": "渝商务发〔2026〕15号",
            "issuer": ["重庆市商务委员会", "重庆市财政局"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度西部陆海新通道外贸发展专项资金项目申报书"],
            "doc_type": "通知",
            "recipients": ["各区县（自治县）商务主管部门、财政局",
                           "两江新区、西部科学城重庆高新区、万盛经开区经济发展和财政部门",
                           "有关企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ---- Word automatic multi-level numbering (一、 / （一） / 1.) ---------------
def make_multilevel(doc):
    numbering = doc.part.numbering_part.element
    aid = 1076
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" w:eastAsia="楷体_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%3."/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid))
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


def apply_num(p, nid, lvl):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), lvl, nid)))


# =================================================================== DOC B
def doc_chengdu():
    """申报指南 as posted on a 商务局 website; 一、/（一） are Word auto numbering."""
    stem = "blind1076_cd_zhinan"
    doc = Document()
    setup(doc)
    clauses = []
    nid = make_multilevel(doc)
    cnt = [0, 0]

    # title: one paragraph with a manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("2026年成都市外贸新业态发展项目"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("申报指南"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    def head(t):
        cnt[0] += 1
        cnt[1] = 0
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, nid, 0)

    def item(t, h=None):
        cnt[1] += 1
        runs = [(t, FS, 16, False)] if h is None else [(h, KT, 16, False), (t, FS, 16, False)]
        p = add_par(doc, runs, first=Pt(32))
        apply_num(p, nid, 1)
        clauses.append("（%s）%s%s" % (CN[cnt[1] - 1], h or "", t))

    body("为支持我市企业依托中欧班列（成渝）和中国（四川）自由贸易试验区成都片区拓展共建“一带一路”国家市场，"
         "根据《成都市促进外贸高质量发展若干政策措施》（成办规〔2025〕3号），制定本指南。")
    head("申报条件")
    item("在成都市行政区域内依法注册、具有独立法人资格的外贸企业、跨境电商企业和海外仓运营企业；")
    item("2025年度海关进出口额在100万美元以上，或跨境电商交易额在500万元以上；")
    item("未被列入严重失信主体名单，无欠缴税款和政府性资金。")
    head("支持内容和标准")
    item("对2025年度跨境电商交易额首次突破1亿元、5亿元、10亿元的企业给予一次性奖励。", "跨境电商主体培育。")
    item("对在共建“一带一路”国家新建的公共海外仓，按实际投资额的30%给予补助。", "公共海外仓建设。")
    add_par(doc, [("支持标准一览表（单位：万元）", HT, 14, False)], align=C, indent=False, line=26)
    hdr = ["序号", "支持事项", "支持条件", "支持金额"]
    rows = [
        ["1", "跨境电商主体培育", "交易额首次突破1亿元", "20"],
        ["2", "跨境电商主体培育", "交易额首次突破5亿元", "50"],
        ["3", "跨境电商主体培育", "交易额首次突破10亿元", "100"],
        ["4", "公共海外仓建设", "实际投资额的30%", "最高200"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1 and ri in (2, 3):
                continue
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    mc = t.cell(1, 1).merge(t.cell(3, 1))
    set_cell(mc, "跨境电商主体培育", FS, 12)
    mc.vertical_alignment = 1
    set_widths(t, (1.5, 4.5, 5.5, 4.0))
    body("注：同一企业同一年度获得的支持资金总额不超过300万元。", indent=False, line=22)
    head("申报材料")
    body("申报单位须提交以下材料（请在□内打√）：")
    for ln in ("□成都市外贸新业态发展项目申报书（附件）；",
               "□企业营业执照副本复印件；",
               "□2025年度海关或跨境电商平台交易数据证明；",
               "□海外仓项目另附境外注册证明和投资凭证。"):
        body(ln)
    head("申报流程")
    body("申报按以下流程进行：")
    flow = "企业申报 → 区（市）县初审 → 市级复核 → 公示 → 资金拨付"
    clauses.append(flow)
    add_par(doc, [(flow, HT, 16, False)], align=C, indent=False)
    item("企业在“蓉易办”平台在线填报，纸质材料报送注册地区（市）县商务主管部门。", "企业申报。")
    item("区（市）县商务主管部门出具初审意见，汇总报送市商务局。", "区（市）县初审。")
    item("市商务局委托第三方机构复核，拟支持名单在市商务局网站公示7天。", "市级复核和公示。")
    head("时间安排")
    data_table(doc, ["阶段", "时间", "工作内容"], [
        ["企业申报", "2026年4月7日至5月8日", "在线填报并报送纸质材料"],
        ["区（市）县初审", "2026年5月9日至5月29日", "出具初审意见"],
        ["市级复核", "2026年6月1日至6月30日", "第三方复核、实地抽查"],
        ["公示", "2026年7月上旬", "网站公示7天"],
    ], clauses, hdr_repeat=True, widths=(4, 5.5, 6))
    head("联系方式")
    body("市商务局对外贸易发展处：张晨，028-61881236。各区（市）县联系方式如下：")
    data_table(doc, ["区（市）县", "联系人", "电话"], [
        ["锦江区", "何丽", "028-86659012"],
        ["青羊区", "罗建", "028-61881570"],
        ["金牛区", "宋雨晴", "028-87712435"],
        ["武侯区", "邓超", "028-85073316"],
        ["双流区", "黄敏", "028-85803172"],
        ["四川天府新区成都直管区", "吴涛", "028-68009163"],
    ], clauses, hdr_repeat=True, widths=(6, 4, 5.5))
    add_par(doc, "附件：成都市外贸新业态发展项目申报书", before=14)
    empty(doc, 1)
    p = add_par(doc, "成都市商务局", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年4月1日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)

    # attachment: 申报书 form
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("成都市外贸新业态发展项目申报书", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    for ln in ("申报单位：______________________________（盖章）",
               "申报事项：□跨境电商主体培育　　□公共海外仓建设",
               "所属区（市）县：______________________",
               "项目联系人：______________　联系电话：______________",
               "2025年度进出口额（万美元）：______________",
               "申请支持金额（万元）：______________",
               "填报日期：______年____月____日"):
        clauses.append(ln)
        add_par(doc, ln, indent=False, line=40)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "2026年成都市外贸新业态发展项目申报指南",
            "doc_number": None,
            "issuer": ["成都市商务局"],
            "date": "2026-04-01",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": ["成都市外贸新业态发展项目申报书"],
            "doc_type": "指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_binhai():
    """District 紧急通知 (天津市滨海新区商务局): 特急 mark, space indents, Shift+Enter,
    mixed half-width punctuation, √/□ self-check table, tab-aligned 落款 in Chinese numerals."""
    stem = "blind1076_bh_jjtz"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "    "  # clerk indents with four half-width spaces

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("天津市滨海新区商务局文件", XBS, 36, False, RED)],
            align=C, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, "津滨商务〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("天津市滨海新区商务局关于做好2026年度", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("跨境电商公共海外仓项目申报工作的紧急通知", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各开发区管委会，各街镇，有关企业:", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("根据《天津市商务局关于组织申报2026年度天津市跨境电商公共海外仓项目的通知》(津商务贸发〔2026〕9号)要求，"
         "为做好我区申报工作，现将有关事项通知如下：")
    runin("一、申报范围。", "在滨海新区注册、在共建“一带一路”国家和RCEP成员国运营公共海外仓的企业，海外仓面积不低于3000平方米，"
          "2025年服务外贸企业不少于20家。")
    runin("二、申报时间。", "即日起至2026年5月20日(星期三)17:00前，逾期不予受理。")
    runin("三、申报材料。", "企业应对照下表自查，在“企业自查”栏内打“√”，与申报材料一并报送。")
    data_table(doc, ["序号", "材料名称", "提供要求", "企业自查"], [
        ["1", "申报书（附件）", "必须提供", "□"],
        ["2", "营业执照复印件", "必须提供", "□"],
        ["3", "海外仓租赁合同或产权证明（外文需附中文译本）", "必须提供", "□"],
        ["4", "2025年度海外仓服务企业清单及服务合同", "必须提供", "□"],
        ["5", "海外仓信息化管理系统截图", "如有请提供", "□"],
    ], clauses, widths=(1.5, 8.5, 3, 2.5))
    runin("四、申报流程。", "企业申报→开发区（街镇）初审→区商务局复核→报送市商务局。")
    # two paragraphs typed into one with Shift+Enter
    t1 = "请各开发区管委会、各街镇于5月22日前将初审意见和企业申报材料报送区商务局对外贸易科,逾期视为放弃。"
    t2 = "区商务局复核后统一报送市商务局，复核结果在滨海新区政务网公示。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    runin("五、支持标准。", "市级对认定的公共海外仓按实际投资额的30%给予补助，单个项目最高不超过300万元；区级按市级支持额度的50%"
          "给予配套，单个项目最高不超过100万元。")
    add_par(doc, [(IND, FS, 16, False), ("六、联系方式", HT, 16, False)], indent=False)
    body("联系地址：滨海新区第二大街1号区政务服务中心B座412室。")
    data_table(doc, ["单位", "联系人", "电话"], [
        ["区商务局对外贸易科", "刘晓宁", "022-65306125"],
        ["天津经济技术开发区", "孟　凡", "022-25201736"],
        ["天津港保税区", "赵　倩", "022-84906617"],
        ["东疆综合保税区", "孙　浩", "022-25605218"],
        ["中新天津生态城", "李　娜", "022-66706312"],
    ], clauses, widths=(6.5, 4, 5))
    body("此项工作时间紧、任务重，请各单位高度重视，认真组织，确保按时报送。")
    empty(doc, 1)
    add_par(doc, IND + "附件：2026年度天津市跨境电商公共海外仓项目申报书", indent=False)
    empty(doc, 2)
    # 落款 aligned with tab stops
    for txt in ("天津市滨海新区商务局", "二〇二六年五月六日"):
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.2), 0)
    empty(doc, 1)
    add_par(doc, IND + "(此件依申请公开)", indent=False)
    banji(doc, "抄送：市商务局。", "天津市滨海新区商务局办公室", "2026年5月6日印发")

    # attachment
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年度天津市跨境电商公共海外仓", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("项目申报书", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    for ln in ("企业名称（盖章）：________________________",
               "海外仓名称：____________  所在国家（城市）：__________",
               "海外仓面积：__________平方米  投资额：__________万元",
               "2025年服务外贸企业数量：__________家",
               "申请支持金额：市级__________万元  区级配套__________万元",
               "负责人（签字）：__________  填报人：__________",
               "联系电话：______________  填报日期：2026年__月__日"):
        clauses.append(ln)
        add_par(doc, ln, indent=False, line=40)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "天津市滨海新区商务局关于做好2026年度跨境电商公共海外仓项目申报工作的紧急通知",
            "doc_number": "津滨商务〔2026〕21号",
            "issuer": ["天津市滨海新区商务局"],
            "date": "2026-05-06",
            "published": None,
            "level": "county",
            "region": "天津市滨海新区",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度天津市跨境电商公共海外仓项目申报书"],
            "doc_type": "通知",
            "recipients": ["各开发区管委会", "各街镇", "有关企业"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_chongqing(), doc_chengdu(), doc_binhai()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
