# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 453: 外商投资企业投诉工作办法 of 自贸片区."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY


# ----------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
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


def add_text(par, text, name=FS, size=16, bold=False, color=None):
    """Add text to paragraph; '\n' inside text becomes a soft line break."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            r = par.add_run()
            set_font(r, name, size, bold, color)
            r.add_break()
        if part:
            r = par.add_run(part)
            set_font(r, name, size, bold, color)


def pbdr(par, side, color="000000", sz=8):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def fmt(par, align=None, indent=True, line=28, before=0, after=0, size=16):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    pf.first_line_indent = Pt(2 * size) if indent else None
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)


def page_number_footer(section):
    footer = section.footer
    par = footer.paragraphs[0]
    par.alignment = CENTER
    r = par.add_run("— ")
    set_font(r, SONG, 14)
    r = par.add_run()
    set_font(r, SONG, 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = par.add_run()
    set_font(r, SONG, 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    r._r.append(it)
    r = par.add_run()
    set_font(r, SONG, 14)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    r = par.add_run("1")
    set_font(r, SONG, 14)
    r = par.add_run()
    set_font(r, SONG, 14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    r._r.append(e)
    r = par.add_run(" —")
    set_font(r, SONG, 14)


def set_cell_borders(table, on=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "6")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, name=FS, size=12, bold=False, align=CENTER, color=None):
    par = cell.paragraphs[0]
    for r in list(par.runs):
        r._r.getparent().remove(r._r)
    fmt(par, align=align, indent=False, line=None)
    par.paragraph_format.line_spacing = 1.0
    add_text(par, text, name, size, bold, color)


def fix_widths(t, widths):
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[col:col + span]))
            col += span


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcPr.append(v)


def row_height(row, cm):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), "atLeast")
    trPr.append(h)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.records = []
        self.cur = None
        self.num_ids = {}
        sec = self.doc.sections[0]
        sec.page_width = Cm(21)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        page_number_footer(sec)

    # records -------------------------------------------------------
    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.records.append(self.cur)

    def add_clause(self, text):
        self.cur["clauses"].append(text)

    # paragraphs ----------------------------------------------------
    def p(self, text="", name=FS, size=16, bold=False, align=JUST, indent=True,
          clause=False, color=None, line=28, before=0, after=0):
        par = self.doc.add_paragraph()
        fmt(par, align, indent, line, before, after, size)
        if isinstance(text, list):
            full = ""
            for t in text:
                tt, nm = t[0], t[1]
                bd = t[2] if len(t) > 2 else False
                add_text(par, tt, nm, size, bd, color)
                full += tt
        else:
            add_text(par, text, name, size, bold, color)
            full = text
        if clause:
            self.add_clause(full.replace("\n", "").strip("　 "))
        return par

    def blank(self, n=1, size=16):
        for _ in range(n):
            par = self.doc.add_paragraph()
            fmt(par, None, False, 28, size=size)

    def page_break(self):
        par = self.doc.add_paragraph()
        fmt(par, None, False, 28)
        r = par.add_run()
        r.add_break(WD_BREAK.PAGE)

    def title(self, text, size=22):
        return self.p(text, XBS, size, align=CENTER, indent=False, line=35)

    def body(self, text, **kw):
        kw.setdefault("clause", True)
        return self.p(text, **kw)

    # numbering ---------------------------------------------------------
    def numbering(self, key, fmt_, lvltext, font=FS, indent_first=640):
        if key in self.num_ids:
            return self.num_ids[key]
        npart = self.doc.part.numbering_part
        numbering = npart.element
        aid = 40 + len(self.num_ids)
        nid = 60 + len(self.num_ids)
        absxml = (
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
            '</w:lvl></w:abstractNum>'
        ) % (nsdecls("w"), aid, fmt_, lvltext, indent_first, font, font, font)
        absel = parse_xml(absxml)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absel)
        else:
            numbering.append(absel)
        numel = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                          % (nsdecls("w"), nid, aid))
        numbering.append(numel)
        self.num_ids[key] = nid
        return nid

    def numbered(self, nid, text, rendered_prefix, clause=True, size=16):
        par = self.doc.add_paragraph()
        fmt(par, JUST, True, 28, size=size)
        ppr = par._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(nid))
        numPr.append(il); numPr.append(ni)
        ppr.insert(0, numPr)
        add_text(par, text, FS, size)
        if clause:
            self.add_clause(rendered_prefix + text.replace("\n", ""))
        return par

    # tables ----------------------------------------------------------
    def data_table(self, header, rows, widths, vmerge_cols=(), size=12, header_display=None):
        """header: clean column names (for the key); header_display may contain soft breaks.
        rows: list of lists of values. vmerge_cols: column indexes where equal
        consecutive values are merged vertically (value repeated in the key)."""
        disp = header_display or header
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_cell_borders(t, True)
        for i, h in enumerate(disp):
            c = t.rows[0].cells[i]
            cell_text(c, h, HT, size)
            vcenter(c)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                c = t.rows[ri + 1].cells[ci]
                if ci in vmerge_cols and ri > 0 and rows[ri - 1][ci] == v:
                    continue
                cell_text(c, v, FS, size, align=CENTER if len(v) < 16 else JUST)
                vcenter(c)
        # vertical merges
        for ci in vmerge_cols:
            ri = 0
            while ri < len(rows):
                rj = ri
                while rj + 1 < len(rows) and rows[rj + 1][ci] == rows[ri][ci]:
                    rj += 1
                if rj > ri:
                    a = t.cell(ri + 1, ci)
                    b = t.cell(rj + 1, ci)
                    m = a.merge(b)
                    # merge() concatenates paragraphs; keep only the first
                    for extra in m.paragraphs[1:]:
                        extra._p.getparent().remove(extra._p)
                ri = rj + 1
        fix_widths(t, widths)
        for row in rows:
            self.add_clause("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        return t

    def form_table(self, spec, widths, size=12):
        """spec: list of rows; each row is a list of (label, value, span_of_value)."""
        ncols = len(widths)
        t = self.doc.add_table(rows=len(spec), cols=ncols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_cell_borders(t, True)
        for ri, row in enumerate(spec):
            col = 0
            pairs = []
            height = 1.0
            for item in row:
                label, value, span = item[0], item[1], item[2]
                valign = item[3] if len(item) > 3 else None
                if len(item) > 4:
                    height = max(height, item[4])
                lc = t.cell(ri, col)
                cell_text(lc, label, FS, size, bold=False, align=CENTER)
                vcenter(lc)
                col += 1
                vc = t.cell(ri, col)
                if span > 1:
                    vc = vc.merge(t.cell(ri, col + span - 1))
                    for extra in vc.paragraphs[1:]:
                        extra._p.getparent().remove(extra._p)
                cell_text(vc, value, FS, size, align=valign or (JUST if value else CENTER))
                vcenter(vc)
                col += span
                pairs.append("%s：%s" % (label.replace("\n", ""), value.replace("\n", "")))
            row_height(t.rows[ri], height)
            self.add_clause("；".join(pairs))
        fix_widths(t, widths)
        return t

    def layout_table(self, cells, widths, size=16, name=FS, align=CENTER):
        """Borderless table used only for layout (no clauses)."""
        t = self.doc.add_table(rows=len(cells), cols=len(widths))
        set_cell_borders(t, False)
        for ri, row in enumerate(cells):
            for ci, v in enumerate(row):
                if v is None:
                    continue
                cell_text(t.cell(ri, ci), v, name, size, align=align)
        fix_widths(t, widths)
        return t

    # 版记 --------------------------------------------------------------
    def banji(self, chaosong, yinfa_org, yinfa_date):
        self.blank(2)
        par = self.p(chaosong, FS, 14, indent=False, line=28)
        par.paragraph_format.left_indent = Pt(14)
        pbdr(par, "top", sz=8)
        pbdr(par, "bottom", sz=4)
        par = self.doc.add_paragraph()
        fmt(par, JUST, False, 28, size=14)
        par.paragraph_format.left_indent = Pt(14)
        add_text(par, yinfa_org, FS, 14)
        pad = "　" * max(1, 30 - len(yinfa_org) - len(yinfa_date))
        add_text(par, pad + yinfa_date, FS, 14)
        pbdr(par, "bottom", sz=8)

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


# ============================================================ common content
FLOW = "提交投诉 → 受理审查 → 调查处理 → 答复 → 回访"


# ======================================================== file 1: Nansha
def make_nansha():
    b = Builder("blind453_nansha_tongzhi")
    d = b.doc
    zone = "中国（广东）自由贸易试验区广州南沙新区片区"
    org1 = zone + "管理委员会"
    org2 = "广州市南沙区商务局"
    banfa_title = zone + "外商投资企业投诉工作办法"
    atts = ["投诉处理流程", "外商投资企业投诉登记表", "投诉受理机构联系方式"]

    # ---- 版头: joint header in a borderless layout table
    b.blank(1)
    t = d.add_table(rows=2, cols=2)
    set_cell_borders(t, False)
    cell_text(t.cell(0, 0), org1, XBS, 14, align=JUST, color=RED)
    cell_text(t.cell(1, 0), org2, XBS, 14, align=JUST, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cell_text(m, "文件", XBS, 30, align=CENTER, color=RED)
    vcenter(m)
    fix_widths(t, [13.3, 2.3])
    b.blank(1)
    b.p("穗南自贸〔2026〕4号", FS, 16, align=CENTER, indent=False)
    par = b.p("", indent=False, line=10)
    pbdr(par, "bottom", "FF0000", 18)
    b.blank(1)

    title1 = "关于印发《" + banfa_title + "》的通知"
    b.start({
        "title": title1,
        "doc_number": "穗南自贸〔2026〕4号",
        "issuer": [org1, org2],
        "date": "2026-02-10",
        "published": None,
        "level": "zone",
        "region": zone,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["区各有关单位", "各镇（街）"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.title("关于印发《中国（广东）自由贸易试验区\n广州南沙新区片区外商投资企业投诉\n工作办法》的通知")
    b.blank(1)
    b.p("区各有关单位，各镇（街）：", indent=False)
    b.body("为贯彻落实《中华人民共和国外商投资法》及其实施条例，进一步健全外商投资企业投诉工作机制，"
           "及时有效处理外商投资企业投诉，保护外国投资者和外商投资企业合法权益，持续优化市场化法治化国际化一流营商环境，"
           "根据商务部《外商投资企业投诉工作办法》（商务部令2020年第3号）等规定，结合南沙片区实际，"
           "我们制定了《" + banfa_title + "》，现印发给你们，请认真贯彻执行。")
    b.body("各单位要高度重视外商投资企业投诉工作，明确分管领导和具体联络人，于2026年3月15日前将联络人信息报送区商务局。"
           "执行中遇到的问题，请径向区商务局（区外商投资企业投诉中心）反映。")
    b.body("（联系人：陈晓敏，联系电话：020-39078512）")
    b.blank(3)
    # 落款: two organs side by side in a borderless table, date typed with spaces
    b.layout_table([["中国（广东）自由贸易试验区\n广州南沙新区片区管理委员会", org2]], [8.2, 7.4], 16)
    b.blank(1)
    b.p("　　　　　　　　　　　　　　　　2026年2月10日", indent=False)
    b.blank(1)
    b.p("（此件公开发布）", indent=True)

    # ---- the 办法
    b.page_break()
    b.start({
        "title": banfa_title,
        "doc_number": None,
        "issuer": [org1, org2],
        "date": "2026-02-10",
        "published": None,
        "level": "zone",
        "region": zone,
        "effective": "2026-03-01",
        "expires": "2031-02-28",
        "attachments": atts,
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.title("中国（广东）自由贸易试验区\n广州南沙新区片区外商投资企业\n投诉工作办法")
    b.blank(1)
    arts = [
        ("第一条　为及时有效处理外商投资企业投诉，保护外商投资企业和外国投资者合法权益，持续优化外商投资环境，"
         "根据《中华人民共和国外商投资法》《中华人民共和国外商投资法实施条例》《优化营商环境条例》和商务部《外商投资企业投诉工作办法》等规定，"
         "结合中国（广东）自由贸易试验区广州南沙新区片区（以下简称南沙片区）实际，制定本办法。"),
        "第二条　本办法所称外商投资企业投诉，是指：",
        ("（一）外商投资企业、外国投资者（以下统称投诉人）认为南沙片区范围内行政机关（包括法律、法规授权的具有管理公共事务职能的组织）"
         "及其工作人员（以下统称被投诉人）的行政行为侵犯其合法权益，向投诉工作机构申请协调解决的行为；"),
        "（二）投诉人向投诉工作机构反映投资环境方面存在的问题，建议完善有关政策措施的行为。",
        ("前款所称行政行为包括行政许可、行政处罚、行政强制、行政检查、行政收费以及政府及其部门对外商投资企业依法作出的政策承诺、"
         "依法订立的各类合同的履行等。"),
        ("第三条　南沙片区设立外商投资企业投诉中心（以下简称投诉中心），设在区商务局，负责南沙片区外商投资企业投诉的受理、协调和处理工作，"
         "并对区有关部门、各镇（街）的投诉处理工作进行指导和督促。"),
        ("区有关部门、各镇（街）应当明确本单位负责外商投资企业投诉工作的机构（以下与投诉中心统称投诉工作机构）和人员，"
         "按照职责分工配合做好投诉处理工作。"),
        "第四条　投诉工作遵循公平公正、依法合规、分级负责、属地管理的原则，坚持及时高效、注重实效，依法保护投诉人的商业秘密和个人信息。",
        "第五条　投诉中心履行下列职责：",
        "（一）受理外商投资企业投诉，协调、推动有关部门依法处理；",
        "（二）建立健全投诉工作制度，规范投诉处理程序；",
        "（三）汇总分析投诉中反映的共性问题，向有关部门提出完善政策措施的建议；",
        "（四）定期向区人民政府、南沙片区管委会报告投诉工作情况；",
        "（五）组织开展外商投资企业投诉工作培训和宣传；",
        "（六）区人民政府、南沙片区管委会交办的其他事项。",
        ("第六条　投诉人可以通过书面、电子邮件、在线平台等方式向投诉中心提出投诉。"
         "投诉人通过书面方式提出投诉的，应当填写《外商投资企业投诉登记表》（见附件2）。"),
        "第七条　投诉人提出投诉，应当提供下列材料：",
        "（一）投诉人的名称、地址、联系人及联系方式，主体资格证明材料；",
        "（二）被投诉人的名称或者姓名、地址；",
        "（三）明确的投诉事项、投诉请求及相关事实和理由；",
        "（四）有关证明材料。",
        "投诉人委托他人进行投诉的，还应当提交授权委托书和受托人身份证明。投诉材料为外文的，应当同时提供中文译本。",
        "第八条　有下列情形之一的，投诉中心不予受理：",
        "（一）投诉主体不属于外商投资企业或者外国投资者的；",
        "（二）投诉事项不属于本办法第二条规定的范围的；",
        "（三）同一投诉人就同一事项已向其他投诉工作机构提出投诉，且该投诉工作机构已经受理或者正在处理的；",
        "（四）投诉事项已经进入或者已经完成行政复议、行政诉讼等程序的；",
        "（五）投诉人撤回投诉后，无正当理由就同一事项再次提出投诉的；",
        "（六）法律、法规规定不予受理的其他情形。",
        ("第九条　投诉中心应当自收到完整投诉材料之日起5个工作日内作出是否受理的决定，并书面告知投诉人；不予受理的，应当说明理由。"
         "投诉材料不齐全的，应当一次性告知投诉人需要补正的全部内容，补正时间不计入受理期限。"),
        ("第十条　投诉中心受理投诉后，可以通过约谈、书面函询、现场核实、召开协调会等方式了解情况，"
         "被投诉人和有关部门应当积极配合，如实提供相关材料。"),
        "第十一条　投诉中心应当根据投诉事项的具体情况，按照下列方式处理：",
        "（一）推动投诉人与被投诉人达成谅解；",
        "（二）协调被投诉人、有关部门提出解决方案；",
        "（三）向有关部门提出完善相关政策措施的建议；",
        "（四）其他适当的处理方式。",
        # soft line break typed in the middle of the sentence
        ("第十二条　投诉中心应当自受理投诉之日起30个工作日内办结投诉事项；情况复杂的，经投诉中心负责人批准，"
         "可以适当延长，\n延长期限最长不超过30个工作日，并告知投诉人延期理由。"),
        "第十三条　投诉处理终结后，投诉中心应当将处理结果书面告知投诉人，并在办结后15个工作日内开展回访，了解投诉人对处理结果的满意度。",
        "第十四条　有下列情形之一的，投诉处理终结：",
        "（一）投诉人与被投诉人达成谅解的；",
        "（二）投诉人撤回投诉的；",
        "（三）投诉事项已经处理完毕，投诉人无正当理由不予认可的；",
        "（四）投诉人在投诉处理期间就同一事项申请行政复议或者提起行政诉讼的。",
        ("第十五条　投诉人对处理结果不满意的，可以依法通过行政复议、行政诉讼等途径维护其合法权益；"
         "投诉事项涉及广州市级部门的，投诉中心可以提请广州市外商投资企业投诉中心协调处理。"),
        "第十六条　投诉人应当如实反映投诉事项，提供真实的证明材料，不得捏造、歪曲事实，不得以投诉为名扰乱正常的工作秩序。",
        ("第十七条　投诉工作机构及其工作人员在投诉处理过程中应当严格保守投诉人的商业秘密，"
         "不得泄露、非法向他人提供投诉人的商业秘密、个人隐私和保密商务信息。"),
        ("第十八条　投诉中心应当建立投诉工作台账，每季度末向南沙片区管委会报送投诉受理、处理情况；"
         "对投诉中反映的典型问题，及时形成专报。"),
        "第十九条　投诉工作机构及其工作人员在投诉处理过程中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。",
        ("第二十条　香港特别行政区、澳门特别行政区、台湾地区投资者以及定居在国外的中国公民投资企业的投诉工作，"
         "参照本办法执行。"),
        "第二十一条　本办法由区商务局负责解释。",
        "第二十二条　本办法自2026年3月1日起施行，有效期至2031年2月28日。",
    ]
    for a in arts:
        b.body(a)
    b.blank(1)
    # 附件 list typed with manual full-width spaces for alignment
    b.p("附件：1.投诉处理流程", indent=True)
    b.p("　　　　　　2.外商投资企业投诉登记表", indent=False)
    b.p("　　　　　　3.投诉受理机构联系方式", indent=False)

    # ---- 附件1
    b.page_break()
    b.p("附件1", HT, 16, indent=False)
    b.blank(1)
    b.title("投诉处理流程")
    b.blank(1)
    b.body(FLOW, align=CENTER, indent=False)
    b.blank(1)
    steps = [
        "1.提交投诉。投诉人通过书面、电子邮件或者在线平台等方式向投诉中心提交投诉材料，书面投诉的应当填写《外商投资企业投诉登记表》。",
        "2.受理审查。投诉中心自收到完整投诉材料之日起5个工作日内作出是否受理的决定；材料不齐全的，一次性告知需要补正的内容。",
        "3.调查处理。投诉中心通过约谈、书面函询、现场核实、召开协调会等方式调查核实，协调被投诉人和有关部门提出解决方案，一般在30个工作日内办结。",
        "4.答复。投诉中心将处理结果书面告知投诉人，并说明投诉人依法享有的其他救济途径。",
        "5.回访。投诉中心在办结后15个工作日内开展回访，了解投诉人满意度，并将投诉材料归档。",
    ]
    for s in steps:
        # step label in a bold run (run-in heading)
        head, rest = s.split("。", 1)
        b.body([(head + "。", HT, False), (rest, FS, False)])

    # ---- 附件2 form
    b.page_break()
    b.p("附件2", HT, 16, indent=False)
    b.blank(1)
    b.title("外商投资企业投诉登记表")
    b.blank(1)
    form = [
        [("企业名称", "", 1), ("统一社会信用代码", "", 1)],
        [("投资方国别（地区）", "", 1), ("企业类型", "□外商独资　□中外合资　□中外合作　□其他", 1)],
        [("联系人", "", 1), ("联系电话", "", 1)],
        [("电子邮箱", "", 1), ("通讯地址", "", 1)],
        [("被投诉人", "", 3)],
        [("投诉事项类别", "□行政许可　□行政处罚　□行政强制　□行政检查　□行政收费　□政策承诺履行　□合同履行　□其他", 3)],
        [("投诉事项及\n事实理由", "（可另附页）", 3, None, 4.0)],
        [("投诉请求", "", 3, None, 2.0)],
        [("是否已申请行政复议或提起行政诉讼", "□是　　□否", 3)],
        [("投诉人签字（盖章）", "年　　月　　日", 3, RIGHT, 1.6)],
    ]
    b.form_table(form, [3.4, 4.6, 3.2, 4.4], size=12)
    b.p("注：1.本表可在投诉中心现场领取，或者在南沙区人民政府门户网站下载。", FS, 12, indent=False, line=20, clause=True)
    b.p("　　2.投诉人应当对所填内容的真实性负责，并附相关证明材料复印件。", FS, 12, indent=False, line=20, clause=True)

    # ---- 附件3 table
    b.page_break()
    b.p("附件3", HT, 16, indent=False)
    b.blank(1)
    b.title("投诉受理机构联系方式")
    b.blank(1)
    header = ["序号", "受理机构", "地址", "联系电话", "电子邮箱"]
    header_disp = ["序号", "受理机构", "地址", "联系\n电话", "电子邮箱"]
    rows = [
        ["1", "南沙区外商投资企业投诉中心（区商务局）", "广州市南沙区凤凰大道1号南沙区政务服务中心A栋6楼", "020-39078512", "nsts@ftz-nansha.example.cn"],
        ["2", "南沙片区管委会营商环境处", "广州市南沙区海滨路171号南沙金融大厦11楼", "020-39073306", "yshj@ftz-nansha.example.cn"],
        ["3", "南沙区市场监督管理局", "广州市南沙区进港大道12号", "020-84688127", "scjg@ftz-nansha.example.cn"],
        ["4", "南沙区司法局（行政复议咨询）", "广州市南沙区环市大道中2号", "020-39099651", "sfj@ftz-nansha.example.cn"],
        ["5", "广州市外商投资企业投诉中心（市商务局）", "广州市越秀区东风中路305号", "020-82728916", "gzwzts@example.cn"],
    ]
    b.data_table(header, rows, [1.1, 3.6, 4.2, 2.9, 3.8], size=11, header_display=header_disp)
    b.banji("抄送：市商务局，区委办、区人大办、区政协办。",
            "南沙片区管委会办公室", "2026年2月10日印发")
    return b


# ======================================================== file 2: Xiamen
def make_xiamen():
    b = Builder("blind453_xiamen_banfa")
    zone = "中国（福建）自由贸易试验区厦门片区"
    org = zone + "管理委员会"
    title = zone + "外商投资企业投诉工作办法"
    atts = ["投诉处理流程", "外商投资企业投诉登记表", "投诉受理机构联系方式"]
    b.start({
        "title": title,
        "doc_number": None,
        "issuer": [org],
        "date": "2025-12-01",
        "published": None,
        "level": "zone",
        "region": zone,
        "effective": "2026-01-01",
        "expires": "2030-12-31",
        "attachments": atts,
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《厦门片区外商投资企业投诉处理暂行办法》（厦自贸委〔2021〕15号）",
    })
    b.blank(1)
    b.title("中国（福建）自由贸易试验区厦门片区\n外商投资企业投诉工作办法")
    b.p("（2025年11月18日厦门片区管委会第21次主任办公会议审议通过）", KT, 16, align=CENTER, indent=False)
    b.blank(1)

    def chap(t):
        b.p(t, HT, 16, align=CENTER, indent=False, before=6, after=6)

    def art(num, text):
        b.body([(num, HT, False), ("　" + text, FS, False)])

    chap("第一章　总　　则")
    art("第一条", "为规范外商投资企业投诉工作，及时有效处理外商投资企业投诉，保护外商投资企业和外国投资者合法权益，"
        "根据《中华人民共和国外商投资法》及其实施条例、商务部《外商投资企业投诉工作办法》和《中国（福建）自由贸易试验区条例》等规定，"
        "结合中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）实际，制定本办法。")
    art("第二条", "本办法适用于厦门片区范围内外商投资企业、外国投资者（以下统称投诉人）投诉的受理、处理及相关管理工作。")
    art("第三条", "厦门片区管理委员会（以下简称片区管委会）设立外商投资企业投诉服务中心（以下简称投诉服务中心），"
        "具体承担投诉受理、转办、协调、督办和回访等工作。投诉服务中心设在片区管委会投资促进局。")
    art("第四条", "投诉工作坚持依法依规、公开透明、高效便利、注重实效的原则，实行“首问负责、一口受理、限时办结、全程跟踪”。")
    chap("第二章　投诉受理")
    art("第五条", "投诉人认为厦门片区内行政机关及其工作人员的行政行为侵犯其合法权益的，可以向投诉服务中心申请协调解决。")
    b.body("投诉人可以通过投诉服务中心向有关部门反映投资环境方面存在的问题，提出完善政策措施的建议。")
    art("第六条", "投诉人提出投诉的，应当提交《外商投资企业投诉登记表》（附件2）及相关证明材料。"
        "投诉服务中心可以通过现场、信函、电子邮件、“i厦门”外企服务专区等渠道接收投诉。")
    art("第七条", "投诉服务中心应当在收到投诉材料之日起3个工作日内进行审查，符合受理条件的予以受理，并告知投诉人；"
        "不符合受理条件的，不予受理并书面说明理由。")
    # items run on inside one paragraph
    art("第八条", "有下列情形之一的，不予受理：（一）投诉主体不属于外商投资企业或者外国投资者的；"
        "（二）申请协调解决与其他自然人、法人或者非法人组织之间民商事纠纷的；（三）不属于本办法规定的投诉事项的；"
        "（四）同一投诉事项已经由上级投诉工作机构受理或者处理终结的；（五）同一投诉事项已经进入或者完成行政复议、行政诉讼等程序的。")
    art("第九条", "投诉服务中心对受理的投诉事项，应当建立“一案一档”，明确承办人员，实行台账管理。")
    chap("第三章　投诉处理")
    art("第十条", "投诉服务中心受理投诉后，应当在2个工作日内将投诉事项转交被投诉人或者有关职能部门（以下统称承办单位）办理，"
        "并抄送片区管委会分管领导。")
    art("第十一条", "承办单位应当自收到转办材料之日起15个工作日内将调查核实情况和处理意见书面反馈投诉服务中心。"
        "情况复杂的，经投诉服务中心同意，可以延长15个工作日。")
    art("第十二条", "投诉服务中心可以根据需要，采取下列方式协调处理投诉事项：")
    for it in ["（一）组织投诉人与承办单位沟通协商；",
               "（二）召开协调会，邀请有关部门、行业协会、法律专家等参加；",
               "（三）实地走访核查；",
               "（四）向承办单位提出处理建议。"]:
        b.body(it)
    art("第十三条", "对涉及多个部门、需要协调解决的重大投诉事项，由片区管委会分管领导召集有关部门专题研究；"
        "涉及厦门市有关部门职责的，报请厦门市外商投资企业投诉中心协调。")
    art("第十四条", "投诉服务中心应当自受理投诉之日起30个工作日内将处理结果书面答复投诉人。")
    art("第十五条", "投诉服务中心应当在答复后10个工作日内对投诉人进行回访，投诉人对处理结果不满意且提出新的事实和理由的，"
        "投诉服务中心可以重新组织协调。")
    chap("第四章　监督保障")
    art("第十六条", "片区管委会将投诉处理情况纳入有关部门营商环境工作考评内容。对无正当理由拒不配合、推诿扯皮、久拖不办的承办单位，"
        "由片区管委会予以通报。")
    art("第十七条", "投诉服务中心每半年对投诉情况进行汇总分析，形成分析报告报片区管委会，并抄送厦门市商务局。")
    art("第十八条", "投诉服务中心及承办单位工作人员应当依法保护投诉人的商业秘密、保密商务信息和个人隐私。")
    art("第十九条", "任何单位和个人不得以任何方式压制、打击报复投诉人。")
    chap("第五章　附　　则")
    art("第二十条", "香港特别行政区、澳门特别行政区、台湾地区投资者投资的企业的投诉工作，参照本办法执行。")
    art("第二十一条", "本办法由片区管委会投资促进局负责解释。")
    art("第二十二条", "本办法自2026年1月1日起施行，有效期5年。"
        "《厦门片区外商投资企业投诉处理暂行办法》（厦自贸委〔2021〕15号）同时废止。")
    b.blank(1)
    # 附件 list as one paragraph with soft breaks
    b.p("附件：1.投诉处理流程\n　　　　　　2.外商投资企业投诉登记表\n　　　　　　3.投诉受理机构联系方式", align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    b.blank(2)
    # 落款 right aligned by typed spaces
    b.p("　　　　中国（福建）自由贸易试验区厦门片区管理委员会", indent=False)
    b.p("　　　　　　　　　　　　　　　　　2025年12月1日", indent=False)

    # ---- 附件1 with Word auto-numbering and lone arrows
    b.page_break()
    b.p("附件1", HT, 16, indent=False)
    b.blank(1)
    b.title("投诉处理流程")
    b.blank(1)
    b.body("提交投诉→受理审查→调查处理→答复→回访", align=CENTER, indent=False)
    b.blank(1)
    nid = b.numbering("steps", "decimal", "%1.")
    steps = [
        "提交投诉：投诉人填写《外商投资企业投诉登记表》，通过现场、信函、电子邮件或者线上渠道提交投诉材料。",
        "受理审查：投诉服务中心3个工作日内完成审查，决定是否受理并告知投诉人。",
        "调查处理：投诉服务中心2个工作日内转交承办单位，承办单位15个工作日内反馈调查核实情况和处理意见。",
        "答复：投诉服务中心自受理之日起30个工作日内书面答复投诉人。",
        "回访：投诉服务中心在答复后10个工作日内开展回访，办结归档。",
    ]
    for i, s in enumerate(steps, 1):
        b.numbered(nid, s, "%d." % i)
        if i < len(steps):
            b.p("↓", SONG, 16, align=CENTER, indent=False)

    # ---- 附件2
    b.page_break()
    b.p("附件2", HT, 16, indent=False)
    b.blank(1)
    b.title("外商投资企业投诉登记表")
    b.blank(1)
    form = [
        [("投诉人名称", "", 3)],
        [("统一社会信用代码", "", 1), ("外方投资者国别（地区）", "", 1)],
        [("法定代表人", "", 1), ("联系人及电话", "", 1)],
        [("被投诉单位", "", 3)],
        [("投诉类型", "□行政行为侵权　□投资环境问题反映　□政策措施建议", 3)],
        [("投诉事项", "", 3, None, 3.5)],
        [("投诉请求", "", 3, None, 2.0)],
        [("附件材料", "□营业执照复印件　□授权委托书　□证明材料　□中文译本", 3)],
        [("同意公开处理结果", "□同意　□不同意", 3)],
    ]
    b.form_table(form, [3.4, 4.4, 3.6, 4.2], size=12)
    b.p("填表说明：本表一式两份，投诉人与投诉服务中心各执一份；“投诉事项”栏填写不下的，可另附页。", FS, 12, indent=False,
        line=20, clause=True)

    # ---- 附件3 with vertical merge
    b.page_break()
    b.p("附件3", HT, 16, indent=False)
    b.blank(1)
    b.title("投诉受理机构联系方式")
    b.blank(1)
    header = ["受理机构", "受理事项", "地址", "联系电话"]
    rows = [
        ["厦门片区外商投资企业投诉服务中心", "投诉受理、咨询", "厦门市湖里区象屿路97号厦门国际航运中心D栋8楼", "0592-6898123"],
        ["厦门片区外商投资企业投诉服务中心", "投诉处理进度查询", "厦门市湖里区象屿路97号厦门国际航运中心D栋8楼", "0592-6898125"],
        ["厦门片区管委会投资促进局", "投资促进政策咨询", "厦门市湖里区象屿路97号厦门国际航运中心D栋6楼", "0592-6898106"],
        ["厦门市外商投资企业投诉中心（厦门市商务局）", "涉及市级部门的投诉", "厦门市思明区湖滨北路61号", "0592-2859371"],
    ]
    b.data_table(header, rows, [4.0, 3.0, 5.6, 3.0], vmerge_cols=(0, 2), size=11)
    return b


# ======================================================== file 3: Wuhan
def make_wuhan():
    b = Builder("blind453_wuhan_tongzhi")
    zone = "中国（湖北）自由贸易试验区武汉片区"
    org = zone + "管理委员会"
    banfa_title = zone + "外商投资企业投诉工作办法"
    atts = ["投诉处理流程", "外商投资企业投诉登记表", "投诉受理机构联系方式"]

    b.p("中国（湖北）自由贸易试验区\n武汉片区管理委员会文件", XBS, 28, align=CENTER, indent=False, color=RED, line=40)
    b.blank(1)
    b.p("武自贸〔2025〕21号", FS, 16, align=CENTER, indent=False)
    par = b.p("", indent=False, line=10)
    pbdr(par, "bottom", "FF0000", 18)
    b.blank(1)

    b.start({
        "title": "关于印发武汉片区外商投资企业投诉工作办法的通知",
        "doc_number": "武自贸〔2025〕21号",
        "issuer": [org],
        "date": "2025-12-15",
        "published": None,
        "level": "zone",
        "region": zone,
        "effective": None,
        "expires": None,
        "attachments": [banfa_title],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各相关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.title("关于印发武汉片区外商投资企业投诉\n工作办法的通知")
    b.blank(1)
    b.p("片区各部门，各相关单位：", indent=False)
    b.body("为深入贯彻《中华人民共和国外商投资法》，健全外商投资权益保护机制，经片区管委会同意，现将《"
           + banfa_title + "》印发给你们，并就有关事项通知如下：")
    b.body([("一、高度重视投诉工作。", HT, False),
            ("外商投资企业投诉工作是稳外资、优环境的重要抓手。各部门、各单位要把投诉处理作为“一把手”工程，"
             "主要负责同志亲自过问重大投诉事项，确保件件有着落、事事有回音。", FS, False)])
    b.p("二、工作要求", HT, 16)
    b.body([("（一）压实工作责任。", KT, False),
            ("各部门、各单位要于2025年12月31日前确定1名投诉工作联络员，报片区管委会产业发展局（片区外商投资企业投诉中心）。", FS, False)])
    b.body([("（二）加强宣传解读。", KT, False),
            ("各部门、各单位要通过外资企业圆桌会、政策宣讲会等形式，向外商投资企业宣传投诉渠道和处理程序，引导企业依法理性表达诉求。", FS, False)])
    b.body([("（三）做好衔接过渡。", KT, False),
            ("本通知印发前已受理尚未办结的投诉事项，按照本办法规定的程序继续办理。", FS, False)])
    b.body("联系人：片区管委会产业发展局　刘思远；联系电话：027-87591326。")
    b.blank(1)
    b.p("附件：" + banfa_title, indent=True)
    b.blank(3)
    # 落款 organ + date in ONE right-aligned paragraph split by a soft break
    b.p("中国（湖北）自由贸易试验区武汉片区管理委员会　　\n2025年12月15日　　　　", align=RIGHT, indent=False)
    b.blank(1)
    b.p("（此件公开发布）", indent=True)

    # ---- the 办法 as the notice's 附件
    b.page_break()
    b.p("附件", HT, 16, indent=False)
    b.blank(1)
    b.start({
        "title": banfa_title,
        "doc_number": None,
        "issuer": [org],
        "date": "2025-12-15",
        "published": None,
        "level": "zone",
        "region": zone,
        "effective": "2025-12-15",
        "expires": "2028-12-14",
        "attachments": atts,
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.title("中国（湖北）自由贸易试验区武汉片区\n外商投资企业投诉工作办法")
    b.blank(1)
    # articles numbered by Word's own numbering (第%1条, chineseCounting)
    nid = b.numbering("arts", "chineseCounting", "第%1条　", font=HT)
    cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
          "十一", "十二", "十三", "十四", "十五"]
    n = [0]

    def art(text):
        n[0] += 1
        b.numbered(nid, text, "第%s条　" % cn[n[0] - 1])

    art("为及时有效处理外商投资企业投诉，保护外商投资企业和外国投资者合法权益，根据《中华人民共和国外商投资法》及其实施条例、"
        "商务部《外商投资企业投诉工作办法》等规定，结合中国（湖北）自由贸易试验区武汉片区（以下简称武汉片区）实际，制定本办法。")
    art("武汉片区外商投资企业投诉中心（以下简称投诉中心）设在片区管委会产业发展局，负责受理、协调处理武汉片区范围内外商投资企业、"
        "外国投资者（以下统称投诉人）的投诉。")
    art("投诉人认为片区内行政机关及其工作人员的行政行为侵犯其合法权益的，可以向投诉中心提出投诉，申请协调解决；"
        "也可以就投资环境方面存在的问题向投诉中心反映，提出意见建议。")
    art("投诉人可以通过以下方式提出投诉：")
    for it in ["（一）现场提交：到武汉片区政务服务中心外资服务窗口提交书面投诉材料；",
               "（二）信函提交：邮寄书面投诉材料至投诉中心；",
               "（三）线上提交：通过电子邮件或者“汉企通”平台外资企业服务专栏提交。"]:
        b.body(it)
    art("书面投诉应当载明投诉人和被投诉人基本信息、投诉事项、投诉请求、事实和理由，并附相关证明材料。"
        "投诉人可以填写《外商投资企业投诉登记表》（附件2）。")
    art("投诉中心应当自收到投诉材料之日起5个工作日内完成受理审查。对符合受理条件的，予以受理；"
        "对不符合受理条件的，书面告知投诉人不予受理的理由；对属于其他投诉工作机构管辖的，告知投诉人向有管辖权的机构提出。")
    art("投诉中心受理投诉后，应当及时组织调查核实，被投诉人应当在10个工作日内书面说明有关情况并提供相关材料。")
    art("投诉中心可以采取约谈、召开协调会、实地核查、征求专家意见等方式推动投诉事项解决。")
    art("投诉中心应当自受理之日起30个工作日内办结投诉，并将处理结果书面答复投诉人。情况复杂的，可以延长30个工作日，"
        "延长期限应当告知投诉人。")
    art("投诉处理结果答复后10个工作日内，投诉中心应当对投诉人进行回访，听取意见建议，回访情况记入投诉档案。")
    art("投诉中心应当建立投诉处理台账，对投诉事项实行闭环管理，并于每年1月底前将上一年度投诉工作情况报片区管委会和武汉市商务局。")
    art("投诉中心及有关部门工作人员应当对投诉人的商业秘密、保密商务信息和个人隐私予以保密。")
    art("对在投诉处理工作中推诿扯皮、敷衍塞责造成不良影响的单位和个人，依规依纪依法严肃处理。")
    art("香港特别行政区、澳门特别行政区、台湾地区投资者以及定居在国外的中国公民投资的企业的投诉工作，参照本办法执行。")
    art("本办法自印发之日起施行，有效期3年。")
    b.blank(1)
    b.p("附件：1.投诉处理流程", indent=True)
    b.p("　　　　　　2.外商投资企业投诉登记表", indent=False)
    b.p("　　　　　　3.投诉受理机构联系方式", indent=False)

    # ---- 附件1
    b.page_break()
    b.p("附件1", HT, 16, indent=False)
    b.blank(1)
    b.title("投诉处理流程")
    b.blank(1)
    b.body("提交投诉　→　受理审查　→　调查处理　→　答复　→　回访", align=CENTER, indent=False)
    b.blank(1)
    for s in [
        "第一步：提交投诉。投诉人通过现场、信函或者线上方式向投诉中心提交书面投诉材料。",
        "第二步：受理审查。投诉中心5个工作日内完成受理审查，作出受理、不予受理或者告知向有管辖权的机构提出的决定。",
        "第三步：调查处理。投诉中心组织调查核实，被投诉人10个工作日内书面说明情况；投诉中心采取约谈、协调会、实地核查等方式推动解决。",
        "第四步：答复。投诉中心自受理之日起30个工作日内将处理结果书面答复投诉人。",
        "第五步：回访。答复后10个工作日内开展回访，回访情况记入投诉档案。",
    ]:
        b.body(s)

    # ---- 附件2
    b.page_break()
    b.p("附件2", HT, 16, indent=False)
    b.blank(1)
    b.title("外商投资企业投诉登记表")
    b.blank(1)
    form = [
        [("投诉人", "", 1), ("统一社会信用代码", "", 1)],
        [("外国投资者名称", "", 1), ("国别（地区）", "", 1)],
        [("联系人", "", 1), ("手机", "", 1)],
        [("被投诉人", "", 3)],
        [("投诉事项类型", "□行政许可　□行政处罚　□行政检查　□政策兑现　□其他：＿＿＿＿", 3)],
        [("基本事实和理由", "", 3, None, 4.0)],
        [("投诉请求", "", 3, None, 2.0)],
        [("受理意见", "", 3, None, 1.8)],
    ]
    b.form_table(form, [3.2, 4.6, 3.4, 4.4], size=12)

    # ---- 附件3
    b.page_break()
    b.p("附件3", HT, 16, indent=False)
    b.blank(1)
    b.title("投诉受理机构联系方式")
    b.blank(1)
    header = ["序号", "受理机构", "联系地址", "联系电话", "工作时间"]
    rows = [
        ["1", "武汉片区外商投资企业投诉中心", "武汉市东湖新技术开发区高新大道777号光谷科技会展中心A座3楼", "027-87591326", "工作日9:00—12:00，14:00—17:30"],
        ["2", "武汉片区政务服务中心外资服务窗口", "武汉市东湖新技术开发区关山大道1号", "027-87595118", "工作日9:00—17:00"],
        ["3", "武汉市外商投资企业投诉中心（武汉市商务局）", "武汉市江岸区沿江大道188号", "027-82769305", "工作日9:00—12:00，14:00—17:00"],
    ]
    b.data_table(header, rows, [1.1, 3.4, 4.2, 2.9, 4.0], size=11)
    b.banji("抄送：武汉市商务局。", "武汉片区管委会综合办公室", "2025年12月15日印发")
    return b


# ================================================================= main
def main():
    expected = {}
    for maker in (make_nansha, make_xiamen, make_wuhan):
        b = maker()
        path = b.save()
        expected[b.stem] = b.records
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_453", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
