# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1056: 县人民政府通知 typed in an old template (宋体 bold title, half-width
numbering 一. / (一) / 1. / (1), （盖章） under the 落款 organ, dates typed 2026.3.5 /
2026-03-05, 联系人 table at the end of the body, 附件 报名表 with □ checkboxes),
on 边境贸易 / 一带一路 business.  Writes Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = first if first is not None else Pt(0)
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def add_text(p, text, name=FS, size=16, bold=False, color=None):
    """Add text to p; '\n' inside text becomes a manual line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        font(r, name, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def par(doc, runs, **kw):
    """runs: str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        add_text(p, *r)
    fmt(p, **kw)
    if getattr(doc, "_pbb", False):
        p.paragraph_format.page_break_before = True
        doc._pbb = False
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), line=line)


def page_break(doc):
    """next paragraph starts a new page (段前分页), so no stray empty page appears."""
    doc._pbb = True


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def setup(doc, body_font=FS):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    # old office template: narrower top/bottom margins than GB/T 9704
    s.top_margin, s.bottom_margin = Cm(3.0), Cm(2.5)
    s.footer_distance = Cm(1.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)


def _field(p, instr, size=14, name=SONG):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def footer(doc, style):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = C
    if style == "dash":          # - 1 -
        font(fp.add_run("- "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" -"), SONG, 14)
    elif style == "emdash":      # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:                        # 第 1 页 共 3 页 (old template)
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    add_text(p, text, name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    """fix column widths in both tblGrid and every cell (LibreOffice reads the grid)."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def cell_shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def row_text(header, row):
    return "；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, row))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def contact_table(doc, rows, clauses, merge_first=None, widths=(6.5, 4.5, 4.5), size=14):
    """单位 / 联系人 / 电话; merge_first=(r0, r1) merges the 单位 cells of those rows."""
    header = ["单位", "联系人", "电话"]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size)
        clauses.append(row_text(header, row))
    if merge_first:
        a, b = merge_first
        m = t.cell(a, 0).merge(t.cell(b, 0))
        set_cell(m, rows[a - 1][0], FS, size)
    set_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = par(doc, [(cc, FS, 14, False)], line=24, left=Pt(14))
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, 14, False), ("\u3000" * 6, FS, 14, False),
                   (date_txt, FS, 14, False)], line=24, left=Pt(14))
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1056", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


SP4 = "    "  # clerk's four half-width spaces instead of a first-line indent


# =================================================================== DOC A
def doc_longzhou():
    """龙州县人民政府: 组织企业参加东博会边境贸易专区 (龙政发[2026]8号)."""
    stem = "blind1056_longzhou_dongbohui"
    doc = Document()
    setup(doc)
    footer(doc, "dash")
    clauses = []

    def body(t, keep=True):
        # old template: indent typed as four half-width spaces, no paragraph indent
        par(doc, [(SP4, FS, 16, False), (t, FS, 16, False)], align=J)
        if keep:
            clauses.append(t.replace("\n", ""))

    def head(t):
        par(doc, [(SP4, FS, 16, False), (t, HT, 16, False)], align=J)

    # 红头
    par(doc, [("龙州县人民政府文件", XBS, 36, False, RED)], align=C, line=54)
    empty(doc, 1)
    p = par(doc, "龙政发[2026]8号", align=C)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: 宋体 bold, wrapped by hand in the middle of 东盟博览会
    par(doc, [("龙州县人民政府关于组织企业参加第23届\n中国—东盟博览会边境贸易专区招商\n招展工作的通知",
               SONG, 22, True)], align=C, line=36)
    empty(doc, 1)
    par(doc, "各乡(镇)人民政府,县直各有关单位,各有关企业:", align=J)

    body("为推进边境贸易创新发展，充分发挥我县水口口岸和科甲、那花等边民互市点的区位优势，集中展示边贸特色商品和落地加工产品，"
         "经县人民政府研究,决定组织我县企业参加第23届中国—东盟博览会(以下简称“东博会”)边境贸易专区招商招展工作。现将有关事项通知如下:")
    head("一.展会基本情况")
    body("(一)展会时间和地点。2026.9.17—9.21在南宁国际会展中心举办。")
    body("(二)展区设置。边境贸易专区设在D区，设标准展位(3m×3m)约150个，\n"
         "重点展示互市商品落地加工产品、东盟特色农产品、红木家具及工艺品等。")
    head("二.参展对象及条件")
    body("(一)在我县依法注册登记的边贸企业、落地加工企业和跨境电商企业，以及边民互助组、边民合作社。")
    body("(二)参展企业须符合以下条件:")
    body("1.近两年内无严重违法失信记录;")
    body("2.参展商品质量合格、来源合法，互市进口商品手续齐全。")
    head("三.扶持政策")
    body("(一)展位费用。县商务和口岸管理局统一向组委会申请展位，对我县参展企业使用的标准展位费用给予全额补助，"
         "每家企业原则上不超过2个标准展位;特装展位按实际费用的50%给予补助，每家最高不超过2万元。")
    body("(二)其他补助。参展人员按每家企业不超过2人、每人每天300元标准给予食宿补助;展品运输费用按实际发生额的60%给予补助，每家最高不超过5000元。")
    head("四.报名程序及时间安排")
    body("(一)报名时间。即日起至2026.4.30止，逾期不再受理。")
    head("(二)报名方式")
    body("1.企业自主报名。企业向县商务和口岸管理局报送以下材料:")
    body("(1)参展报名表(见附件)一式两份;")
    body("(2)营业执照复印件(加盖公章)。")
    body("2.乡(镇)统一报名。边民互助组、合作社由所在乡(镇)汇总后，于2026-04-25前统一报送。")
    body("(三)审核确认。县商务和口岸管理局择优确定参展企业名单，于2026.5.15前书面通知参展企业。")
    head("五.工作要求")
    body("(一)加强组织领导。县参加东博会工作领导小组办公室设在县商务和口岸管理局，负责日常组展工作。")
    body("(二)强化宣传发动。各乡(镇)、各有关部门要广泛宣传，积极动员辖区内企业和边贸经营主体报名参展。")
    head("六.联系方式")
    contact_table(doc, [
        ("龙州县商务和口岸管理局", "黄志强", "0771-8812356"),
        ("龙州县商务和口岸管理局", "农丽萍", "0771-8812360"),
        ("龙州县财政局", "李文军", "0771-8813021"),
    ], clauses, merge_first=(1, 2))
    par(doc, [(SP4, FS, 16, False), ("附件:第23届中国—东盟博览会边境贸易专区参展报名表", FS, 16, False)])
    empty(doc, 1)
    # 落款 aligned with typed spaces, （盖章） typed under the organ
    par(doc, " " * 40 + "龙州县人民政府")
    par(doc, " " * 44 + "（盖章）")
    par(doc, " " * 43 + "2026.3.5")
    par(doc, [(SP4, FS, 16, False), ("(此件公开发布)", FS, 16, False)])

    # 附件 on its own page
    page_break(doc)
    par(doc, [("附件", HT, 16, False)])
    empty(doc, 1)
    par(doc, [("第23届中国—东盟博览会边境贸易专区参展报名表", SONG, 18, True)], align=C, line=32)
    empty(doc, 1, line=16)
    header = ["项目", "填报内容"]
    rows = [
        ("企业名称(盖章)", "(与营业执照名称一致)"),
        ("统一社会信用代码", "(18位)"),
        ("企业类型", "□边贸企业　□落地加工企业　□外贸综合服务企业\n□跨境电商企业　□边民互助组/合作社"),
        ("拟参展商品类别", "□互市商品落地加工产品　□东盟特色农产品\n□红木家具及工艺品　□跨境电商商品　□其他:________"),
        ("展位需求", "□标准展位____个　□特装展位____平方米"),
        ("是否首次参加东博会", "□是　□否"),
        ("参展人员", "(不超过2人,注明姓名、职务、身份证号码)"),
        ("联系人及电话", "(手机号码须保持畅通)"),
        ("所在乡(镇)意见", "(边民互助组、合作社填写)\n签字(盖章):　　　　年　月　日"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
        cell_shade(t.rows[0].cells[i])
    for ri, row in enumerate(rows, 1):
        set_cell(t.rows[ri].cells[0], row[0], FS, 12)
        set_cell(t.rows[ri].cells[1], row[1], FS, 12, align=L)
        clauses.append(row_text(header, row))
    set_widths(t, (4.6, 11))
    note = ("注:1.请在相应“□”内打“√”;2.报名表一式两份，于2026.4.30前报送县商务和口岸管理局(县政府大院3号楼205室)，"
            "电子版发送至lzxswj@163.com。")
    par(doc, [(note, FS, 12, False)], line=20, before=6, align=J)
    clauses.append(note)

    banji(doc, "抄送:县委办公室,县人大常委会办公室,县政协办公室。", "龙州县人民政府办公室", "2026.3.5印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "龙州县人民政府关于组织企业参加第23届中国—东盟博览会边境贸易专区招商招展工作的通知",
            "doc_number": "龙政发[2026]8号",
            "issuer": ["龙州县人民政府"],
            "date": "2026-03-05",
            "published": None,
            "level": "county",
            "region": "龙州县",
            "effective": None,
            "expires": None,
            "attachments": ["第23届中国—东盟博览会边境贸易专区参展报名表"],
            "doc_type": "通知",
            "recipients": ["各乡(镇)人民政府", "县直各有关单位", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_hekou():
    """河口瑶族自治县人民政府: 印发边民互市商品落地加工扶持办法 (河政发〔2026〕21号)."""
    stem = "blind1056_hekou_luodi"
    doc = Document()
    setup(doc)
    footer(doc, "pages")
    clauses = []

    def body(t, keep=True):
        par(doc, [(t, FS, 16, False)], align=J, first=Pt(32))
        if keep:
            clauses.append(t.replace("\n", ""))

    # 红头 with the old "star" rule typed as characters
    par(doc, [("河口瑶族自治县人民政府文件", XBS, 30, False, RED)], align=C, line=48)
    empty(doc, 1)
    par(doc, "河政发〔2026〕21号", align=C)
    par(doc, [("━━━━━━━━━━━━━★━━━━━━━━━━━━━", SONG, 12, False, RED)], align=C, line=18)
    for line in ("河口瑶族自治县人民政府关于印发《河口瑶族", "自治县边民互市商品落地加工扶持办法",
                 "(试行)》的通知"):
        par(doc, [(line, SONG, 22, True)], align=C, line=34, before=(10 if line.startswith("河口") else 0))
    empty(doc, 1)
    par(doc, "各乡(镇)人民政府,县直各有关部门:", align=J)
    body("《河口瑶族自治县边民互市商品落地加工扶持办法(试行)》已经2026-04-08县人民政府第12次常务会议审议通过，现印发给你们，请认真贯彻执行。"
         "执行中遇到的问题，请及时与下列人员联系:")
    contact_table(doc, [
        ("河口瑶族自治县商务局", "杨建华", "0873-3421576"),
        ("河口瑶族自治县财政局", "陶美芬", "0873-3422108"),
        ("河口瑶族自治县市场监督管理局", "马　跃", "0873-3425630"),
    ], clauses, widths=(7.8, 3.3, 4.5), size=12)
    p = par(doc, "附件:河口瑶族自治县边民互市商品落地加工扶持资金申报表", left=Pt(80), first=Pt(-48))
    empty(doc, 1)
    # 落款: centred over the right half with a right indent
    par(doc, "河口瑶族自治县人民政府", align=C, left=Cm(7))
    par(doc, "（盖章）", align=C, left=Cm(7))
    par(doc, "2026-04-16", align=C, left=Cm(7))
    par(doc, "（此件公开发布）", first=Pt(32))

    # the 办法 itself on a new page
    page_break(doc)
    par(doc, [("河口瑶族自治县边民互市商品落地加工扶持办法(试行)", SONG, 20, True)], align=C, line=34)
    empty(doc, 1, line=16)

    def chapter(t):
        par(doc, [(t, HT, 16, False)], align=C)

    def art(head, text, items=()):
        p = doc.add_paragraph()
        add_text(p, head, HT, 16)
        add_text(p, "　" + text, FS, 16)
        fmt(p, align=J, first=Pt(32))
        for it in items:
            par(doc, [(it, FS, 16, False)], align=J, first=Pt(32))
        clauses.append(head + "　" + text + "".join(items))

    chapter("第一章　总则")
    art("第一条", "为促进互市进口商品在本县落地加工，带动边民增收，"
        "根据《国务院办公厅关于促进边境贸易创新发展的指导意见》(国办发〔2019〕46号)，结合本县实际，制定本办法。")
    art("第二条", "本办法所称落地加工，是指以边民互市贸易方式进口的商品，经边民互助组(合作社)交易给本县登记注册的加工企业，在本县范围内进行实质性加工的活动。")
    chapter("第二章　扶持对象和标准")
    art("第三条", "申请扶持的企业应当同时符合下列条件:", [
        "(一)在本县依法登记注册，纳税关系在本县;",
        "(二)上年度采购互市进口商品金额在100万元以上;",
        "(三)近三年内无严重违法失信行为。",
    ])
    art("第四条", "对新建落地加工项目，固定资产投资(不含土地)在500万元以上的，按实际完成投资额的8%给予一次性补助，单个项目最高不超过200万元。")
    art("第五条", "对上年度采购互市进口商品金额100万元以上的企业，按采购金额的1%给予奖励，单家企业年度最高不超过50万元。")
    art("第六条", "对企业新吸纳本县户籍边民就业并签订1年以上劳动合同的，按每人每年2000元给予补助。")
    chapter("第三章　申报和审核")
    art("第七条", "企业应于每年3月31日前向县商务局提交上一年度申报材料(申报表见附件)。县商务局会同县财政局审核后，在县人民政府门户网站公示5个工作日，公示无异议的拨付资金。")
    art("第八条", "企业以虚假材料骗取扶持资金的，依法追回已拨付资金，5年内取消其申报资格。")
    chapter("第四章　附则")
    art("第九条", "本办法由县商务局负责解释。")
    art("第十条", "本办法自2026-05-01起施行，有效期至2028-04-30。原《河口瑶族自治县互市商品落地加工奖励暂行办法》(河政发[2022]15号)同时废止。")

    # 附件: a paragraph-style 申报表 (blanks typed as underscores)
    page_break(doc)
    par(doc, [("附件", HT, 16, False)])
    empty(doc, 1)
    par(doc, [("河口瑶族自治县边民互市商品落地加工扶持资金申报表", SONG, 18, True)], align=C, line=32)
    empty(doc, 1, line=16)
    form = [
        "申报年度:2025年度",
        "企业名称(盖章):______________________________",
        "统一社会信用代码:____________________________",
        "申报类别:□新建项目固定资产投资补助　□互市商品采购奖励　□吸纳边民就业补助",
        "上年度采购互市进口商品金额:________万元;新吸纳本县户籍边民就业______人",
        "申报金额合计:________万元",
        "企业承诺:本企业对所提交申报材料的真实性负责，如有虚假，愿承担相应法律责任。",
        "法定代表人(签字):__________　　日期:____年__月__日",
    ]
    for f in form:
        par(doc, [(f, FS, 16, False)], align=L, line=36)
        clauses.append(f)

    banji(doc, "抄送:州人民政府办公室,州商务局,州财政局。", "河口瑶族自治县人民政府办公室", "2026-04-16印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "河口瑶族自治县人民政府关于印发《河口瑶族自治县边民互市商品落地加工扶持办法(试行)》的通知",
            "doc_number": "河政发〔2026〕21号",
            "issuer": ["河口瑶族自治县人民政府"],
            "date": "2026-04-16",
            "published": None,
            "level": "county",
            "region": "河口瑶族自治县",
            "effective": "2026-05-01",
            "expires": "2028-04-30",
            "attachments": ["河口瑶族自治县边民互市商品落地加工扶持资金申报表"],
            "doc_type": "通知",
            "recipients": ["各乡(镇)人民政府", "县直各有关部门"],
            "publicity": "此件公开发布",
            "repeals": "《河口瑶族自治县互市商品落地加工奖励暂行办法》(河政发[2022]15号)",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_wuqia():
    """乌恰县人民政府: 一带一路跨境贸易实务培训班 (乌政发〔2026〕17号, 特急)."""
    stem = "blind1056_wuqia_peixun"
    doc = Document()
    setup(doc)
    footer(doc, "emdash")
    clauses = []

    def body(t, keep=True):
        par(doc, [(t, FS, 16, False)], align=J, first=Pt(32))
        if keep:
            clauses.append(t.replace("\n", ""))

    def head(t):
        par(doc, [(t, HT, 16, False)], align=J, first=Pt(32))

    par(doc, [("特急", HT, 16, False)], align=L)
    par(doc, [("乌恰县人民政府", XBS, 40, False, RED)], align=C, line=60, before=6)
    p = par(doc, [("乌政发〔2026〕17号", FS, 16, False)], align=R, right=Cm(0.5), before=12)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("乌恰县人民政府关于举办2026年“一带", "一路”跨境贸易实务培训班暨伊尔克什坦",
                 "口岸通关政策宣讲会的通知"):
        par(doc, [(line, SONG, 22, True)], align=C, line=36)
    empty(doc, 1)
    par(doc, "各乡(镇)人民政府,县直各有关单位,各外贸企业:", align=J)
    body("为深入推进“一带一路”建设和丝绸之路经济带核心区建设，用好伊尔克什坦、吐尔尕特两个国家一类口岸资源，"
         "提升我县外贸企业跨境贸易实务能力和通关便利化水平，县人民政府决定举办2026年“一带一路”跨境贸易实务培训班暨伊尔克什坦口岸通关政策宣讲会。现将有关事项通知如下:")
    body("一.培训时间:2026-06-02至2026-06-04(共3天),6月1日下午报到。")
    body("二.培训地点:乌恰县职业技术学校学术报告厅(县城迎宾路18号)。")
    head("三.参训对象")
    body("(一)县内从事对吉尔吉斯斯坦、乌兹别克斯坦等中亚国家进出口业务的外贸企业、边贸企业负责人及业务骨干;")
    body("(二)各乡(镇)分管商务工作负责人，县商务和工业信息化局、县发展改革委等部门相关业务人员;")
    body("(三)有意向开展跨境电商、海外仓业务的个体工商户和返乡创业人员。")
    head("四.培训内容")
    head("(一)政策解读")
    body("1.“一带一路”倡议与中国—中亚合作最新政策;")
    body("2.新疆维吾尔自治区支持沿边口岸发展和外贸稳规模优结构的政策措施。")
    head("(二)实务操作")
    body("1.报关报检、原产地证书申领及出口退税申报;")
    body("2.中吉乌公路货运、TIR国际公路运输操作实务;")
    body("3.跨境人民币结算与汇率风险防范。")
    body("(三)现场教学。6月4日组织学员赴伊尔克什坦口岸开展现场教学:")
    body("1.参观口岸联检大厅和查验场地，由口岸海关现场讲解“一站式”通关流程;")
    body("2.走访口岸物流园区企业，交流对吉出口业务经验。现场教学须注意以下事项:")
    body("(1)学员须随身携带身份证原件，提前办理边境管理区通行证;")
    body("(2)口岸区域严禁拍照摄像，服从现场工作人员管理。")
    head("五.有关要求")
    body("(一)各乡(镇)、各有关单位要高度重视，按要求认真组织人员参训，每家外贸企业选派1至2人参加。")
    body("(二)培训期间统一安排食宿，不收取培训费，往返交通费用由参训单位自理。")
    body("(三)请各单位于2026-05-25前将报名表(见附件)报送县商务和工业信息化局，\n电子版发送至wqxswj2026@163.com。")
    body("(四)参训学员须全程参加培训，培训结束后经考核合格的，由县商务和工业信息化局颁发结业证书。")
    head("六.联系方式")
    contact_table(doc, [
        ("乌恰县商务和工业信息化局", "阿不都热依木·买买提", "0908-5821046"),
        ("乌恰县商务和工业信息化局", "王晓燕", "0908-5821052/13899187652"),
        ("乌恰县职业技术学校", "古丽娜尔·托合提", "0908-5823310"),
    ], clauses, widths=(5.5, 4.6, 5.5), size=12)
    empty(doc, 1)
    par(doc, "附件:2026年“一带一路”跨境贸易实务培训班报名表", first=Pt(32))
    empty(doc, 2)
    # 落款 aligned with a centred tab stop
    for t in ("乌恰县人民政府", "（盖章）", "2026.5.12"):
        p = par(doc, "\t" + t)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5), WD_TAB_ALIGNMENT.CENTER)

    # 附件 on its own page
    page_break(doc)
    par(doc, [("附件", HT, 16, False)])
    empty(doc, 1)
    par(doc, [("2026年“一带一路”跨境贸易实务培训班报名表", SONG, 18, True)], align=C, line=32)
    empty(doc, 1, line=16)
    top = "报送单位(盖章):________________　　　填报日期:2026年　月　日"
    par(doc, [(top, FS, 14, False)], line=28)
    clauses.append(top)
    header = ["序号", "姓名", "性别", "单位及职务", "联系电话", "是否参加现场教学"]
    t = doc.add_table(rows=4, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri in range(1, 4):
        row = [str(ri), "", "", "", "", "□是　□否"]
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        t.rows[ri].height = Cm(1.2)
        clauses.append(row_text(header, row))
    set_widths(t, (1.3, 2.2, 1.3, 4.6, 3.2, 3.0))
    note = "注:参加现场教学人员须在报名时提供身份证号码，由县商务和工业信息化局统一办理边境管理区通行证。"
    par(doc, [(note, FS, 12, False)], line=20, before=6, align=J)
    clauses.append(note)

    banji(doc, "抄送:克州商务局,县委办公室,县纪委监委。", "乌恰县人民政府办公室", "2026年5月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "乌恰县人民政府关于举办2026年“一带一路”跨境贸易实务培训班暨伊尔克什坦口岸通关政策宣讲会的通知",
            "doc_number": "乌政发〔2026〕17号",
            "issuer": ["乌恰县人民政府"],
            "date": "2026-05-12",
            "published": None,
            "level": "county",
            "region": "乌恰县",
            "effective": None,
            "expires": None,
            "attachments": ["2026年“一带一路”跨境贸易实务培训班报名表"],
            "doc_type": "通知",
            "recipients": ["各乡(镇)人民政府", "县直各有关单位", "各外贸企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_longzhou(), doc_hekou(), doc_wuqia()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
