"""Generate 4 fictional but realistic Chinese government documents (DOCX + PDF).

A  粤府办〔2019〕12号  red-header 通知, 份号/特急 top-left, 3-paragraph title, 一、（一）1.（1）,
   附件 on a new page with a 任务分工表 (merged category rows, repeated header row),
   版记 as bordered paragraphs, odd/even page numbers (right/left), no page header.
B  海南省人民政府令第235号  令 wrapper (red 令 head, 第235号, 省长 signature) then a
   regulation with 第一章/第一条, long articles; page header from page 2, centred footer.
C  云商贸〔2019〕45号  上行文 报告: 密级/紧急 top-left, 文号 left + 签发人 right on one line,
   two-paragraph title, a statistics table in the body, Word auto-numbered list (List Number),
   signature/date placed with full-width spaces, date in Chinese numerals, 附注 联系人,
   附件1 and 附件2 on new pages, 版记 as a borderless-sides table, header carrying the 文号.
D  川府发〔2019〕7号 + 川办函〔2019〕42号  gazette pages (四川省人民政府公报): one-column title
   band, continuous section break into two columns, then a second gazette item with its own
   one-column title band on the same page; gazette header and "· 15 ·" footers from 15.
Round 2 additions: A title as one paragraph with Shift+Enter breaks, （此页无正文） page,
   landscape 附件 section with a two-page table (repeated header, vertically merged cells,
   two-paragraph cells), 版记 on its own portrait page; B title with a soft break, 第五条 items
   as Word auto-numbering （一）…（五）; C two-row table header with spans, a 注 under the table,
   half-width "(三)", "1．" full-width dots, signature+date in one paragraph.
"""
# ruff: noqa: E501  (the documents' own paragraphs, one string each)
from __future__ import annotations

import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent  # the DOCX and the PDF LibreOffice makes of it, side by side
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


