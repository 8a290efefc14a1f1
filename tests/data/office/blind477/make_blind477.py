# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 477 blind test documents: policy reports / interpretations with notes
(real Word footnotes, hand-typed 注释 lists, superscript marks, 资料来源 lines)."""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

OUT = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None, sup=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    if sup:
        run.font.superscript = True


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = txt
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_border(p, color="000000", sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def empty(doc, n=1):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


class Footnotes:
    """Low-level footnotes part (python-docx has no footnote API)."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []  # (id, text)

    def ref(self, paragraph, text, font=FS, size=16):
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        r = paragraph.add_run()
        set_font(r, font, size, sup=True)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(fid))
        r._element.append(ref)
        return fid

    def finish(self):
        if not self.notes:
            return
        root = etree.Element("{%s}footnotes" % W_NS, nsmap={"w": W_NS})

        def sep(fid, kind, tag):
            fn = etree.SubElement(root, "{%s}footnote" % W_NS)
            fn.set("{%s}type" % W_NS, kind)
            fn.set("{%s}id" % W_NS, str(fid))
            p = etree.SubElement(fn, "{%s}p" % W_NS)
            ppr = etree.SubElement(p, "{%s}pPr" % W_NS)
            sp = etree.SubElement(ppr, "{%s}spacing" % W_NS)
            sp.set("{%s}after" % W_NS, "0")
            sp.set("{%s}line" % W_NS, "240")
            sp.set("{%s}lineRule" % W_NS, "auto")
            r = etree.SubElement(p, "{%s}r" % W_NS)
            etree.SubElement(r, "{%s}%s" % (W_NS, tag))

        sep(-1, "separator", "separator")
        sep(0, "continuationSeparator", "continuationSeparator")
        for fid, text in self.notes:
            fn = etree.SubElement(root, "{%s}footnote" % W_NS)
            fn.set("{%s}id" % W_NS, str(fid))
            p = etree.SubElement(fn, "{%s}p" % W_NS)
            ppr = etree.SubElement(p, "{%s}pPr" % W_NS)
            sp = etree.SubElement(ppr, "{%s}spacing" % W_NS)
            sp.set("{%s}after" % W_NS, "0")
            sp.set("{%s}line" % W_NS, "280")
            sp.set("{%s}lineRule" % W_NS, "exact")
            for sup, t in ((True, None), (False, " " + text)):
                r = etree.SubElement(p, "{%s}r" % W_NS)
                rpr = etree.SubElement(r, "{%s}rPr" % W_NS)
                rf = etree.SubElement(rpr, "{%s}rFonts" % W_NS)
                for a in ("ascii", "hAnsi", "eastAsia", "cs"):
                    rf.set("{%s}%s" % (W_NS, a), FS)
                if sup:
                    va = etree.SubElement(rpr, "{%s}vertAlign" % W_NS)
                    va.set("{%s}val" % W_NS, "superscript")
                szel = etree.SubElement(rpr, "{%s}sz" % W_NS)
                szel.set("{%s}val" % W_NS, "18")
                if sup:
                    etree.SubElement(r, "{%s}footnoteRef" % W_NS)
                else:
                    te = etree.SubElement(r, "{%s}t" % W_NS)
                    te.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    te.text = t
        blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                              standalone=True)
        package = self.doc.part.package
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            blob, package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        # footnote properties in settings (separators)
        settings = self.doc.settings.element
        fpr = OxmlElement("w:footnotePr")
        for i in (-1, 0):
            f = OxmlElement("w:footnote")
            f.set(qn("w:id"), str(i))
            fpr.append(f)
        # schema order: footnotePr comes right before w:endnotePr / w:compat
        anchor = None
        for tag in ("w:endnotePr", "w:compat", "w:docVars", "w:rsids"):
            anchor = settings.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(fpr)
        else:
            settings.append(fpr)


# Segments: plain str, ("fn", text) real footnote, ("sup", mark) superscript run
# note mark, ("typed", "¹") typed superscript character note mark.
def clause_text(segs):
    return "".join(s for s in segs if isinstance(s, str))


