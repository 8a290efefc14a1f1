# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 647: 外经贸发展专项资金申报通知 with nested-table 申报表 (Word + PDF)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)

SAN = 16  # 三号
SI = 14   # 四号
XS = 12   # 小四
WU = 10.5  # 五号


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_p(box, text="", font=FS, size=SAN, bold=False, align=None, indent=None,
          line=28, color=None, before=0, after=0):
    p = box.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def add_runs(box, parts, align=None, indent=None, line=28, size=SAN):
    """parts: list of (text, font, bold)."""
    p = box.add_paragraph()
    fmt(p, align, indent, line)
    for text, font, bold in parts:
        set_font(p.add_run(text), font, size, bold)
    return p


def add_lines(box, lines, font=FS, size=SAN, align=None, indent=None, line=28, color=None):
    """one paragraph, lines joined by soft line breaks (Shift+Enter)."""
    p = box.add_paragraph()
    fmt(p, align, indent, line)
    for i, t in enumerate(lines):
        r = p.add_run(t)
        set_font(r, font, size, None, color)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def p_border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.top_margin = Cm(2.8)
        section.bottom_margin = Cm(2.6)
        section.left_margin = Cm(3.0)
        section.right_margin = Cm(3.0)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)


def page_number_footer(section, dash="—"):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(dash + " "), "宋体", SI)
    r = p.add_run()
    set_font(r, "宋体", SI)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, it, s, t, e):
        r._r.append(el)
    set_font(p.add_run(" " + dash), "宋体", SI)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    return doc


def cell_text(cell, text, font=FS, size=XS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              valign=WD_CELL_VERTICAL_ALIGNMENT.CENTER, line=None):
    p = cell.paragraphs[0]
    fmt(p, align, None, line)
    if text:
        set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = valign
    return p


def cell_more(cell, text="", font=FS, size=XS, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, line=None):
    p = cell.add_paragraph()
    fmt(p, align, None, line)
    if text:
        set_font(p.add_run(text), font, size, bold)
    return p


def widths(table, cms):
    table.autofit = False
    for i, col in enumerate(table.columns):
        if i < len(cms):
            col.width = Cm(cms[i])
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])


