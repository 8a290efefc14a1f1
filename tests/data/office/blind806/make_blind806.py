# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 806: 地方标准／团体标准（自贸试验区服务规范）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=SONG, size=10.5, bold=False, color=None, latin=None):
    run.font.name = latin or name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), latin or name)
    rf.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=None, line=None, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if line is not None:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    return p


def par(doc, runs, **kw):
    """runs: str or list of tuples (text, font, size, bold[, color[, latin]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, SONG, 10.5, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        latin = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, latin)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=None, size=10.5):
    for _ in range(n):
        p = doc.add_paragraph()
        font(p.add_run(""), SONG, size)
        fmt(p, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, line=12)


def base_setup(doc, top=2.5, bottom=2.0, left=2.5, right=2.0, normal_font=SONG, normal_size=10.5):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)
    st = doc.styles["Normal"]
    st.font.name = normal_font
    st.font.size = Pt(normal_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), normal_font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return s


def page_field(p, name=SONG, size=10.5, left="", right=""):
    if left:
        font(p.add_run(left), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    if right:
        font(p.add_run(right), name, size)


def page_numbering(section, fmt_val="decimal", start=1):
    sp = section._sectPr
    for old in sp.findall(qn("w:pgNumType")):
        sp.remove(old)
    el = parse_xml('<w:pgNumType %s w:fmt="%s" w:start="%d"/>' % (nsdecls("w"), fmt_val, start))
    pgmar = sp.find(qn("w:pgMar"))
    if pgmar is not None:
        pgmar.addnext(el)
    else:
        sp.append(el)


def std_header_footer(section, number, fmt_val="decimal"):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    font(hp.add_run(number), HT, 10.5)
    hp.alignment = R
    border(hp, "bottom", "000000", 4, 1)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = C
    page_field(fp, SONG, 9)
    page_numbering(section, fmt_val, 1)


def set_cell(cell, text, name=SONG, size=9, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def grid_table(doc, ncols, head_spec, nhead, keys, rows, clauses, vmerge=(), widths=None,
               repeat=True, left_cols=(), hfont=HT, size=9):
    """head_spec: list of (r, c, r2, c2, text). rows: list of lists (strings).
    keys: the header label for each column (levels joined with ／)."""
    t = doc.add_table(rows=nhead + len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        col_widths(t, widths)
    for (r1, c1, r2, c2, text) in head_spec:
        a = t.cell(r1, c1)
        if (r2, c2) != (r1, c1):
            a = a.merge(t.cell(r2, c2))
        set_cell(a, text, hfont, size)
    if repeat:
        for i in range(nhead):
            repeat_header(t.rows[i])
    for row in t.rows:  # 不允许跨页断行
        row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            if ci in vmerge:
                continue
            set_cell(t.cell(nhead + ri, ci), v, SONG, size,
                     align=L if ci in left_cols else C)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    for ci in vmerge:
        ri = 0
        while ri < len(rows):
            rj = ri
            while rj + 1 < len(rows) and rows[rj + 1][ci] == rows[ri][ci]:
                rj += 1
            a = t.cell(nhead + ri, ci)
            if rj > ri:
                a = a.merge(t.cell(nhead + rj, ci))
            set_cell(a, rows[ri][ci], SONG, size)
            ri = rj + 1
    return t


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_806", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Std:
    """Writer for the body of a standard (宋体五号, 黑体 headings)."""

    def __init__(self, doc, clauses, sep="\u3000", size=10.5, line=None):
        self.doc, self.clauses, self.sep, self.size, self.line = doc, clauses, sep, size, line

    def chap(self, num, text, before=6, after=6):
        # chapter heading only: not a clause
        p = par(self.doc, [(num + self.sep + text, HT, self.size, False)], align=J,
                first=Pt(0), line=self.line, before=before, after=after)
        p.paragraph_format.keep_with_next = True
        return p

    def heading(self, text, before=3, after=3):
        p = par(self.doc, [(text, HT, self.size, False)], align=J, first=Pt(0),
                line=self.line, before=before, after=after)
        p.paragraph_format.keep_with_next = True
        return p

    def body(self, text, raw=None):
        self.clauses.append(text)
        par(self.doc, [(raw if raw is not None else text, SONG, self.size, False)], align=J,
            first=Pt(self.size * 2), line=self.line)

    def num(self, num, text):
        full = num + self.sep + text
        self.clauses.append(full)
        par(self.doc, [(num, HT, self.size, False), (self.sep + text, SONG, self.size, False)],
            align=J, first=Pt(0), line=self.line)

    def item(self, text):
        self.clauses.append(text)
        par(self.doc, [(text, SONG, self.size, False)], align=J, first=Pt(0),
            left=Pt(self.size * 2), line=self.line)

    def note(self, text):
        self.clauses.append(text)
        par(self.doc, [(text, SONG, 9, False)], align=J, first=Pt(0),
            left=Pt(self.size * 2), line=self.line)

    def caption(self, text, before=4, after=2, keep=True):
        p = par(self.doc, [(text, HT, self.size, False)], align=C, first=Pt(0),
                line=self.line, before=before, after=after)
        p.paragraph_format.keep_with_next = keep


QIANYAN_GB = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"
PATENT = "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"
NORM_REF = ("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
            "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")


# =================================================================== DOC A
def doc_shanghai():
    stem = "blind806_sh_waiji"
    number = "DB31/T 1602—2025"
    title = "自由贸易试验区外籍人才“一站式”服务规范"
    doc = Document()
    base_setup(doc)
    clauses = []

    # ---------------- cover (section 1, no header/footer)
    par(doc, [("ICS 03.080.99", HT, 10.5, False)], align=L, first=Pt(0))
    par(doc, [("CCS A 12", HT, 10.5, False)], align=L, first=Pt(0))
    par(doc, [("DB31", TNR, 48, True, None, TNR)], align=R, first=Pt(0), before=6)
    p = par(doc, [("上 海 市 地 方 标 准", HT, 36, False)], align=C, first=Pt(0), before=12,
            after=6)
    border(p, "bottom", "000000", 12, 4)
    par(doc, [(number, HT, 14, False)], align=R, first=Pt(0), before=6)
    empty(doc, 5)
    # title typed as two paragraphs, broken at an odd place
    par(doc, [("自由贸易试验区外籍人才“一站", HT, 26, False)], align=C, first=Pt(0), line=40)
    par(doc, [("式”服务规范", HT, 26, False)], align=C, first=Pt(0), line=40)
    empty(doc, 1)
    par(doc, [("Specification for one-stop services for foreign talents in pilot free trade zone",
               TNR, 14, False, None, TNR)], align=C, first=Pt(0))
    empty(doc, 12)
    # dates line aligned with a right tab stop, black rule above
    p = par(doc, [("2025-12-26发布", HT, 14, False), ("\t", HT, 14, False),
                  ("2026-04-01实施", HT, 14, False)], align=L, first=Pt(0))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), 2)
    border(p, "top", "000000", 12, 4)
    empty(doc, 1)
    par(doc, [("上海市市场监督管理局", HT, 18, False), ("　发 布", HT, 14, False)],
        align=C, first=Pt(0))

    # ---------------- 前言 (section 2, roman numbers)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    std_header_footer(s2, number, "upperRoman")
    par(doc, [("前　　言", HT, 16, False)], align=C, first=Pt(0), before=12, after=18)
    S = Std(doc, clauses, line=15)
    S.body(QIANYAN_GB)
    S.body(PATENT)
    S.body("本文件由中国（上海）自由贸易试验区管理委员会提出并组织实施。")
    S.body("本文件由上海市人力资源和社会保障局归口。")
    S.body("本文件起草单位：中国（上海）自由贸易试验区管理委员会、上海市人力资源和社会保障局、上海市公安局出入境管理局、上海市标准化研究院、上海浦东国际人才港发展有限公司。")
    S.body("本文件主要起草人：周海燕、陆文杰、陈思远、顾晓岚、潘立新、沈佳怡。")

    # ---------------- body (section 3, arabic)
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    std_header_footer(s3, number, "decimal")
    par(doc, [(title, HT, 16, False)], align=C, first=Pt(0), before=12, after=18)
    S.chap("1", "范围")
    S.body("本文件规定了自由贸易试验区外籍人才“一站式”服务的基本要求、服务内容、服务流程、服务评价与改进。")
    S.body("本文件适用于中国（上海）自由贸易试验区及临港新片区内为外籍人才提供工作许可、居留许可及配套服务的服务机构，其他区域可参照执行。")
    S.chap("2", "规范性引用文件")
    S.body(NORM_REF)
    S.body("GB/T 10001.1　公共信息图形符号　第1部分：通用符号")
    S.body("GB/T 32169（所有部分）　政务服务中心运行规范")
    S.body("GB/T 39735　政务服务评价工作指南")
    S.chap("3", "术语和定义")
    S.body("下列术语和定义适用于本文件。")
    S.heading("3.1\u3000外籍人才\u3000foreign talent")
    S.body("持有外国护照，在自由贸易试验区内依法工作、创业的外国人，包括外国高端人才（A类）、外国专业人才（B类）及其他外国人员（C类）。")
    S.heading("3.2\u3000“一站式”服务\u3000one-stop service")
    S.body("通过单一窗口集中受理、部门协同办理、结果统一送达的方式，为外籍人才提供工作许可、居留许可等关联事项的集成服务。")
    S.note("注：包括线下综合窗口服务和线上“一网通办”服务。")
    S.heading("3.3\u3000服务专员\u3000service commissioner")
    S.body("由服务机构指定，为外籍人才提供政策咨询、材料预审、全程帮办等个性化服务的工作人员。")
    S.chap("4", "基本要求")
    S.num("4.1", "服务机构应在区内设置外籍人才“一站式”服务窗口，统一受理外国人来华工作许可和外国人居留许可申请。")
    S.num("4.2", "服务场所应设置中英文双语标识，公共信息图形符号应符合GB/T 10001.1的规定。")
    S.num("4.3", "服务人员应具备以下能力：")
    S.item("a)\u3000熟悉外国人来华工作、居留相关法律法规和政策；")
    S.item("b)\u3000能使用英语进行日常业务沟通；")
    S.item("c)\u3000掌握业务系统操作和申请材料审核要求。")
    S.num("4.4", "服务机构应公开服务事项、办理依据、申请材料、办理时限和收费标准，收费事项应明码标价。")
    S.chap("5", "服务内容")
    S.num("5.1", "服务机构提供的服务事项及办理时限见表1。")
    S.caption("表1\u3000外籍人才“一站式”服务事项及办理时限", keep=False)
    keys = ["序号", "服务类别", "服务事项", "办理时限（工作日）／法定", "办理时限（工作日）／承诺", "办理方式"]
    head = [(0, 0, 1, 0, "序号"), (0, 1, 1, 1, "服务类别"), (0, 2, 1, 2, "服务事项"),
            (0, 3, 0, 4, "办理时限（工作日）"), (1, 3, 1, 3, "法定"), (1, 4, 1, 4, "承诺"),
            (0, 5, 1, 5, "办理方式")]
    rows = [
        ["1", "工作许可", "外国人来华工作许可（90日以上）", "10", "5", "线上申请、窗口核验"],
        ["2", "工作许可", "外国人来华工作许可延期、变更", "10", "3", "全程网办"],
        ["3", "工作许可", "外国人工作许可证注销", "10", "1", "全程网办"],
        ["4", "居留许可", "外国人工作类居留许可签发", "15", "7", "窗口办理"],
        ["5", "居留许可", "外国人居留许可延期", "15", "7", "窗口办理"],
        ["6", "配套服务", "社会保险参保登记", "5", "即办", "窗口办理"],
        ["7", "配套服务", "个人所得税政策咨询", "—", "即办", "窗口办理、电话咨询"],
        ["8", "配套服务", "子女入学、就医协调", "—", "5", "服务专员帮办"],
    ]
    grid_table(doc, 6, head, 2, keys, rows, clauses, vmerge=(1,),
               widths=[1.2, 1.8, 4.8, 1.8, 1.8, 3.8], left_cols=(2,))
    S.note("注1：承诺时限自受理之日起计算，不含申请人补正材料及现场核查时间。")
    S.note("注2：标注“—”的事项无法定办理时限。")
    S.num("5.2", "服务机构应提供“单一窗口、一表申请、并联审批、一窗发证”服务，外籍人才可通过一次提交材料同时申请工作许可和居留许可。")
    S.num("5.3", "对符合外国高端人才（A类）条件的，应实行“容缺受理”，申请材料主件齐全、次要材料暂缺的，可先行受理并在证件领取前补齐。")
    S.num("5.4", "服务机构宜为重点企业引进的外籍人才配备服务专员，提供预约办理、上门服务和延时服务。")
    S.chap("6", "服务流程")
    S.num("6.1", "“一站式”服务流程包括咨询预约、材料预审、综合受理、并联审批、结果送达等环节，流程示例见附录A。")
    S.num("6.2", "综合受理窗口收到申请后，应于当日将材料推送至相关审批部门，审批结果宜通过邮寄或线上方式送达。")
    S.chap("7", "服务评价与改进")
    S.num("7.1", "服务机构应按照GB/T 39735的要求，通过现场评价器、“好差评”系统、满意度调查等方式开展服务评价。")
    S.num("7.2", "服务机构应每季度对评价结果、投诉建议进行分析，针对问题制定改进措施并跟踪落实。")

    # ---------------- 附录A
    # clerk typed the appendix straight after 7.2 (no page break)
    par(doc, [("附　录　A", HT, 12, False)], align=C, first=Pt(0), before=18)
    par(doc, [("（资料性）", HT, 10.5, False)], align=C, first=Pt(0))
    par(doc, [("外籍人才“一站式”服务流程示例", HT, 12, False)], align=C, first=Pt(0), after=12)
    S.num("A.1", "咨询预约：外籍人才或用人单位通过服务热线、线上平台或现场窗口咨询政策，预约办理时间。")
    S.num("A.2", "材料预审：服务专员在1个工作日内完成申请材料预审，一次性告知需补正的材料。")
    S.num("A.3", "综合受理：综合窗口核验护照原件及相关材料，采集照片及指纹信息，出具受理回执。")
    S.num("A.4", "并联审批：人力资源社会保障部门与公安出入境管理部门同步开展审查，共享审核结果。")
    S.num("A.5", "结果送达：工作许可证和居留许可证件制作完成后，一并邮寄送达或由申请人到窗口领取。")
    S.num("A.6", "服务评价指标及目标值见表A.1。")
    S.caption("表A.1\u3000服务评价指标及目标值")
    grid_table(doc, 3, [(0, 0, 0, 0, "序号"), (0, 1, 0, 1, "指标名称"), (0, 2, 0, 2, "目标值")], 1,
               ["序号", "指标名称", "目标值"],
               [["1", "一次办结率", "≥95%"],
                ["2", "承诺时限内办结率", "100%"],
                ["3", "服务满意度", "≥98%"],
                ["4", "投诉处理及时率", "100%"]],
               clauses, widths=[1.5, 7.0, 4.0])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": number,
            "issuer": ["上海市市场监督管理局"],
            "date": "2025-12-26",
            "published": None,
            "level": "provincial",
            "region": "上海市",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [],
            "doc_type": "标准",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    stem = "blind806_xm_silu"
    number = "DB3502/T 172—2026"
    title = "自由贸易试验区“丝路海运”航线港口服务规范"
    doc = Document()
    base_setup(doc)
    clauses = []

    # ---------------- cover
    par(doc, [("ICS 03.220.40", HT, 10.5, False)], align=L, first=Pt(0))
    par(doc, [("CCS R 40", HT, 10.5, False)], align=L, first=Pt(0))
    par(doc, [("DB3502", TNR, 44, True, None, TNR)], align=R, first=Pt(0), before=6)
    p = par(doc, [("厦门市地方标准", HT, 36, False)], align=C, first=Pt(0), before=12, after=6)
    border(p, "bottom", "000000", 12, 4)
    par(doc, [(number, HT, 14, False)], align=R, first=Pt(0), before=6)
    par(doc, [("代替DB3502/T 056—2020", HT, 10.5, False)], align=R, first=Pt(0))
    empty(doc, 5)
    # title: one paragraph with a manual line break (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("自由贸易试验区“丝路海运”航线"), HT, 26)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("港口服务规范"), HT, 26)
    fmt(p, align=C, first=Pt(0), line=40)
    empty(doc, 1)
    par(doc, [("Specification for port services of Silk Road Maritime routes in pilot free trade zone",
               TNR, 14, False, None, TNR)], align=C, first=Pt(0))
    empty(doc, 11)
    # dates aligned with typed half-width spaces
    p = par(doc, [("2026-02-10 发布" + " " * 40 + "2026-05-01 实施", HT, 14, False)],
            align=L, first=Pt(0))
    border(p, "top", "000000", 12, 4)
    empty(doc, 1)
    par(doc, [("厦门市市场监督管理局　　发布", HT, 18, False)], align=C, first=Pt(0))

    # ---------------- 前言 + body, one section, arabic numbers from 1
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    std_header_footer(s2, number, "decimal")
    par(doc, [("前　言", HT, 16, False)], align=C, first=Pt(0), before=6, after=12)
    S = Std(doc, clauses, line=15)
    S.body(QIANYAN_GB)
    S.body("本文件代替DB3502/T 056—2020《“丝路海运”航线服务规范》，与DB3502/T 056—2020相比，除结构调整和编辑性改动外，主要技术变化如下：")
    # the change list typed in ONE paragraph with Shift+Enter between items
    items = [
        "a)\u3000更改了范围，将适用范围扩展至中国（福建）自由贸易试验区厦门片区内的集装箱码头及相关口岸服务单位（见第1章，2020年版的第1章）；",
        "b)\u3000增加了“丝路海运”快捷航线的术语和定义（见3.2）；",
        "c)\u3000更改了船舶在港作业时效指标（见表1，2020年版的5.3）；",
        "d)\u3000增加了“丝路海运”电子信息平台服务要求（见6.3）；",
        "e)\u3000增加了“丝路海运”航线服务质量评价表（见附录A）。",
    ]
    p = doc.add_paragraph()
    for i, it in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(it), SONG, 10.5)
    fmt(p, align=L, first=Pt(0), left=Pt(21), line=15)
    clauses.extend(items)
    S.body(PATENT)
    S.body("本文件由厦门市港口管理局提出并归口。")
    S.body("本文件起草单位：厦门市港口管理局、中国（福建）自由贸易试验区厦门片区管理委员会、厦门港口发展研究中心、厦门集装箱码头集团有限公司、厦门市标准化研究院。")
    S.body("本文件主要起草人：林志鸿、黄雅琴、陈泽宇、许文斌、郑慧敏。")
    S.body("本文件及其所代替文件的历次版本发布情况为：")
    S.item("——2020年首次发布为DB3502/T 056—2020；")
    S.item("——本次为第一次修订。")

    # body starts on the same page as the foreword (no page break typed)
    par(doc, [(title, HT, 16, False)], align=C, first=Pt(0), before=18, after=12)
    S.chap("1", "范围")
    S.body("本文件规定了自由贸易试验区“丝路海运”航线港口服务的基本要求、船舶作业服务、口岸通关与信息服务和服务质量评价。")
    S.body("本文件适用于中国（福建）自由贸易试验区厦门片区内集装箱码头经营人、船舶代理、理货等口岸服务单位为“丝路海运”命名航线提供的港口服务。")
    S.chap("2", "规范性引用文件")
    S.body(NORM_REF)
    S.body("GB/T 18354　物流术语")
    S.body("JT/T 1095　港口集装箱码头作业服务规范")
    S.chap("3", "术语和定义")
    S.body("GB/T 18354界定的以及下列术语和定义适用于本文件。")
    # term number on its own line, term on the next, definition after
    S.heading("3.1", before=3, after=0)
    par(doc, [("“丝路海运”航线", HT, 10.5, False), ("\u3000Silk Road Maritime route", TNR, 10.5, True, None, TNR)],
        align=J, first=Pt(21))
    S.body("经“丝路海运”联盟命名，以厦门港为始发港或挂靠港，服务共建“一带一路”国家和地区的集装箱班轮航线。")
    S.heading("3.2", before=3, after=0)
    par(doc, [("“丝路海运”快捷航线", HT, 10.5, False), ("\u3000Silk Road Maritime express route", TNR, 10.5, True, None, TNR)],
        align=J, first=Pt(21))
    S.body("在航线准班率、船舶在港时间、货物提离时间等方面执行更高服务标准的“丝路海运”航线。")
    S.chap("4", "基本要求")
    S.num("4.1", "港口服务单位应建立“丝路海运”航线服务工作机制，明确服务责任部门和联系人，并向社会公开服务承诺。")
    S.num("4.2", "集装箱码头经营人应为“丝路海运”航线船舶提供优先靠泊、优先装卸、优先提离服务。")
    S.num("4.3", "港口服务单位应配备满足作业需要的装卸设备和作业人员,设备完好率不低于98%。")
    S.chap("5", "船舶作业服务")
    S.num("5.1", "“丝路海运”航线船舶在港作业时效应符合表1的规定。")
    keys = ["序号", "指标名称", "单位", "“丝路海运”航线", "“丝路海运”快捷航线"]
    head = [(0, i, 0, i, k) for i, k in enumerate(keys)]
    S.caption("表1\u3000“丝路海运”航线船舶在港作业时效指标")
    grid_table(doc, 5, head, 1, keys, [
        ["1", "船舶准班靠泊率", "%", "≥90", "≥95"],
        ["2", "船舶平均在港停时", "h", "≤24", "≤20"],
        ["3", "桥吊平均作业效率", "自然箱/h", "≥28", "≥32"],
        ["4", "进口重箱平均提离时间", "h", "≤36", "≤24"],
        ["5", "出口重箱截港至装船时间", "h", "≤24", "≤12"],
        ["6", "单证差错率", "‰", "≤1", "≤0.5"],
    ], clauses, widths=[1.2, 5.4, 2.2, 3.2, 3.6], repeat=False)
    S.note("注：船舶在预确报靠泊时间前后2 h内靠泊的，视为准班靠泊。")
    S.num("5.2", "码头经营人应在船舶抵港前24 h完成泊位和作业计划安排,并通过信息平台告知船舶代理。")
    S.num("5.3", "因天气、设备故障等原因影响作业时效的，应及时告知船方和货主，并采取调整作业路数等补救措施。")
    S.chap("6", "口岸通关与信息服务")
    S.num("6.1", "港口服务单位应配合海关、海事、边检等口岸查验单位，推行“船边直提”“抵港直装”等便利化作业模式。")
    S.num("6.2", "进出口货物通关应优先通过国际贸易“单一窗口”办理，实现申报、查验、放行信息电子化流转。")
    S.num("6.3", "“丝路海运”电子信息平台应提供以下服务:")
    S.item("a)\u3000航线、船期及舱位信息查询；")
    S.item("b)\u3000集装箱动态跟踪与预警；")
    S.item("c)\u3000电子提货单、电子设备交接单等单证服务；")
    S.item("d)\u3000服务评价与投诉受理。")
    S.chap("7", "服务质量评价")
    S.num("7.1", "港口服务单位应每半年开展一次服务质量自我评价，评价内容和方法可参照附录A。")
    S.num("7.2", "对评价发现的问题应建立台账，明确整改措施和完成时限。")

    # ---------------- 附录A（资料性）
    page_break(doc)
    par(doc, [("附　录　A", HT, 12, False)], align=C, first=Pt(0))
    par(doc, [("（资料性）", HT, 10.5, False)], align=C, first=Pt(0))
    par(doc, [("“丝路海运”航线服务质量评价表", HT, 12, False)], align=C, first=Pt(0), after=6)
    S.caption("表A.1\u3000“丝路海运”航线服务质量评价表", before=0)
    keys = ["评价项目", "评价内容", "分值", "评价方法"]
    rows = [
        ["船舶作业", "船舶准班靠泊率、平均在港停时符合表1要求", "20", "查阅码头生产系统数据"],
        ["船舶作业", "桥吊平均作业效率符合表1要求", "15", "查阅码头生产系统数据"],
        ["口岸通关", "“船边直提”“抵港直装”业务按时办结", "15", "抽查业务记录"],
        ["口岸通关", "单证差错率符合表1要求", "10", "抽查单证"],
        ["信息服务", "信息平台船期、箱动态信息更新及时准确", "15", "平台数据核查"],
        ["信息服务", "投诉在5个工作日内办结", "10", "查阅投诉台账"],
        ["客户满意", "船公司、货主满意度不低于95%", "15", "问卷调查"],
        ["合计", "—", "100", "—"],
    ]
    grid_table(doc, 4, [(0, i, 0, i, k) for i, k in enumerate(keys)], 1, keys, rows, clauses,
               vmerge=(0,), widths=[2.4, 7.2, 1.6, 4.4], left_cols=(1,))
    S.note("注：评价得分90分及以上为优秀，75分～89分为良好，60分～74分为合格，60分以下为不合格。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": number,
            "issuer": ["厦门市市场监督管理局"],
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-05-01",
            "expires": None,
            "attachments": [],
            "doc_type": "标准",
            "recipients": [],
            "publicity": None,
            "repeals": "DB3502/T 056—2020《“丝路海运”航线服务规范》",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_guangxi():
    stem = "blind806_gx_tuanbiao"
    std_title = "自由贸易试验区边民互市贸易商品落地加工服务规范"
    std_no = "T/GXBJSH 008-2026"
    title = "广西边境贸易商会关于发布《%s》团体标准的公告" % std_title
    doc = Document()
    s = base_setup(doc, top=3.7, bottom=3.5, left=2.8, right=2.6, normal_font=FS, normal_size=16)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    page_field(fp, SONG, 14, "— ", " —")
    clauses = []
    IND = "\u3000\u3000"  # typed full-width spaces instead of first-line indent

    # ---------------- 红头公告
    par(doc, [("广西边境贸易商会", XBS, 40, False, RED)], align=C, first=Pt(0), line=52)
    p = par(doc, [("桂边贸商〔2026〕5号", FS, 16, False)], align=C, first=Pt(0), line=28, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=22, size=16)
    # title over three paragraphs, wrapped at odd places
    for t in ("广西边境贸易商会关于发布《自由贸易试验区",
              "边民互市贸易商品落地加工服务规范》团体",
              "标准的公告"):
        par(doc, [(t, XBS, 22, False)], align=C, first=Pt(0), line=32)
    empty(doc, 1, line=14, size=16)

    def gbody(t):
        clauses.append(t)
        par(doc, [(IND + t, FS, 16, False)], align=J, first=Pt(0), line=28)

    gbody("根据《中华人民共和国标准化法》《团体标准管理规定》和《广西边境贸易商会团体标准管理办法》有关规定，经立项、起草、征求意见、技术审查等程序，现批准发布《自由贸易试验区边民互市贸易商品落地加工服务规范》团体标准，标准编号为T/GXBJSH 008-2026，自2026年4月1日起实施。")
    gbody("本标准由广西边境贸易商会归口并负责解释，文本可在全国团体标准信息平台免费查阅。欢迎有关单位积极采用。")
    par(doc, [(IND + "特此公告。", FS, 16, False)], align=J, first=Pt(0), line=28)
    empty(doc, 1, line=14, size=16)
    # 附件 line: continuation aligned under the title with typed spaces
    p = doc.add_paragraph()
    font(p.add_run(IND + "附件：自由贸易试验区边民互市贸易商品落地加工"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "服务规范"), FS, 16)
    fmt(p, align=L, first=Pt(0), line=28)
    empty(doc, 1, line=14, size=16)
    # 落款 aligned with typed spaces, date in Chinese numerals
    par(doc, [("\u3000" * 15 + "广西边境贸易商会", FS, 16, False)], align=L, first=Pt(0), line=28)
    par(doc, [("\u3000" * 15 + "二〇二六年三月六日", FS, 16, False)], align=L, first=Pt(0), line=28)

    # ---------------- 附件: the group standard
    p = par(doc, [("附件", HT, 16, False)], align=L, first=Pt(0), line=28)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=20, size=10.5)
    par(doc, [("ICS 03.100.20", HT, 10.5, False)], align=L, first=Pt(0))
    par(doc, [("CCS A 10", HT, 10.5, False)], align=L, first=Pt(0))
    par(doc, [("T/GXBJSH", TNR, 36, True, None, TNR)], align=R, first=Pt(0), before=6)
    p = par(doc, [("团　体　标　准", HT, 32, False)], align=C, first=Pt(0), before=6, after=6)
    border(p, "bottom", "000000", 12, 4)
    par(doc, [(std_no, HT, 14, False)], align=R, first=Pt(0), before=6)
    empty(doc, 3, size=10.5)
    par(doc, [("自由贸易试验区边民互市贸易商品", HT, 24, False)], align=C, first=Pt(0), line=36)
    par(doc, [("落地加工服务规范", HT, 24, False)], align=C, first=Pt(0), line=36)
    empty(doc, 1, size=10.5)
    par(doc, [("Service specification for local processing of border residents' trade goods in pilot free trade zone",
               TNR, 12, False, None, TNR)], align=C, first=Pt(0))
    empty(doc, 6, size=10.5)
    # dates in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "2026-03-06发布", HT, 14, align=L)
    set_cell(t.rows[0].cells[1], "2026-04-01实施", HT, 14, align=R)
    p = par(doc, [("", SONG, 6, False)], first=Pt(0), line=8)
    border(p, "top", "000000", 12, 1)
    par(doc, [("广西边境贸易商会　发布", HT, 16, False)], align=C, first=Pt(0), before=12)

    page_break(doc)
    S = Std(doc, clauses, sep=" ", line=16)
    par(doc, [("前　　言", HT, 16, False)], align=C, first=Pt(0), after=8)
    S.body(QIANYAN_GB)
    S.body(PATENT)
    S.body("本文件由中国（广西）自由贸易试验区崇左片区管理委员会提出。")
    S.body("本文件由广西边境贸易商会归口。")
    S.body("本文件起草单位：广西边境贸易商会、凭祥市商务和口岸管理局、凭祥海关、广西凭祥综合保税区投资发展有限公司、广西标准技术研究院。")
    S.body("本文件主要起草人：黄春燕、农志强、梁宇航、覃立新、陆美玲。")
    # body follows on the same page (no page break)
    par(doc, [(std_title, HT, 14, False)], align=C, first=Pt(0), before=18, after=8)
    S.chap("1", "范围")
    S.body("本文件规定了自由贸易试验区边民互市贸易商品落地加工的服务主体、服务内容、服务流程和监督评价要求。")
    S.body("本文件适用于中国（广西）自由贸易试验区崇左片区及沿边临港产业园区内开展的边民互市贸易商品落地加工服务活动。")
    S.chap("2", "规范性引用文件")
    S.body("本文件没有规范性引用文件。")
    S.chap("3", "术语和定义")
    S.body("下列术语和定义适用于本文件。")
    # term + definition typed on one line (run-in heading)
    S.num("3.1", "边民互市贸易 border residents' trade：边境地区边民在距国境线20公里以内、经政府批准的开放点或指定的集市上，在不超过规定金额或数量范围内进行的商品交换活动。")
    S.num("3.2", "落地加工 local processing：边民互市贸易进口商品经边民互助组（合作社）集中采购后，在边境地区加工企业进行深加工、精加工，使其增值并进入国内市场流通的经营活动。")
    S.num("3.3", "边民互助组（合作社） border residents' mutual aid group：由边民自愿组成，在互市贸易申报、商品交易、运输等环节开展互助合作的组织。")
    S.chap("4", "服务主体及职责")
    S.body("落地加工服务主体及其主要职责见表1。")
    S.caption("表1 服务主体及职责")
    keys = ["序号", "服务主体", "主要职责"]
    grid_table(doc, 3, [(0, i, 0, i, k) for i, k in enumerate(keys)], 1, keys, [
        ["1", "边民互助组（合作社）", "组织边民申报互市商品，与加工企业签订购销协议，结算货款"],
        ["2", "落地加工企业", "按协议收购互市商品，开展加工生产，建立原料进货和产品销售台账"],
        ["3", "互市贸易服务平台", "提供交易撮合、申报、支付结算、税费代缴等线上服务"],
        ["4", "口岸服务单位", "提供查验场地、仓储、物流配送等服务"],
    ], clauses, widths=[1.2, 4.2, 10.0], left_cols=(2,))
    S.chap("5", "服务内容")
    S.heading("5.1 交易服务")
    S.num("5.1.1", "互市贸易服务平台应实现边民申报、交易、支付全流程线上办理，支持边民通过手机终端确认交易。")
    S.num("5.1.2", "交易资金应通过边民本人银行账户结算，不得由他人代收代付。")
    S.heading("5.2 加工服务")
    S.num("5.2.1", "落地加工企业应具备与加工商品相适应的生产场所、设备和质量管理制度，食品类加工企业应取得食品生产许可证。")
    S.num("5.2.2", "落地加工企业收购的互市商品应全部用于本企业加工，不得以原状转售。")
    S.chap("6", "服务流程")
    S.body("边民互市贸易商品落地加工服务流程及时限参见附录A。")
    S.chap("7", "监督评价")
    S.num("7.1", "归口单位应会同有关部门每年对落地加工服务情况开展评价，评价结果向会员单位通报。")
    S.num("7.2", "服务主体应建立投诉处理机制，投诉应在7个工作日内处理并反馈。")

    # appendix typed straight after the body, no page break
    par(doc, [("附录A", HT, 12, False)], align=C, first=Pt(0), before=12)
    par(doc, [("（资料性）", HT, 10.5, False)], align=C, first=Pt(0))
    par(doc, [("边民互市贸易商品落地加工服务流程", HT, 12, False)], align=C, first=Pt(0), after=6)
    S.num("A.1", "边民互市贸易商品落地加工服务流程及时限见表A.1。")
    S.caption("表A.1 服务流程及办理时限")
    keys = ["步骤", "环节", "责任主体", "办理时限"]
    grid_table(doc, 4, [(0, i, 0, i, k) for i, k in enumerate(keys)], 1, keys, [
        ["1", "交易申报", "边民互助组（合作社）", "当日"],
        ["2", "口岸查验", "海关", "1个工作日"],
        ["3", "交易结算", "互市贸易服务平台、银行", "1个工作日"],
        ["4", "运输入园", "口岸服务单位", "4小时"],
        ["5", "加工生产", "落地加工企业", "—"],
    ], clauses, widths=[1.4, 3.0, 6.4, 3.2])
    S.note("注：办理时限自上一环节完成时起计算。")

    # 版记 at the very end of the file (after the attachment)
    empty(doc, 3, line=20, size=14)
    p = par(doc, [("抄送：广西壮族自治区市场监督管理局，中国（广西）自由贸易试验区崇左片区管理委员会。", FS, 14, False)],
            align=J, first=Pt(0), line=22, left=Pt(14))
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = par(doc, [("广西边境贸易商会秘书处", FS, 14, False), ("\t", FS, 14, False),
                  ("2026年3月6日印发", FS, 14, False)], align=L, first=Pt(0), line=22, left=Pt(14))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "桂边贸商〔2026〕5号",
            "issuer": ["广西边境贸易商会"],
            "date": "2026-03-06",
            "published": None,
            "level": "other",
            "region": "广西壮族自治区",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [std_title],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_shanghai(), doc_xiamen(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