def body_para(doc, segs, fns=None, heading=None, hfont=FS, hbold=True,
              font=FS, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    """Write a body paragraph. heading: a run-in heading string that is the
    first part of segs[0] (written as a separate bold run)."""
    p = fmt(doc.add_paragraph(), align=align, indent=indent)
    for s in segs:
        if isinstance(s, str):
            if heading and s.startswith(heading):
                r = p.add_run(heading)
                set_font(r, hfont, 16, bold=hbold)
                rest = s[len(heading):]
                heading = None
                if rest:
                    set_font(p.add_run(rest), font, 16)
            else:
                set_font(p.add_run(s), font, 16)
        elif s[0] == "fn":
            fns.ref(p, s[1], font=font)
        elif s[0] == "sup":
            set_font(p.add_run(s[1]), font, 16, sup=True)
        elif s[0] == "typed":
            set_font(p.add_run(s[1]), font, 16)
    return p


def heading_line(doc, text, font=HT, bold=False):
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    set_font(p.add_run(text), font, 16, bold=bold)
    return p


def title_para(doc, lines, size=22, fns=None, fn_text=None):
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=35)
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, XBS, size)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    if fn_text:
        fns.ref(p, fn_text, font=XBS, size=size)
    return p


def set_cell(cell, segs, fns=None, bold=False, font=FS, size=12,
             align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if isinstance(s, str):
            set_font(p.add_run(s), font, size, bold=bold)
        elif s[0] == "fn":
            fns.ref(p, s[1], font=font, size=size)
        elif s[0] == "sup":
            set_font(p.add_run(s[1]), font, size, sup=True)


def data_table(doc, header, rows, fns=None, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True, font=HT)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER
            if isinstance(v, list) or (isinstance(v, str) and len(v) > 12):
                al = WD_ALIGN_PARAGRAPH.LEFT
            set_cell(t.rows[i + 1].cells[j], v, fns=fns, align=al)
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for j, w in enumerate(widths):
            if j < len(row.cells):
                row.cells[j].width = Cm(w)


def row_clause(header, row):
    out = []
    for h, v in zip(header, row):
        if isinstance(v, str):
            v = [v]
        out.append("%s：%s" % (h, clause_text(v)))
    return "；".join(out)


def caption(doc, text):
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            before=6, after=3)
    set_font(p.add_run(text), HT, 14)


def source_line(doc, text):
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
            line=22, before=3)
    set_font(p.add_run(text), KT, 12)


def signature(doc, organ_line, date_line):
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run(organ_line), FS, 16)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run(date_line), FS, 16)