def body_table(doc, headers, rows, cms, merges=(), size=XS):
    """a grid table in the notice body; merges: list of (col, r0, r1) vertical merges
    (the merged value is typed only in the top cell)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        cell_text(t.cell(0, i), h, HT, size)
    skip = set()
    for col, r0, r1 in merges:
        for r in range(r0 + 1, r1 + 1):
            skip.add((r, col))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if (r, c) in skip:
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER if len(v) <= 8 else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.cell(r + 1, c), v, FS, size, align=al)
    for col, r0, r1 in merges:
        t.cell(r0 + 1, col).merge(t.cell(r1 + 1, col))
    widths(t, cms)
    clauses = []
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    return t, clauses


def sign_block(cell, lead=None, sign_line=None, size=XS):
    """申报单位意见 / 审核意见 cell: text on top, （盖章） and 年　月　日 at the bottom right."""
    first = cell.paragraphs[0]
    fmt(first, WD_ALIGN_PARAGRAPH.LEFT, Pt(size * 2).pt if lead else None, None)
    if lead:
        set_font(first.add_run(lead), FS, size)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    cell_more(cell)
    if sign_line:
        cell_more(cell, sign_line, size=size)
    cell_more(cell)
    cell_more(cell, "（盖章）　　　　　", size=size, align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_more(cell, "年　　月　　日　　", size=size, align=WD_ALIGN_PARAGRAPH.RIGHT)


def nested(cell, rows, cols, cms, style="Table Grid"):
    t = cell.add_table(rows=rows, cols=cols)
    t.style = style
    widths(t, cms)
    return t


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_647", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def emit(doc, items):
    """items: ('h', text) own-line heading; ('p', text) paragraph clause;
    ('r', head, rest) run-in heading clause; ('blank',); ('table', headers, rows, cms, merges).
    Returns the clause list."""
    clauses = []
    for it in items:
        k = it[0]
        if k == "h":
            add_p(doc, it[1], HT, SAN, indent=32)
        elif k == "h2":
            add_p(doc, it[1], KT, SAN, indent=32)
        elif k == "p":
            add_p(doc, it[1], FS, SAN, indent=32)
            clauses.append(it[1])
        elif k == "ps":  # typed with manual full-width spaces instead of an indent
            add_p(doc, "　　" + it[1], FS, SAN, indent=0)
            clauses.append(it[1])
        elif k == "r":
            font = it[3] if len(it) > 3 else KT
            add_runs(doc, [(it[1], font, True), (it[2], FS, False)], indent=32)
            clauses.append(it[1] + it[2])
        elif k == "blank":
            add_p(doc, "")
        elif k == "table":
            _, cl = body_table(doc, it[1], it[2], it[3], it[4] if len(it) > 4 else ())
            clauses.extend(cl)
    return clauses


# ====================================================================== doc 1
def doc_fuzhou():
    stem = "blind647_fuzhou_tongzhi"
    doc = new_doc()
    sec = doc.sections[0]
    page_number_footer(sec)

    # 联合行文版头: layout table, two organs stacked + 文件
    for _ in range(2):
        add_p(doc, "", line=20)
    ht = doc.add_table(rows=1, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = ht.cell(0, 0), ht.cell(0, 1)
    p = left.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, None, 46)
    set_font(p.add_run("福州市商务局"), XBS, 30, False, RED)
    p = left.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, None, 46)
    set_font(p.add_run("福州市财政局"), XBS, 30, False, RED)
    p = right.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, None, 60)
    set_font(p.add_run("文件"), XBS, 48, False, RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    widths(ht, [11.0, 4.6])
    add_p(doc, "")
    p = add_p(doc, "榕商务〔2026〕18号", FS, SAN, align=WD_ALIGN_PARAGRAPH.CENTER)
    p_border(p, "bottom", "E60012", 18, 8)
    add_p(doc, "")
    # title across two lines with a soft line break
    add_lines(doc, ["关于组织申报2026年度福州市外经贸发展", "专项资金项目的通知"], XBS, 22,
              align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_p(doc, "")
    add_p(doc, "各县（市）区商务局，各县（市）区财政局，福州高新区经济发展局，福州新区管委会经济发展局：")

    items = [
        ("p", "为贯彻落实党中央、国务院关于推动外贸稳规模优结构的决策部署，深度融入共建“一带一路”，"
              "加快建设21世纪海上丝绸之路核心区，根据《福州市外经贸发展专项资金管理办法》（榕商务规〔2024〕3号）"
              "有关规定，现就组织申报2026年度外经贸发展专项资金项目有关事项通知如下："),
        ("h", "一、支持方向和标准"),
        ("p", "本年度专项资金重点支持以下方向，支持期间为2025年1月1日至2025年12月31日期间发生的项目支出"
              "（另有规定的除外）。"),
        ("table", ["序号", "支持方向", "支持内容", "支持标准"], [
            ["1", "外贸新业态", "跨境电商企业在境外设立或租用公共海外仓，单仓面积不低于1000平方米",
             "按实际租金或建设投入的30%给予补助，单个企业最高不超过100万元"],
            ["2", "外贸新业态", "在中国（福建）自由贸易试验区福州片区、福州综合保税区开展跨境电商零售进口、保税维修等业务",
             "按年度新增业务额的1%给予奖励，单个企业最高不超过50万元"],
            ["3", "对外投资合作", "企业在共建“一带一路”国家（地区）开展境外投资、对外承包工程",
             "按中方实际投资额的1%给予补助，单个企业最高不超过200万元"],
            ["4", "国际物流通道", "经中欧班列、海铁联运等国际物流通道运输进出口货物",
             "按每标准箱300元给予运费补助，单个企业最高不超过80万元"],
            ["5", "国际市场开拓", "企业参加境外展会、开展境外商标注册和国际认证",
             "按实际支出的50%给予补助，单个企业最高不超过30万元"],
        ], [1.3, 2.7, 6.0, 5.6], [(1, 0, 1)]),
        ("blank",),
        ("h", "二、申报条件"),
        ("p", "申报单位应同时符合以下条件："),
        ("p", "（一）在福州市行政区域内依法注册登记，具有独立法人资格，财务管理制度健全。"),
        ("p", "（二）2025年度有进出口实绩或对外投资合作业务，且依法依规开展经营活动。"),
        ("p", "（三）近三年内未被列入严重失信主体名单，未发生海关、外汇、税务、安全生产、生态环境等方面的重大违法违规行为。"),
        ("p", "（四）同一项目未获得其他市级财政资金重复支持。"),
        ("h", "三、申报材料"),
        ("p", "申报单位应按以下顺序装订成册（一式二份），并提供电子版："),
        ("p", "1.《2026年度福州市外经贸发展专项资金项目申报表》（附件1）；"),
        ("p", "2.企业营业执照复印件（加盖公章）；"),
        ("p", "3.项目支出相关合同、发票、付款凭证等证明材料，其中："),
        ("p", "（1）海外仓项目须提供境外租赁合同或产权证明、海外仓运营情况说明；"),
        ("p", "（2）对外投资合作项目须提供《企业境外投资证书》及中方投资额汇出凭证；"),
        ("p", "（3）国际物流通道项目须提供铁路运单或多式联运提单及运费结算凭证；"),
        ("p", "4.申报单位对申报材料真实性的书面承诺；"),
        ("p", "5.其他需要提供的材料。"),
        ("h", "四、申报程序和时间"),
        ("r", "（一）企业申报。", "申报企业登录“福州市商务专项资金管理系统”填报项目信息、上传相关材料，"
                             "并于2026年4月15日前将纸质材料报送至注册地县（市）区商务局。"),
        ("r", "（二）初审推荐。", "各县（市）区商务局会同同级财政局对申报材料的真实性、完整性进行初审，"
                             "于2026年4月30日前将初审意见和项目汇总表（附件2）报送市商务局。"),
        ("r", "（三）审核公示。", "市商务局会同市财政局委托第三方机构开展专项审核，根据审核结果拟定资金安排计划，"
                             "在市商务局门户网站公示5个工作日。"),
        ("r", "（四）资金拨付。", "公示无异议后，由市财政局按规定程序下达资金。"),
        ("h", "五、工作要求"),
        ("p", "（一）申报单位对申报材料的真实性、合法性负责。对弄虚作假、骗取套取专项资金的，一经查实，"
              "收回已拨付资金，三年内取消申报资格，并按有关规定追究责任。"),
        ("p", "（二）各县（市）区商务局、财政局要加强政策宣传，认真做好材料审核，不得将不符合条件的项目推荐上报。"),
        ("p", "（三）专项资金实行全过程绩效管理，获得支持的企业应于2026年12月31日前报送资金使用情况和绩效自评报告。"),
        ("h", "六、联系方式"),
        ("p", "市商务局对外贸易处：林晓峰，0591-83321456；"),
        ("p", "市商务局对外投资和经济合作处：黄雅琴，0591-83321478；"),
        ("p", "市财政局经济建设处：陈静，0591-87095123。"),
    ]
    clauses = emit(doc, items)

    add_p(doc, "")
    # 附件 list: 2nd line aligned with manual full-width spaces
    add_p(doc, "附件：1．2026年度福州市外经贸发展专项资金项目申报表")
    add_p(doc, "　　　2．2026年度外经贸发展专项资金项目初审汇总表")
    add_p(doc, "")
    add_p(doc, "")
    add_p(doc, "")
    # 落款 typed with spaces
    add_p(doc, "　　　福州市商务局　　　　　　　　福州市财政局")
    add_p(doc, "2026年3月12日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "")
    add_p(doc, "（此件主动公开）", indent=32)

    # ---- 附件1: nested-table 申报表
    p = add_p(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    add_p(doc, "附件1", HT, SAN)
    add_p(doc, "")
    add_p(doc, "2026年度福州市外经贸发展专项资金项目申报表", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_p(doc, "")
    add_p(doc, "申报单位（盖章）：　　　　　　　　　　　　填报日期：　　年　月　日", FS, XS, line=22)

    t = doc.add_table(rows=10, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [3.2, 5.0, 3.4, 4.0])
    # row0 项目名称
    cell_text(t.cell(0, 0), "项目名称", size=XS)
    t.cell(0, 1).merge(t.cell(0, 3))
    # row1 项目类别
    cell_text(t.cell(1, 0), "项目类别", size=XS)
    m = t.cell(1, 1).merge(t.cell(1, 3))
    cell_text(m, "□外贸新业态　□对外投资合作　□国际物流通道　□国际市场开拓　□其他", size=XS,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    # row2 企业基本情况 with its own grid nested inside
    cell_text(t.cell(2, 0), "企业基本情况", size=XS)
    m = t.cell(2, 1).merge(t.cell(2, 3))
    cell_text(m, "", size=XS)
    n = nested(m, 5, 4, [2.6, 3.2, 2.6, 3.0])
    grid = [["企业名称", "", "统一社会信用代码", ""],
            ["注册地址", "", "所属县（市）区", ""],
            ["法定代表人", "", "联系电话", ""],
            ["项目联系人", "", "手机", ""],
            ["2025年进出口额（万美元）", "", "是否外商投资企业", "□是　□否"]]
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            cell_text(n.cell(r, c), v, size=WU)
    # row3
    cell_text(t.cell(3, 0), "项目起止时间", size=XS)
    cell_text(t.cell(3, 2), "项目总投资（万元）", size=XS)
    # row4
    cell_text(t.cell(4, 0), "申请支持金额（万元）", size=XS)
    cell_text(t.cell(4, 2), "是否已获得其他财政资金支持", size=XS)
    cell_text(t.cell(4, 3), "□是　　□否", size=XS)
    # row5 项目内容
    cell_text(t.cell(5, 0), "项目建设内容及成效（限500字）", size=XS)
    m = t.cell(5, 1).merge(t.cell(5, 3))
    for _ in range(5):
        cell_more(m)
    # row6 项目资金明细 nested
    cell_text(t.cell(6, 0), "项目资金明细", size=XS)
    m = t.cell(6, 1).merge(t.cell(6, 3))
    cell_text(m, "", size=XS)
    n = nested(m, 7, 4, [1.3, 5.5, 2.6, 2.0])
    for c, h in enumerate(["序号", "支出内容", "金额（万元）", "备注"]):
        cell_text(n.cell(0, c), h, HT, WU)
    for r in range(1, 6):
        cell_text(n.cell(r, 0), str(r), size=WU)
    cell_text(n.cell(6, 0), "合计", size=WU)
    n.cell(6, 0).merge(n.cell(6, 1))
    # row7 申报单位意见
    cell_text(t.cell(7, 0), "申报单位意见", size=XS)
    m = t.cell(7, 1).merge(t.cell(7, 3))
    sign_block(m, "本单位承诺：所填报内容及提供的材料真实、准确、完整，如有虚假，愿承担相应法律责任。",
               "法定代表人（签字）：")
    # row8 县区审核 side by side
    cell_text(t.cell(8, 0), "县（市）区商务局审核意见", size=XS)
    sign_block(t.cell(8, 1))
    cell_text(t.cell(8, 2), "县（市）区财政局审核意见", size=XS)
    sign_block(t.cell(8, 3))
    # row9 主管部门审核意见
    cell_text(t.cell(9, 0), "主管部门审核意见", size=XS)
    m = t.cell(9, 1).merge(t.cell(9, 3))
    sign_block(m)
    add_p(doc, "注：1．本表一式二份，须双面打印；2．“项目资金明细”所列金额须与发票、付款凭证一致；"
               "3．表格不够填写的可另附页。", FS, WU, line=18)

    # ---- 附件2 in a landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2, landscape=True)
    add_p(doc, "附件2", HT, SAN)
    add_p(doc, "2026年度外经贸发展专项资金项目初审汇总表", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_p(doc, "填报单位（盖章）：　　　　　　　　　　　　　　　　　　　　　　　　　填报日期：　　年　　月　　日",
          FS, XS, line=22)
    hs = ["序号", "申报单位", "统一社会信用代码", "项目名称", "支持方向", "项目总投资（万元）",
          "申请金额（万元）", "初审意见", "备注"]
    t2 = doc.add_table(rows=6, cols=len(hs))
    t2.style = "Table Grid"
    for c, h in enumerate(hs):
        cell_text(t2.cell(0, c), h, HT, WU)
    cell_text(t2.cell(5, 0), "合计", size=WU)
    widths(t2, [1.2, 3.6, 3.4, 4.0, 2.4, 2.2, 2.2, 2.6, 2.0])
    add_p(doc, "")
    add_p(doc, "")
    # 版记 at the very end
    p = add_p(doc, "抄送：福建省商务厅，福建省财政厅。", FS, SI, line=24)
    p_border(p, "top", "000000", 8, 4)
    p_border(p, "bottom", "000000", 4, 4)
    p = add_p(doc, "福州市商务局办公室　　　　　　　　　　　　　　　　　　　　　　　　2026年3月12日印发", FS, SI, line=24)
    p_border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "关于组织申报2026年度福州市外经贸发展专项资金项目的通知",
        "doc_number": "榕商务〔2026〕18号",
        "issuer": ["福州市商务局", "福州市财政局"],
        "date": "2026-03-12",
        "published": None,
        "level": "municipal",
        "region": "福州市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度福州市外经贸发展专项资金项目申报表",
                        "2026年度外经贸发展专项资金项目初审汇总表"],
        "doc_type": "通知",
        "recipients": ["各县（市）区商务局", "各县（市）区财政局", "福州高新区经济发展局",
                       "福州新区管委会经济发展局"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ====================================================================== doc 2
def doc_hunan():
    stem = "blind647_hunan_tongzhi"
    doc = new_doc()
    sec = doc.sections[0]
    sec.top_margin = Cm(3.0)
    page_number_footer(sec, "-")
    # copied from the portal: web header line, no red 版头
    add_p(doc, "发布时间：2026-02-27 10:15　　　信息来源：湖南省商务厅　　　【字体：大 中 小】", "宋体", WU,
          align=WD_ALIGN_PARAGRAPH.CENTER, line=18, color=RGBColor(0x66, 0x66, 0x66))
    add_p(doc, "")
    add_p(doc, "湖南省商务厅关于做好2026年度外经贸发展专项资金项目申报工作的通知", XBS, 22,
          align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    add_p(doc, "湘商务〔2026〕21号", FS, SAN, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_p(doc, "")
    add_p(doc, "各市州商务主管部门，中国（湖南）自由贸易试验区各片区管委会，各综合保税区管理机构：")

    items = [
        ("ps", "根据《湖南省外经贸发展专项资金管理办法》（湘财企〔2024〕15号）和省委、省政府关于稳外贸稳外资的工作部署，"
               "为支持企业拓展国际市场、深度参与共建“一带一路”，现将2026年度外经贸发展专项资金（以下简称专项资金）"
               "项目申报有关事项通知如下："),
        ("h", "一、支持重点"),
        ("r", "（一）外贸新业态新模式。", "支持跨境电子商务综合试验区公共服务平台建设、跨境电商企业海外仓建设和"
                                   "“跨境电商＋产业带”发展；支持市场采购贸易方式试点、保税维修、离岸贸易等业务发展。"),
        ("r", "（二）国际物流通道建设。", "支持中欧班列（长沙）扩大开行规模、拓展回程货源，支持开通至东盟、中亚的国际货运班列"
                                   "和国际货运航线，支持岳阳城陵矶港发展江海联运、铁海联运。"),
        ("r", "（三）综合保税区高质量发展。", "支持长沙黄花、岳阳城陵矶、郴州、衡阳、湘潭综合保税区引进加工贸易、保税物流、"
                                      "保税研发等项目，对年度绩效评估位次前移的综合保税区给予奖励。"),
        ("r", "（四）对外投资合作和对非经贸。", "支持企业在共建“一带一路”国家和非洲国家建设境外经贸合作区、开展境外农业合作和"
                                        "对外承包工程，支持企业参加中国—非洲经贸博览会及境外重点展会。"),
        ("r", "（五）外商投资促进。", "支持各地围绕重点产业链开展精准招商，对实际使用外资金额（按商务部统计口径）"
                                "同比增长的市州给予奖励。"),
        ("h", "二、申报主体和条件"),
        ("ps", "（一）申报主体为在湖南省内依法注册的企业、事业单位和社会组织，以及经省人民政府批准设立的开放平台管理机构。"),
        ("ps", "（二）申报单位须具备健全的财务管理制度，近三年无严重违法失信记录，未被列入经营异常名录。"),
        ("ps", "（三）申报项目须在2025年1月1日至2025年12月31日期间实施完成或取得阶段性成果。已获得中央或省级其他财政资金"
               "支持的同一项目不得重复申报。"),
        ("ps", "（四）每个单位本年度申报项目原则上不超过2个。"),
        ("h", "三、支持方式和标准"),
        ("ps", "专项资金采取“先建后补”“以奖代补”“事后补助”等方式予以支持，具体标准如下："),
        ("table", ["项目类别", "支持方式", "支持标准"], [
            ["跨境电商海外仓", "先建后补", "按建设或租赁费用的30%给予补助，单个项目最高不超过150万元"],
            ["中欧班列（长沙）回程货源", "以奖代补", "按回程重箱每标准箱500元给予奖励，单个企业最高不超过100万元"],
            ["综合保税区绩效评估", "以奖代补", "年度绩效评估位次进入全国前50名的，给予综合保税区管理机构200万元奖励"],
            ["境外展会", "事后补助", "按展位费的70%给予补助，每个展会单个企业最高不超过5万元"],
        ], [4.4, 2.6, 8.6]),
        ("blank",),
        ("h", "四、申报程序"),
        ("ps", "1．网上填报。申报单位于2026年3月1日至3月31日登录“湖南省商务厅业务综合管理平台”，在“专项资金”模块"
               "填报项目信息并上传证明材料。"),
        ("ps", "2．市州审核。各市州商务主管部门会同同级财政部门对本地区申报项目进行审核，于2026年4月15日前将审核意见和"
               "项目汇总表（附件2）报送省商务厅。"),
        ("ps", "3．省级评审。省商务厅组织专家或委托第三方机构对申报项目进行评审，提出资金分配建议，经厅党组会议审定后"
               "在省商务厅门户网站公示。"),
        ("ps", "4．资金下达。公示期满无异议的，由省财政厅会同省商务厅按程序下达资金。"),
        ("h", "五、有关要求"),
        ("r", "（一）压实审核责任。", "各市州商务主管部门要严格履行审核职责，对申报项目进行实地核查，确保项目真实、数据准确。"),
        ("r", "（二）强化绩效管理。", "项目单位应当按照批复的内容实施项目，并于资金下达后12个月内报送绩效自评报告。"),
        ("r", "（三）严肃财经纪律。", "对虚报冒领、截留挪用专项资金的，依照《财政违法行为处罚处分条例》等有关规定严肃处理。"),
        ("h", "六、联系方式"),
        ("ps", "省商务厅对外贸易处　刘　明　0731-82287654"),
        ("ps", "省商务厅对外投资和经济合作处　周　婷　0731-82287632"),
        ("ps", "省商务厅财务处　谭志刚　0731-82287601"),
    ]
    clauses = emit(doc, items)
    add_p(doc, "")
    # attachments in ONE paragraph with soft line breaks
    add_lines(doc, ["附件：1．2026年度湖南省外经贸发展专项资金项目申报表",
                    "　　　2．2026年度外经贸发展专项资金项目汇总表（市州用）"], indent=32)
    add_p(doc, "")
    add_p(doc, "")
    add_lines(doc, ["湖南省商务厅　　　　", "2026年2月25日　　　　"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "（此件主动公开）", indent=32)

    # ---- 附件1
    p = add_p(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    add_p(doc, "附件1", HT, SAN)
    add_p(doc, "2026年度湖南省外经贸发展专项资金项目申报表", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_p(doc, "")
    t = doc.add_table(rows=12, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [3.6, 12.0])

    def band(r, text):
        m = t.cell(r, 0).merge(t.cell(r, 1))
        cell_text(m, text, HT, XS, align=WD_ALIGN_PARAGRAPH.LEFT)

    band(0, "一、申报单位基本情况")
    m = t.cell(1, 0).merge(t.cell(1, 1))
    cell_text(m, "", size=XS)
    n = nested(m, 6, 4, [3.0, 4.6, 3.0, 4.6])
    grid = [["单位名称", "", "统一社会信用代码", ""],
            ["所在市州", "", "注册资本（万元）", ""],
            ["法定代表人", "", "联系人及电话", ""],
            ["单位类型", "□国有　□民营　□外资　□其他", "", ""],
            ["是否位于综合保税区", "□是　□否", "是否为跨境电商企业", "□是　□否"],
            ["2025年进出口额（万美元）", "", "2025年营业收入（万元）", ""]]
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if r == 3 and c >= 2:
                continue
            cell_text(n.cell(r, c), v, size=WU)
    n.cell(3, 1).merge(n.cell(3, 3))
    band(2, "二、项目基本情况")
    labels = [("项目名称", None),
              ("项目类别", "□外贸新业态新模式　□国际物流通道　□综合保税区　□对外投资合作　□外商投资促进"),
              ("项目实施地点", None),
              ("项目主要内容及绩效目标", None)]
    for i, (lab, val) in enumerate(labels):
        r = 3 + i
        cell_text(t.cell(r, 0), lab, size=XS)
        if val:
            cell_text(t.cell(r, 1), val, size=XS, align=WD_ALIGN_PARAGRAPH.LEFT)
        if lab.startswith("项目主要内容"):
            for _ in range(4):
                cell_more(t.cell(r, 1))
    band(7, "三、项目资金明细")
    m = t.cell(8, 0).merge(t.cell(8, 1))
    cell_text(m, "", size=XS)
    n = nested(m, 8, 4, [1.4, 7.6, 3.0, 3.6])
    for c, h in enumerate(["序号", "支出内容", "金额（万元）", "凭证编号"]):
        cell_text(n.cell(0, c), h, HT, WU)
    for r in range(1, 7):
        cell_text(n.cell(r, 0), str(r), size=WU)
    cell_text(n.cell(7, 0), "合　计", size=WU)
    n.cell(7, 0).merge(n.cell(7, 1))
    cell_text(t.cell(9, 0), "申报单位意见", size=XS)
    sign_block(t.cell(9, 1), "经核实，本单位申报材料真实有效，同意申报。", "法定代表人签字：")
    cell_text(t.cell(10, 0), "市州商务主管部门审核意见", size=XS)
    sign_block(t.cell(10, 1))
    cell_text(t.cell(11, 0), "省商务厅审核意见", size=XS)
    sign_block(t.cell(11, 1))

    # ---- 附件2 landscape
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2, landscape=True)
    add_p(doc, "附件2", HT, SAN)
    add_p(doc, "2026年度外经贸发展专项资金项目汇总表（市州用）", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_p(doc, "市州商务主管部门（盖章）：　　　　　　　　　　　　　　　　　　　　　单位：万元", FS, XS, line=22)
    hs = ["序号", "申报单位", "项目名称", "项目类别", "项目总投资", "申请金额", "市州审核意见", "备注"]
    t2 = doc.add_table(rows=6, cols=len(hs))
    t2.style = "Table Grid"
    for c, h in enumerate(hs):
        cell_text(t2.cell(0, c), h, HT, WU)
    cell_text(t2.cell(5, 0), "合计", size=WU)
    widths(t2, [1.2, 4.2, 4.6, 3.0, 2.4, 2.4, 3.4, 2.4])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "湖南省商务厅关于做好2026年度外经贸发展专项资金项目申报工作的通知",
        "doc_number": "湘商务〔2026〕21号",
        "issuer": ["湖南省商务厅"],
        "date": "2026-02-25",
        "published": "2026-02-27",
        "level": "provincial",
        "region": "湖南省",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度湖南省外经贸发展专项资金项目申报表",
                        "2026年度外经贸发展专项资金项目汇总表（市州用）"],
        "doc_type": "通知",
        "recipients": ["各市州商务主管部门", "中国（湖南）自由贸易试验区各片区管委会", "各综合保税区管理机构"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ====================================================================== doc 3
def doc_qingdao():
    stem = "blind647_qingdao_zimaoqu_tongzhi"
    doc = new_doc()
    sec = doc.sections[0]
    page_number_footer(sec)
    add_p(doc, "", line=20)
    add_p(doc, "中国（山东）自由贸易试验区青岛片区管理委员会文件", XBS, 24, color=RED,
          align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    add_p(doc, "")
    p = add_p(doc, "青自贸管发〔2026〕5号", FS, SAN, align=WD_ALIGN_PARAGRAPH.CENTER)
    p_border(p, "bottom", "E60012", 18, 8)
    add_p(doc, "")
    add_p(doc, "中国（山东）自由贸易试验区青岛片区管理委员会", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_p(doc, "关于开展2026年度外经贸发展专项资金申报工作的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    add_p(doc, "")
    add_p(doc, "片区各部门，各直属单位，各有关企业：")

    items = [
        ("p", "为深入实施自由贸易试验区提升战略，推动片区外经贸高质量发展，根据《中国（山东）自由贸易试验区青岛片区"
              "外经贸发展专项资金管理办法》（青自贸管规〔2025〕2号），现就2026年度专项资金申报工作通知如下："),
        ("r", "一、申报对象。", "工商注册地、税务征管关系和统计关系均在片区内，具有独立法人资格，且2025年度未发生"
                           "重大违法违规行为的企业。", HT),
        ("r", "二、支持事项。", "本年度重点支持以下事项：", HT),
        ("p", "1.跨境电商。对在青岛前湾综合保税区开展跨境电商“1210”保税备货进口业务，年度进口额超过1亿元的企业，"
              "按进口额的0.5%给予奖励，最高不超过100万元。"),
        ("p", "2.中欧班列。对通过“齐鲁号”中欧班列从片区发运出口货物的企业，按每标准箱400元给予补助，单个企业"
              "年度补助最高不超过60万元。"),
        ("p", "3.保税维修和再制造。对在综合保税区内新开展全球保税维修业务的企业，按维修业务产值的2%给予奖励，"
              "最高不超过200万元。"),
        ("p", "4.外商投资。对新设立且当年实际到账外资金额超过1000万美元的外商投资企业，按实际到账外资金额的1%"
              "给予奖励，最高不超过500万元。"),
        ("p", "5.国际市场开拓。对企业赴共建“一带一路”国家参加境外展会的，按展位费和人员往返国际机票费用的60%给予补助，"
              "单个企业年度补助最高不超过20万元。"),
        ("r", "三、申报时间。", "2026年4月1日至4月30日，逾期不予受理。", HT),
        ("r", "四、申报方式。", "申报企业通过“青岛片区惠企政策兑现平台”在线提交申报材料，同时将加盖公章的纸质材料"
                           "一式一份报送片区经济发展部（地址：青岛市黄岛区长江中路216号）。", HT),
        ("r", "五、审核拨付。", "片区经济发展部会同财政金融部对申报材料进行审核，必要时进行实地核查。审核结果经管委会"
                           "主任办公会议审议通过后，在片区门户网站公示7日，公示无异议的拨付资金。", HT),
        ("h", "六、其他事项"),
        ("p", "（一）本通知所列奖励和补助与片区其他同类政策不重复享受，按照“从高不重复”原则执行。"),
        ("p", "（二）申报企业应对所提交材料的真实性负责。对提供虚假材料骗取专项资金的，追回已拨付资金，"
              "并按规定纳入公共信用信息平台。"),
        ("p", "（三）本通知由片区经济发展部负责解释。"),
        ("blank",),
        ("p", "联系人：片区经济发展部　张磊，联系电话：0532-86891234。"),
    ]
    clauses = emit(doc, items)
    add_p(doc, "")
    add_p(doc, "附件：2026年度青岛片区外经贸发展专项资金申报表", indent=32)
    add_p(doc, "")
    add_p(doc, "")
    add_p(doc, "")
    # 落款 typed in a borderless layout table (organ over date, right side)
    lt = doc.add_table(rows=2, cols=2)
    widths(lt, [5.0, 10.6])
    cell_text(lt.cell(0, 1), "中国（山东）自由贸易试验区", FS, SAN, line=28)
    cell_more(lt.cell(0, 1), "青岛片区管理委员会", FS, SAN, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    cell_text(lt.cell(1, 1), "2026年3月20日", FS, SAN, line=28)
    add_p(doc, "")
    add_p(doc, "（此件公开发布）", indent=32)
    add_p(doc, "")
    # 版记 placed BEFORE the attachment (office habit)
    p = add_p(doc, "抄送：青岛市商务局，青岛市财政局，青岛海关。", FS, SI, line=24)
    p_border(p, "top", "000000", 8, 4)
    p_border(p, "bottom", "000000", 4, 4)
    p = add_p(doc, "青岛片区管委会办公室　　　　　　　　　　　　　　2026年3月20日印发", FS, SI, line=24)
    p_border(p, "bottom", "000000", 8, 4)

    # ---- 附件
    p = add_p(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    add_p(doc, "附件", HT, SAN)
    add_p(doc, "2026年度青岛片区外经贸发展专项资金申报表", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_p(doc, "")
    t = doc.add_table(rows=9, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [2.6, 6.5, 6.5])
    # 企业基本情况: label merged vertically over 2 rows, nested grid on the right
    lab = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(lab, "企业基本情况", size=XS)
    m = t.cell(0, 1).merge(t.cell(0, 2))
    cell_text(m, "", size=XS)
    n = nested(m, 4, 4, [2.8, 3.6, 2.8, 3.8])
    grid = [["企业名称", "", "统一社会信用代码", ""],
            ["成立时间", "", "注册资本（万元）", ""],
            ["联系人", "", "联系电话", ""],
            ["是否外商投资企业", "□是　□否", "是否在综合保税区内", "□是　□否"]]
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            cell_text(n.cell(r, c), v, size=WU)
    m = t.cell(1, 1).merge(t.cell(1, 2))
    cell_text(m, "开户银行及账号：", size=XS, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(2, 0), "申报事项", size=XS)
    m = t.cell(2, 1).merge(t.cell(2, 2))
    cell_text(m, "□跨境电商　□中欧班列　□保税维修和再制造　□外商投资　□国际市场开拓", size=XS,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(3, 0), "申请金额（万元）", size=XS)
    m = t.cell(3, 1).merge(t.cell(3, 2))
    cell_text(m, "大写：　　　　　　　　　　　小写：", size=XS, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(4, 0), "项目资金明细", size=XS)
    m = t.cell(4, 1).merge(t.cell(4, 2))
    cell_text(m, "", size=XS)
    n = nested(m, 6, 3, [1.6, 7.4, 4.0])
    for c, h in enumerate(["序号", "支出内容", "金额（万元）"]):
        cell_text(n.cell(0, c), h, HT, WU)
    for r in range(1, 5):
        cell_text(n.cell(r, 0), str(r), size=WU)
    cell_text(n.cell(5, 0), "合计", size=WU)
    n.cell(5, 0).merge(n.cell(5, 1))
    cell_text(t.cell(5, 0), "是否享受过同类政策", size=XS)
    m = t.cell(5, 1).merge(t.cell(5, 2))
    cell_text(m, "□是（政策名称：　　　　　　　　　　）　□否", size=XS, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(6, 0), "情况说明", size=XS)
    m = t.cell(6, 1).merge(t.cell(6, 2))
    for _ in range(4):
        cell_more(m)
    # 意见 row: three cells
    cell_text(t.cell(7, 0), "审核意见", size=XS)
    c1 = t.cell(7, 1)
    cell_text(c1, "申报单位意见：", size=XS, align=WD_ALIGN_PARAGRAPH.LEFT,
              valign=WD_CELL_VERTICAL_ALIGNMENT.TOP)
    cell_more(c1)
    cell_more(c1)
    cell_more(c1, "（盖章）　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_more(c1, "年　　月　　日　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    c2 = t.cell(7, 2)
    cell_text(c2, "主管部门审核意见：", size=XS, align=WD_ALIGN_PARAGRAPH.LEFT,
              valign=WD_CELL_VERTICAL_ALIGNMENT.TOP)
    cell_more(c2)
    cell_more(c2)
    cell_more(c2, "（盖章）　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_more(c2, "年　　月　　日　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(t.cell(8, 0), "备注", size=XS)
    t.cell(8, 1).merge(t.cell(8, 2))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "中国（山东）自由贸易试验区青岛片区管理委员会关于开展2026年度外经贸发展专项资金申报工作的通知",
        "doc_number": "青自贸管发〔2026〕5号",
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
        "date": "2026-03-20",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度青岛片区外经贸发展专项资金申报表"],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各直属单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_fuzhou, doc_hunan, doc_qingdao):
        stem, path, objs = fn()
        convert(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
