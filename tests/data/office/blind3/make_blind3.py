"""Round-3 office check: 5 new fictional documents. Helpers copied from make_blind2.py."""
# ruff: noqa: E501
from __future__ import annotations

import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent
FS, HT, KT, XBS, ST = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None, scale=None):
    run.font.name = "Times New Roman" if font in (FS, ST) else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def border(p, side, sz=6, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def first_line_chars(p, chars=200):
    ind = p._p.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:firstLineChars"), str(chars))


def vmerge(table, col, r1, r2):
    """Merge a column's cells r1..r2 vertically (the lower cells are empty)."""
    top = table.cell(r1, col)
    top.merge(table.cell(r2, col))


def chinese_numbering(doc, lvl_text="（%1）", fmt="chineseCounting"):
    """Add a Word list definition like （一）（二）… and return its numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    suff = OxmlElement("w:suff")
    suff.set(qn("w:val"), "nothing")
    lvl.insert(3, suff)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(aid))
    num.append(a)
    numbering.append(num)
    return nid


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(28), Mm(26)
    section.left_margin, section.right_margin = Mm(37), Mm(35)


class Writer:
    def __init__(self, size=16, line=28.95, indent_chars=True):
        self.doc = Document()
        self.size, self.line, self.indent_chars = size, line, indent_chars
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(size)
        pf = st.paragraph_format
        pf.space_before = pf.space_after = Pt(0)

    def para(self, runs, align=None, indent=True, line=None, before=0, after=0,
             page_break=False, right_chars=None, keep=False):
        """runs: str or list of (text, font, size, bold, color, scale)."""
        p = (getattr(self, 'target', None) or self.doc).add_paragraph()
        if page_break:
            p.paragraph_format.page_break_before = True
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line or self.line)
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if align:
            p.alignment = align
        if indent:
            if self.indent_chars:
                first_line_chars(p)
            pf.first_line_indent = Pt(2 * self.size)
        if right_chars:
            pf.right_indent = Pt(right_chars * self.size)
        if keep:
            pf.keep_with_next = True
        if isinstance(runs, str):
            runs = [(runs,)]
        for r in runs:
            text, font, size, bold, color, scale = (tuple(r) + (FS, self.size, False, None, None)[len(r) - 1:])[:6]
            for i, part in enumerate(text.split("\n")):
                run = p.add_run(part)
                set_font(run, font, size, bold, color, scale)
                if i < text.count("\n"):
                    run.add_break()  # soft line break (Shift+Enter)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.para("", indent=False)

    def body(self, items, bold_items=True):
        """Markup: '#x' 黑体 heading, '##x' 楷体 sub-heading (whole), text starting with （一）
        gets its first sentence in 楷体, '1.' items in bold first sentence."""
        for t in items:
            if t.startswith("##"):
                self.para([(t[2:], KT)])
            elif t.startswith("#"):
                self.para([(t[1:], HT)])
            elif t.startswith("（") and "）" in t[:5] and "。" in t and t.index("。") < 40:
                i = t.index("。") + 1
                self.para([(t[:i], KT), (t[i:], FS)])
            elif bold_items and t[:1].isdigit() and t[1:2] == "." and "。" in t:
                i = t.index("。") + 1
                self.para([(t[:i], FS, self.size, True), (t[i:], FS)])
            else:
                self.para(t)

    def red_rule(self, sz=18, before=4):
        p = self.para("", indent=False, line=6, before=before)
        border(p, "bottom", sz=sz, color="FF0000")
        return p

    def footer_page(self, footer, align, fmt=("— ", " —"), size=14):
        p = footer.paragraphs[0]
        p.alignment = align
        r = p.add_run(fmt[0])
        set_font(r, ST, size)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE \\* MERGEFORMAT")
        r2 = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(size * 2))
        rpr.append(sz)
        r2.append(rpr)
        t = OxmlElement("w:t")
        t.text = "1"
        r2.append(t)
        fld.append(r2)
        p._p.append(fld)
        r3 = p.add_run(fmt[1])
        set_font(r3, ST, size)

    def table(self, header, rows, widths, size=12, merged_prefix="§"):
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trpr.append(th)
        for c, h in zip(t.rows[0].cells, header, strict=False):
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(c.paragraphs[0].add_run(h), HT, size)
        for row in rows:
            cells = t.add_row().cells
            if isinstance(row, str) and row.startswith(merged_prefix):
                m = cells[0].merge(cells[-1])
                set_font(m.paragraphs[0].add_run(row[1:]), HT, size)
                continue
            for _i, (c, v) in enumerate(zip(cells, row, strict=False)):
                for j, part in enumerate(v.split("\n")):
                    cp = c.paragraphs[0] if j == 0 else c.add_paragraph()
                    cp.alignment = (WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER)
                    set_font(cp.add_run(part), FS, size)
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
            gc.set(qn("w:w"), str(int(w * 56.7)))
        for row in t.rows:
            for c, w in zip(row.cells, widths, strict=False):
                c.width = Mm(w)
        return t

    def save(self, name):
        path = OUT / f"{name}.docx"
        self.doc.save(path)
        return path


def gongwen_page(section):
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(25)



# ----------------------------------------------------------------- round-2 extras
DOCX_DIR = PDF_DIR = OUT  # the DOCX and the PDF LibreOffice makes of it, side by side


def save(w, name):
    path = DOCX_DIR / f"{name}.docx"
    w.doc.save(path)
    return path


def double_rule(w, before=4):
    """Red thick-over-thin rule used under a letter (函) masthead."""
    p = w.para("", indent=False, line=6, before=before)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:bottom")
    el.set(qn("w:val"), "thickThinSmallGap")
    el.set(qn("w:sz"), "24")
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), "FF0000")
    bdr.append(el)
    ppr.append(bdr)
    return p


def header_text(sec, text, align=WD_ALIGN_PARAGRAPH.CENTER, first_page_blank=True, rule=True):
    if first_page_blank:
        sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = align
    set_font(hp.add_run(text), ST, 10.5)
    if rule:
        border(hp, "bottom", sz=6)


def page_footers(w, sec, both_first=True):
    w.footer_page(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    if both_first and sec.different_first_page_header_footer:
        w.footer_page(sec.first_page_footer, WD_ALIGN_PARAGRAPH.CENTER)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_footnotes(doc, notes):
    """Create word/footnotes.xml holding notes {id: text}; return nothing."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:rFonts w:eastAsia="{ST}"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>'
        for i, t in notes.items())
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           f'{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")