# =====================================================================
# Document 1: 临港新片区 政策解读 with real Word footnotes
# =====================================================================
def make_lingang():
    stem = "blind477_lingang_jiedu"
    doc = new_doc()
    fns = Footnotes(doc)
    clauses = []

    # website-style header line (not part of body)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("政策解读"), HT, 14, color=RED)
    bottom_border(p, sz=12)
    empty(doc)
    title_para(doc, ["关于《中国（上海）自由贸易试验区",
                     "临港新片区数据跨境流动分类分级管理",
                     "实施细则（试行）》的政策解读"], fns=fns,
               fn_text="本解读仅作为理解《细则》的参考，具体以《细则》正式文本为准。")
    empty(doc)

    def para(segs, heading=None):
        body_para(doc, segs, fns=fns, heading=heading)
        clauses.append(clause_text(segs))

    heading_line(doc, "一、起草背景")
    para(["数据跨境流动是数字贸易发展的基础性要素。",
          ("fn", "参见中国信息通信研究院《全球数字经济白皮书（2024年）》，2024年7月。"),
          "近年来，国家先后出台《数据出境安全评估办法》",
          ("fn", "国家互联网信息办公室令第11号，2022年7月7日公布，自2022年9月1日起施行。"),
          "《个人信息出境标准合同办法》",
          ("fn", "国家互联网信息办公室令第13号，2023年2月22日公布，自2023年6月1日起施行。"),
          "和《促进和规范数据跨境流动规定》",
          ("fn", "国家互联网信息办公室令第16号，2024年3月22日公布并施行。"),
          "，逐步构建起以安全评估、标准合同、保护认证为主要路径的数据出境管理制度框架。"])
    para(["《促进和规范数据跨境流动规定》明确，自由贸易试验区在国家数据分类分级保护制度框架下，"
          "可以自行制定区内需要纳入数据出境安全评估、个人信息出境标准合同、个人信息保护认证管理范围的数据清单，"
          "经省级网络安全和信息化委员会批准后，报国家网信部门、国家数据管理部门备案。",
          ("fn", "截至2025年9月底，临港新片区已累计指导86家企业完成一般数据清单适用备案。"),
          "为落实上述要求，进一步释放临港新片区数据要素价值，管委会会同相关部门研究起草了"
          "《中国（上海）自由贸易试验区临港新片区数据跨境流动分类分级管理实施细则（试行）》（以下简称《细则》）。"])

    heading_line(doc, "二、主要内容")
    para(["《细则》共五章二十六条，主要包括以下内容："])
    para(["（一）明确适用范围。《细则》适用于在临港新片区依法登记注册、开展数据跨境流动活动的数据处理者，"
          "重点覆盖智能网联汽车、跨境贸易、生物医药、金融、航运物流等领域。",
          ("fn", "重点领域目录由管委会根据产业发展情况动态调整，首批目录见《细则》附件1。"),
          "在新片区以外登记注册、但数据处理活动主要发生在新片区内的企业，可参照执行。"],
         heading="（一）明确适用范围。")
    para(["（二）实行数据分类分级管理。《细则》将数据跨境流动涉及的数据分为核心数据、重要数据和一般数据三个级别，"
          "分别实施禁止出境、安全评估和便利流动管理，具体对照关系见表1。"],
         heading="（二）实行数据分类分级管理。")

    caption(doc, "表1  数据级别与出境管理要求对照表")
    header = ["数据级别", "判定依据", "出境管理要求"]
    rows = [
        ["核心数据",
         "对领域、群体、区域具有较高覆盖度或者达到较高精度、较大规模、一定深度，一旦被非法使用或者共享，可能直接影响政治安全的数据",
         "原则上禁止出境"],
        ["重要数据",
         ["列入国家或者本市重要数据目录，或者经相关部门告知、公开发布为重要数据的数据",
          ("fn", "重要数据识别依据GB/T 43697—2024《数据安全技术 数据分类分级规则》。")],
         "申报数据出境安全评估"],
        ["一般数据", "核心数据、重要数据以外的数据",
         "列入一般数据清单的，可以自由流动"],
    ]
    data_table(doc, header, rows, fns=fns, widths=[2.6, 9.0, 4.0])
    clauses.extend(row_clause(header, r) for r in rows)
    source_line(doc, "资料来源：根据《细则》第八条至第十二条整理。")
    empty(doc)

    para(["（三）建立一般数据清单制度。管委会会同市委网信办、市数据局，按照“成熟一个、发布一个”的原则，"
          "分领域、分场景编制一般数据清单。数据处理者向境外提供列入一般数据清单的数据，无需申报数据出境安全评估、"
          "订立个人信息出境标准合同或者通过个人信息保护认证，但应当履行数据安全保护义务。"],
         heading="（三）建立一般数据清单制度。")
    para(["（四）优化服务保障。《细则》提出设立新片区数据跨境服务中心，为企业提供政策咨询、清单匹配、申报辅导等"
          "“一站式”服务，对企业提交的材料实行“一次告知、限时办结”，一般事项在5个工作日内予以答复。",
          ("fn", "数据跨境服务中心地址：上海市浦东新区临港新片区云鹃路88号，咨询电话：021-68280000。")],
         heading="（四）优化服务保障。")
    para(["（五）强化监督管理。数据处理者应当建立数据出境台账，按年度开展数据安全风险自评估。"
          "管委会会同有关部门对数据跨境活动开展抽查，发现违法违规行为的，依法移交有关部门处理。"],
         heading="（五）强化监督管理。")

    heading_line(doc, "三、需要说明的问题")
    para(["一是关于与国家规定的衔接。《细则》严格遵循国家数据出境管理制度，国家对数据出境另有规定的，从其规定。"],
         heading="一是关于与国家规定的衔接。")
    para(["二是关于个人信息出境。《细则》未改变个人信息保护相关义务，涉及个人信息出境的，数据处理者仍应当依法履行告知、"
          "取得个人单独同意、开展个人信息保护影响评估等义务。",
          ("fn", "参见《中华人民共和国个人信息保护法》第三十九条、第五十五条。")],
         heading="二是关于个人信息出境。")
    para(["三是关于施行时间。《细则》自2025年12月1日起施行，有效期两年。"],
         heading="三是关于施行时间。")

    empty(doc, 2)
    signature(doc, "          中国（上海）自由贸易试验区临港新片区管理委员会",
              "                              2025年11月18日")

    fns.finish()
    doc.save(OUT / (stem + ".docx"))

    meta = {
        "title": "关于《中国（上海）自由贸易试验区临港新片区数据跨境流动分类分级管理实施细则（试行）》的政策解读",
        "doc_number": None,
        "issuer": ["中国（上海）自由贸易试验区临港新片区管理委员会"],
        "date": "2025-11-18",
        "published": None,
        "level": "zone",
        "region": "中国（上海）自由贸易试验区临港新片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    note = ("Real Word footnotes (footnotes.xml, 9 notes incl. one on the title and one inside a table cell): "
            "footnote reference marks are removed from clause text and footnote texts are NOT clauses. "
            "The 资料来源 line under 表1 and the caption '表1 …' are not clauses. "
            "'政策解读' banner line is not body. effective/expires are null: 2025-12-01 and 有效期两年 "
            "belong to the 细则 being interpreted, not to this 解读.")
    return stem, [{"meta": meta, "clauses": clauses, "_note": note}]


