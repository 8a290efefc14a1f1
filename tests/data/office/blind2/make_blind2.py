"""Round-2 office check: 5 new fictional Chinese government documents (DOCX via python-docx, PDF via soffice).
Helpers copied from /work/main/tests/data/office/blind/make_blind.py."""
# ruff: noqa: E501  (the documents' own paragraphs, one string each)
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
        p = self.doc.add_paragraph()
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


# ======================================================================= E  转发
def doc_e():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    page_footers(w, sec)
    w.blank(2)
    w.para([("襄阳市人民政府办公室文件", XBS, 36, False, RED, 80)], align=WD_ALIGN_PARAGRAPH.CENTER,
           indent=False, line=50)
    w.blank(2)
    w.para("襄政办发〔2020〕8号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.red_rule()
    w.blank(1)
    for t in ("襄阳市人民政府办公室转发省商务厅关于", "支持中国（湖北）自由贸易试验区襄阳片区",
              "提升贸易投资便利化水平若干措施的通知"):
        title(w, t)
    w.blank(1)
    w.para("各县（市、区）人民政府，市政府各部门，襄阳高新区、东津新区管委会：", indent=False)
    w.body([
        "省商务厅《关于支持中国（湖北）自由贸易试验区襄阳片区提升贸易投资便利化水平若干措施的通知》（鄂商务发〔2020〕15号）已经市人民政府同意，现转发给你们，请结合实际认真贯彻落实。",
        "襄阳片区管委会要会同市商务局、襄阳海关等单位，对照文件要求逐项细化工作举措，明确责任单位和完成时限，于2020年4月30日前将落实方案报市人民政府。",
    ])
    w.blank(2)
    signature(w, "襄阳市人民政府办公室", "2020年3月20日")
    w.blank(1)
    w.para("（此件公开发布）")
    w.blank(1)
    # the forwarded document follows in full, with its own title, 文号 and 主送
    title(w, "湖北省商务厅关于支持中国（湖北）自由贸易试验区襄阳片区提升贸易投资便利化水平若干措施的通知")
    w.para([("鄂商务发〔2020〕15号", FS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
    w.para("襄阳市人民政府，省直有关部门：", indent=False)
    w.body([
        "为贯彻落实《中国（湖北）自由贸易试验区总体方案》，支持襄阳片区建设具有国际影响力的汽车产业基地和内陆开放型经济新高地，更好服务“一带一路”建设和长江经济带发展，经省人民政府同意，现提出如下措施：",
        "一、推进通关一体化。支持襄阳片区依托襄阳综合保税区和小河港口岸，推行“提前申报”“两步申报”通关模式，进口整体通关时间压缩至40小时以内，出口整体通关时间压缩至2小时以内。",
        "二、发展汽车平行进口。支持襄阳片区申报汽车平行进口试点，试点企业进口的平行进口汽车可在片区内开展标准符合性整改，整改完成后办理检验放行。",
        "三、扩大中欧班列运营。支持“襄阳—中亚”“襄阳—欧洲”国际货运班列常态化运营，对在襄阳片区注册且年开行班列不少于50列的平台企业，省级商务发展专项资金按每列不超过5万元给予补助。",
        "四、支持外贸新业态。支持襄阳片区申报跨境电子商务综合试验区，对在片区新设立的跨境电商企业，年进出口额首次超过1000万美元的，一次性给予20万元奖励。",
        "五、便利外商投资。外商投资企业设立、变更登记与商务备案实行“一口受理”，办理时限压缩至1个工作日。",
        "六、加强金融服务。鼓励金融机构在片区开展出口信用保险保单融资，为“一带一路”沿线国家和地区项目提供跨境人民币结算服务。",
        "七、下放省级权限。将对外劳务合作经营资格核准、二手车出口企业资质认定等6项省级管理权限委托襄阳片区管委会实施，委托事项目录另行公布。",
        "八、强化组织保障。襄阳市人民政府要切实承担主体责任，省直有关部门要按照职责分工给予支持。本措施自印发之日起施行，有效期至2022年12月31日。",
    ])
    w.blank(1)
    signature(w, "湖北省商务厅", "二〇二〇年三月五日")
    # 版记
    w.blank(1)
    p = w.para("抄送：市委各部门，市人大常委会办公室，市政协办公室，襄阳军分区。", indent=False, line=24)
    border(p, "top", sz=8)
    p = w.para("襄阳市人民政府办公室　　　　　　　　　2020年3月20日印发", indent=False, line=24)
    border(p, "top", sz=4)
    border(p, "bottom", sz=8)
    return save(w, "e_forward_notice")


# ======================================================================= F  复函
def doc_f():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    header_text(sec, "商务部办公厅函件")
    w.footer_page(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)  # no page number on page 1 (letter style)
    w.para([("商务部办公厅", XBS, 40, False, RED, 100)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54,
           before=10)
    double_rule(w)
    w.para("商办资函〔2020〕156号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=1, before=6)
    w.blank(1)
    for t in ("商务部办公厅关于中国（陕西）自由贸易试验区", "开展外商投资企业“一口受理”等试点", "有关问题的复函"):
        title(w, t)
    w.blank(1)
    w.para("陕西省商务厅：", indent=False)
    w.body([
        "你厅《关于中国（陕西）自由贸易试验区开展外商投资管理改革试点有关问题的请示》（陕商发〔2020〕21号）收悉。经研究，现函复如下：",
        "一是同意中国（陕西）自由贸易试验区中心片区、西安国际港务区片区、杨凌示范区片区开展外商投资企业设立、变更“一口受理”试点。外国投资者或者外商投资企业通过企业登记系统提交初始报告、变更报告的，视同已履行外商投资信息报告义务，商务主管部门不再另行要求报送。",
        "二是关于你厅提出的放宽自贸试验区内外商投资性公司设立条件的问题。《外商投资法》施行后，外商投资企业在中国境内投资适用外商投资法和国家有关规定，投资性公司的认定以资产规模和经营业绩为准，具体为：外国投资者资产总额不低于4亿美元，且在中国境内已设立外商投资企业实缴注册资本不低于1000万美元。自贸试验区内暂不另行降低上述标准。",
        "三是支持杨凌示范区片区围绕现代农业领域开展外商投资促进，对“一带一路”沿线国家和地区投资者在片区设立农业科技研发机构的，可按规定享受鼓励类外商投资项目相关政策。四是请你厅指导各片区建立外商投资信息报告数据核查机制，每季度末将试点情况报送商务部外国投资管理司，试点中遇到的重大问题请及时报告。",
        "特此函复。",
    ])
    w.blank(2)
    signature(w, "商务部办公厅", "2020年6月18日")
    w.blank(1)
    w.para("（联系人：外资司　刘晓宁　电话：010-85093417）")
    w.blank(2)
    p = w.para("抄送：陕西省人民政府办公厅，中国（陕西）自由贸易试验区工作办公室，西安海关。", indent=False, line=24)
    border(p, "top", sz=8)
    p = w.para("商务部办公厅　　　　　　　　　二〇二〇年六月十八日印发", indent=False, line=24)
    border(p, "top", sz=4)
    border(p, "bottom", sz=8)
    return save(w, "f_reply_letter")


# ======================================================================= G  实施细则
def doc_g():
    w = Writer(line=25)
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    header_text(sec, "绥芬河片区规范性文件　绥自贸管规〔2020〕3号", align=WD_ALIGN_PARAGRAPH.RIGHT)
    page_footers(w, sec)
    w.blank(1)
    for t in ("中国（黑龙江）自由贸易试验区绥芬河片区", "对俄跨境贸易便利化实施细则"):
        title(w, t)
    w.para([("（2020年7月1日中国（黑龙江）自由贸易试验区绥芬河片区管理委员会印发　绥自贸管规〔2020〕3号）", KT, 14)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6, after=6)

    def chapter(t):
        w.para([(t, HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6, keep=True)

    def art(n, text):
        w.para([(n, HT), ("　" + text, FS)])

    chapter("第一章　总　　则")
    art("第一条", "为促进中国（黑龙江）自由贸易试验区绥芬河片区（以下简称片区）对俄罗斯跨境贸易便利化，根据《中国（黑龙江）自由贸易试验区总体方案》和国家有关规定，结合片区实际，制定本细则。")
    art("第二条", "本细则适用于在片区内登记注册，从事对俄跨境贸易、边民互市贸易、跨境电子商务及相关物流服务的企业和个人。")
    w.para("片区以外的企业通过绥芬河公路口岸、铁路口岸开展对俄贸易的，参照本细则执行。")
    art("第三条", "片区管理委员会（以下简称管委会）负责本细则的组织实施。商务、海关、税务、外汇管理等部门按照各自职责做好相关工作。")
    art("第四条", "跨境贸易便利化遵循以下原则：")
    w.body(["（一）依法监管、风险可控；", "（二）流程简化、信息共享；", "（三）中俄协同、互利共赢。"])
    chapter("第二章　通关便利")
    art("第五条", "片区推行“提前申报、货到放行”通关模式。企业可在货物运抵口岸前向海关提前申报，货物运抵后经海关确认无布控查验指令的，即可放行。")
    w.para("对经认证的经营者（AEO）企业，海关给予降低查验率、优先办理通关手续等便利措施。")
    art("第六条", "对俄出口的果蔬等鲜活农产品实行“绿色通道”，海关在24小时内完成检验检疫手续。")
    art("第七条", "片区依托国际贸易“单一窗口”建设对俄贸易综合服务平台，提供以下服务：")
    w.body(["（一）报关报检、许可证件申领；", "（二）出口退税申报；", "（三）中俄双语贸易信息发布；", "（四）跨境结算和保险服务。"])
    art("第八条", "企业在综合服务平台申报的数据，相关部门应当共享使用，不得要求企业重复提交。")
    chapter("第三章　互市贸易")
    art("第九条", "边民通过互市贸易区进口的生活用品，每人每日免征进口关税和进口环节税的额度为8000元人民币。超出额度的，按规定征收进口关税和进口环节税。")
    art("第十条", "边民可以自愿组建互助组，委托互市贸易落地加工企业收购进口商品。")
    art("第十一条", "互市贸易进口商品落地加工实行分类管理，具体如下表：")
    w.table(["商品类别", "主要品种", "落地加工要求", "监管方式"], [
        ("粮食类", "大豆、小麦、油菜籽", "在片区内完成初加工", "指定企业、全程监控"),
        ("木材类", "原木、板材", "在片区内完成锯材以上深加工", "台账管理"),
        ("水产品类", "冷冻鱼类、蟹类", "在片区内完成分割包装", "检疫准入、批次检验"),
    ], widths=(26, 40, 50, 40))
    w.para("未列入上表的商品，由管委会会同海关另行确定。")
    art("第十二条", "落地加工企业应当建立互市商品收购、加工、销售台账，保存期限不少于3年。")
    chapter("第四章　监督管理")
    art("第十三条", "管委会建立企业信用评价制度，对守信企业在通关、检验、融资等方面给予便利；对失信企业实施联合惩戒。")
    art("第十四条", "企业有下列情形之一的，取消其享受本细则规定便利措施的资格：")
    w.body(["（一）提供虚假材料骗取便利措施的；", "（二）利用互市贸易政策走私或者变相逃避监管的；", "（三）被列入严重违法失信企业名单的。"])
    w.para("前款规定的企业，自取消资格之日起2年内不得重新申请。")
    art("第十五条", "有关部门工作人员在跨境贸易便利化工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。")
    chapter("第五章　附　　则")
    art("第十六条", "本细则所称边民，是指持有边境地区居民身份证明的中国边境地区居民。")
    art("第十七条", "本细则由管委会负责解释。")
    art("第十八条", "本细则自2020年8月1日起施行，有效期3年。")
    w.blank(1)
    w.para([("附录", HT)], indent=False)
    w.para([("名词解释", XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    w.body([
        "1.经认证的经营者（AEO）：指以任何一种方式参与货物国际流通，符合海关总署规定的信用、守法和安全标准的企业。",
        "2.落地加工：指边民互市贸易进口商品由边民或者互助组出售给片区内加工企业，经加工后进入国内市场销售的经营方式。",
        "3.单一窗口：指参与国际贸易和运输的各方通过单一的平台提交标准化的信息和单证，以满足相关法律法规及管理要求的平台。",
    ], bold_items=False)
    w.blank(1)
    w.para([("附表", HT)], indent=False)
    w.para([("对俄跨境贸易便利化事项办理时限表", XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    w.table(["序号", "办理事项", "办理部门", "办理时限"], [
        ("1", "对俄贸易经营者备案", "管委会经济合作局", "1个工作日"),
        ("2", "鲜活农产品出口检验检疫", "绥芬河海关", "24小时"),
        ("3", "互市贸易落地加工企业认定", "管委会经济合作局", "5个工作日"),
        ("4", "出口退税审核", "绥芬河市税务局", "3个工作日"),
        ("5", "跨境人民币结算账户开立", "片区内银行机构", "2个工作日"),
    ], widths=(16, 62, 44, 34))
    return save(w, "g_implementing_rules")


# ======================================================================= H  工作要点
def doc_h():
    w = Writer(line=23)
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    header_text(sec, "中国（广西）自由贸易试验区2020年工作要点")
    page_footers(w, sec)
    add_footnotes(doc, {
        1: "2019年钦州港集装箱进口整体通关时间为42.5小时，出口整体通关时间为3.1小时。",
        2: "2019年西部陆海新通道海铁联运班列开行2243列，同比增长100%。",
    })
    title(w, "中国（广西）自由贸易试验区2020年工作要点", size=20)
    w.para([("广西壮族自治区自由贸易试验区工作领导小组办公室", KT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    w.para([("二〇二〇年四月八日", KT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)

    def runin(head, text, font=KT, bold=True, note=None, tail=""):
        p = w.para([(head, font, w.size, bold), (text, FS)])
        if note:
            footnote_ref(p, note)
            if tail:
                r = p.add_run(tail)
                set_font(r, FS, w.size)
        return p

    w.para("2020年是中国（广西）自由贸易试验区（以下简称广西自贸试验区）全面推进建设的关键之年。为贯彻落实《中国（广西）自由贸易试验区总体方案》，更好服务“一带一路”有机衔接重要门户建设，制定本工作要点。")
    w.para([("一、深化投资领域改革", HT)])
    runin("（一）深化“放管服”改革。", "全面实施外商投资准入前国民待遇加负面清单管理制度，推行“证照分离”改革全覆盖。具体措施如下：")
    runin("1.推行极简审批。", "在南宁片区开展企业投资项目“承诺制”试点，对不新增用地的技改项目实行备案即开工。", font=FS)
    w.para("（1）制定承诺制项目清单，2020年6月底前公布；")
    w.para("（2）建立事中事后监管机制，对承诺不实的企业纳入失信名单。")
    runin("2.优化外商投资服务。", "建立外商投资企业投诉工作机制，推行外资项目“专班+专员”服务。", font=FS)
    runin("（二）扩大重点领域开放。", "支持在钦州港片区开展国际航行船舶保税加油业务，支持崇左片区建设中国—东盟跨境产业合作示范园区。")
    w.para([("二、提升贸易便利化水平", HT)])
    runin("（三）推进贸易便利化。", "在钦州港片区实施进口货物“船边直提”和出口货物“抵港直装”，推动钦州港集装箱进出口整体通关时间比2019年压缩20%以上",
          note=1, tail="。重点做好以下工作：")
    runin("1.建设国际贸易“单一窗口”升级版。", "", font=FS)
    w.para("（1）拓展“单一窗口”服务功能：")
    w.para("①上线中国—东盟贸易数据交换功能，实现与东盟国家原产地证书电子数据交换；")
    w.para("②开通船舶通关“一单多报”功能；")
    w.para("③推广金融保险、出口退税等地方特色应用。")
    runin("2.创新边境贸易监管。", "在崇左片区凭祥、东兴等口岸推行边民互市贸易“互市+加工”模式，2020年互市商品落地加工量达到50万吨。", font=FS)
    runin("（四）做大西部陆海新通道。", "推动北部湾港与重庆、四川、贵州等西部省份开通海铁联运班列，全年开行海铁联运班列4000列以上",
          note=2, tail="；加密钦州港至东盟国家集装箱航线。")
    w.para([("三、推进金融开放创新", HT)])
    runin("（五）扩大人民币跨境使用。", "支持南宁片区建设面向东盟的金融开放门户核心区，开展跨境人民币贷款、跨境双向人民币资金池等业务。")
    runin("（六）发展特色金融。", "在南宁片区试点开展中国—东盟跨境征信合作，探索东盟国家货币对人民币直接汇率挂牌交易。")
    w.para([("四、强化组织保障", HT)])
    runin("（七）压实责任。", "各片区管委会是建设主体，要对照本要点制定年度任务清单（见附件），明确责任单位和完成时限。")
    runin("（八）加强考核。", "自治区自贸办每季度通报各片区建设进展，年底开展绩效评估。")
    w.blank(1)
    w.para("附件：中国（广西）自由贸易试验区2020年重点任务清单")

    # 附件: a "table" typed as text, columns aligned with spaces (no ruled borders), over two pages
    w.para([("附件", HT)], indent=False, page_break=True)
    w.para([("中国（广西）自由贸易试验区2020年重点任务清单", XBS, 18)], align=WD_ALIGN_PARAGRAPH.CENTER,
           indent=False, line=30, after=6)

    def width(s):
        return sum(0.5 if ord(ch) < 128 else 1 for ch in s)

    def pad(s, n):
        gap = n - width(s)
        full, half = int(gap), (gap - int(gap)) > 0
        return s + ("　" * full) + (" " if half else "")

    cols = (3, 16, 9, 7)

    def line(*cells, font=FS, bold=False):
        txt = "".join(pad(c, n) for c, n in zip(cells[:-1], cols[:-1], strict=False)) + cells[-1]
        w.para([(txt, font, 12, bold)], indent=False, line=20)

    line("序号", "重点任务", "责任单位", "完成时限", font=HT)
    groups = {
        "一、投资领域": [
            ("公布企业投资项目承诺制清单", "南宁片区管委会", "2020年6月"),
            ("推行“证照分离”改革全覆盖", "自治区市场监管局", "2020年12月"),
            ("建立外商投资企业投诉机制", "自治区商务厅", "2020年5月"),
            ("外资项目“专班+专员”服务", "各片区管委会", "2020年6月"),
            ("开展工业用地“标准地”出让", "自治区自然资源厅", "2020年9月"),
            ("编制片区产业招商地图", "各片区管委会", "2020年7月"),
            ("设立东盟投资服务中心", "南宁片区管委会", "2020年10月"),
            ("推行企业开办“一日办结”", "自治区市场监管局", "2020年6月"),
            ("开展工程建设项目审批改革", "自治区住房城乡建设厅", "2020年12月"),
            ("建立重大项目用地保障机制", "自治区自然资源厅", "2020年8月"),
        ],
        "二、贸易领域": [
            ("上线中国—东盟贸易数据交换", "自治区商务厅", "2020年6月"),
            ("开通船舶通关“一单多报”", "南宁海关", "2020年9月"),
            ("推广“船边直提”“抵港直装”", "钦州海关", "2020年5月"),
            ("推行“互市+加工”模式", "崇左片区管委会", "2020年12月"),
            ("开展国际航行船舶保税加油", "钦州港片区管委会", "2020年10月"),
            ("申报跨境电商零售进口试点", "自治区商务厅", "2020年9月"),
            ("建设钦州港冷链物流中心", "钦州港片区管委会", "2020年12月"),
            ("加密钦州港东盟集装箱航线", "北部湾港集团", "2020年12月"),
            ("开行海铁联运班列4000列", "自治区交通运输厅", "2020年12月"),
            ("建设凭祥综合保税区二期", "崇左片区管委会", "2020年11月"),
            ("推进东兴口岸通关设施改造", "防城港市政府", "2020年10月"),
            ("开展汽车平行进口试点", "自治区商务厅", "2020年9月"),
            ("建设中越跨境物流信息平台", "崇左片区管委会", "2020年12月"),
            ("推行进口货物“两步申报”", "南宁海关", "2020年6月"),
            ("建立国际贸易风险预警机制", "自治区商务厅", "2020年8月"),
        ],
        "三、金融领域": [
            ("开展跨境人民币贷款业务", "人民银行南宁中心支行", "2020年9月"),
            ("开展跨境双向人民币资金池", "人民银行南宁中心支行", "2020年10月"),
            ("开展中国—东盟跨境征信合作", "南宁片区管委会", "2020年12月"),
            ("推动东盟货币直接挂牌交易", "广西银保监局", "2020年12月"),
            ("设立自贸试验区产业基金", "自治区财政厅", "2020年8月"),
            ("开展出口信用保险保单融资", "中国信保广西分公司", "2020年7月"),
            ("建设金融开放门户核心区", "南宁片区管委会", "2020年12月"),
            ("开展合格境外有限合伙人试点", "自治区地方金融监管局", "2020年11月"),
        ],
        "四、保障措施": [
            ("制定片区年度任务清单", "各片区管委会", "2020年5月"),
            ("建立季度通报制度", "自治区自贸办", "2020年4月"),
            ("开展年度绩效评估", "自治区自贸办", "2020年12月"),
            ("编印制度创新案例汇编", "自治区自贸办", "2020年11月"),
            ("开展自贸试验区政策宣讲", "各片区管委会", "2020年6月"),
        ],
    }
    n = 0
    for g, rows in groups.items():
        line(g, "", "", "", font=HT) if False else w.para([(g, HT, 12)], indent=False, line=20)
        for task, unit, when in rows:
            n += 1
            line(str(n), task, unit, when)
    return save(w, "h_work_points")


# ======================================================================= I  政策问答
def doc_i():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    header_text(sec, "重庆市人民政府口岸和物流办公室　政策解读", align=WD_ALIGN_PARAGRAPH.LEFT)
    page_footers(w, sec)
    for t in ("《重庆市推进西部陆海新通道建设", "若干政策措施》政策问答"):
        title(w, t)
    w.para([("来源：重庆市人民政府口岸和物流办公室　　发布日期：2020年5月12日", KT, 14)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
    w.para("为便于社会各界准确理解和把握《重庆市推进西部陆海新通道建设若干政策措施》（渝府办发〔2020〕41号，以下简称《政策措施》），现就有关问题解答如下。")
    w.para([("一、《政策措施》出台的背景是什么？", HT)])
    w.para("西部陆海新通道是深化陆海双向开放、推进“一带一路”建设的重要举措。2019年8月，国家发展改革委印发《西部陆海新通道总体规划》，明确重庆为通道物流和运营组织中心。")
    w.para("为加快建设内陆开放高地，发挥中国（重庆）自由贸易试验区的制度创新优势，市政府出台了《政策措施》，从班列运营补贴、物流枢纽建设、通关便利化、金融支持四个方面提出了18条具体措施。")
    w.para([("二、《政策措施》的适用对象有哪些？", HT)])
    w.para("在重庆市内注册、依托西部陆海新通道开展国际物流、贸易及相关业务的企业，包括物流运营企业、货运代理企业和外贸企业等。中国（重庆）自由贸易试验区内企业同等适用，并可叠加享受自贸试验区相关支持政策。")
    w.para([("三、企业开行铁海联运班列可以获得哪些补贴？", HT)])
    w.para("《政策措施》对铁海联运班列给予分段补贴：")
    w.para("（一）去程班列按照每标箱（TEU）1500元给予运费补贴；")
    w.para("（二）回程班列按照每标箱2000元给予运费补贴；")
    w.para("（三）同一企业年度补贴总额不超过3000万元。")
    w.para("补贴资金由市财政和中国（重庆）自由贸易试验区两江片区按1:1比例分担。")
    w.para([("四、其他常见问题", HT)])
    w.para([("问：", HT), ("跨境公路班车是否也能享受补贴？", KT)])
    w.para([("答：", HT), ("可以。企业开行重庆至东盟国家的跨境公路班车（如重庆—越南河内、重庆—老挝万象线路），按照每车次3000元给予补贴，单车运输货值不低于20万元。", FS)])
    w.para([("问：", HT), ("申请补贴需要提交哪些材料？", KT)])
    w.para([("答：", HT), ("企业应当于每季度结束后15个工作日内，通过“渝快办”平台提交以下材料：", FS)])
    w.para("1.补贴申请表；")
    w.para("2.班列（班车）运单及报关单复印件；")
    w.para("3.运费结算发票。")
    w.para("市口岸物流办会同市财政局在收到材料后20个工作日内完成审核并拨付资金。")
    w.para([("问：", HT), ("外地企业在重庆设立的分公司开展通道业务，能否申请补贴？", KT),
            ("答：", HT), ("分公司具备独立核算条件、在重庆依法纳税的，可以申请；不具备独立核算条件的，由其总公司在重庆设立的子公司申请。", FS)])
    w.para([("问：", HT), ("政策有效期是多长？", KT)])
    w.para([("答：", HT), ("《政策措施》自2020年5月1日起施行，有效期至2022年12月31日。2020年1月1日至4月30日期间开行的班列，可参照执行。", FS)])
    w.blank(1)
    w.para("咨询电话：023-63891275（市口岸物流办通道处）")
    return save(w, "i_policy_qa")


def to_pdf(docx: Path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(PDF_DIR), str(docx)],
                   check=True, capture_output=True)


if __name__ == "__main__":
    for f in (doc_e, doc_f, doc_g, doc_h, doc_i):
        p = f()
        to_pdf(p)
        print("made", p.name)