# ======================================================================= A
def doc_a():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    w.footer_page(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    w.footer_page(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    w.para([("000086", HT)], indent=False)
    w.para([("特急", HT)], indent=False)
    w.blank(1)
    w.para([("广东省人民政府办公厅文件", XBS, 36, False, RED, 78)], align=WD_ALIGN_PARAGRAPH.CENTER,
           indent=False, line=50)
    w.blank(2)
    w.para("粤府办〔2019〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.red_rule()
    w.blank(1)
    # one title paragraph broken with Shift+Enter line breaks
    w.para([("广东省人民政府办公厅关于进一步推进\n中国（广东）自由贸易试验区贸易投资\n便利化改革创新的通知", XBS, 22)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    w.blank(1)
    w.para("各地级以上市人民政府，省政府各部门、各直属机构：", indent=False)
    w.body([
        "为深入贯彻落实《国务院关于印发进一步深化中国（广东）自由贸易试验区改革开放方案的通知》（国发〔2018〕13号）精神，对标国际先进规则，进一步提升中国（广东）自由贸易试验区（以下简称广东自贸试验区）贸易投资便利化水平，推动形成全面开放新格局，经省人民政府同意，现就有关事项通知如下：",
        "#一、总体要求",
        "以习近平新时代中国特色社会主义思想为指导，坚持以制度创新为核心，以可复制可推广为基本要求，聚焦投资自由化、贸易便利化、金融国际化和行政管理简约化，加快建设粤港澳大湾区合作示范区、“一带一路”建设重要枢纽和国际化法治化营商环境示范区。到2020年，广东自贸试验区累计形成制度创新成果超过600项，向全省复制推广的改革经验不少于100项，外商投资企业设立备案平均办理时间压缩至1个工作日以内，进出口货物整体通关时间比2017年压缩一半。",
        "#二、主要任务",
        "##（一）深化投资管理体制改革。",
        "1.全面落实外商投资准入前国民待遇加负面清单管理制度。对负面清单之外的领域，按照内外资一致原则管理，外商投资企业设立及变更一律实行备案管理。在南沙、前海蛇口、横琴三个片区开展“证照分离”改革全覆盖试点，对涉企经营许可事项分别采取直接取消审批、审批改为备案、实行告知承诺、优化准入服务等方式分类推进改革，2019年6月底前实现片区内涉企经营许可事项全覆盖。",
        "2.推行商事登记确认制。企业设立、变更、注销登记实行“一网通办”，申请人通过广东政务服务网提交材料，登记机关对申请材料实行形式审查，符合条件的当场予以确认。具体包括：",
        "（1）在横琴片区试行港澳投资者商事登记“跨境通办”，港澳投资者可通过港澳地区指定银行网点远程办理企业登记；",
        "（2）在前海蛇口片区推行企业名称自主申报，除涉及前置审批事项外，企业名称不再实行预先核准；",
        "（3）在南沙片区开展简易注销改革，未开业企业和无债权债务企业可通过公告方式办理注销登记，公告时间由45天压缩至20天。",
        "##（二）推进贸易监管方式创新。",
        "1.建设国际贸易“单一窗口”升级版。将“单一窗口”功能覆盖至海关特殊监管区域和跨境电子商务综合试验区等相关区域，实现货物申报、运输工具申报、舱单申报等主要业务应用率达到100%。推动与香港、澳门及“一带一路”沿线国家和地区“单一窗口”互联互通，开展原产地证书、检验检疫证书等电子数据联网核查。",
        "2.创新货物贸易监管模式。对进出境货物实施“先放后检”“两段准入”监管，对符合条件的企业实行汇总征税、自报自缴。海关特殊监管区域内企业开展保税维修、保税再制造业务，实行“一次备案、多次使用”的管理方式，货物进出区时间压缩三分之一以上。",
        "##（三）深化金融领域开放创新。",
        "1.支持开展跨境人民币业务创新。区内企业可按规定开展跨境人民币双向资金池业务，境外母公司可在境内发行人民币债券，募集资金可在区内使用。",
        "2.推动跨境投融资便利化。在南沙、前海蛇口、横琴片区开展合格境外有限合伙人（QFLP）试点，试点企业可以外汇资金直接开展境内股权投资，单家试点企业投资额度原则上不超过等值10亿美元。",
        "#三、保障措施",
        "（一）加强组织领导。省自由贸易试验区工作领导小组办公室（设在省商务厅，以下简称省自贸办）负责统筹协调，各片区管委会要切实履行主体责任，细化工作方案，明确时间表和路线图，确保各项任务落地见效。",
        "（二）强化督查评估。省自贸办会同有关单位建立任务台账，每季度开展一次督查，年底开展第三方评估，评估结果作为片区年度考核的重要依据。各牵头单位于每季度结束后10个工作日内将工作进展情况报送省自贸办。",
        "（三）做好复制推广。对实践证明行之有效的改革试点经验，由省自贸办按程序报省人民政府同意后在全省范围内复制推广。",
    ])
    w.blank(1)
    w.para("附件：广东自贸试验区贸易投资便利化改革创新任务分工表")
    # the office pushed the signature to a new page and marked the page
    w.para("（此页无正文）", page_break=True)
    w.blank(4)
    w.para("广东省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    w.para("2019年3月5日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    w.blank(1)
    w.para("（此件公开发布）")

    # 附件 in a landscape section; long table over two pages, repeated header row,
    # vertically merged 牵头单位 / 完成时限 cells, two-paragraph cells
    land = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(land)
    w.para([("附件", HT)], indent=False)
    w.para([("广东自贸试验区贸易投资便利化改革创新任务分工表", XBS, 20)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=8)
    rows = [
        "§一、投资管理体制改革",
        ("1", "在南沙、前海蛇口、横琴片区开展“证照分离”改革全覆盖试点，对涉企经营许可事项实行直接取消审批、审批改为备案、实行告知承诺、优化准入服务四种方式分类管理", "省市场监管局\n省商务厅", "2019年6月底前"),
        ("2", "在横琴片区试行港澳投资者商事登记“跨境通办”，通过港澳地区指定银行网点远程办理企业登记", "横琴片区管委会", "2019年9月底前"),
        ("3", "在前海蛇口片区推行企业名称自主申报，除涉及前置审批事项外不再实行预先核准", "前海蛇口片区管委会", ""),
        ("4", "在南沙片区开展简易注销改革，公告时间由45天压缩至20天", "南沙片区管委会", "2019年12月底前"),
        ("5", "外商投资企业设立及变更一律实行备案管理，备案平均办理时间压缩至1个工作日以内", "省商务厅", ""),
        "§二、贸易监管方式创新",
        ("6", "建设国际贸易“单一窗口”升级版，覆盖海关特殊监管区域和跨境电子商务综合试验区，主要业务应用率达到100%", "省商务厅（省口岸办）\n海关总署广东分署", "2019年12月底前"),
        ("7", "推动与香港、澳门及“一带一路”沿线国家和地区“单一窗口”互联互通，开展原产地证书、检验检疫证书电子数据联网核查", "", "2020年6月底前"),
        ("8", "对进出境货物实施“先放后检”“两段准入”监管，对符合条件的企业实行汇总征税、自报自缴", "海关总署广东分署", "持续推进"),
        ("9", "开展保税维修、保税再制造业务，实行“一次备案、多次使用”，货物进出区时间压缩三分之一以上", "", ""),
        ("10", "进出口货物整体通关时间比2017年压缩一半", "", "2020年12月底前"),
        "§三、金融领域开放创新",
        ("11", "区内企业开展跨境人民币双向资金池业务", "人民银行广州分行", "2019年12月底前"),
        ("12", "支持境外母公司在境内发行人民币债券，募集资金可在区内使用", "", ""),
        ("13", "开展合格境外有限合伙人（QFLP）试点，单家试点企业投资额度原则上不超过等值10亿美元", "省地方金融监管局\n广东证监局", "2019年12月底前"),
        "§四、保障措施",
        ("14", "建立任务台账，每季度开展一次督查，年底开展第三方评估", "省商务厅（省自贸办）", "每年12月底前"),
        ("15", "各牵头单位于每季度结束后10个工作日内报送工作进展情况", "各牵头单位", "每季度"),
        ("16", "对行之有效的改革试点经验按程序报省人民政府同意后在全省复制推广", "省商务厅（省自贸办）", "持续推进"),
    ]
    t = w.table(["序号", "工作任务", "牵头单位", "完成时限"], rows, widths=[16, 130, 50, 30], size=12)
    # rows are 1-based after the header; merge 牵头单位/完成时限 where an office would
    vmerge(t, 3, 3, 4)      # 2,3 share 2019年9月底前
    vmerge(t, 3, 5, 6)      # 4,5 share 2019年12月底前
    vmerge(t, 2, 8, 9)      # 6,7 share 牵头单位
    vmerge(t, 2, 10, 12)    # 8-10 海关总署广东分署
    vmerge(t, 3, 10, 11)    # 8,9 持续推进
    vmerge(t, 2, 14, 15)    # 11,12 人民银行广州分行
    vmerge(t, 3, 14, 15)

    # 版记 on a portrait last page
    last = doc.add_section(WD_SECTION.NEW_PAGE)
    gongwen_page(last)
    from docx.enum.section import WD_ORIENT
    last.orientation = WD_ORIENT.PORTRAIT
    w.blank(14)
    p = w.para([("抄送：省委有关部委办，省人大常委会办公厅，省政协办公厅，省纪委监委办公厅，南部战区，省军区，省法院，省检察院，中直驻粤有关单位。", FS, 14)],
               indent=False, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", sz=8, space=4)
    border(p, "bottom", sz=4, space=4)
    p = w.para([("广东省人民政府办公厅秘书处\t2019年3月6日印发", FS, 14)], indent=False, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", sz=8, space=4)
    return w.save("a_notice_task_table")


# ======================================================================= B
def doc_b():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(hp.add_run("海南省人民政府规章"), ST, 10.5)
    border(hp, "bottom", sz=6)
    w.footer_page(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    w.footer_page(sec.first_page_footer, WD_ALIGN_PARAGRAPH.CENTER)

    w.blank(2)
    w.para([("海南省人民政府令", XBS, 48, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    w.blank(1)
    w.para("第235号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.red_rule()
    w.blank(1)
    w.para("《中国（海南）自由贸易试验区国际贸易“单一窗口”管理办法》已经2019年5月10日七届省人民政府第38次常务会议审议通过，现予公布，自2019年7月1日起施行。")
    w.blank(2)
    w.para("省长　王志远", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    w.para("2019年5月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)

    w.blank(2)
    w.para([("中国（海南）自由贸易试验区国际贸易\n“单一窗口”管理办法", XBS, 22)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    w.blank(1)

    def chapter(t):
        w.para([(t, HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6, keep=True)

    def art(label, text, *more):
        w.para([(label, HT), ("　" + text, FS)])
        for m in more:
            w.para(m)

    chapter("第一章　总　则")
    art("第一条", "为了规范中国（海南）自由贸易试验区国际贸易“单一窗口”（以下简称“单一窗口”）的建设、运行和管理，提升跨境贸易便利化水平，推动海南自由贸易港建设，根据《中华人民共和国海关法》《中华人民共和国电子签名法》等法律、行政法规，结合本省实际，制定本办法。")
    art("第二条", "本办法适用于中国（海南）自由贸易试验区（以下简称自贸试验区）内“单一窗口”的建设、运行、使用及相关管理活动。",
        "本办法所称“单一窗口”，是指参与国际贸易和运输的企业通过一个平台一次性提交满足口岸管理和国际贸易相关部门要求的标准化单证和电子信息，相关部门通过该平台反馈处理结果的信息化系统。")
    art("第三条", "省人民政府口岸管理部门（以下简称省口岸管理部门）负责“单一窗口”的统筹规划、组织建设和运行管理。",
        "海关、海事、边检等口岸查验单位以及商务、税务、外汇、交通运输、市场监督管理等部门按照各自职责，做好“单一窗口”相关业务的对接、办理和数据共享工作。",
        "市、县、自治县人民政府应当支持本行政区域内口岸和相关场所接入“单一窗口”。")
    art("第四条", "“单一窗口”建设和管理遵循统一规划、共建共享、安全可控、便民高效的原则。")
    chapter("第二章　建设与运行")
    art("第五条", "省口岸管理部门应当按照国家标准版“单一窗口”的技术规范，建设具有海南特色的地方应用功能，主要包括：")
    # items typed with Word automatic numbering （一）（二）… (chineseCounting), not as text
    nid = chinese_numbering(doc)
    for t in ("货物进出口、运输工具进出境、舱单申报等口岸通关功能；",
              "进出口许可证件申领、原产地证书申领、出口退税申报等贸易管理功能；",
              "跨境结算、出口信用保险、国际物流查询等贸易服务功能；",
              "游艇、邮轮进出境申报及船员、旅客边检手续办理功能；",
              "国家和本省规定的其他功能。"):
        p = w.para(t, indent=False)
        set_num(p, nid)
    art("第六条", "省口岸管理部门应当会同相关部门建立“单一窗口”数据标准体系，统一数据元、数据格式和报文规范。相关部门已经建设的业务系统应当按照统一标准与“单一窗口”对接，原则上不再另行建设面向企业的申报系统；确需保留的，应当与“单一窗口”实现数据共享和单点登录，避免企业重复录入、重复申报。省口岸管理部门应当定期组织对接入情况进行检查，对未按照要求对接或者对接后数据质量不符合标准的，书面通知相关部门限期整改，并将整改情况纳入年度口岸工作考核。")
    art("第七条", "“单一窗口”运行维护单位应当建立全天候运行保障机制，确保系统每日二十四小时不间断运行。因系统升级等原因需要暂停服务的，应当提前三个工作日通过“单一窗口”门户网站向社会公告；因突发故障造成服务中断的，应当立即启动应急预案，采取人工受理、纸质单证放行等替代措施保障通关，并在故障排除后二十四小时内向省口岸管理部门书面报告故障原因和处置情况。")
    chapter("第三章　申报与办理")
    art("第八条", "企业、个人可以通过“单一窗口”办理进出口货物申报、运输工具申报、许可证件申领等业务。通过“单一窗口”提交的电子数据与纸质单证具有同等法律效力，法律、行政法规另有规定的除外。")
    art("第九条", "企业首次使用“单一窗口”的，应当按照规定办理用户注册，并对所提交信息的真实性、准确性和完整性负责。已在海关、商务等部门办理备案的企业，其备案信息通过“单一窗口”共享的，不再重复提交。")
    art("第十条", "相关部门应当在承诺时限内通过“单一窗口”反馈办理结果。对申报材料齐全、符合法定形式的，应当即时受理；对申报材料不齐全或者不符合法定形式的，应当一次性告知需要补正的全部内容。")
    art("第十一条", "通过“单一窗口”办理货物申报、运输工具申报等基本功能业务，不收取任何费用。“单一窗口”运行维护单位提供增值服务的，应当公开服务内容和收费标准，由企业自愿选择，不得强制或者变相强制企业接受有偿服务。")
    chapter("第四章　数据管理与安全")
    art("第十二条", "省口岸管理部门应当建立“单一窗口”数据共享目录，明确共享数据的范围、方式和使用权限。相关部门应当按照目录向“单一窗口”提供数据，并可以在职责范围内使用“单一窗口”共享数据开展风险分析、监管执法和统计分析，但不得用于与履行职责无关的活动。")
    art("第十三条", "“单一窗口”运行维护单位应当落实网络安全等级保护制度，采取数据加密、访问控制、安全审计等技术措施，防止数据泄露、篡改和丢失。涉及国家秘密的数据，按照国家有关保密规定管理。",
        "任何单位和个人不得非法获取、使用、出售或者向他人提供通过“单一窗口”获得的企业商业秘密和个人信息。")
    art("第十四条", "支持“单一窗口”与“一带一路”沿线国家和地区以及东盟国家的国际贸易单一窗口开展合作，在原产地证书、电子检验检疫证书、船舶离港许可等领域推进数据交换和互认。跨境传输数据的，应当遵守国家数据出境安全管理的有关规定。")
    chapter("第五章　法律责任")
    art("第十五条", "企业通过“单一窗口”提交虚假信息的，由相关部门依照有关法律、法规的规定处理，并按照规定纳入公共信用信息平台，实施联合惩戒。")
    art("第十六条", "相关部门及其工作人员在“单一窗口”建设、运行和管理工作中玩忽职守、滥用职权、徇私舞弊的，由有权机关对直接负责的主管人员和其他直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任。")
    chapter("第六章　附　则")
    art("第十七条", "洋浦经济开发区、海口综合保税区等海关特殊监管区域内“单一窗口”的建设和管理，参照本办法执行。")
    art("第十八条", "本办法自2019年7月1日起施行。2016年8月1日起施行的《海南省电子口岸管理暂行办法》同时废止。")
    return w.save("b_decree_regulation")


# ======================================================================= C
def doc_c():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("云南省商务厅　云商贸〔2019〕45号"), ST, 9)
    border(hp, "bottom", sz=4)
    w.footer_page(sec.footer, WD_ALIGN_PARAGRAPH.CENTER, fmt=("- ", " -"))

    w.para([("秘密★1年", HT)], indent=False)
    w.para([("加急", HT)], indent=False)
    w.blank(1)
    w.para([("云南省商务厅文件", XBS, 42, False, RED, 90)], align=WD_ALIGN_PARAGRAPH.CENTER,
           indent=False, line=56)
    w.blank(2)
    p = w.para([("云商贸〔2019〕45号", FS), ("\t签发人：", FS), ("赵明华", KT)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    w.red_rule()
    w.blank(1)
    for t in ("云南省商务厅关于中国（云南）自由贸易", "试验区建设进展情况的报告"):
        w.para([(t, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    w.blank(1)
    w.para("商务部：", indent=False)
    w.body([
        "根据《商务部办公厅关于报送自由贸易试验区建设进展情况的通知》要求，现将中国（云南）自由贸易试验区（以下简称云南自贸试验区）挂牌以来建设进展情况报告如下：",
        "#一、主要进展",
        "（一）制度创新取得积极成效。自2019年8月30日挂牌以来，云南自贸试验区昆明、红河、德宏三个片区对照总体方案确定的98项改革试点任务，已启动实施87项，启动率88.8%。昆明片区推出“企业开办一日办结”，红河片区探索河口—老街跨境经济合作区“两国一检”查验模式，德宏片区试行中缅边民互市商品落地加工“互市+加工”模式，首批形成制度创新案例12个（详见附件1）。",
        "（二）市场主体加快集聚。挂牌以来至10月31日，三个片区新设企业4237户，注册资本总额312.6亿元，其中新设外商投资企业38户，实际利用外资1.27亿美元。主要指标完成情况见表1。",
    ])
    w.para([("表1　云南自贸试验区主要指标完成情况（截至2019年10月31日）", HT, 14)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    # two-level header: 片区 and 进出口总额 span both header rows; 新设企业 / 外商投资 span 2 columns
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    def cell_text(c, text, font=FS, size=12):
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(c.paragraphs[0].add_run(text), font, size)
    a = t.cell(0, 0).merge(t.cell(1, 0))
    cell_text(a, "片区", HT)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    cell_text(b, "新设企业", HT)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    cell_text(c, "其中：外商投资企业", HT)
    d = t.cell(0, 5).merge(t.cell(1, 5))
    cell_text(d, "进出口总额\n（亿元）".replace("\n", ""), HT)
    for i, h in enumerate(("户数", "注册资本（亿元）", "户数", "实际利用外资（亿美元）"), start=1):
        cell_text(t.cell(1, i), h, HT, 10.5)
    for tr in t.rows[:2]:
        tr._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for row in (("昆明片区", "2951", "236.4", "27", "0.86", "98.3"),
                ("红河片区", "703", "41.5", "5", "0.21", "61.7"),
                ("德宏片区", "583", "34.7", "6", "0.20", "45.2"),
                ("合计", "4237", "312.6", "38", "1.27", "205.2")):
        cells = t.add_row().cells
        for cc, v in zip(cells, row, strict=False):
            cell_text(cc, v)
    w.para([("注：新设企业数据来源于云南省市场监督管理局，进出口数据来源于昆明海关。", FS, 12)], indent=False, before=2)
    w.blank(1)
    w.body([
        "(三)面向南亚东南亚辐射中心建设有序推进。依托中老铁路、中缅陆水联运通道和昆明长水国际机场，昆明片区加快建设国际陆港和航空物流园，开通昆明至万象、曼谷、仰光等冷链物流专线6条；红河片区推动河口口岸扩大开放，河口公路口岸货运通道日通关能力提升至1500车次；德宏片区推进瑞丽国际陆港和畹町口岸建设，开展缅甸籍边民务工管理服务改革试点，累计为2.3万名缅籍务工人员办理跨境务工证。澜湄合作、孟中印缅经济走廊框架下的经贸交流更加活跃，1—10月三个片区对南亚东南亚国家进出口额同比增长21.4%。",
        "#二、存在的问题",
        "一是部分改革事项需要国家部委授权或者调整有关法规，片区层面难以推动；二是三个片区产业基础和开放条件差异较大，协同联动机制有待完善；三是专业人才不足，特别是熟悉国际经贸规则、跨境金融和边境贸易的复合型人才较为缺乏。",
        "#三、下一步工作打算",
    ])
    for t in ("加快推进剩余改革试点任务。对尚未启动的11项任务逐项明确责任单位和时间节点，力争2019年底前全部启动实施。",
              "深化沿边跨境合作。推动中国（德宏）—缅甸（木姐）、中国（河口）—越南（老街）跨境经济合作区建设，探索跨境劳务合作、跨境人民币结算和跨境保险等创新业务。",
              "强化制度创新总结评估。建立制度创新案例培育、评估和推广机制，每半年形成一批可复制可推广的经验，报省人民政府同意后在全省复制推广。"):
        p = w.para(t)
        p.style = doc.styles["List Number"]
    w.body([
        "#四、有关建议",
        "（一）支持开展边民互市进口商品落地加工试点。恳请商务部支持云南自贸试验区德宏、红河片区开展边民互市进口商品落地加工试点，将边民互市贸易进口商品范围扩大至坚果、水果、水产品和中药材等品类。",
        "（二）支持设立综合保税区。恳请商务部协调海关总署，支持在德宏片区瑞丽市设立综合保税区，在昆明片区扩大昆明综合保税区规划面积。",
        "特此报告。",
    ])
    w.blank(1)
    p = w.para("附件：1.云南自贸试验区首批制度创新案例清单")
    w.para("　　　　　2.云南自贸试验区改革试点任务推进情况表", indent=False)
    w.blank(3)
    # signature and date in ONE paragraph, placed with full-width spaces and a Shift+Enter break
    w.para("　　　　　　　　　　　　　　　　云南省商务厅\n　　　　　　　　　　　　　　二〇一九年十一月二十日", indent=False)
    w.blank(1)
    w.para("（联系人：张丽；联系电话：0871-63112345）")

    w.para([("附件1", HT)], indent=False, page_break=True)
    w.blank(1)
    w.para([("云南自贸试验区首批制度创新案例清单", XBS, 20)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    w.blank(1)
    w.body([
        "1．企业开办一日办结。昆明片区整合企业登记、公章刻制、申领发票、社保登记等环节，实行“一表申请、一窗发放”，企业开办时间由5个工作日压缩至1个工作日。",
        "2．跨境经济合作区“两国一检”。红河片区与越南老街省协商，在河口—老街跨境经济合作区对进出境货物实行一次查验、结果互认，货物通关时间平均缩短40%。",
        "3．“互市+加工”模式。德宏片区允许边民互市进口商品在片区内落地加工，加工产品可在国内市场销售，带动边民增收和沿边产业发展。",
        "4．跨境务工“一站式”服务。德宏片区在瑞丽设立外籍人员服务中心，为缅甸籍务工人员集中办理入境、体检、居留、务工等手续，办理时间由15天压缩至3天。",
    ])
    w.para([("附件2", HT)], indent=False, page_break=True)
    w.blank(1)
    w.para([("云南自贸试验区改革试点任务推进情况表", XBS, 20)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    w.blank(1)
    w.table(["序号", "改革任务", "责任单位", "进展情况"], [
        ("1", "推进国际贸易“单一窗口”建设", "省商务厅、昆明海关", "已完成"),
        ("2", "开展跨境人民币结算创新业务", "人民银行昆明中心支行", "推进中"),
        ("3", "建设中缅、中越跨境经济合作区", "德宏州、红河州人民政府", "推进中"),
        ("4", "推进边民互市进口商品落地加工", "德宏片区、红河片区管委会", "待国家授权"),
        ("5", "建设面向南亚东南亚的国际物流枢纽", "昆明片区管委会、省交通运输厅", "推进中"),
    ], widths=[12, 70, 50, 28], size=10.5)
    w.blank(3)
    # 版记 as a table: only top/bottom/inside-horizontal borders
    t = doc.add_table(rows=2, cols=1)
    tblpr = t._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for side, sz in (("top", 12), ("bottom", 12), ("insideH", 4)):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        bd.append(e)
    for side in ("left", "right", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        bd.append(e)
    tblpr.append(bd)
    set_font(t.cell(0, 0).paragraphs[0].add_run("抄送：云南省人民政府办公厅，云南省自由贸易试验区工作领导小组办公室。"), FS, 14)
    p = t.cell(1, 0).paragraphs[0]
    p.paragraph_format.tab_stops.add_tab_stop(Mm(148), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run("云南省商务厅办公室\t2019年11月21日印发"), FS, 14)
    return w.save("c_report_statistics")


# ======================================================================= D
def doc_d():
    w = Writer(size=12, line=20)
    doc = w.doc
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    sec.left_margin = sec.right_margin = Mm(20)
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "15")
    sec._sectPr.append(pg)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT)
    set_font(hp.add_run("四川省人民政府公报　2019年第12期（总第586期）\t省政府文件"), ST, 9)
    border(hp, "bottom", sz=6)
    w.footer_page(sec.footer, WD_ALIGN_PARAGRAPH.CENTER, fmt=("· ", " ·"), size=10)

    w.para([("四川省人民政府关于印发《中国（四川）自由贸易", XBS, 18)], align=WD_ALIGN_PARAGRAPH.CENTER,
           indent=False, line=28, before=6)
    w.para([("试验区协同改革先行区建设实施方案》的通知", XBS, 18)], align=WD_ALIGN_PARAGRAPH.CENTER,
           indent=False, line=28)
    w.para([("川府发〔2019〕7号", KT, 12)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=4, after=8)

    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = sec2._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sec2._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "425")
    cols.set(qn("w:sep"), "1")

    w.para("各市（州）人民政府，省政府各部门、各直属机构：", indent=False)
    w.body([
        "现将《中国（四川）自由贸易试验区协同改革先行区建设实施方案》印发给你们，请认真贯彻执行。",
        "建设自由贸易试验区协同改革先行区，是省委、省政府着眼于放大自贸试验区改革红利、推动全省全面开放作出的重要部署。各地各部门要高度重视，加强协同配合，确保各项任务落到实处。",
    ])
    w.para("四川省人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=2, before=8)
    w.para("2019年6月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=2)
    w.blank(1)
    w.para([("中国（四川）自由贸易试验区协同改革先行区建设实施方案", HT, 13)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22, after=6)
    w.body([
        "为深入贯彻落实《中国（四川）自由贸易试验区总体方案》，发挥自贸试验区改革开放试验田作用，推动自贸试验区与全省其他区域协同改革、联动发展，制定本实施方案。",
        "#一、总体要求",
        "（一）指导思想。坚持以制度创新为核心，以协同改革为路径，将自贸试验区成熟的改革试点经验在先行区率先复制推广，并结合各地实际开展差别化探索，努力把先行区建设成为全省开放型经济发展的新高地，更好服务“一带一路”建设和长江经济带发展。",
        "（二）工作目标。到2020年，在全省布局建设10个左右协同改革先行区，自贸试验区改革试点经验在先行区复制推广率达到90%以上；到2022年，先行区外贸进出口总额、实际利用外资年均增速高于全省平均水平5个百分点以上，形成一批具有四川特色的制度创新成果。",
        "#二、布局范围",
        "首批协同改革先行区包括：德阳经济技术开发区、绵阳高新技术产业开发区、自贡高新技术产业开发区、内江经济技术开发区、乐山高新技术产业开发区、宜宾临港经济技术开发区、南充经济技术开发区、达州经济开发区、资阳临空经济区、眉山天府新区（眉山片区）。先行区实行动态管理，成熟一个、认定一个。",
        "#三、主要任务",
        "（一）复制推广自贸试验区改革经验。各先行区原则上在自贸试验区改革试点经验形成后3个月内完成复制推广，重点复制推广企业投资项目承诺制、“证照分离”、国际贸易“单一窗口”、中欧班列运单物权化等改革事项。",
        "（二）开展差别化改革探索。",
        "1.投资领域。探索实行工业用地“标准地”出让，企业拿地后“拿地即开工”；推行外商投资企业“一口受理”，外商投资企业设立、变更备案与工商登记同步办理。",
        "2.贸易领域。支持有条件的先行区依托中欧班列（成都）、西部陆海新通道开展多式联运“一单制”试点，推动铁路运单作为信用证议付凭证，探索赋予铁路运单物权凭证功能。支持先行区内企业开展跨境电子商务零售进口业务。",
        "3.金融领域。鼓励银行业金融机构在先行区设立科技支行、外汇业务专营机构，开展知识产权质押融资、出口信用保险保单融资等业务，为“走出去”企业提供跨境并购贷款、内保外贷等金融服务。",
        "（三）推动与自贸试验区联动发展。支持先行区与自贸试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区建立结对协作机制，在产业链配套、园区共建、人才交流等方面开展合作，探索“飞地园区”利益分成机制，共建项目产生的地方税收由合作双方按照约定比例分享。",
        "#四、支持政策",
        "（一）下放审批权限。省级有关部门依法将可以下放的外商投资、对外投资、进出口管理等行政审批事项下放或委托先行区所在市（州）实施，2019年底前公布下放事项清单。",
        "（二）加大资金支持。省级财政每年统筹安排自贸试验区建设专项资金，对新认定的先行区一次性给予500万元奖励，对形成并在全省复制推广制度创新成果的先行区，每项成果给予50万元奖励。",
        "（三）强化用地保障。对先行区内重大产业项目，优先纳入省重点项目计划，在用地指标上予以倾斜。",
        "#五、组织实施",
        "（一）加强统筹协调。省推进自由贸易试验区建设工作领导小组负责先行区建设的统筹指导，领导小组办公室设在省商务厅，具体负责先行区的认定、指导和评估工作。",
        "（二）落实主体责任。先行区所在市（州）人民政府是先行区建设的责任主体，要成立相应工作机构，制定具体实施方案，于每年1月底前向省商务厅报送上一年度建设情况。",
        "（三）实施动态评估。省商务厅每年对先行区建设情况进行评估，评估结果较差的，给予警示；连续两年评估结果较差的，取消先行区资格，3年内不得重新申报。",
    ])
    # the next gazette item starts on the same page: a one-column title band, then two columns again
    doc.add_section(WD_SECTION.CONTINUOUS)
    sec3 = doc.sections[-1]
    c3 = sec3._sectPr.find(qn("w:cols"))
    if c3 is None:
        c3 = OxmlElement("w:cols")
        sec3._sectPr.append(c3)
    c3.set(qn("w:num"), "1")
    w.para([("四川省人民政府办公厅关于印发四川省进一步做好稳外资", XBS, 18)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28, before=12)
    w.para([("工作若干措施分工方案的通知", XBS, 18)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    w.para([("川办函〔2019〕42号", KT, 12)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=4, after=8)
    sec4 = doc.add_section(WD_SECTION.CONTINUOUS)
    c4 = sec4._sectPr.find(qn("w:cols"))
    if c4 is None:
        c4 = OxmlElement("w:cols")
        sec4._sectPr.append(c4)
    c4.set(qn("w:num"), "2")
    c4.set(qn("w:space"), "425")
    c4.set(qn("w:sep"), "1")
    w.para("各市（州）人民政府，省政府有关部门：", indent=False)
    w.body([
        "经省政府同意，现将《四川省进一步做好稳外资工作若干措施分工方案》印发给你们，请结合实际认真组织实施。",
        "一、各牵头单位要会同配合单位制定具体落实举措，于2019年7月15日前报送省商务厅。",
        "二、省商务厅要加强统筹协调，每半年对措施落实情况进行一次跟踪评估，重大问题及时报告省政府。",
        "三、各市（州）要建立重点外资项目工作专班，对总投资1亿美元以上的外资项目实行“一对一”服务。",
    ])
    w.para("四川省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=2, before=8)
    w.para("2019年6月28日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=2)
    return w.save("d_gazette_two_items")


def to_pdf(docx: Path):
    pdf_dir = OUT
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(pdf_dir), str(docx)],
                   check=True, capture_output=True)


if __name__ == "__main__":
    for f in (doc_a, doc_b, doc_c, doc_d):
        p = f()
        to_pdf(p)
        print("made", p.name)