# =====================================================================
# Document 2: 天津 决策参考 research report, superscript-run [n] marks,
# hand-typed 注释 list, tables with 资料来源/注 lines
# =====================================================================
def make_tianjin():
    stem = "blind477_tianjin_baogao"
    doc = new_doc()
    clauses = []

    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=50)
    set_font(p.add_run("天津自贸试验区决策参考"), XBS, 36, color=RED)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("2025年第6期（总第38期）"), FS, 16)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("天津市商务局编                          2025年9月26日"), FS, 16)
    bottom_border(p)
    empty(doc)
    title_para(doc, ["天津自贸试验区跨境数据流动便利化", "政策研究报告"])
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("天津市商务局课题组"), KT, 16)
    empty(doc)

    def para(segs, heading=None):
        body_para(doc, segs, heading=heading)
        clauses.append(clause_text(segs))

    heading_line(doc, "一、天津自贸试验区数据跨境流动基本情况")
    para(["2024年以来，天津自贸试验区依托中欧班列、跨境电商和融资租赁等特色产业，数据跨境流动需求持续增长。"
          "截至2025年6月底，区内累计有217家企业提出数据出境相关咨询，其中完成数据出境安全评估申报的42家、"
          "完成个人信息出境标准合同备案的135家", ("sup", "[1]"), "。"])
    para(["从行业分布看，跨境电商和融资租赁企业占比最高，合计达到58.1%（见表1）。"])

    caption(doc, "表1  天津自贸试验区数据出境业务办理情况（按行业）")
    h1 = ["行业", "企业数（家）", "安全评估申报（家）", "标准合同备案（家）", "占比（%）"]
    r1 = [
        ["跨境电商", "71", "9", "58", "32.7"],
        ["融资租赁", "55", "14", "33", "25.3"],
        ["航运物流", "38", "7", "24", "17.5"],
        ["生物医药", "29", "8", "12", "13.4"],
        ["其他", "24", "4", "8", "11.1"],
        ["合计", "217", "42", "135", "100.0"],
    ]
    data_table(doc, h1, r1, widths=[3.0, 3.0, 3.4, 3.4, 2.8])
    clauses.extend(row_clause(h1, r) for r in r1)
    source_line(doc, "资料来源：天津市商务局、天津市委网信办，数据截至2025年6月30日。")
    source_line(doc, "注：部分企业同时办理两项业务，分项数据存在交叉。")
    empty(doc)

    para(["中欧班列数据协同取得初步进展。天津—二连浩特—欧洲方向中欧班列已实现运单、舱单等物流数据与沿线国家"
          "海关信息系统的电子化交换，平均通关时间较2023年压缩约30%", ("sup", "[2]"), "。"],
         heading="中欧班列数据协同取得初步进展。")

    heading_line(doc, "二、存在的主要问题")
    para(["（一）规则透明度有待提高。部分企业反映，对“重要数据”的识别标准把握不准，担心因数据定级不当承担法律责任，"
          "存在“不敢出、不会出”的现象。"], heading="（一）规则透明度有待提高。")
    para(["（二）申报成本相对较高。据课题组抽样调查，企业完成一次数据出境安全评估申报平均耗时约4.5个月，"
          "委托第三方机构的费用在15万元至40万元之间", ("sup", "[3]"), "。"],
         heading="（二）申报成本相对较高。")
    para(["（三）场景化清单覆盖不足。天津自贸试验区2024年发布的负面清单主要覆盖汽车制造、商业保理等领域，"
          "跨境电商、航运物流等特色领域尚未纳入，企业难以充分享受制度便利（见表2）。"],
         heading="（三）场景化清单覆盖不足。")

    caption(doc, "表2  部分自贸试验区数据跨境流动清单发布情况")
    h2 = ["自贸试验区", "发布时间", "覆盖领域"]
    r2 = [
        ["上海（临港新片区）", "2024年5月", "智能网联汽车、公募基金、生物医药"],
        ["天津", "2024年5月", "汽车制造、商业保理、融资租赁"],
        ["北京", "2024年8月", "汽车、医药、零售和现代服务业、民航、人工智能训练数据"],
        ["海南", "2025年3月", "种业、旅游业、新能源汽车"],
    ]
    data_table(doc, h2, r2, widths=[4.0, 3.0, 8.6])
    clauses.extend(row_clause(h2, r) for r in r2)
    source_line(doc, "资料来源：课题组根据各地网信部门公开信息整理。")
    empty(doc)

    heading_line(doc, "三、对策建议")
    para(["（一）扩大清单覆盖范围。建议围绕跨境电商、航运物流、融资租赁等优势产业，分批研究制定场景化一般数据清单，"
          "力争2026年底前覆盖区内主要产业领域。"], heading="（一）扩大清单覆盖范围。")
    para(["（二）建设数据跨境公共服务平台。依托天津港保税区、东疆综合保税区，建设集政策咨询、合规评估、申报辅导于一体的"
          "数据跨境公共服务平台。"], heading="（二）建设数据跨境公共服务平台。")
    para(["（三）探索中欧班列数据互认机制。推动与“一带一路”沿线国家在物流、通关、检验检疫等领域开展数据互认试点，"
          "研究建立中欧班列运输数据跨境传输白名单。"], heading="（三）探索中欧班列数据互认机制。")
    para(["（四）加强数据安全监管能力建设。健全数据出境事前评估、事中监测、事后审计的全链条监管体系，定期发布典型案例，"
          "引导企业规范开展数据出境活动", ("sup", "[4]"), "。"],
         heading="（四）加强数据安全监管能力建设。")

    empty(doc)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("注释："), HT, 14)
    for n in ["[1] 数据来源于天津市委网信办数据出境申报系统，统计口径为注册地在天津自贸试验区的企业。",
              "[2] 天津海关：《2024年天津口岸中欧班列运行情况通报》。",
              "[3] 课题组于2025年4月至5月对区内63家企业开展问卷调查，回收有效问卷58份。",
              "[4] 参见国家互联网信息办公室《数据出境安全评估申报指南（第二版）》，2024年3月。"]:
        p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
                line=22)
        set_font(p.add_run(n), KT, 12)

    empty(doc, 2)
    # 版记
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    top_border(p, sz=12)
    set_font(p.add_run("报送：市委、市人大常委会、市政府、市政协领导同志。"), FS, 14)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("发送：各区人民政府，市有关部门。"), FS, 14)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("天津市商务局综合处                          （共印120份）"), FS, 14)
    bottom_border(p, color="000000", sz=12)

    doc.save(OUT / (stem + ".docx"))
    meta = {
        "title": "天津自贸试验区跨境数据流动便利化政策研究报告",
        "doc_number": None,
        "issuer": ["天津市商务局"],
        "date": "2025-09-26",
        "published": None,
        "level": "provincial",
        "region": "中国（天津）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "报告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    note = ("Internal 决策参考 bulletin; '2025年第6期（总第38期）' is an issue number, not a 文号 (doc_number null). "
            "Note marks [1]–[4] are superscript runs and are removed from clause text; the hand-typed 注释 list "
            "([1] … [4]) is NOT clauses. 资料来源 and 注 lines under tables, table captions, 课题组 byline and "
            "报送/发送/印数 版记 are not clauses. Table rows (incl. 合计) are clauses.")
    return stem, [{"meta": meta, "clauses": clauses, "_note": note}]


# =====================================================================
# Document 3: 福建 joint 通知 issuing a 方案; typed ¹²³⁴ marks, m² trap,
# 注释 at end of 方案, table with 资料来源, 版记 at the very end
# =====================================================================
def make_fujian():
    stem = "blind477_fujian_tongzhi"
    doc = new_doc()
    n_clauses, f_clauses = [], []

    # joint red header laid out with a borderless table
    t = doc.add_table(rows=2, cols=2)
    set_cell(t.cell(0, 0), "福建省商务厅", font=XBS, size=24,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.cell(1, 0), "福建省互联网信息办公室", font=XBS, size=24,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", font=XBS, size=36)
    m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    set_widths(t, [11.6, 4.0])
    for c in (t.cell(0, 0), t.cell(1, 0), m):
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RED
    empty(doc)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run("闽商务〔2026〕9号"), FS, 16)
    bottom_border(p)
    empty(doc)
    title_para(doc, ["关于印发《中国（福建）自由贸易试验区",
                     "数据出境便利化工作方案》的通知"])
    empty(doc)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("中国（福建）自由贸易试验区福州片区管委会、厦门片区管委会、平潭片区管委会，"
                       "福州市商务局，厦门市商务局，平潭综合实验区经济发展局："), FS, 16)

    def npara(segs, heading=None):
        body_para(doc, segs, heading=heading)
        n_clauses.append(clause_text(segs))

    npara(["为推动中国（福建）自由贸易试验区数据跨境流动安全有序、便利高效，更好服务“丝路海运”“丝路电商”和"
           "跨境电子商务综合试验区建设，省商务厅、省委网信办研究制定了《中国（福建）自由贸易试验区数据出境便利化工作方案》，"
           "现印发给你们，请结合实际认真贯彻落实。"])
    npara(["各片区要切实履行主体责任，细化工作举措，明确时间节点，确保各项任务落地见效。工作推进中遇到的重大问题，"
           "请及时报告省商务厅（省自贸办）、省委网信办。"])
    npara(["联系人：省商务厅自贸区处陈晓峰，0591-87812345；省委网信办数据安全处林静，0591-87654321。"])
    empty(doc, 2)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("    福建省商务厅              福建省互联网信息办公室"), FS, 16)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    set_font(p.add_run("2026年1月16日    "), FS, 16)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    set_font(p.add_run("（此件公开发布）"), FS, 16)

    page_break(doc)
    title_para(doc, ["中国（福建）自由贸易试验区", "数据出境便利化工作方案"])
    empty(doc)

    def fpara(segs, heading=None, hfont=FS, hbold=True):
        body_para(doc, segs, heading=heading, hfont=hfont, hbold=hbold)
        f_clauses.append(clause_text(segs))

    fpara(["为贯彻落实《促进和规范数据跨境流动规定》", ("typed", "¹"),
           "，充分发挥中国（福建）自由贸易试验区（以下简称自贸试验区）改革开放试验田作用，"
           "在保障数据安全的前提下促进数据依法有序自由流动，助力21世纪海上丝绸之路核心区建设，制定本方案。"])
    heading_line(doc, "一、总体要求")
    fpara(["坚持以习近平新时代中国特色社会主义思想为指导，统筹发展和安全，聚焦跨境电商、航运物流、两岸经贸、"
           "生物医药等重点领域，以场景化一般数据清单为抓手，探索建立便利高效、安全可控的数据跨境流动管理机制。"
           "到2027年，自贸试验区累计发布一般数据清单不少于10个，服务数据出境企业不少于500家。"])
    fpara(["截至2025年12月底，自贸试验区累计申报数据出境安全评估33件、办理个人信息出境标准合同备案146件，"
           "具体情况如下表。"])
    caption(doc, "自贸试验区各片区数据出境业务情况（截至2025年12月）")
    h = ["片区", "安全评估申报（件）", "标准合同备案（件）", "主要领域"]
    rows = [
        ["福州片区", "11", "46", "跨境电商、生物医药"],
        ["厦门片区", "19", "88", "航运物流、跨境电商、集成电路"],
        ["平潭片区", "3", "12", "两岸经贸、旅游"],
        ["合计", "33", "146", "—"],
    ]
    data_table(doc, h, rows, widths=[3.0, 3.6, 3.6, 5.4])
    f_clauses.extend(row_clause(h, r) for r in rows)
    source_line(doc, "资料来源：省委网信办、省商务厅。")
    empty(doc)

    heading_line(doc, "二、重点任务")
    heading_line(doc, "（一）建立分类分级管理机制", font=KT)
    fpara(["1.制定负面清单。由省委网信办牵头，会同省商务厅、省数据管理局等部门，在国家数据分类分级保护制度框架下，"
           "研究制定自贸试验区数据出境负面清单", ("typed", "²"),
           "，报省网络安全和信息化委员会批准后实施。"], heading="1.制定负面清单。")
    fpara(["2.编制一般数据清单。各片区围绕跨境电商、航运物流、两岸经贸等特色产业，梳理典型数据出境场景，"
           "编制一般数据清单。列入一般数据清单的数据，可以自由向境外提供。"], heading="2.编制一般数据清单。")
    heading_line(doc, "（二）优化数据出境服务", font=KT)
    fpara(["3.设立服务窗口。在福州、厦门、平潭片区政务服务中心设立数据出境服务专窗，提供政策咨询、申报辅导、"
           "材料预审等服务。"], heading="3.设立服务窗口。")
    fpara(["4.建设公共服务平台。依托厦门片区国际数据中心（机房面积约1.2万m²），建设面向“一带一路”沿线国家和地区的"
           "数据跨境公共服务平台，提供合规检测、安全传输等服务", ("typed", "³"), "。"],
          heading="4.建设公共服务平台。")
    heading_line(doc, "（三）深化重点领域合作", font=KT)
    fpara(["5.推进“丝路海运”数据互联。推动厦门港、福州港与“一带一路”沿线港口开展集装箱、船舶动态等航运物流数据交换，"
           "支持航运企业依法向境外提供订舱、提单等业务数据。"], heading="5.推进“丝路海运”数据互联。")
    fpara(["6.便利跨境电商数据流动。支持跨境电商企业依法向境外提供订单、物流、支付等交易数据，"
           "探索跨境电商海外仓数据出境便利化路径。"], heading="6.便利跨境电商数据流动。")
    fpara(["7.深化两岸数据交流合作。在符合国家规定的前提下，探索两岸贸易、医疗健康等领域数据流动试点，平潭片区先行先试",
           ("typed", "⁴"), "。"], heading="7.深化两岸数据交流合作。")

    heading_line(doc, "三、保障措施")
    fpara(["（一）加强组织领导。省商务厅（省自贸办）、省委网信办建立工作协调机制，定期研究解决工作推进中的重大问题。"
           "各片区要成立工作专班，明确责任分工。"], heading="（一）加强组织领导。", hfont=KT, hbold=False)
    fpara(["（二）强化安全监管。各有关部门要按照职责分工，加强对数据出境活动的事中事后监管，发现数据出境安全风险的，"
           "及时依法处置。"], heading="（二）强化安全监管。", hfont=KT, hbold=False)
    fpara(["（三）做好宣传培训。各片区每年至少组织2次数据出境政策培训，及时总结推广典型经验做法。"],
          heading="（三）做好宣传培训。", hfont=KT, hbold=False)
    fpara(["本方案自印发之日起施行，有效期至2027年12月31日。"])

    empty(doc)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run("注释："), HT, 14)
    for n in ["¹ 国家互联网信息办公室令第16号，2024年3月22日公布并施行。",
              "² 负面清单，是指自贸试验区内需要纳入数据出境安全评估、个人信息出境标准合同、个人信息保护认证管理范围的数据清单。",
              "³ 平台建设运营主体由厦门片区管委会通过公开方式确定。",
              "⁴ 涉及两岸数据流动的，应当严格遵守国家有关规定。"]:
        p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
                line=22)
        set_font(p.add_run(n), FS, 12)

    empty(doc, 3)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    top_border(p, sz=12)
    set_font(p.add_run("抄送：商务部自贸区港司，国家互联网信息办公室，省发展改革委、省数据管理局。"), FS, 14)
    bottom_border(p, color="000000", sz=4)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    set_font(p.add_run(" 福建省商务厅办公室                       2026年1月16日印发"), FS, 14)
    bottom_border(p, color="000000", sz=12)

    doc.save(OUT / (stem + ".docx"))

    issuers = ["福建省商务厅", "福建省互联网信息办公室"]
    m1 = {
        "title": "关于印发《中国（福建）自由贸易试验区数据出境便利化工作方案》的通知",
        "doc_number": "闽商务〔2026〕9号",
        "issuer": issuers,
        "date": "2026-01-16",
        "published": None,
        "level": "provincial",
        "region": "中国（福建）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["中国（福建）自由贸易试验区福州片区管委会",
                       "中国（福建）自由贸易试验区厦门片区管委会",
                       "中国（福建）自由贸易试验区平潭片区管委会",
                       "福州市商务局", "厦门市商务局", "平潭综合实验区经济发展局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    m2 = {
        "title": "中国（福建）自由贸易试验区数据出境便利化工作方案",
        "doc_number": None,
        "issuer": issuers,
        "date": "2026-01-16",
        "published": None,
        "level": "provincial",
        "region": "中国（福建）自由贸易试验区",
        "effective": "2026-01-16",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    note1 = ("Joint red header is a borderless 2x2 layout table (not clauses). 联系人 line is a body paragraph "
             "of the notice and is a clause. 抄送/印发 版记 sits at the very end of the file after the 方案 "
             "but belongs to the notice; not clauses.")
    note2 = ("Note marks are typed superscript characters ¹ ² ³ ⁴ and are removed from clause text; the 注释 list "
             "at the end (¹ … ⁴ …) is NOT clauses. The ² in '1.2万m²' is a unit, not a note mark, and stays. "
             "Table caption and 资料来源 line are not clauses; the 合计 row is a clause. Headings on their own line "
             "(一、总体要求 / （一）建立分类分级管理机制) are not clauses. 方案 date taken from the issuing notice; "
             "effective = 印发之日 = 2026-01-16.")
    return stem, [{"meta": m1, "clauses": n_clauses, "_note": note1},
                  {"meta": m2, "clauses": f_clauses, "_note": note2}]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_477",
                    "--headless", "--convert-to", "pdf", "--outdir", str(OUT),
                    str(path)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


def main():
    expected = {}
    for fn in (make_lingang, make_tianjin, make_fujian):
        stem, objs = fn()
        expected[stem] = objs
        to_pdf(OUT / (stem + ".docx"))
    with open(OUT / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
