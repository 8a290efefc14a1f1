# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 896: 外籍高层次人才认定办法（试行）及组织申报（A/B/C类分类表）.

Writes three Word files, their PDFs (LibreOffice) and expected.json into this
script's own directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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


_pbb = [False]


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if _pbb[0]:
        p.paragraph_format.page_break_before = True
        _pbb[0] = False
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
    """the next paragraph starts a new page (段前分页)."""
    _pbb[0] = True


def _page_field(fp, size=14):
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


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
    _page_field(fp)
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
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


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_896", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 海南：两厅联合印发《认定办法（试行）》的通知 + 附件1 办法（章/条）+ 附件2 分类表
def doc_hainan():
    stem = "blind896_hainan_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 in the corner
    add_par(doc, [("000137", HT, 14, False)], indent=False, align=L, line=22)
    # joint 版头 in a borderless layout table: two organ names (distributed) + 文件
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [12.8, 2.8])
    set_cell(t.rows[0].cells[0], "海南省科学技术厅", XBS, 24, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    set_cell(t.rows[1].cells[0], "海南省人力资源和社会保障厅", XBS, 24, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 36, color=RED, align=C, line=44)
    p = add_par(doc, "琼科规〔2026〕3号", indent=False, align=C, before=10)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, line=20)
    # title in three paragraphs, broken at odd places
    for seg in ["海南省科学技术厅　海南省人力资源",
                "和社会保障厅关于印发《海南自由贸易港",
                "外籍高层次人才认定办法（试行）》的通知"]:
        add_par(doc, [(seg, XBS, 22, False)], align=C, indent=False, line=30)
    empty(doc, 1, line=16)
    add_par(doc, "各市、县、自治县科技主管部门和人力资源社会保障部门，洋浦经济开发区管委会，省直有关单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("经省政府同意，现将《海南自由贸易港外籍高层次人才认定办法（试行）》印发给你们，请认真贯彻执行。"
         "执行中遇到的问题，请及时向省科学技术厅（省外国专家局）反映。")
    # 附件 list: second item aligned with typed full-width spaces
    add_par(doc, "附件：1．海南自由贸易港外籍高层次人才认定办法（试行）")
    add_par(doc, "\u3000\u3000\u30002．海南自由贸易港外籍高层次人才认定标准分类表")
    empty(doc, 1)
    # joint 落款 on one line with a tab, date under the second organ
    p = add_par(doc, [("海南省科学技术厅", FS, 16, False), ("\t", FS, 16, False),
                      ("海南省人力资源和社会保障厅", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(7.6))
    p = add_par(doc, "2026年2月10日", indent=False)
    p.paragraph_format.left_indent = Cm(9.4)
    add_par(doc, "（此件公开发布）")

    # ------------------------------------------------ 附件1: the rule
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("海南自由贸易港外籍高层次人才认定办法", XBS, 22, False)],
            align=C, indent=False, line=34, before=8)
    add_par(doc, [("（试行）", KT, 16, False)], align=C, indent=False, after=6)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def article(no, text, items=()):
        clauses.append(no + "\u3000" + text + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    chapter("第一章　总　　则")
    article("第一条", "为加快集聚海南自由贸易港建设急需紧缺的外籍高层次人才，"
            "根据《海南自由贸易港法》《外国人在中国工作管理规定》等规定，制定本办法。")
    article("第二条", "本办法所称外籍高层次人才，是指在海南自由贸易港全职工作或者由用人单位柔性引进，"
            "符合本办法认定标准的外国籍人才。")
    article("第三条", "省科学技术厅（省外国专家局）负责统筹组织认定工作，省人力资源和社会保障厅负责相关服务保障，"
            "各市、县、自治县科技主管部门负责本地区申报受理和初审推荐。")
    chapter("第二章　认定标准和程序")
    article("第四条", "外籍高层次人才分为A类（国际顶尖人才）、B类（国家级领军人才）、"
            "C类（省级骨干人才），具体标准按照认定标准分类表执行。")
    article("第五条", "申请认定的外籍人才应当同时符合下列基本条件：", [
        "（一）遵守中国法律法规，无犯罪记录；",
        "（二）年龄一般不超过60周岁，A类人才可适当放宽；",
        "（三）与自由贸易港内用人单位签订1年以上劳动合同，每年在琼工作累计不少于6个月。",
    ])
    article("第六条", "认定每年集中组织两次，分别于4月和10月开展；A类人才实行“随时申报、即时认定”。")
    article("第七条", "认定按照个人申请、市县初审、专家评审、公示发文的程序进行。"
            "认定结果公示5个工作日无异议的，颁发《海南自由贸易港外籍高层次人才证书》。"
            "洋浦经济开发区等重点园区引进的人才，可由园区管理机构直接受理推荐。")
    chapter("第三章　服务保障")
    article("第八条", "经认定的外籍高层次人才，按规定享受工作许可和居留便利、子女入学、医疗保障等服务；"
            "A类人才可申请办理有效期5年的外国人工作许可。")
    article("第九条", "人才证书有效期为3年。提供虚假材料骗取认定的，撤销认定资格，5年内不再受理其申请。")
    chapter("第四章　附　　则")
    article("第十条", "本办法由海南省科学技术厅负责解释。")
    article("第十一条", "本办法自2026年3月1日起施行，有效期至2028年2月29日。"
            "《海南省引进外籍高层次人才认定暂行办法》（琼科规〔2021〕5号）同时废止。")

    # ------------------------------------------------ 附件2: 分类表
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("海南自由贸易港外籍高层次人才认定标准分类表", XBS, 20, False)],
            align=C, indent=False, line=32, before=8, after=8)
    heads = ["类别", "序号", "认定标准／标准类型", "认定标准／具体条件", "证明材料"]
    A = "A类（国际顶尖人才）"
    B = "B类（国家级领军人才）"
    Cc = "C类（省级骨干人才）"
    rows = [
        (A, "1", "国际奖项", "诺贝尔奖、图灵奖、菲尔兹奖、沃尔夫奖等国际公认重大奖项获得者",
         "获奖证书或颁奖机构官方公布文件"),
        (A, "2", "学术荣誉", "发达国家或者地区科学院、工程院院士（含外籍院士）",
         "院士证书或所在科学院、工程院出具的证明"),
        (A, "3", "企业高管", "世界500强企业全球总部副总裁及以上高级管理人员",
         "任职证明、劳动合同"),
        (B, "4", "人才计划", "入选国家级外国人才引进计划的外籍专家", "入选文件或证书"),
        (B, "5", "学术职务", "世界排名前200位高校正教授，或者国际知名研究机构首席科学家、研究部门负责人",
         "聘书、任职证明及高校排名说明"),
        (B, "6", "薪酬水平", "在自由贸易港重点产业领域企业担任高级管理或者核心技术职务，上年度工资性年收入不低于80万元人民币",
         "劳动合同、个人所得税完税证明"),
        (Cc, "7", "学历学位", "获得博士学位，在海南全职从事科研、教学或者技术研发工作",
         "学位证书（经认证）、聘用合同"),
        (Cc, "8", "薪酬水平", "上年度工资性年收入不低于40万元人民币的外籍专业人才",
         "个人所得税完税证明"),
        (Cc, "9", "“一带一路”专项", "来自共建“一带一路”国家，在海南从事国际经贸、航运物流、医疗健康、文化交流等工作，具有硕士及以上学位和3年以上相关工作经历",
         "学位证书、工作经历证明、劳动合同"),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [2.4, 1.1, 2.4, 6.5, 3.4])
    # two-level header
    for ci in (0, 1, 4):
        t.rows[0].cells[ci].merge(t.rows[1].cells[ci])
    t.rows[0].cells[2].merge(t.rows[0].cells[3])
    set_cell(t.rows[0].cells[0], "类别", HT, 11)
    set_cell(t.rows[0].cells[1], "序号", HT, 11)
    set_cell(t.rows[0].cells[2], "认定标准", HT, 11)
    set_cell(t.rows[0].cells[4], "证明材料", HT, 11)
    set_cell(t.rows[1].cells[2], "标准类型", HT, 11)
    set_cell(t.rows[1].cells[3], "具体条件", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci in range(1, 5):
            set_cell(t.rows[ri].cells[ci], row[ci], FS, 10.5, line=15,
                     align=L if ci in (3, 4) else C)
        clauses.append(row_clause(heads, row))
    # vertically merged 类别 column
    start = 2
    for label in (A, B, Cc):
        n = sum(1 for r in rows if r[0] == label)
        cell = t.rows[start].cells[0].merge(t.rows[start + n - 1].cells[0])
        set_cell(cell, label, HT, 10.5, line=15)
        start += n
    note = ("注：工资性年收入以个人所得税完税证明载明的金额为准；同一申请人符合多个类别标准的，按照就高原则认定，"
            "不重复认定。")
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：科学技术部外国人才服务司，省委人才发展局，省公安厅出入境管理局。",
          "海南省科学技术厅办公室", "2026年2月10日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "海南省科学技术厅　海南省人力资源和社会保障厅关于印发《海南自由贸易港外籍高层次人才认定办法（试行）》的通知",
            "doc_number": "琼科规〔2026〕3号",
            "issuer": ["海南省科学技术厅", "海南省人力资源和社会保障厅"],
            "date": "2026-02-10",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": ["海南自由贸易港外籍高层次人才认定办法（试行）",
                            "海南自由贸易港外籍高层次人才认定标准分类表"],
            "doc_type": "通知",
            "recipients": ["各市、县、自治县科技主管部门和人力资源社会保障部门",
                           "洋浦经济开发区管委会", "省直有关单位"],
            "publicity": "此件公开发布",
            "repeals": "《海南省引进外籍高层次人才认定暂行办法》（琼科规〔2021〕5号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门：组织开展2026年度外籍高层次人才认定申报工作的通知（特急，附件为材料清单）