def footnote_ref(p, nid):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    fr = OxmlElement("w:footnoteReference")
    fr.set(qn("w:id"), str(nid))
    r.append(fr)
    p._p.append(r)


def signature(w, org, date, right_chars=4, before=0):
    w.para(org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=right_chars, before=before)
    w.para(date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=right_chars)


def title(w, text, size=22, before=0):
    w.para([(text, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, before=before)




# ----------------------------------------------------------------- round-3 extras
def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def drop_first_para(cell):
    if len(cell.paragraphs) > 1 and not cell.paragraphs[0].text:
        cell._tc.remove(cell.paragraphs[0]._p)


def banji(w, lines, issuer_line):
    """版记: 抄送/分送 lines and the 印发 line between rules."""
    first = True
    for t in lines:
        p = w.para(t, indent=False, line=24)
        if first:
            border(p, "top", sz=8)
            first = False
    p = w.para(issuer_line, indent=False, line=24)
    border(p, "top", sz=4)
    border(p, "bottom", sz=8)


# ======================================================================= J  会议纪要
def doc_j():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    page_footers(w, sec)
    w.blank(1)
    w.para([("厦门片区管委会主任办公会议纪要", XBS, 30, False, RED, 90)], align=WD_ALIGN_PARAGRAPH.CENTER,
           indent=False, line=46)
    w.blank(1)
    w.para("〔2021〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.para("厦门片区管委会办公室　　　　　　　　2021年3月5日", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.red_rule()
    w.blank(1)
    for t in ("关于推进厦门片区国际贸易“单一窗口”", "和“丝路海运”发展有关事项的会议纪要"):
        title(w, t)
    w.blank(1)
    w.body([
        "2021年3月2日下午，中国（福建）自由贸易试验区厦门片区管委会主任陈国栋在管委会四楼会议室主持召开2021年第5次主任办公会议，专题研究国际贸易“单一窗口”3.0版建设、东南国际航运中心建设和“丝路海运”发展有关事项。现将会议议定事项纪要如下：",
        "#一、关于国际贸易“单一窗口”3.0版建设",
        "会议听取了片区管委会贸易发展局关于国际贸易“单一窗口”3.0版建设进展情况的汇报。会议认为，“单一窗口”是厦门片区对标国际先进规则、优化口岸营商环境的重要载体，2020年累计上线特色应用62项，主要申报业务覆盖率达到100%，为稳外贸稳外资发挥了重要作用。",
        "会议要求，贸易发展局要会同厦门海关、厦门海事局加快推进“单一窗口”与“丝路海运”信息平台、中欧（厦门）班列信息系统对接，实现船舶进出港、货物通关、班列订舱“一站式”办理；要做好企业数据安全保护，严禁向第三方提供企业申报数据。",
        "#二、关于“丝路海运”航线发展",
        "会议听取了航运物流局关于“丝路海运”命名航线运营情况的汇报。会议认为，“丝路海运”已成为厦门服务“一带一路”建设的重要品牌，但航线集中于东南亚方向，辐射南亚、中东、非洲的航线仍然偏少，港口物流综合成本较周边港口不具明显优势。",
        "会议要求，航运物流局要加大航线招引力度，重点拓展至南亚、中东、地中海的直航航线；财政金融局要研究优化航运扶持资金使用方式，提高资金使用绩效。",
        "#三、议定事项",
        "（一）同意由贸易发展局牵头，厦门海关、厦门海事局、厦门港口管理局配合，于2021年6月30日前完成“单一窗口”3.0版船舶“一单多报”功能上线。",
        "（二）同意安排片区产业发展专项资金1200万元，用于“单一窗口”3.0版建设和运维，资金由财政金融局按项目进度分两期拨付。",
        "（三）对在厦门片区注册并新开通“丝路海运”命名航线的航运企业，每条航线给予一次性奖励50万元；航线连续运营满12个月且年集装箱吞吐量超过2万标箱的，再给予30万元奖励。具体实施细则由航运物流局会同财政金融局另行制定，于2021年4月15日前报管委会审定。",
        "（四）同意航运物流局牵头组建“丝路海运”港航服务联盟，吸收港口、航运、物流、金融企业参与，联盟章程报管委会备案。",
        "（五）会议原则同意《厦门片区2021年制度创新工作计划》，请办公室根据与会同志意见修改完善后印发实施。",
    ])
    w.blank(1)
    w.para([("出席：", HT), ("陈国栋　林海燕　黄志明　吴建华　郑丽娟", FS)], indent=False)
    w.para([("列席：", HT), ("片区管委会办公室、贸易发展局、航运物流局、财政金融局，厦门海关、厦门海事局、厦门港口管理局有关负责同志", FS)], indent=False)
    w.para([("请假：", HT), ("刘振宇（出差）", FS)], indent=False)
    w.para([("记录：", HT), ("苏晓雯", FS)], indent=False)
    w.blank(2)
    banji(w, ["分送：片区管委会领导，各局（办），厦门海关，厦门海事局，厦门港口管理局。"],
          "厦门片区管委会办公室　　　　　　　2021年3月5日印发")
    return save(w, "j_meeting_minutes")


# ======================================================================= K  批复
def doc_k():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    header_text(sec, "川府函〔2021〕47号", align=WD_ALIGN_PARAGRAPH.LEFT)
    page_footers(w, sec)
    w.blank(1)
    w.para([("四川省人民政府", XBS, 40, False, RED, 100)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54)
    w.blank(1)
    w.para("川府函〔2021〕47号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.red_rule()
    w.blank(1)
    for t in ("四川省人民政府", "关于同意设立中国（四川）自由贸易试验区", "德阳协同改革先行区的批复"):
        title(w, t)
    w.blank(1)
    w.para("德阳市人民政府：", indent=False)
    w.body([
        "你市《关于申请设立中国（四川）自由贸易试验区德阳协同改革先行区的请示》（德府〔2021〕8号）收悉。经研究，现批复如下：",
        "一、同意设立中国（四川）自由贸易试验区德阳协同改革先行区（以下简称先行区）。先行区实施范围为德阳经济技术开发区和德阳国际铁路物流港，面积18.6平方公里，四至范围以省发展改革委、省自然资源厅核定的界址为准。",
        "二、先行区要以制度创新为核心，重点复制推广自由贸易试验区改革试点经验，在装备制造业开放合作、国际铁路物流枢纽建设、中欧班列（成都）德阳集结中心运营等方面先行先试，打造服务“一带一路”建设的装备制造业开放高地。",
        "三、德阳市人民政府要切实履行主体责任，建立健全工作机制，制定先行区建设实施方案，于2021年6月30日前报省自由贸易试验区工作领导小组办公室备案。先行区建设所需经费由德阳市自行解决。",
        "四、省直有关部门要按照职责分工，在项目布局、用地保障、通关便利等方面给予指导支持。省自由贸易试验区工作领导小组办公室要加强统筹协调和跟踪评估，每年对先行区建设情况开展一次评估，评估结果报省人民政府。",
        "五、先行区不享有自由贸易试验区片区的管理权限，不得自行对外使用“自由贸易试验区片区”名称。",
        "此复。",
    ])
    w.blank(2)
    signature(w, "四川省人民政府", "二〇二一年四月二日")
    w.blank(1)
    w.para("（此件公开发布）")
    w.blank(1)
    banji(w, ["抄送：省自由贸易试验区工作领导小组各成员单位，成都海关。"],
          "四川省人民政府办公厅　　　　　　　2021年4月6日印发")
    return save(w, "k_approval_reply")


# ======================================================================= L  layout table + 名单
def doc_l():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    header_text(sec, "云南省商务厅　云商发〔2021〕23号", align=WD_ALIGN_PARAGRAPH.RIGHT)
    page_footers(w, sec)
    lay = doc.add_table(rows=2, cols=1)
    no_borders(lay)
    w.target = lay.cell(0, 0)
    w.para([("云南省商务厅文件", XBS, 36, False, RED, 90)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=12)
    w.blank(1)
    w.para("云商发〔2021〕23号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.red_rule()
    drop_first_para(lay.cell(0, 0))
    w.target = lay.cell(1, 0)
    w.blank(1)
    for t in ("云南省商务厅关于公布中国（云南）", "自由贸易试验区2021年度重点培育企业", "名单的通知"):
        title(w, t)
    w.blank(1)
    w.para("昆明市、红河州、德宏州商务局，中国（云南）自由贸易试验区各片区管委会：", indent=False)
    w.body([
        "为贯彻落实《中国（云南）自由贸易试验区总体方案》，培育一批面向南亚东南亚辐射中心建设的骨干企业，根据《中国（云南）自由贸易试验区重点培育企业认定办法（试行）》（云商规〔2020〕4号），经企业申报、片区初审、专家评审和网上公示，认定云南滇中国际物流有限公司等30家企业为中国（云南）自由贸易试验区2021年度重点培育企业（名单见附件）。现将有关事项通知如下：",
        "一、列入名单的企业，在申报省级外经贸发展专项资金、跨境人民币结算便利化试点和出口信用保险保费补助时予以优先支持。对年度进出口额增长超过30%的重点培育企业，省商务厅按不超过其上年度实际缴纳出口信用保险保费的50%给予补助，单个企业最高不超过100万元。",
        "二、各片区管委会要建立重点培育企业联系服务制度，落实“一企一专员”，每季度至少走访一次，及时协调解决企业在通关、用工、融资等方面遇到的困难。",
        "三、重点培育企业名单实行动态管理，有效期为2年（2021年5月20日至2023年5月19日）。企业发生重大安全、质量事故或者被列入严重违法失信名单的，取消其重点培育企业资格。",
        "四、各州（市）商务局和各片区管委会要于每年1月15日前将上年度重点培育企业发展情况报送省商务厅自由贸易试验区处。",
    ])
    w.blank(1)
    w.para("附件：中国（云南）自由贸易试验区2021年度重点培育企业名单")
    w.blank(2)
    signature(w, "云南省商务厅", "2021年5月20日")
    w.blank(1)
    w.para("（此件主动公开）")
    drop_first_para(lay.cell(1, 0))
    w.target = None
    w.para([("附件", HT)], indent=False, page_break=True)
    w.blank(1)
    title(w, "中国（云南）自由贸易试验区2021年度重点培育企业名单", size=20)
    w.blank(1)
    names = [
        ("云南滇中国际物流有限公司", "昆明片区", "跨境物流类"),
        ("昆明南亚东南亚商品交易中心有限公司", "昆明片区", "总部经济类"),
        ("云南澜湄数字科技有限公司", "昆明片区", "数字经济类"),
        ("昆明经开区中老班列集结服务有限公司", "昆明片区", "跨境物流类"),
        ("云南云岭跨境电子商务有限公司", "昆明片区", "跨境贸易类"),
        ("昆明绿野生物医药有限公司", "昆明片区", "创新型企业"),
        ("云南辐射中心供应链管理有限公司", "昆明片区", "跨境贸易类"),
        ("昆明滇池国际会展服务有限公司", "昆明片区", "总部经济类"),
        ("云南泛亚金融服务外包有限公司", "昆明片区", "沿边金融类"),
        ("昆明智汇跨境支付科技有限公司", "昆明片区", "沿边金融类"),
        ("云南高原特色农产品进出口有限公司", "昆明片区", "跨境贸易类"),
        ("昆明航空港国际货运代理有限公司", "昆明片区", "跨境物流类"),
        ("红河综合保税区加工贸易有限公司", "红河片区", "跨境贸易类"),
        ("河口中越边民互市贸易服务有限公司", "红河片区", "跨境贸易类"),
        ("红河蒙自跨境产能合作有限公司", "红河片区", "总部经济类"),
        ("河口北山国际物流园有限公司", "红河片区", "跨境物流类"),
        ("红河州越南水果进口有限公司", "红河片区", "跨境贸易类"),
        ("蒙自滇南电子信息产业有限公司", "红河片区", "创新型企业"),
        ("红河边境金融服务中心有限公司", "红河片区", "沿边金融类"),
        ("河口口岸数字贸易有限公司", "红河片区", "数字经济类"),
        ("瑞丽姐告国际商贸城有限公司", "德宏片区", "跨境贸易类"),
        ("德宏中缅跨境物流有限公司", "德宏片区", "跨境物流类"),
        ("瑞丽珠宝玉石跨境电商有限公司", "德宏片区", "跨境贸易类"),
        ("芒市中缅农业合作开发有限公司", "德宏片区", "创新型企业"),
        ("德宏沿边人民币跨境结算服务有限公司", "德宏片区", "沿边金融类"),
        ("瑞丽国际陆港开发有限公司", "德宏片区", "总部经济类"),
        ("畹町边境经济合作区进出口有限公司", "德宏片区", "跨境贸易类"),
        ("德宏缅甸语数字服务有限公司", "德宏片区", "数字经济类"),
        ("瑞丽中缅木材加工有限公司", "德宏片区", "创新型企业"),
        ("陇川章凤口岸物流有限公司", "德宏片区", "跨境物流类"),
    ]
    w.table(["序号", "企业名称", "所在片区", "认定类别"],
            [(str(i + 1),) + r for i, r in enumerate(names)], widths=(16, 78, 30, 32), size=14)
    return save(w, "l_layout_table_list")


# ======================================================================= M  印发通知 + 办法
def doc_m():
    w = Writer(line=24)
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    header_text(sec, "大连片区规范性文件", align=WD_ALIGN_PARAGRAPH.LEFT)
    page_footers(w, sec)
    w.para([("中国（辽宁）自由贸易试验区大连片区", XBS, 26, False, RED, 80)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=20)
    w.para([("管理委员会文件", XBS, 36, False, RED, 90)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    w.blank(1)
    w.para("大自贸管发〔2021〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.red_rule()
    w.blank(1)
    for t in ("关于印发《中国（辽宁）自由贸易试验区大连片区", "企业投资项目承诺制管理办法》的通知"):
        title(w, t)
    w.blank(1)
    w.para("片区各部门、各园区管理机构，各有关单位：", indent=False)
    w.body(["《中国（辽宁）自由贸易试验区大连片区企业投资项目承诺制管理办法》已经2021年6月8日片区管委会第7次主任办公会议审议通过，现印发给你们，请认真遵照执行。"])
    w.blank(2)
    signature(w, "中国（辽宁）自由贸易试验区大连片区管理委员会", "2021年6月15日", right_chars=2)
    w.blank(1)
    w.para("（此件公开发布）")

    def chapter(t):
        w.para([(t, HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6, keep=True)

    def art(n, text, *more):
        w.para([(n, HT), ("　" + text, FS)])
        for m in more:
            w.para(m)

    title(w, "中国（辽宁）自由贸易试验区大连片区")
    doc.paragraphs[-1].paragraph_format.page_break_before = True
    title(w, "企业投资项目承诺制管理办法")
    w.blank(1)
    chapter("第一章　总　　则")
    art("第一条", "为深化投资审批制度改革，激发企业投资活力，根据《企业投资项目核准和备案管理条例》《中国（辽宁）自由贸易试验区总体方案》等规定，结合大连片区（以下简称片区）实际，制定本办法。")
    art("第二条", "片区范围内由企业投资建设、列入《片区企业投资项目承诺制清单》（以下简称《清单》）的项目，适用本办法。",
        "前款所称企业投资项目，不包括使用政府性资金的项目和涉及国家安全、生态安全的项目。")
    art("第三条", "本办法所称承诺制，是指企业按照片区管理委员会（以下简称管委会）公布的标准和条件作出书面承诺，管委会行政审批局（以下简称审批局）据此直接作出审批决定，企业在开工前或者竣工验收前达到标准和条件的管理方式。")
    art("第四条", "承诺制管理遵循企业自主承诺、政府事先告知、部门协同监管、失信联合惩戒的原则。")
    chapter("第二章　承诺与审批")
    art("第五条", "企业申请适用承诺制的，应当向审批局提交下列材料：",
        "（一）项目承诺制申请表；", "（二）企业信用承诺书；", "（三）项目设计方案或者建设方案；", "（四）《清单》规定的其他材料。",
        "企业对所提交材料的真实性、合法性负责。")
    art("第六条", "审批局应当自收到完整申请材料之日起3个工作日内作出审批决定；材料不齐全的，应当一次性告知企业需要补正的全部内容。")
    art("第七条", "审批局作出审批决定后，企业即可开展项目设计、施工准备等工作。",
        "涉及规划、用地、环评等事项的，企业应当在项目开工前取得相关许可；符合本办法第八条规定情形的除外。")
    art("第八条", "对位于大窑湾综合保税区、大连金普新区先进制造业集聚区等已完成区域评估的区域内的项目，企业不再单独编制环境影响评价、水土保持、地质灾害危险性等评估报告，直接适用区域评估结论。")
    art("第九条", "有下列情形之一的，不适用承诺制：",
        "（一）企业或者其法定代表人被列入严重失信主体名单的；", "（二）企业曾因违反承诺被撤销审批决定未满3年的；", "（三）法律、行政法规规定不得采用告知承诺方式的。")
    chapter("第三章　监督检查")
    art("第十条", "审批局应当会同片区住房城乡建设、生态环境、应急管理等部门，在企业作出承诺后2个月内对承诺履行情况开展首次检查。")
    art("第十一条", "管委会建立企业投资项目承诺履约信用档案，将企业履行承诺情况纳入片区公共信用信息平台。")
    art("第十二条", "企业未按照承诺达到标准和条件的，由审批局责令限期整改，整改期限一般不超过3个月。",
        "逾期未整改或者整改后仍不符合要求的，审批局应当撤销相关审批决定，已经建成的部分依法处理。")
    chapter("第四章　法律责任")
    art("第十三条", "企业在承诺制申请中提交虚假材料或者作出虚假承诺的，依照本办法第十二条处理，并将其失信行为记入企业信用档案；情节严重的，5年内不得适用承诺制。")
    art("第十四条", "管委会及有关部门工作人员在承诺制管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。")
    chapter("第五章　附　　则")
    art("第十五条", "本办法所称“以上”“以内”包括本数。")
    art("第十六条", "本办法由管委会负责解释，具体解释工作由审批局承担。")
    art("第十七条", "本办法自2021年7月1日起施行，有效期5年。",
        "原《中国（辽宁）自由贸易试验区大连片区企业投资项目备案管理暂行办法》（大自贸管发〔2018〕9号）同时废止。")
    w.blank(2)
    banji(w, ["抄送：大连市人民政府办公室，大连市发展改革委，大连市营商环境建设局。"],
          "大连片区管委会办公室　　　　　　　2021年6月15日印发")
    return save(w, "m_measures_chapters")


# ======================================================================= N  工作简报
def doc_n():
    w = Writer(line=27)
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    header_text(sec, "山东自贸试验区工作简报　第12期", align=WD_ALIGN_PARAGRAPH.CENTER)
    page_footers(w, sec)
    w.para([("中国（山东）自由贸易试验区", XBS, 26, False, RED, 90)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=10)
    w.para([("工 作 简 报", XBS, 42, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=58)
    w.para("第12期", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    ht = doc.add_table(rows=1, cols=2)
    no_borders(ht)
    a, b = ht.cell(0, 0), ht.cell(0, 1)
    ht.autofit = False
    for gc, wd in zip(ht._tbl.tblGrid.findall(qn("w:gridCol")), (104, 52), strict=False):
        gc.set(qn("w:w"), str(int(wd * 56.7)))
    a.width, b.width = Mm(104), Mm(52)
    set_font(a.paragraphs[0].add_run("山东省自由贸易试验区工作领导小组办公室编"), FS, 13)
    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(b.paragraphs[0].add_run("二〇二一年九月十五日"), FS, 13)
    w.red_rule(before=0)
    w.para([("【本期要目】", HT)], indent=False, before=6)
    for t in ("济南片区率先开展“一业一证”改革", "青岛片区“齐鲁号”欧亚班列年内开行突破1000列",
              "烟台片区推出中韩跨境贸易便利化十条措施", "省自贸办召开第三季度制度创新成果评估会"):
        w.para([(t, KT)], indent=True, line=24)
    w.red_rule(sz=6, before=4)

    def item(head, *paras):
        w.para([(head, HT, 16, True)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=10, after=4, keep=True)
        for p in paras:
            w.para(p)

    def column(t):
        w.para([(t, HT, 16, False, RED)], indent=False, before=8)

    column("【片区动态】")
    item("济南片区率先开展“一业一证”改革",
         "2021年8月，济南片区在便利店、药店、健身房等15个行业率先开展“一业一证”改革，将一个行业准入涉及的多张许可证整合为一张“行业综合许可证”，申请材料平均压减61%，审批时限平均压减83%。",
         "截至2021年9月10日，济南片区已发放行业综合许可证326张。下一步，济南片区将把改革范围扩大到30个行业，并推动行业综合许可证在全省互认。")
    item("青岛片区“齐鲁号”欧亚班列年内开行突破1000列",
         "今年以来，青岛片区依托上合示范区多式联运中心，加密“齐鲁号”欧亚班列开行频次，新开通青岛至新疆霍尔果斯、阿拉山口再转中亚五国的“海铁公”联运线路3条。1至8月，青岛片区累计开行班列1036列，同比增长42.3%，货值达到68.5亿元。",
         "青岛海关在片区推行班列“集装箱运单+舱单”一次录入，班列平均通关时间由原来的8小时压缩至1.5小时。")
    item("烟台片区推出中韩跨境贸易便利化十条措施",
         "9月6日，烟台片区发布《关于促进中韩跨境贸易便利化的十条措施》，一是推行中韩陆海联运汽车货物运输“一次查验、全程放行”；二是对韩国进口冷链食品实行“预检验+集中查验”；三是设立中韩跨境电商海外仓专项扶持资金，对在韩国设立海外仓的企业按实际投资额的10%给予补助，最高200万元。",
         "十条措施实施后，预计烟台至仁川、平泽的海运货物通关时间将缩短三分之一。")
    column("【工作动态】")
    item("省自贸办召开第三季度制度创新成果评估会",
         "9月13日，省自贸办组织召开2021年第三季度制度创新成果评估会。会议对三个片区报送的28项制度创新成果进行了评估，“一业一证”改革、“齐鲁号”班列“一单制”等9项成果被评为优秀，将在全省复制推广。",
         "会议强调，各片区要聚焦投资贸易自由化便利化，加强首创性、差异化改革探索，第四季度每个片区至少形成3项具有全国影响力的制度创新成果。")
    w.blank(2)
    banji(w, ["报：省委、省政府领导同志，商务部自贸区港司。",
              "送：省自由贸易试验区工作领导小组成员单位。",
              "发：济南、青岛、烟台片区管委会，各市商务局。"],
          "责任编辑：王丽　联系电话：0531-89013567　（共印120份）")
    return save(w, "n_work_bulletin")


def to_pdf(docx: Path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(PDF_DIR), str(docx)],
                   check=True, capture_output=True)


if __name__ == "__main__":
    for f in (doc_j, doc_k, doc_l, doc_m, doc_n):
        p = f()
        to_pdf(p)
        print("made", p.name)
