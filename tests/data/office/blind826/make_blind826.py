# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 826: 境外会计师事务所自贸区临时执业备案 (公告+名单, 备案通知书, 管理办法通知).

Writes blind826_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt, RGBColor

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


# ------------------------------------------------------------------ helpers
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str or list of (text, font, size, bold[, color]); '\\n' in text = soft line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            if part:
                font(p.add_run(part), name, size, bold, color)
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


def page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc, footer=True):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if footer:
        page_number(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18, color=None):
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


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w.twips))
    for tr in t._tbl.tr_lst:
        tcs = tr.tc_lst
        ci = 0
        for tc in tcs:
            span = tc.grid_span
            tc.width = Emu(sum(widths[ci:ci + span]))
            ci += span


def row_clause(keys, vals):
    return "；".join("%s：%s" % (k, v) for k, v in zip(keys, vals))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_826", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ DOC A  广东 公告 + 名单
GD_ROWS = [
    ["1", "粤境审备〔2026〕001号", "香港瑞衡会计师事务所有限公司", "Ruiheng CPA Limited",
     "中国香港", "前海蛇口片区", "2026年3月20日", "2027年3月19日"],
    ["2", "粤境审备〔2026〕002号", "澳门永明会计师事务所", "Weng Meng Accounting Firm",
     "中国澳门", "横琴新区片区", "2026年3月20日", "2027年3月19日"],
    ["3", "粤境审备〔2026〕003号", "香港信永达会计师行", "Xin Yongda & Co.",
     "中国香港", "南沙新区片区", "2026年3月20日", "2026年9月19日"],
    ["4", "粤境审备〔2026〕004号", "新加坡德信会计师事务所", "Dexin Assurance LLP",
     "新加坡", "南沙新区片区", "2026年3月20日", "2027年3月19日"],
    ["5", "粤境审备〔2026〕005号", "马来西亚柏盛会计师事务所", "Bai Sheng & Partners PLT",
     "马来西亚吉隆坡", "前海蛇口片区", "2026年3月20日", "2026年12月31日"],
    ["6", "粤境审备〔2026〕006号", "香港汇正会计师事务所有限公司", "Huizheng CPA Limited",
     "中国香港", "前海蛇口片区、南沙新区片区", "2026年3月20日", "2027年3月19日"],
    ["7", "粤境审备〔2026〕007号", "澳门诚达会计师事务所", "Seng Tat Accountants",
     "中国澳门", "横琴新区片区", "2026年3月20日", "2027年3月19日"],
    ["8", "粤境审备〔2026〕008号", "阿联酋海湾信诚会计师事务所", "Gulf Crest Auditors (Dubai)",
     "阿拉伯联合酋长国迪拜", "南沙新区片区", "2026年4月1日", "2027年3月31日"],
    ["9", "粤境审备〔2026〕009号", "香港中环会计师事务所有限公司", "Central Audit Partners Limited",
     "中国香港", "前海蛇口片区", "2026年4月1日", "2027年3月31日"],
    ["10", "粤境审备〔2026〕010号", "泰国暹罗联合会计师事务所", "Siam United Audit Co., Ltd.",
     "泰国曼谷", "南沙新区片区", "2026年4月1日", "2026年10月31日"],
    ["11", "粤境审备〔2026〕011号", "哈萨克斯坦阿斯塔纳审计咨询有限责任公司", "Astana Audit Consulting LLP",
     "哈萨克斯坦阿斯塔纳", "南沙新区片区", "2026年4月1日", "2027年3月31日"],
    ["12", "粤境审备〔2026〕012号", "香港嘉宏会计师事务所", "Ka Wang & Co. CPA",
     "中国香港", "横琴新区片区", "2026年4月1日", "2027年3月31日"],
]
GD_KEYS = ["序号", "备案编号", "境外会计师事务所名称／中文名称", "境外会计师事务所名称／英文名称",
           "注册地", "执业片区", "备案有效期／起始日期", "备案有效期／截止日期"]