def doc_xiamen():
    stem = "blind896_xiamen_shenbao"
    doc = Document()
    setup(doc)
    clauses = []
    SP = "    "  # clerk indents with four half-width spaces instead of first-line indent

    add_par(doc, [("特急", HT, 16, False)], indent=False, align=L)
    add_par(doc, [("厦门市科学技术局文件", XBS, 36, False, RED)],
            align=C, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, "厦科〔2026〕19号", indent=False, align=C)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, manual line break after “2026年度”
    p = doc.add_paragraph()
    font(p.add_run("厦门市科学技术局关于组织开展2026年度"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("外籍高层次人才认定申报工作的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区科技局，厦门火炬高新区管委会，中国（福建）自由贸易试验区厦门片区管委会，有关单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def head(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(SP, FS, 16, False), (h, hf, 16, bold), (t, FS, 16, False)], indent=False)

    body("根据《福建省外籍高层次人才认定办法（试行）》（闽科外〔2025〕12号）有关规定，为加快集聚服务共建“一带一路”"
         "和自贸试验区建设的国际化人才，现将2026年度外籍高层次人才认定申报工作有关事项通知如下：")
    head("一、申报对象")
    body("在厦门市依法注册的企事业单位全职聘用或者柔性引进的外国籍人才，须在厦连续工作满6个月"
         "(截至2026年3月31日)。")
    head("二、认定类别")
    body("按照《福建省外籍高层次人才认定标准分类表》，外籍高层次人才分为A、B、C三类：")
    runin("（一）A类（国际顶尖人才）。", "主要包括国际公认重大奖项获得者、发达国家科学院或者工程院院士等，"
          "实行随时申报。")
    runin("（二）B类（国家级领军人才）。", "主要包括入选国家级外国人才引进计划的专家、"
          "上年度工资性年收入不低于80万元人民币的企业高级管理和核心技术人员等。")
    runin("（三）C类（省级骨干人才）。", "主要包括在厦全职工作的外籍博士、上年度工资性年收入不低于40万元人民币的专业人才；"
          "来自共建“一带一路”国家且具有硕士以上学位的，年收入不低于35万元人民币即可申报。")
    head("三、申报程序")
    body("1.网上申报。申报人通过用人单位登录“厦门市人才服务平台”(https://rc.xm.gov.cn)填报，"
         "纸质材料一式两份报送所在区受理窗口。")
    body("2.区级审核。各区科技局、厦门火炬高新区管委会、厦门片区管委会审核后提出推荐意见。")
    body("3.市级评审。市科技局会同市委人才办、市人社局组织专家评审，评审结果公示5个工作日。")
    head("四、时间安排")
    heads = ["序号", "工作阶段", "时间", "责任单位"]
    rows = [
        ["1", "网上申报", "2026年4月15日—5月15日", "用人单位"],
        ["2", "区级审核", "2026年5月16日—5月31日", "各区科技局、厦门火炬高新区管委会、厦门片区管委会"],
        ["3", "市级评审", "2026年6月", "市科技局"],
        ["4", "公示发文", "2026年7月", "市科技局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.4, 2.6, 5.6, 6.0])
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append(row_clause(heads, row))
    head("五、有关要求")
    runin("（一）精心组织。", "各区要重点面向集成电路、生物医药、航运物流等领域用人单位做好动员，"
          "确保符合条件的外籍人才应报尽报。")
    runin("（二）严格把关。", "用人单位对申报材料的真实性负责；弄虚作假的，取消申报资格，3年内不再受理。")
    runin("（三）联系方式。", "市科技局外国专家服务处，联系人：林晓东，联系电话：0592-2856437；"
          "平台技术支持电话：0592-5313680。")
    add_par(doc, SP + "特此通知。", indent=False)
    empty(doc, 1)
    add_par(doc, SP + "附件：厦门市外籍高层次人才认定申报材料清单", indent=False)
    empty(doc, 2)
    # 落款 via right tab stop
    for txt in ("厦门市科学技术局", "2026年4月8日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(13.6), 2)
    empty(doc, 1)
    add_par(doc, SP + "（此件主动公开）", indent=False)

    # ------------------------------------------------ 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("厦门市外籍高层次人才认定申报材料清单", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    heads = ["序号", "材料名称", "份数", "说明"]
    rows = [
        ["1", "外籍高层次人才认定申报表", "2", "通过平台生成并打印，用人单位盖章"],
        ["2", "护照及外国人工作许可证", "1", "复印件，核验原件"],
        ["3", "劳动合同或者工作协议", "1", "合同期限须在1年以上"],
        ["4", "学历学位证书", "1", "境外学历须提供教育部留学服务中心认证材料"],
        ["5", "认定类别相应证明材料", "1", "获奖证书、任职证明、入选文件等"],
        ["6", "上年度个人所得税完税证明", "1", "以薪酬水平申报的必须提供"],
        ["7", "用人单位营业执照或者法人登记证书", "1", "复印件加盖公章"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.3, 6.4, 1.3, 6.6])
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (1, 3) else C)
        clauses.append(row_clause(heads, row))
    note = "注：外文材料须附中文译本；材料按上述顺序装订成册，A4纸双面打印。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：福建省科学技术厅，市委人才办，市人社局，市公安局出入境管理支队。",
          "厦门市科学技术局办公室", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市科学技术局关于组织开展2026年度外籍高层次人才认定申报工作的通知",
            "doc_number": "厦科〔2026〕19号",
            "issuer": ["厦门市科学技术局"],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["厦门市外籍高层次人才认定申报材料清单"],
            "doc_type": "通知",
            "recipients": ["各区科技局", "厦门火炬高新区管委会",
                           "中国（福建）自由贸易试验区厦门片区管委会", "有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 昆山：上行文报告（签发人），统计表含合计行，附件为推荐人选汇总表（横向页、续表）
def doc_kunshan():
    stem = "blind896_kunshan_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("昆山市科学技术局", XBS, 42, False, RED)],
            align=C, indent=False, line=60)
    empty(doc, 1)
    p = add_par(doc, [("昆科〔2026〕27号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("顾建明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for seg in ["昆山市科学技术局关于报送2026年度",
                "第一批外籍高层次人才认定推荐人选",
                "的报告"]:
        add_par(doc, [(seg, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "苏州市科学技术局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据《苏州市科学技术局关于组织开展2026年度第一批外籍高层次人才认定申报工作的通知》（苏科外〔2026〕8号）要求，"
         "现将我市推荐工作情况报告如下：")
    head("一、申报基本情况")
    body("本次申报于2026年3月2日启动，3月31日截止。全市23家用人单位的31名外籍人才提交申报材料，"
         "其中来自共建“一带一路”国家的9人。")
    head("二、审核推荐情况")
    runin("（一）严格资格审查。", "我局会同市人力资源和社会保障局对申报材料逐一核验，"
          "4人因在昆工作不足6个月或者完税证明与申报收入不符，未通过形式审查。")
    runin("（二）组织专家评审。", "2026年4月9日，我局组织专家7人对27名申报人员进行评审，"
          "确定推荐人选20名。")
    runin("（三）做好公示工作。", "推荐人选名单于2026年4月13日至17日公示，未收到异议。")
    head("三、推荐人选分类统计")
    # caption with unit, unit right-aligned on its own line
    p = add_par(doc, [("表1　申报及推荐人选分类统计表", HT, 14, False)], align=C, indent=False, line=24)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, [("单位：人", FS, 12, False)], align=R, indent=False, line=20)
    p.paragraph_format.keep_with_next = True
    heads = ["类别", "申报人数", "推荐人数", "其中／昆山开发区", "其中／昆山高新区", "其中／其他区镇"]
    rows = [
        ["A类", "1", "1", "1", "0", "0"],
        ["B类", "9", "7", "3", "3", "1"],
        ["C类", "21", "12", "5", "4", "3"],
        ["合计", "31", "20", "9", "7", "4"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [2.2, 2.4, 2.4, 2.9, 2.9, 2.8])
    for ci in (0, 1, 2):
        t.rows[0].cells[ci].merge(t.rows[1].cells[ci])
    t.rows[0].cells[3].merge(t.rows[0].cells[5])
    set_cell(t.rows[0].cells[0], "类别", HT, 12)
    set_cell(t.rows[0].cells[1], "申报人数", HT, 12)
    set_cell(t.rows[0].cells[2], "推荐人数", HT, 12)
    set_cell(t.rows[0].cells[3], "其中", HT, 12)
    for ci, h in zip((3, 4, 5), ("昆山开发区", "昆山高新区", "其他区镇")):
        set_cell(t.rows[1].cells[ci], h, HT, 12)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, HT if row[0] == "合计" else FS, 12)
        clauses.append(row_clause(heads, row))
    empty(doc, 1, line=14)
    body("如有问题，请与我局人才工作科联系（联系人：陈思远，电话：0512-57328416）。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：昆山市2026年度第一批外籍高层次人才认定推荐人选汇总表")
    empty(doc, 1)
    p = add_par(doc, "昆山市科学技术局", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年四月二十日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)

    # ------------------------------------------------ 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("昆山市2026年度第一批外籍高层次人才认定推荐人选汇总表", XBS, 20, False)],
            align=C, indent=False, line=32)
    heads = ["序号", "姓名", "国籍", "性别", "出生年月", "工作单位", "推荐类别", "主要认定依据"]
    people = [
        ["1", "托马斯·施密特", "德国", "男", "1961.05", "昆山精工智能装备研究院有限公司", "A类", "德国国家科学院院士"],
        ["2", "山本健一", "日本", "男", "1968.11", "昆山晶显光电科技有限公司", "B类", "入选国家级外国人才引进计划"],
        ["3", "迈克尔·安德森", "美国", "男", "1972.03", "昆山国际合作研究院", "B类", "世界排名前200位高校正教授"],
        ["4", "陈伟良", "新加坡", "男", "1975.08", "昆山恒润半导体有限公司", "B类", "上年度工资性年收入126万元"],
        ["5", "金敏浩", "韩国", "男", "1979.01", "昆山新材料产业技术研究院", "B类", "国际知名研究机构首席科学家"],
        ["6", "安娜·费舍尔", "德国", "女", "1976.06", "昆山德弗精密传动有限公司", "B类", "上年度工资性年收入98万元"],
        ["7", "让·皮埃尔·杜邦", "法国", "男", "1970.12", "昆山医疗器械创新中心", "B类", "入选国家级外国人才引进计划"],
        ["8", "铃木美香", "日本", "女", "1981.04", "昆山晶显光电科技有限公司", "B类", "上年度工资性年收入85万元"],
        ["9", "阿里别克·努尔兰", "哈萨克斯坦", "男", "1988.09", "昆山丝路国际物流有限公司", "C类", "“一带一路”国家硕士，相关工作经历5年"],
        ["10", "詹姆斯·威尔逊", "英国", "男", "1984.02", "昆山国际合作研究院", "C类", "博士学位，全职从事科研工作"],
    ]
    people2 = [
        ["11", "林嘉慧", "马来西亚", "女", "1987.07", "昆山跨境电商产业园运营有限公司", "C类", "“一带一路”国家硕士，相关工作经历4年"],
        ["12", "伊万·彼得罗夫", "俄罗斯", "男", "1983.10", "昆山精工智能装备研究院有限公司", "C类", "博士学位，全职从事技术研发工作"],
        ["13", "高桥直树", "日本", "男", "1980.05", "昆山恒润半导体有限公司", "C类", "上年度工资性年收入52万元"],
        ["14", "索姆猜·翁萨瓦", "泰国", "男", "1986.03", "昆山东盟商贸服务有限公司", "C类", "“一带一路”国家硕士，相关工作经历6年"],
        ["15", "马可·罗西", "意大利", "男", "1982.11", "昆山医疗器械创新中心", "C类", "博士学位，全职从事技术研发工作"],
        ["16", "朴智恩", "韩国", "女", "1985.08", "昆山新材料产业技术研究院", "C类", "博士学位，全职从事科研工作"],
        ["17", "丹尼尔·米勒", "美国", "男", "1979.06", "昆山德弗精密传动有限公司", "C类", "上年度工资性年收入61万元"],
        ["18", "黄志明", "新加坡", "男", "1983.12", "昆山丝路国际物流有限公司", "C类", "上年度工资性年收入47万元"],
        ["19", "卡罗琳·马丁", "法国", "女", "1988.01", "昆山国际合作研究院", "C类", "博士学位，全职从事教学科研工作"],
        ["20", "萨比尔·拉希莫夫", "乌兹别克斯坦", "男", "1989.04", "昆山丝路国际物流有限公司", "C类", "“一带一路”国家硕士，相关工作经历4年"],
    ]
    widths = [1.2, 3.4, 2.6, 1.2, 2.2, 6.2, 1.8, 6.1]

    def people_table(data):
        t = doc.add_table(rows=1 + len(data), cols=len(heads))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, HT, 11)
        repeat_header(t.rows[0])
        for ri, row in enumerate(data, 1):
            cant_split(t.rows[ri])
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=16,
                         align=L if ci in (5, 7) else C)
            clauses.append(row_clause(heads, row))

    people_table(people)
    # clerk splits the table by hand and types 续表 over a re-typed header row
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
    people_table(people2)
    note = "注：推荐类别依据《苏州市外籍高层次人才认定标准分类表》确定；出生年月按护照信息填写。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    banji(doc, "抄送：昆山市委人才办，昆山市人力资源和社会保障局。",
          "昆山市科学技术局办公室", "2026年4月20日印发", gap=1)
    # the 版记 paragraph sits in the landscape section: widen its right tab
    last = doc.paragraphs[-1]
    last.paragraph_format.tab_stops.clear_all()
    last.paragraph_format.tab_stops.add_tab_stop(Cm(24.2), 2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "昆山市科学技术局关于报送2026年度第一批外籍高层次人才认定推荐人选的报告",
            "doc_number": "昆科〔2026〕27号",
            "issuer": ["昆山市科学技术局"],
            "date": "2026-04-20",
            "published": None,
            "level": "county",
            "region": "昆山市",
            "effective": None,
            "expires": None,
            "attachments": ["昆山市2026年度第一批外籍高层次人才认定推荐人选汇总表"],
            "doc_type": "报告",
            "recipients": ["苏州市科学技术局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hainan(), doc_xiamen(), doc_kunshan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