def gd_table(doc, rows, clauses):
    t = doc.add_table(rows=2 + len(rows), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header: vertical merges for single-level columns
    for ci, h in ((0, "序号"), (1, "备案编号"), (4, "注册地"), (5, "执业片区")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 11)
    m = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(m, "境外会计师事务所名称", HT, 11)
    m = t.cell(0, 6).merge(t.cell(0, 7))
    set_cell(m, "备案有效期", HT, 11)
    set_cell(t.cell(1, 2), "中文名称", HT, 11)
    set_cell(t.cell(1, 3), "英文名称", HT, 11)
    set_cell(t.cell(1, 6), "起始日期", HT, 11)
    set_cell(t.cell(1, 7), "截止日期", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            al = L if ci in (2, 3) else C
            set_cell(t.cell(ri, ci), v, FS if ci != 3 else "Times New Roman", 10, align=al, line=15)
        clauses.append(row_clause(GD_KEYS, row))
    col_widths(t, [Cm(1.2), Cm(4.0), Cm(4.6), Cm(3.8), Cm(2.6), Cm(2.5), Cm(3.5), Cm(3.5)])
    return t


def doc_gd():
    stem = "blind826_gd_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    add_par(doc, [("广东省财政厅文件", XBS, 48, False, RED)], align=C, indent=False, line=60)
    empty(doc, 1)
    p = add_par(doc, "粤财会〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped by hand at odd places (soft breaks)
    add_par(doc, [("广东省财政厅关于公布2026年第一批\n"
                   "境外会计师事务所在中国（广东）自由贸易\n试验区临时执业备案名单的公告", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("根据《境外会计师事务所在中国内地临时执行审计业务暂行规定》（财会〔2011〕4号）和《广东省财政厅关于在中国（广东）"
         "自由贸易试验区开展境外会计师事务所临时执业备案试点的通知》（粤财会〔2025〕31号），我厅对2026年1月1日至2月28日"
         "申请备案的境外会计师事务所材料进行了审核，香港瑞衡会计师事务所有限公司等12家境外会计师事务所符合备案条件，准予备案。"
         "现将有关事项公告如下：")
    body("一、列入备案名单的境外会计师事务所（以下简称备案事务所）可在备案有效期内，在名单载明的自贸试验区片区范围内"
         "就备案项目临时执行审计业务。有效期届满需继续执业的，应当在届满30日前重新办理备案。")
    body("二、备案事务所应当遵守内地法律法规和中国注册会计师执业准则，出具的审计报告应当注明备案编号。")
    body("三、备案信息发生变更的，备案事务所应当自变更之日起15个工作日内向我厅报告；存在违法违规行为的，"
         "我厅将依法撤销备案并予以公告。")
    body("四、社会公众可通过广东省财政厅门户网站“政务公开—会计管理”栏目查询备案信息，监督电话:020-83170345。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：2026年第一批境外会计师事务所在中国（广东）自由贸易试验区\n"
                 + "\u3000" * 3 + "临时执业备案名单")
    empty(doc, 2)
    p = add_par(doc, "广东省财政厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月16日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---------------- attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.0), Cm(2.0)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年第一批境外会计师事务所在中国（广东）自由贸易试验区临时执业备案名单", XBS, 18, False)],
            align=C, indent=False, line=30, after=6)
    gd_table(doc, GD_ROWS[:7], clauses)
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    gd_table(doc, GD_ROWS[7:], clauses)
    notes = ["注：1.备案有效期届满未重新办理备案的，备案自动失效。",
             "2.执业片区以备案通知书载明的范围为准；英文名称以境外注册登记文件为准。"]
    add_par(doc, [(notes[0], FS, 12, False)], indent=False, line=20, before=6)
    add_par(doc, [(notes[1], FS, 12, False)], indent=False, line=20, first=Pt(24))
    clauses.extend(notes)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广东省财政厅关于公布2026年第一批境外会计师事务所在中国（广东）自由贸易试验区临时执业备案名单的公告",
            "doc_number": "粤财会〔2026〕9号",
            "issuer": ["广东省财政厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "广东省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年第一批境外会计师事务所在中国（广东）自由贸易试验区临时执业备案名单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================ DOC B  上海 备案通知书 ×2
SH_NOTICES = [
    {
        "no": "沪财会境备〔2026〕第0031号",
        "firm": "香港瑞衡会计师事务所有限公司",
        "submitted": "2026年2月27日",
        "rows": [
            ["备案编号", "沪财会境备〔2026〕第0031号"],
            ["机构名称", "香港瑞衡会计师事务所有限公司（Ruiheng CPA Limited）"],
            ["注册地", "中国香港特别行政区"],
            ["负责人", "梁家豪"],
            ["内地合作会计师事务所", "立衡会计师事务所（特殊普通合伙）上海分所"],
            ["执业地点", "中国（上海）自由贸易试验区临港新片区"],
            ["备案业务", "上海临港瑞科新能源科技有限公司2025年度财务报表审计"],
            ["签字人员", "梁家豪、陈慧敏（香港会计师公会执业会员）"],
            ["有效期", "2026年3月20日至2027年3月19日"],
        ],
        "date_cn": "二〇二六年三月十八日",
        "date": "2026-03-18",
        "eff": "2026-03-20",
        "exp": "2027-03-19",
    },
    {
        "no": "沪财会境备〔2026〕第0032号",
        "firm": "新加坡恒信会计师事务所",
        "submitted": "2026年3月6日",
        "rows": [
            ["备案编号", "沪财会境备〔2026〕第0032号"],
            ["机构名称", "新加坡恒信会计师事务所（Hengxin Assurance LLP）"],
            ["注册地", "新加坡共和国"],
            ["负责人", "TAN Wei Ming（陈伟明）"],
            ["内地合作会计师事务所", "众衡会计师事务所（特殊普通合伙）"],
            ["执业地点", "中国（上海）自由贸易试验区临港新片区、洋山特殊综合保税区"],
            ["备案业务", "上海临港星链半导体有限公司2025年度内部控制审计"],
            ["签字人员", "TAN Wei Ming（陈伟明）、LIM Shu Hui（林淑慧）"],
            ["有效期", "2026年4月1日至2026年12月31日"],
        ],
        "date_cn": "二〇二六年三月二十五日",
        "date": "2026-03-25",
        "eff": "2026-04-01",
        "exp": "2026-12-31",
    },
]


def sh_notice(doc, n, new_page=False):
    clauses = []
    p = add_par(doc, [("上海市财政局", XBS, 24, False, RED)], align=C, indent=False, line=36)
    p.paragraph_format.page_break_before = new_page
    add_par(doc, [("境外会计师事务所临时执业备案通知书", XBS, 22, False)], align=C, indent=False,
            line=34, before=4)
    # 编号 pushed right with a right tab stop
    p = add_par(doc, [("\t编号：" + n["no"], FS, 14, False)], indent=False, line=26, before=2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    add_par(doc, [(n["firm"] + "：", FS, 14, False)], indent=False, line=24)

    def body(t):
        clauses.append(t)
        # clerk indents with typed full-width spaces, not paragraph indent
        add_par(doc, [(IND + t, FS, 14, False)], indent=False, line=24)

    body("你所于%s提交的临时执业备案申请及相关材料收悉。根据《境外会计师事务所在中国内地临时执行审计业务暂行规定》"
         "和《中国（上海）自由贸易试验区临港新片区境外会计师事务所临时执业备案办法（试行）》，经审核，准予备案。"
         "备案信息如下：" % n["submitted"])
    t = doc.add_table(rows=1 + len(n["rows"]), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "备案事项", HT, 12)
    set_cell(t.cell(0, 1), "备案内容", HT, 12)
    for ri, (k, v) in enumerate(n["rows"], 1):
        set_cell(t.cell(ri, 0), k, FS, 12)
        set_cell(t.cell(ri, 1), v, FS, 12, align=L)
        clauses.append(row_clause(["备案事项", "备案内容"], [k, v]))
    col_widths(t, [Cm(3.2), Cm(12.4)])
    body("请你所注意以下事项：")
    body("1.本通知书仅限于上述备案业务使用，不得转让、出借；在有效期内承接其他审计业务的，应当另行办理备案。")
    body("2.出具的审计报告应当注明本通知书编号；备案信息发生变更的，应当自变更之日起15个工作日内向我局书面报告。")
    body("3.有效期届满后需继续执业的，请于有效期届满30日前重新申请备案。")
    empty(doc, 1, line=12)
    # 落款 positioned with typed spaces
    add_par(doc, [(" " * 50 + "上海市财政局", FS, 14, False)], indent=False, line=24)
    add_par(doc, [(" " * 44 + n["date_cn"], FS, 14, False)], indent=False, line=24)
    tail = "备注：本通知书一式三份，备案事务所、内地合作会计师事务所各执一份，上海市财政局存档一份。"
    clauses.append(tail)
    add_par(doc, [(tail, KT, 12, False)], indent=False, line=18, before=6)
    return clauses


def doc_sh():
    stem = "blind826_sh_tongzhishu"
    doc = Document()
    setup(doc, footer=False)
    s = doc.sections[0]
    s.top_margin = Cm(2.3)
    s.bottom_margin = Cm(2.0)
    out = []
    for i, n in enumerate(SH_NOTICES):
        clauses = sh_notice(doc, n, new_page=bool(i))
        out.append({
            "meta": {
                "title": "境外会计师事务所临时执业备案通知书",
                "doc_number": n["no"],
                "issuer": ["上海市财政局"],
                "date": n["date"],
                "published": None,
                "level": "provincial",
                "region": "上海市",
                "effective": n["eff"],
                "expires": n["exp"],
                "attachments": [],
                "doc_type": "通知书",
                "recipients": [n["firm"]],
                "publicity": None,
                "repeals": None,
            },
            "clauses": clauses,
        })
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = out
    return path


# ============================================================ DOC C  福建 印发管理办法的通知
def doc_fj():
    stem = "blind826_fj_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 版头: borderless layout table, two organ names left, 文件 right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "福建省财政厅", XBS, 32, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36, color=RED)
    set_cell(t.cell(1, 0), "福建省商务厅", XBS, 32, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 32, line=36, color=RED)
    col_widths(t, [Cm(10.4), Cm(4.8)])
    p = add_par(doc, "闽财会〔2026〕12号", align=C, indent=False, before=8)
    border(p, "bottom", "FF0000", 24, 8)
    add_par(doc, [("福建省财政厅 福建省商务厅关于印发\n《中国（福建）自由贸易试验区境外会计师\n"
                   "事务所临时执业备案管理办法》的通知", XBS, 22, False)],
            align=C, indent=False, line=34, before=12, after=6)
    add_par(doc, "各设区市财政局，平潭综合实验区财政金融局，中国（福建）自由贸易试验区各片区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为扩大会计审计服务领域对外开放，省财政厅、省商务厅制定了"
         "《中国（福建）自由贸易试验区境外会计师事务所临时执业备案管理办法》，现印发给你们，请认真贯彻执行。"
         "执行中遇到的问题，请及时向省财政厅（会计处）反映。")
    add_par(doc, "附件：1．中国（福建）自由贸易试验区境外会计师事务所\n"
                 + "\u3000" * 5 + "临时执业备案管理办法")
    add_par(doc, "\u3000" * 3 + "2．境外会计师事务所临时执业备案材料清单")
    empty(doc, 1)
    # two 落款 organs side by side via tabs
    p = add_par(doc, "\t福建省财政厅\t福建省商务厅", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.4))
    p = add_par(doc, "2026年5月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件1: the 办法
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("中国（福建）自由贸易试验区\n境外会计师事务所临时执业备案管理办法", XBS, 22, False)],
            align=C, indent=False, line=34, before=6, after=6)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def article(num, paras):
        """paras: first text, then (text, how) with how in 'par' (new paragraph) or 'br' (soft break)."""
        first, rest = paras[0], paras[1:]
        p = doc.add_paragraph()
        font(p.add_run(num), HT, 16)
        font(p.add_run("\u3000" + first), FS, 16)
        fmt(p)
        for text, how in rest:
            if how == "br":
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + text), FS, 16)
            else:
                add_par(doc, text)
        clauses.append(num + "\u3000" + first + "".join(t for t, _ in rest))

    chapter("第一章　总　则")
    article("第一条", ["为规范境外会计师事务所在中国（福建）自由贸易试验区（以下简称自贸试验区）临时执行审计业务的备案管理，"
                    "根据《中华人民共和国注册会计师法》等有关规定，制定本办法。"])
    article("第二条", ["本办法所称境外会计师事务所，是指在香港特别行政区、澳门特别行政区、台湾地区以及外国依法设立的会计师事务所。",
                    ("本办法所称临时执业，是指境外会计师事务所接受委托，在自贸试验区内就特定项目临时执行审计业务。", "br")])
    article("第三条", ["省财政厅负责备案管理工作，省商务厅负责协调推进相关开放政策落实。设区市财政局和自贸试验区各片区管委会"
                    "按照职责做好日常监督和服务工作。"])
    chapter("第二章　备案管理")
    article("第四条", ["申请备案的境外会计师事务所，应当具备下列条件：",
                    ("（一）在所在国家或者地区依法设立并执业满3年；", "par"),
                    ("（二）近3年未受到刑事处罚或者重大行政处罚；", "par"),
                    ("（三）已与内地会计师事务所签订业务合作协议，或者指定内地联络人。", "par")])
    article("第五条", ["境外会计师事务所应当在执行审计业务前向省财政厅提交备案材料。材料齐全、符合条件的，省财政厅自收到材料之日起"
                    "10个工作日内出具《境外会计师事务所临时执业备案通知书》。"])
    article("第六条", ["备案通知书应当载明备案编号、机构名称、执业地点、备案业务及有效期。备案有效期不超过1年；"
                    "届满需要继续执业的，应当在届满30日前重新申请备案。"])
    article("第七条", ["境外会计师事务所出具的审计报告应当注明备案编号。超出备案业务范围执业或者出具虚假审计报告的，"
                    "由省财政厅撤销备案并公告，3年内不再受理其备案申请。"])
    chapter("第三章　附　则")
    article("第八条", ["本办法自2026年7月1日起施行，有效期至2028年6月30日。《福建省财政厅关于境外会计师事务所在闽临时执行审计业务"
                    "有关事项的通知》（闽财会〔2019〕21号）同时废止。"])

    # ---------------- 附件2: 材料清单 table
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("境外会计师事务所临时执业备案材料清单", XBS, 22, False)], align=C, indent=False, line=34, after=12)
    hdr = ["序号", "材料名称", "份数（份）", "要求"]
    rows = [
        ["1", "境外会计师事务所临时执业备案申请表", "1", "原件，加盖事务所印章"],
        ["2", "事务所在所在国家或者地区依法设立的证明文件", "1", "复印件，附中文译本"],
        ["3", "事务所执业资格证明文件", "1", "复印件，附中文译本"],
        ["4", "拟签字人员执业资格证明文件", "1", "复印件，附中文译本"],
        ["5", "业务约定书或者委托意向书", "1", "复印件"],
        ["6", "与内地会计师事务所签订的业务合作协议或者内地联络人授权书", "1", "原件"],
        ["7", "近3年未受处罚的书面承诺", "1", "原件，由事务所负责人签署"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(hdr):
        set_cell(t.cell(0, ci), h, HT, 12, line=20)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci in (1, 3) else C, line=20)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [Cm(1.4), Cm(7.8), Cm(2.2), Cm(4.2)])
    note = "注：境外形成的证明文件，应当经所在国家或者地区公证机构公证，或者按照规定办理认证手续。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    # 版记
    empty(doc, 3)
    p = add_par(doc, [("抄送：财政部会计司，财政部福建监管局，福建省注册会计师协会。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("福建省财政厅办公室", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年5月21日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省财政厅 福建省商务厅关于印发《中国（福建）自由贸易试验区境外会计师事务所临时执业备案管理办法》的通知",
            "doc_number": "闽财会〔2026〕12号",
            "issuer": ["福建省财政厅", "福建省商务厅"],
            "date": "2026-05-20",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": "2026-07-01",
            "expires": "2028-06-30",
            "attachments": ["中国（福建）自由贸易试验区境外会计师事务所临时执业备案管理办法",
                            "境外会计师事务所临时执业备案材料清单"],
            "doc_type": "通知",
            "recipients": ["各设区市财政局", "平潭综合实验区财政金融局", "中国（福建）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": "《福建省财政厅关于境外会计师事务所在闽临时执行审计业务有关事项的通知》（闽财会〔2019〕21号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_gd(), doc_sh(), doc_fj()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
