# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 484: 自贸片区“证照分离”/涉企经营许可事项改革清单."""
import os
import json
import copy
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

COLS = ["序号", "主管部门", "改革事项", "设定依据", "审批层级和部门", "改革方式",
        "具体改革举措", "加强事中事后监管措施"]


# ---------------------------------------------------------------- helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=None, spacing=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    if spacing:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


class Writer:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.get_or_add_rPr()
        rf = st.element.rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            st.element.rPr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(16)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        self.add_page_number(sec)
        self.clauses = []

    # -- page numbers "— 1 —"
    def add_page_number(self, sec):
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— ")
        set_font(r, "宋体", 14)
        r = p.add_run()
        set_font(r, "宋体", 14)
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
        for e in (f1, it, f2, t, f3):
            r._element.append(e)
        r = p.add_run(" —")
        set_font(r, "宋体", 14)

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p)

    def red_header(self, text, size=30):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, spacing=None, before=30)
        r = p.add_run(text)
        set_font(r, XBS, size, color=RED)

    def docno(self, text, border=True, align=WD_ALIGN_PARAGRAPH.CENTER):
        p = self.doc.add_paragraph()
        fmt(p, align, spacing=None, before=24, after=6)
        r = p.add_run(text)
        set_font(r, FS, 16)
        if border:
            ppr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            b = OxmlElement("w:bottom")
            b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "18")
            b.set(qn("w:space"), "6"); b.set(qn("w:color"), "FF0000")
            bdr.append(b)
            succ = [qn("w:" + x) for x in ("shd", "tabs", "suppressAutoHyphens", "kinsoku",
                                             "wordWrap", "overflowPunct", "topLinePunct",
                                             "autoSpaceDE", "autoSpaceDN", "bidi",
                                             "adjustRightInd", "snapToGrid", "spacing", "ind",
                                             "contextualSpacing", "mirrorIndents",
                                             "suppressOverlap", "jc", "textDirection",
                                             "textAlignment", "textboxTightWrap",
                                             "outlineLvl", "divId", "cnfStyle", "rPr",
                                             "sectPr", "pPrChange")]
            nxt = next((c for c in ppr if c.tag in succ), None)
            if nxt is not None:
                nxt.addprevious(bdr)
            else:
                ppr.append(bdr)
        return p

    def title(self, lines, size=22):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, spacing=36, before=12, after=12)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, XBS, size)
            if i < len(lines) - 1:
                r.add_break()  # soft line break inside the title
        return p

    def plain(self, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.LEFT,
              indent=None, bold=False, spacing=28):
        p = self.doc.add_paragraph()
        fmt(p, align, indent, spacing)
        r = p.add_run(text)
        set_font(r, font, size, bold=bold)
        return p

    def heading(self, text, font=HT):
        """Heading on a line of its own: not a clause."""
        return self.plain(text, font=font, indent=32)

    def body(self, text, runin=None, runin_font=HT, runin_bold=False,
             lead_spaces=False, soft_break_at=None, clause=True):
        """Body paragraph (clause). runin = run-in heading text at the start."""
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, None if lead_spaces else 32)
        full = (runin or "") + text
        if lead_spaces:
            r = p.add_run("\u3000\u3000")
            set_font(r, FS, 16)
        if runin:
            r = p.add_run(runin)
            set_font(r, runin_font, 16, bold=runin_bold)
        if soft_break_at and soft_break_at in text:
            a, b = text.split(soft_break_at, 1)
            r = p.add_run(a + soft_break_at)
            set_font(r, FS, 16)
            r.add_break()
            r = p.add_run(b)
            set_font(r, FS, 16)
        else:
            r = p.add_run(text)
            set_font(r, FS, 16)
        if clause:
            self.clauses.append(full)
        return p

    def signoff(self, organ_lines, date, right_pad=4):
        self.empty(2)
        for ln in organ_lines:
            p = self.doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT)
            r = p.add_run(ln + "\u3000" * right_pad)  # manual spaces for alignment
            set_font(r, FS, 16)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT)
        r = p.add_run(date + "\u3000" * (right_pad + 1))
        set_font(r, FS, 16)

    def publicity(self, text="（此件公开发布）"):
        p = self.plain(text, indent=32)
        return p

    def new_section(self, landscape):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21)
            sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
            sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21), Cm(29.7)
            sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
            sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        return sec

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def banji(self, cc, printer, pdate, width_cm=15.6):
        """版记 typed as a one-column layout table with only horizontal rules."""
        self.empty(1)
        t = self.doc.add_table(rows=2, cols=1)
        set_borders(t, top=("single", 12), bottom=("single", 12), insideH=("single", 6))
        c = t.cell(0, 0)
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, spacing=26)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.first_line_indent = Pt(-0)
        r = p.add_run(cc)
        set_font(r, FS, 14)
        c = t.cell(1, 0)
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, spacing=26)
        # manual spaces to push the date to the right
        r = p.add_run("\u3000" + printer + "\u3000" * 6 + "  " + pdate + "印发")
        set_font(r, FS, 14)
        set_col_widths(t, [width_cm])

    def save(self, path):
        self.doc.save(path)


def set_borders(table, **kw):
    tbl = table._tbl
    tblPr = tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        if edge in kw:
            val, sz = kw[edge]
            e.set(qn("w:val"), val); e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    succ = [qn("w:" + x) for x in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
                                     "tblDescription")]
    nxt = next((c for c in tblPr if c.tag in succ), None)
    if nxt is not None:
        nxt.addprevious(b)
    else:
        tblPr.append(b)


def grid_borders(table):
    set_borders(table, top=("single", 4), left=("single", 4), bottom=("single", 4),
                right=("single", 4), insideH=("single", 4), insideV=("single", 4))


def set_col_widths(table, widths_cm):
    """Fixed layout + grid widths + per-tc widths (respecting gridSpan)."""
    tbl = table._tbl
    table.autofit = False
    tblPr = tbl.tblPr
    grid = tbl.tblGrid
    for gc, wcm in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(wcm).twips)))
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            wsum = sum(widths_cm[col:col + span])
            tc.width = Cm(wsum)
            col += span


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def clear_cell(cell):
    ps = cell.paragraphs
    for p in ps[1:]:
        p._p.getparent().remove(p._p)
    for r in list(ps[0].runs):
        r._r.getparent().remove(r._r)
    return ps[0]


def write_cell(cell, lines, size=10.5, font=FS, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT,
               mode="break", numbering=None):
    """lines: list of strings. mode 'break' = soft line breaks, 'para' = separate paragraphs."""
    if isinstance(lines, str):
        lines = [lines]
    p = clear_cell(cell)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    fmt(p, align, 0, spacing=None)
    p.paragraph_format.line_spacing = 1.0
    if numbering is not None:
        ppr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(numbering))
        numPr.append(il); numPr.append(ni)
        ppr.insert(0, numPr)
        return p
    for i, ln in enumerate(lines):
        if i > 0 and mode == "para":
            p = cell.add_paragraph()
            fmt(p, align, 0, spacing=None)
            p.paragraph_format.line_spacing = 1.0
        r = p.add_run(ln)
        set_font(r, font, size, bold=bold)
        if mode == "break" and i < len(lines) - 1:
            r.add_break()
    return p


def add_auto_numbering(doc):
    """Numbering definition "%1" (no dot, no tab) for the 序号 column."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    a = OxmlElement("w:abstractNum"); a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); a.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1"), ("w:lvlJc", "center")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0"); ind.set(qn("w:hanging"), "0"); ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr"); rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman"); rf.set(qn("w:hAnsi"), "Times New Roman")
    rpr.append(rf); sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "21"); rpr.append(sz)
    lvl.append(rpr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num"); n.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(aid)); n.append(an)
    numbering.append(n)
    return nid


def row_clause(vals):
    return "；".join("%s：%s" % (c, v) for c, v in zip(COLS, vals))


def flat(x):
    return x if isinstance(x, str) else "".join(x)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level="zone", region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_484", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


# ======================================================================
# 1. 厦门片区 —— 通知 + 清单（横向附件表）
# ======================================================================
def make_xiamen():
    w = Writer()
    d = w.doc
    w.red_header("中国（福建）自由贸易试验区厦门片区管理委员会文件", size=24)
    w.docno("厦自贸委〔2026〕3号")
    w.empty()
    title = ("中国（福建）自由贸易试验区厦门片区管理委员会关于印发"
             "《厦门片区涉企经营许可事项改革清单（2026年版）》的通知")
    w.title(["中国（福建）自由贸易试验区厦门片区管理委员会关于印发",
             "《厦门片区涉企经营许可事项改革清单（2026年版）》的通知"])
    w.empty()
    w.plain("片区管委会各处室、各派驻机构，湖里区人民政府、海沧区人民政府，市直有关部门：")
    notice = w.clauses
    w.body("为深入贯彻《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》"
           "（国发〔2021〕7号）和《福建省人民政府关于印发福建省深化“证照分离”改革进一步激发"
           "市场主体发展活力实施方案的通知》（闽政〔2021〕14号）精神，持续深化自由贸易试验区"
           "“证照分离”改革全覆盖试点，经片区管委会2026年第2次主任办公会议研究同意，现将《厦门片区"
           "涉企经营许可事项改革清单（2026年版）》（以下简称《清单》）印发给你们，并就有关事项通知"
           "如下，请认真贯彻执行。")
    w.body("《清单》共列明涉企经营许可事项10项，其中直接取消审批2项、审批改为备案2项、实行告知承诺"
           "3项、优化审批服务3项。各部门要严格按照《清单》实施分类改革，不得在《清单》之外违规设置"
           "准入条件，不得以备案、登记、注册、目录、年检、监制、认定、认证、审定以及要求设置分支机构"
           "等形式变相设定或者实施行政许可。", runin="一、严格实行清单管理。")
    w.body("各主管部门要按照《清单》确定的改革方式，逐项制定并公布实施细则。",
           runin="二、分类推进审批制度改革。")
    w.body("取消审批后，企业（含个体工商户、农民专业合作社，下同）取得营业执照即可开展经营，"
           "行政机关、企事业单位、行业组织等不得要求企业提供相关行政许可证件。",
           runin="（一）直接取消审批。", runin_font=KT)
    w.body("由审批改为备案的事项，原则上实行事后备案，企业取得营业执照即可开展经营；确需事前备案的，"
           "企业完成备案即可开展经营。备案机关收到备案材料后，应当当场办结，不得变相审批。",
           runin="（二）审批改为备案。", runin_font=KT)
    w.body("对实行告知承诺的事项，主管部门要依法列出可量化可操作、不含兜底条款的经营许可条件，"
           "明确监管规则和违反承诺的后果，一次性告知企业。对企业自愿作出承诺并按要求提交材料的，"
           "要当场作出审批决定。", runin="（三）实行告知承诺。", runin_font=KT)
    w.body("对优化审批服务的事项，要通过下放审批权限、压减审批要件和环节、延长或者取消有效期限、"
           "取消数量限制等措施，切实提高审批效率。", runin="（四）优化审批服务。", runin_font=KT)
    w.body("各主管部门要按照“谁审批、谁监管，谁主管、谁监管”原则，依照《清单》所列监管措施，"
           "健全“双随机、一公开”监管、信用监管、“互联网＋监管”等相结合的新型监管机制。对通过"
           "告知承诺取得许可的企业，要在3个月内开展全覆盖核查；发现企业不符合许可条件或者作出不实"
           "承诺的，依法责令限期整改，逾期不整改或者整改后仍不符合条件的，依法撤销许可决定，并将"
           "有关情况纳入信用记录。", runin="三、加强事中事后监管。")
    w.body("片区管委会信息化主管部门要依托“i厦门”、福建省网上办事大厅和国际贸易“单一窗口”，"
           "推动涉企经营许可信息与市场主体登记信息实时共享，实现电子证照“一照通查”“一码展示”。",
           runin="四、推进数据共享应用。")
    w.body("《清单》自2026年4月1日起施行。《厦门片区涉企经营许可事项改革清单（2024年版）》同时废止。"
           "各主管部门要在2026年3月31日前完成办事指南、申请表单、业务系统的调整，对《清单》施行前"
           "已受理的申请，按照有利于申请人的原则办理。", runin="五、做好改革衔接工作。")
    w.body("《清单》实施中遇到的问题，请及时向片区管委会营商环境建设处反馈（联系人：陈思远，"
           "联系电话：0592-5231876）。")
    w.empty()
    w.plain("附件：厦门片区涉企经营许可事项改革清单（2026年版）", indent=32)
    w.signoff(["中国（福建）自由贸易试验区", "厦门片区管理委员会"], "2026年3月16日", right_pad=3)
    w.empty()
    w.publicity()
    notice_clauses = list(w.clauses)

    # ---- attachment: landscape section
    w.clauses = []
    w.new_section(landscape=True)
    w.plain("附件", font=HT, size=16)
    w.title(["厦门片区涉企经营许可事项改革清单（2026年版）"], size=20)
    rows = [
        ["1", "交通运输", "港口理货业务经营许可",
         ["《中华人民共和国港口法》第二十二条", "《港口经营管理规定》第七条"],
         "市级：厦门港口管理局", "直接取消审批",
         ["1.取消港口理货业务经营许可，企业取得营业执照后即可开展港口理货业务。",
          "2.港口理货企业开展业务前通过“单一窗口”报送企业基本信息，港口管理部门不得以此变相实施审批。"],
         ["1.将港口理货企业纳入“双随机、一公开”监管，重点检查理货数据真实性。",
          "2.建立理货服务质量投诉处理机制，依法查处出具虚假理货证明等违法违规行为。",
          "3.对存在严重违法失信行为的企业依法实施联合惩戒。"]],
        ["2", "发展改革（粮食和储备）", "粮食收购资格认定", "《粮食流通管理条例》第九条",
         ["区级：湖里区发展和改革局、", "海沧区发展和改革局"], "直接取消审批",
         "取消粮食收购资格认定，企业从事粮食收购活动无需取得许可。",
         ["1.粮食收购企业应当在开展收购活动前向所在地粮食和储备行政管理部门报送企业名称、地址、负责人以及仓储设施等信息。",
          "2.开展粮食收购企业信用评价，实施分级分类监管。",
          "3.依法查处压级压价、短斤少两、拒收合格粮食等违法行为。"]],
        ["3", "交通运输", "无船承运业务经营资格审批", "《中华人民共和国国际海运条例》第七条",
         "省级：福建省交通运输厅", "审批改为备案",
         ["1.将无船承运业务经营资格审批改为备案，企业在开展业务前向交通运输主管部门备案。",
          "2.备案材料齐全的，当场办结并在“单一窗口”公示备案信息。"],
         ["1.加强对无船承运业务经营者运价备案执行情况的检查。",
          "2.依法查处未按规定备案或者备案信息虚假的行为，并纳入信用记录。"]],
        ["4", "市场监管", "食品经营许可（仅销售预包装食品）", "《中华人民共和国食品安全法》第三十五条",
         ["区级：湖里区市场监督管理局、", "海沧区市场监督管理局"], "审批改为备案",
         ["1.仅销售预包装食品的，由许可改为备案，经营者在取得营业执照后向所在地县级市场监管部门备案。",
          "2.推行“一业一证”“证照联办”，备案信息通过市场主体登记系统一次填报、自动推送。"],
         ["1.将备案经营者纳入食品安全日常监督检查范围。",
          "2.对备案后发现不符合食品安全要求的，依法责令整改并予以处罚。"]],
        ["5", "商务", "对外劳务合作经营资格核准", "《对外劳务合作管理条例》第七条",
         "市级：厦门市商务局", "实行告知承诺",
         ["1.申请人作出符合经营许可条件的书面承诺并提交营业执照、风险处置备用金缴存凭证的，当场作出审批决定。",
          "2.审批时限由20个工作日压减至5个工作日。"],
         ["1.在作出审批决定后3个月内对承诺内容开展全覆盖核查。",
          "2.发现承诺不实的，依法撤销经营资格，将企业纳入失信名单。",
          "3.加强对外派劳务人员权益保障情况的日常监督检查。"]],
        ["6", "文化和旅游", "旅行社业务经营许可（国内和入境旅游业务）", "《旅行社条例》第六条",
         "市级：厦门市文化和旅游局", "实行告知承诺",
         ["1.对申请从事国内和入境旅游业务的，实行告知承诺。",
          "2.取消经营场所证明材料，申请人承诺有固定经营场所即可。",
          "3.推行旅行社业务经营许可网上办理、电子证照。"],
         ["1.通过全国旅游监管服务平台开展旅行社经营情况动态监测。",
          "2.对核查发现不符合许可条件的，责令限期整改；逾期未整改的，依法撤销许可。"]],
        ["7", "卫生健康", "公共场所卫生许可（不含游泳场所）", "《公共场所卫生管理条例》第八条",
         ["区级：湖里区卫生健康局、", "海沧区卫生健康局"], "实行告知承诺",
         ["1.申请人承诺符合卫生许可条件的，不再进行许可前现场审查，当场发放公共场所卫生许可证。",
          "2.取消卫生检测报告等申请材料，改为许可后提交。"],
         ["1.在许可后1个月内开展现场核查。",
          "2.将公共场所卫生监督量化分级结果向社会公示。"]],
        ["8", "生态环境", "危险废物经营许可证核发",
         ["《中华人民共和国固体废物污染环境防治法》第八十条", "《危险废物经营许可证管理办法》第二条"],
         "省级：福建省生态环境厅", "优化审批服务",
         ["1.将审批时限由20个工作日压减至15个工作日。",
          "2.对综合保税区内从事维修、再制造业务产生的危险废物收集经营，允许以集中收集方式申领许可。",
          "3.推行许可证申请、变更、延续全程网上办理。"],
         ["1.加强危险废物转移联单电子化管理，实现全过程监控。",
          "2.对持证单位每年至少开展1次现场检查。"]],
        ["9", "交通运输", "道路货物运输经营许可（使用总质量4.5吨及以下普通货运车辆的除外）",
         "《中华人民共和国道路运输条例》第二十四条", "市级：厦门市交通运输局", "优化审批服务",
         ["1.申请材料压减至3项，审批时限压减至5个工作日。",
          "2.推行道路运输经营许可证与车辆道路运输证电子证照。"],
         ["1.依托道路运输车辆动态监控平台加强运营过程监管。",
          "2.实施道路运输企业质量信誉考核。"]],
        ["10", "住房城乡建设", "建筑业企业资质核准（施工总承包三级资质、专业承包资质）",
         ["《中华人民共和国建筑法》第十三条", "《建筑业企业资质管理规定》第九条"],
         "市级：厦门市建设局", "优化审批服务",
         ["1.对企业资质申请实行“即报即审、即审即批”。",
          "2.企业资质证书有效期届满的，实行自动延续。",
          "3.申请人不再提交社保缴费证明等可通过部门间信息共享获取的材料。"],
         ["1.加强对建筑市场和施工现场的联动监管，对资质不符合要求的依法处理。",
          "2.将企业资质动态核查结果纳入建筑市场信用评价。"]],
    ]
    note = ["备注：1.本清单所列“审批层级和部门”为厦门片区范围内的实施部门。",
            "2.本清单中的法律、行政法规条款，如遇修订，按照修订后的规定执行。",
            "3.本清单自2026年4月1日起施行。"]
    widths = [1.1, 2.0, 3.0, 3.6, 3.0, 2.0, 5.6, 5.4]
    t = d.add_table(rows=1 + len(rows) + 1, cols=8)
    grid_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, c in enumerate(COLS):
        write_cell(t.cell(0, j), c, size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if j in (0, 1, 5) else WD_ALIGN_PARAGRAPH.LEFT
            write_cell(t.cell(i, j), v, align=al, mode="break")
        w.clauses.append(row_clause([flat(v) for v in row]))
    last = len(rows) + 1
    m = t.cell(last, 0).merge(t.cell(last, 7))
    write_cell(m, note, mode="break")
    w.clauses.append(flat(note))
    set_col_widths(t, widths)
    list_clauses = list(w.clauses)

    w.banji("抄送：厦门市人民政府办公厅，市商务局、市市场监管局、市司法局。",
            "中国（福建）自由贸易试验区厦门片区管理委员会办公室", "2026年3月16日", width_cm=25)

    stem = "blind484_xiamen_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    w.save(path)
    region = "中国（福建）自由贸易试验区厦门片区"
    issuer = ["中国（福建）自由贸易试验区厦门片区管理委员会"]
    exp = [
        {"meta": meta(title=title, doc_number="厦自贸委〔2026〕3号", issuer=issuer,
                      date="2026-03-16", region=region, effective="2026-04-01",
                      attachments=["厦门片区涉企经营许可事项改革清单（2026年版）"],
                      doc_type="通知",
                      recipients=["片区管委会各处室", "各派驻机构", "湖里区人民政府",
                                  "海沧区人民政府", "市直有关部门"],
                      publicity="此件公开发布",
                      repeals="《厦门片区涉企经营许可事项改革清单（2024年版）》"),
         "clauses": notice_clauses},
        {"meta": meta(title="厦门片区涉企经营许可事项改革清单（2026年版）", issuer=issuer,
                      date="2026-03-16", region=region, effective="2026-04-01",
                      doc_type="清单"),
         "clauses": list_clauses},
    ]
    return stem, path, exp


# ======================================================================
# 2. 临港新片区 —— 通知 + 实施方案 + 清单（双层表头、自动编号、纵向合并、分组行）
# ======================================================================
def make_lingang():
    w = Writer()
    d = w.doc
    w.red_header("中国（上海）自由贸易试验区临港新片区管理委员会", size=22)
    w.red_header("文　件", size=36)
    w.docno("沪自贸临管委〔2025〕186号")
    w.empty()
    title = "关于印发《中国（上海）自由贸易试验区临港新片区深化“证照分离”改革实施方案》的通知"
    w.title(["关于印发《中国（上海）自由贸易试验区临港新片区", "深化“证照分离”改革实施方案》的通知"])
    w.empty()
    w.plain("管委会各处室、各直属单位，各有关单位：")
    w.body("现将《中国（上海）自由贸易试验区临港新片区深化“证照分离”改革实施方案》印发给你们，"
           "请结合实际认真贯彻落实。")
    w.body("各单位在执行过程中遇到的问题，请及时向管委会营商环境建设处反馈。")
    w.empty()
    w.plain("附件：中国（上海）自由贸易试验区临港新片区深化“证照分离”改革实施方案", indent=32)
    w.signoff(["中国（上海）自由贸易试验区临港新片区管理委员会"], "2025年11月20日", right_pad=1)
    w.empty()
    w.publicity()
    notice_clauses = list(w.clauses)

    # ---- 方案
    w.clauses = []
    w.page_break()
    w.plain("附件", font=HT)
    plan_title = "中国（上海）自由贸易试验区临港新片区深化“证照分离”改革实施方案"
    w.title(["中国（上海）自由贸易试验区临港新片区", "深化“证照分离”改革实施方案"])
    w.empty()
    w.body("为深入贯彻《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》"
           "（国发〔2021〕7号）和《上海市人民政府关于印发〈上海市深化“证照分离”改革进一步激发"
           "市场主体发展活力实施方案〉的通知》要求，进一步降低制度性交易成本，打造具有国际竞争力的"
           "特殊经济功能区营商环境，结合临港新片区实际，制定本方案。")
    w.heading("一、总体要求")
    w.body("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
           "对标国际高标准经贸规则，聚焦“证照分离”改革全覆盖，推动照后减证和简化审批，着力破解"
           "“准入不准营”问题，更好发挥临港新片区改革开放试验田作用。")
    w.body("到2026年底，新片区涉企经营许可事项全部纳入清单管理，实行告知承诺的事项比例达到40%以上，"
           "企业办理经营许可平均时限较2024年压减60%以上。")
    w.heading("二、主要任务")
    w.heading("（一）实行涉企经营许可事项全覆盖清单管理", font=KT)
    w.body("按照中央层级设定和本市地方性法规设定两类事项，编制临港新片区涉企经营许可事项改革清单"
           "（见附件），逐项明确改革方式、具体改革举措和加强事中事后监管措施，并根据法律法规立改废释"
           "情况实行动态调整。", runin="1.建立清单动态调整机制。", runin_font=FS, runin_bold=True)
    w.body("清单之外不得违规限制企业进入相关行业或者领域，企业取得营业执照即可自主开展经营。"
           "各部门不得以备案、登记、注册、年检、认定、认证等形式变相设定或者实施行政许可。",
           runin="2.严禁清单外设限。", runin_font=FS, runin_bold=True)
    w.heading("（二）分类推进审批制度改革", font=KT)
    w.body("对取消审批的事项，企业取得营业执照即可开展经营，主管部门要及时调整完善监管措施，"
           "确保放得开、管得住。", runin="1.直接取消审批。", runin_font=FS, runin_bold=True)
    w.body("对改为备案的事项，原则上实行事后备案，备案材料齐全的当场办结，不得以备案之名行审批之实。",
           runin="2.审批改为备案。", runin_font=FS, runin_bold=True)
    w.body("对实行告知承诺的事项，主管部门要依法列明可量化可操作、不含兜底条款的许可条件，"
           "一次性告知申请人。具体要求如下：", runin="3.实行告知承诺。", runin_font=FS, runin_bold=True)
    w.body("（1）申请人自愿承诺符合许可条件并按要求提交材料的，当场作出审批决定；")
    w.body("（2）申请人作出不实承诺的，依法撤销许可，5年内不再适用告知承诺方式办理同一事项；")
    w.body("（3）对涉及国家安全、公共安全、生态环境保护和直接关系人身健康、生命财产安全的事项，"
           "不适用告知承诺制。")
    w.body("对优化审批服务的事项，通过下放审批权限、压减材料和环节、延长或者取消有效期限等方式，"
           "提高审批效率和透明度。", runin="4.优化审批服务。", runin_font=FS, runin_bold=True)
    w.heading("（三）深化商事制度配套改革", font=KT)
    w.body("在航运服务、跨境电商、集成电路、生物医药等重点行业，将一个行业准营涉及的多张许可证整合为"
           "一张行业综合许可证，实现“一证准营”。", runin="1.推进“一业一证”改革。",
           runin_font=FS, runin_bold=True)
    w.body("依托“一网通办”平台，推动经营许可电子证照在企业登记、招投标、国际贸易“单一窗口”等场景中"
           "互认共享。", runin="2.推行电子证照应用。", runin_font=FS, runin_bold=True)
    w.heading("三、强化事中事后监管")
    w.body("按照“谁审批、谁监管，谁主管、谁监管”原则，各主管部门对本方案附件所列事项依法履行监管职责，"
           "实行审批和监管相分离的事项，要建立审管衔接机制。", runin="（一）明确监管责任。", runin_font=KT)
    w.body("全面推行“双随机、一公开”监管和跨部门联合监管，对新技术、新产业、新业态、新模式实行包容"
           "审慎监管，探索“沙盒监管”和触发式监管。", runin="（二）创新监管方式。", runin_font=KT)
    w.body("依托临港新片区公共信用信息服务平台，实施信用分级分类监管，对失信主体在审批、融资、政府采购"
           "等方面依法依规实施限制。", runin="（三）加强信用监管。", runin_font=KT)
    w.heading("四、保障措施")
    w.body("管委会营商环境建设处牵头统筹推进“证照分离”改革，各主管部门要明确分管领导和责任处室，"
           "于2025年12月31日前制定本部门实施细则。", runin="（一）加强组织领导。", runin_font=KT)
    w.body("各主管部门要通过政策解读、专题培训、窗口指导等方式，提高企业对改革举措的知晓度和获得感。",
           runin="（二）强化宣传培训。", runin_font=KT)
    w.body("管委会将改革落实情况纳入年度绩效考核，定期通报工作进展。",
           runin="（三）抓好督促落实。", runin_font=KT)
    w.body("本方案自2026年1月1日起施行，有效期至2030年12月31日。")
    w.empty()
    w.plain("附件：临港新片区涉企经营许可事项改革清单", indent=32)
    plan_clauses = list(w.clauses)

    # ---- 清单 (landscape)
    w.clauses = []
    w.new_section(landscape=True)
    w.plain("附件", font=HT)
    w.title(["临港新片区涉企经营许可事项改革清单"], size=20)
    nid = add_auto_numbering(d)
    groups = [
        ("一、中央层级设定的涉企经营许可事项（7项）", [
            ["商务", "拍卖企业经营许可", "《中华人民共和国拍卖法》第十一条",
             ["市级：上海市商务委员会", "（委托临港新片区管委会实施）"], "实行告知承诺",
             ["1.申请人书面承诺符合拍卖企业设立条件的，当场发放拍卖经营批准证书。",
              "2.取消拍卖师执业资格证书复印件等申请材料。"],
             ["1.在许可后2个月内对承诺内容进行全覆盖核查。",
              "2.加强对拍卖活动的现场监管，依法查处违规拍卖行为。"]],
            ["商务", "成品油零售经营资格审批",
             "《国务院对确需保留的行政审批项目设定行政许可的决定》第183项",
             "区级：临港新片区管委会", "优化审批服务",
             ["1.审批时限由20个工作日压减至10个工作日。",
              "2.对新建加油站实行规划选址与经营资格审批并联办理。"],
             ["1.开展成品油质量抽检和计量器具检定。",
              "2.加强对加油站安全生产的日常检查。"]],
            ["交通运输", "国际船舶管理业务经营许可", "《中华人民共和国国际海运条例》第十条",
             "市级：上海市交通委员会", "审批改为备案",
             ["1.将国际船舶管理业务经营许可改为备案管理。",
              "2.企业通过国际贸易“单一窗口”在线办理备案，即时生成备案回执。"],
             ["1.将国际船舶管理企业纳入航运企业信用评价体系。",
              "2.发现企业不具备船舶管理能力的，依法责令改正。"]],
            ["交通运输", "港口经营许可", "《中华人民共和国港口法》第二十二条",
             "区级：临港新片区管委会", "实行告知承诺",
             ["1.对港口装卸、仓储、港口设施服务等业务实行告知承诺。",
              "2.港口经营许可证有效期届满需要延续的，企业承诺经营条件未发生变化即可直接延续。"],
             ["1.在许可后3个月内开展现场核查。",
              "2.加强港口危险货物作业安全监管，严格落实重大危险源管理。"]],
            ["交通运输", "外商投资道路运输业务立项审批", "《中华人民共和国道路运输条例》第四十九条",
             "市级：上海市交通委员会", "直接取消审批",
             "取消外商投资道路运输业务立项审批，外商投资企业依法办理道路运输经营许可即可开展经营。",
             ["1.对外商投资道路运输企业与内资企业实施同等监管。",
              "2.依托外商投资信息报告制度掌握企业经营情况。"]],
            ["文化和旅游", "外商投资演出经纪机构设立审批", "《营业性演出管理条例》第十条",
             "市级：上海市文化和旅游局", "实行告知承诺",
             ["1.申请人承诺具有3名以上专职演出经纪人员的，不再提交人员资格证明材料。",
              "2.审批时限压减至5个工作日。"],
             ["1.加强对营业性演出活动的内容审核和现场检查。",
              "2.依法查处演出经纪机构虚假宣传、违规售票等行为。"]],
            ["市场监管", "特种设备生产单位许可（压力管道元件制造）",
             "《中华人民共和国特种设备安全法》第十八条", "市级：上海市市场监督管理局", "优化审批服务",
             ["1.对首次申请许可的企业，实行“先证后核”。",
              "2.许可证书有效期届满前，企业可在线申请延续。"],
             ["1.对取证企业开展产品质量监督抽查。",
              "2.依法查处无证生产、超范围生产行为。"]],
        ]),
        ("二、本市地方性法规设定的涉企经营许可事项（2项）", [
            ["交通运输", "出租汽车经营许可", "《上海市出租汽车管理条例》第十条",
             "区级：临港新片区管委会", "优化审批服务",
             ["1.申请材料由8项压减至4项。",
              "2.推行出租汽车经营许可与车辆营运证“一件事”联办。"],
             ["1.依托出租汽车信息监管平台实施动态监管。",
              "2.开展出租汽车企业服务质量信誉考核。"]],
            ["住房城乡建设", "瓶装燃气供应站点设置许可", "《上海市燃气管理条例》第二十二条",
             "区级：临港新片区管委会", "优化审批服务",
             ["1.将供应站点设置许可与燃气经营许可合并办理。",
              "2.审批时限压减至10个工作日。"],
             ["1.加强对瓶装燃气供应站点安全检查，每季度至少检查1次。",
              "2.推行气瓶二维码追溯管理。"]],
        ]),
    ]
    note = ["备注：1.“审批层级和部门”栏中“临港新片区管委会”指中国（上海）自由贸易试验区临港新片区管理委员会。",
            "2.“设定依据”栏所列条款以现行有效版本为准。"]
    nrows = 2 + sum(1 + len(g[1]) for g in groups) + 1
    t = d.add_table(rows=nrows, cols=8)
    grid_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.1, 1.9, 3.0, 3.6, 3.2, 2.0, 5.6, 5.3]
    # two-row header
    for j in range(6):
        m = t.cell(0, j).merge(t.cell(1, j))
        write_cell(m, COLS[j], size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    m = t.cell(0, 6).merge(t.cell(0, 7))
    write_cell(m, "改革举措", size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    write_cell(t.cell(1, 6), "具体改革举措", size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    write_cell(t.cell(1, 7), "加强事中事后监管措施", size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    r = 2
    n = 0
    for gtitle, items in groups:
        gm = t.cell(r, 0).merge(t.cell(r, 7))
        write_cell(gm, gtitle, size=11, font=HT, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        start = r
        for it in items:
            n += 1
            write_cell(t.cell(r, 0), "", numbering=nid, align=WD_ALIGN_PARAGRAPH.CENTER)
            for j, v in enumerate(it, start=1):
                if j == 1:
                    continue  # department handled below (vertical merge)
                al = WD_ALIGN_PARAGRAPH.CENTER if j == 5 else WD_ALIGN_PARAGRAPH.LEFT
                write_cell(t.cell(r, j), v, align=al, mode="para")
            w.clauses.append(row_clause([str(n)] + [flat(v) for v in it]))
            r += 1
        # vertical merge of runs of equal 主管部门
        k = 0
        while k < len(items):
            e = k
            while e + 1 < len(items) and items[e + 1][0] == items[k][0]:
                e += 1
            c = t.cell(start + k, 1)
            if e > k:
                c = c.merge(t.cell(start + e, 1))
            write_cell(c, items[k][0], align=WD_ALIGN_PARAGRAPH.CENTER)
            k = e + 1
    m = t.cell(r, 0).merge(t.cell(r, 7))
    write_cell(m, note, mode="para")
    w.clauses.append(flat(note))
    set_col_widths(t, widths)
    list_clauses = list(w.clauses)
    w.banji("抄送：上海市人民政府办公厅，市商务委、市市场监管局、市交通委、市文化旅游局。",
            "上海临港新片区管委会办公室", "2025年11月21日", width_cm=25)

    stem = "blind484_lingang_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    w.save(path)
    region = "中国（上海）自由贸易试验区临港新片区"
    issuer = ["中国（上海）自由贸易试验区临港新片区管理委员会"]
    exp = [
        {"meta": meta(title=title, doc_number="沪自贸临管委〔2025〕186号", issuer=issuer,
                      date="2025-11-20", region=region,
                      attachments=[plan_title], doc_type="通知",
                      recipients=["管委会各处室", "各直属单位", "各有关单位"],
                      publicity="此件公开发布"),
         "clauses": notice_clauses},
        {"meta": meta(title=plan_title, issuer=issuer, date="2025-11-20", region=region,
                      effective="2026-01-01", expires="2030-12-31",
                      attachments=["临港新片区涉企经营许可事项改革清单"], doc_type="方案"),
         "clauses": plan_clauses},
        {"meta": meta(title="临港新片区涉企经营许可事项改革清单", issuer=issuer, date="2025-11-20",
                      region=region, doc_type="清单"),
         "clauses": list_clauses},
    ]
    return stem, path, exp


# ======================================================================
# 3. 青岛片区 —— 联合通知，正文内嵌表格（纵向合并“改革方式”列）
# ======================================================================
def make_qingdao():
    w = Writer()
    d = w.doc
    # red header as a borderless layout table: two organs left, "文件" right
    t = d.add_table(rows=2, cols=2)
    set_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["中国（山东）自由贸易试验区青岛片区管理委员会", "青岛市市场监督管理局"]):
        p = write_cell(t.cell(i, 0), "", align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        r = p.add_run(org)
        set_font(r, XBS, 15, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = write_cell(m, "", align=WD_ALIGN_PARAGRAPH.CENTER)
    r = p.add_run("文件")
    set_font(r, XBS, 36, color=RED)
    set_col_widths(t, [12.6, 3.0])
    w.docno("青自贸管发〔2025〕17号")
    w.empty()
    title = "关于在青岛片区全面推行涉企经营许可事项告知承诺制的通知"
    w.title(["关于在青岛片区全面推行涉企经营许可事项", "告知承诺制的通知"])
    w.empty()
    w.plain("青岛片区各部门，市市场监管局各处室、各直属单位，黄岛区市场监督管理局：")
    w.body("为贯彻落实《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》（国发〔2021〕7号）"
           "和《山东省人民政府办公厅关于深化“证照分离”改革的实施意见》要求，进一步降低企业准入准营成本，"
           "经研究，决定在中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）全面推行涉企经营许可事项"
           "告知承诺制。现将有关事项通知如下：",
           lead_spaces=True, soft_break_at="进一步降低企业准入准营成本，")
    w.heading("一、实施范围")
    w.body("本通知所称告知承诺制，是指申请人提出涉企经营许可申请，审批部门一次性告知审批条件和所需材料，"
           "申请人以书面形式承诺符合审批条件，审批部门依据申请人承诺直接作出审批决定的制度。")
    w.body("青岛片区范围内实行告知承诺的涉企经营许可事项共8项，具体如下：")
    rows = [
        ["1", "交通运输", "港口经营许可（港口装卸、仓储业务）", "《中华人民共和国港口法》第二十二条",
         ["市级：青岛市交通运输局", "（委托青岛片区管委会实施）"],
         ["1.申请人承诺符合港口经营条件的，当场作出许可决定。", "2.取消港口经营场所证明材料。"],
         ["1.许可后30日内开展现场核查。", "2.纳入港口安全生产“双随机、一公开”检查。"]],
        ["2", "交通运输", "国内水路运输经营许可（省际普通货船运输）", "《国内水路运输管理条例》第十条",
         "省级：山东省交通运输厅",
         ["1.申请人承诺具备与经营业务相适应的船舶和海务、机务管理人员的，予以许可。",
          "2.许可结果通过电子证照推送。"],
         ["1.通过船舶动态监控系统核查运力情况。", "2.对不满足经营资质条件的，依法撤销许可。"]],
        ["3", "商务", "对外劳务合作经营资格核准", "《对外劳务合作管理条例》第七条", "市级：青岛市商务局",
         "申请人承诺已缴存对外劳务合作风险处置备用金的，先予许可，缴存凭证于许可后10日内补交。",
         ["1.核查风险处置备用金缴存情况。", "2.加强对外派劳务人员权益保障的监督检查。"]],
        ["4", "市场监管", "食品生产许可（低风险食品）", "《中华人民共和国食品安全法》第三十五条",
         "区级：青岛市黄岛区市场监督管理局",
         ["1.对糕点、饮料等低风险食品生产许可实行告知承诺，许可前不再开展现场核查。",
          "2.审批时限压减至5个工作日。"],
         ["1.许可后30日内开展现场核查。", "2.将企业纳入食品生产风险分级管理。"]],
        ["5", "市场监管", "工业产品生产许可证核发（电线电缆、危险化学品包装物等产品）",
         "《中华人民共和国工业产品生产许可证管理条例》第五条", "省级：山东省市场监督管理局",
         ["1.企业承诺符合生产许可条件的，先发证后核查。", "2.取消发证前产品检验，改为企业提交自检报告。"],
         ["1.发证后30日内组织开展实地核查。", "2.加强产品质量监督抽查。"]],
        ["6", "市场监管", "检验检测机构资质认定",
         ["《中华人民共和国计量法》第二十二条", "《中华人民共和国认证认可条例》第十六条"],
         "省级：山东省市场监督管理局",
         ["1.对检验检测机构资质认定首次申请、扩项、地址变更实行告知承诺。", "2.技术评审改为许可后开展。"],
         ["1.许可后30日内组织技术评审。", "2.开展检验检测机构能力验证和监督检查。"]],
        ["7", "文化和旅游", "娱乐场所经营许可", "《娱乐场所管理条例》第九条",
         "区级：青岛市黄岛区文化和旅游局",
         ["1.申请人承诺场所符合消防安全和未成年人保护要求的，当场作出许可决定。",
          "2.取消娱乐场所布局图等材料。"],
         ["1.许可后15日内开展实地检查。", "2.加强娱乐场所经营活动日常巡查。"]],
        ["8", "应急管理", "危险化学品经营许可（不带储存设施）",
         "《危险化学品安全管理条例》第三十三条、第三十五条", "区级：青岛市黄岛区应急管理局",
         ["1.对不带储存设施的危险化学品经营许可实行告知承诺。", "2.取消安全评价报告等申请材料。"],
         ["1.许可后30日内开展现场核查。", "2.纳入危险化学品安全风险监测预警系统。"]],
    ]
    note = ["备注：1.本表所列事项在青岛前湾综合保税区、青岛胶州湾综合保税区内同样适用。",
            "2.申请人选择告知承诺方式办理的，可通过“爱山东”政务服务平台在线签署告知承诺书。"]
    t = d.add_table(rows=1 + len(rows) + 1, cols=8)
    grid_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [0.8, 1.3, 2.2, 2.4, 2.0, 1.3, 3.2, 2.6]
    for j, c in enumerate(COLS):
        write_cell(t.cell(0, j), c, size=9, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for i, row in enumerate(rows, start=1):
        vals = row[:5] + ["实行告知承诺"] + row[5:]
        for j, v in enumerate(vals):
            if j in (1, 5):
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.LEFT
            write_cell(t.cell(i, j), v, size=9, align=al, mode="break")
        w.clauses.append(row_clause([flat(v) for v in vals]))
    # vertical merges: 改革方式 over all rows; 主管部门 runs
    m = t.cell(1, 5).merge(t.cell(len(rows), 5))
    write_cell(m, "实行告知承诺", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    k = 0
    while k < len(rows):
        e = k
        while e + 1 < len(rows) and rows[e + 1][1] == rows[k][1]:
            e += 1
        c = t.cell(1 + k, 1)
        if e > k:
            c = c.merge(t.cell(1 + e, 1))
        write_cell(c, rows[k][1], size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        k = e + 1
    last = len(rows) + 1
    m = t.cell(last, 0).merge(t.cell(last, 7))
    write_cell(m, note, size=9, mode="break")
    w.clauses.append(flat(note))
    set_col_widths(t, widths)
    w.empty()
    w.heading("二、工作要求")
    w.body("审批部门要逐项制定告知承诺书格式文本（样式见附件1），明确许可条件、所需材料、监管规则、"
           "违反承诺的法律责任以及核查时限，通过青岛片区政务服务大厅、“爱山东”政务服务平台等渠道公开。",
           runin="1.规范告知内容。", runin_font=FS, runin_bold=True)
    w.body("申请人可自主选择是否采用告知承诺方式办理。申请人不愿承诺或者无法承诺的，应当按照一般程序办理。"
           "申请人有较严重不良信用记录或者存在曾作出虚假承诺等情形的，在信用修复前不适用告知承诺制。",
           runin="2.尊重申请人选择权。", runin_font=FS, runin_bold=True)
    w.body("审批部门应当自作出审批决定之日起30日内，对申请人的承诺内容开展核查（核查记录表样式见附件2）。"
           "核查方式包括：", runin="3.加强事后核查。", runin_font=FS, runin_bold=True)
    w.body("（1）通过部门间数据共享核验申请人提交的材料；")
    w.body("（2）对涉及公共安全、生态环境和人民群众生命健康的事项开展现场核查；")
    w.body("（3）委托第三方专业机构开展技术性核查。")
    w.body("核查发现申请人实际情况与承诺内容不符的，审批部门应当责令限期整改；逾期拒不整改或者整改后仍"
           "不符合条件的，依法撤销行政许可决定。申请人作出虚假承诺的，依法予以处罚，并将失信信息归集至"
           "全国信用信息共享平台（山东青岛）。", runin="4.依法处理违诺行为。", runin_font=FS, runin_bold=True)
    w.heading("三、其他事项")
    w.body("本通知自2025年7月1日起施行，有效期至2027年6月30日。《青岛片区关于开展涉企经营许可事项告知"
           "承诺试点工作的通知》（青自贸管发〔2023〕11号）同时废止。")
    w.body("执行中如有问题，请与青岛片区管委会政务服务处（电话：0532-86896312）或市市场监管局行政审批"
           "服务处（电话：0532-85912035）联系。")
    w.empty()
    w.plain("附件：1.涉企经营许可事项告知承诺书（样式）", indent=32)
    # second attachment line aligned with manual spaces
    w.plain("\u3000" * 5 + "2.告知承诺事后核查记录表（样式）")
    w.empty(2)
    # joint 落款 as a borderless layout table
    st = d.add_table(rows=2, cols=2)
    set_borders(st)
    write_cell(st.cell(0, 0), ["中国（山东）自由贸易试验区", "青岛片区管理委员会"], size=16,
               align=WD_ALIGN_PARAGRAPH.CENTER)
    write_cell(st.cell(0, 1), "青岛市市场监督管理局", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    write_cell(st.cell(1, 1), "2025年6月12日", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(st, [7.8, 7.8])
    w.empty()
    w.publicity()
    clauses = list(w.clauses)
    w.empty(3)
    w.banji("抄送：山东省商务厅，山东省市场监督管理局，青岛市人民政府办公厅。",
            "青岛片区管委会综合办公室", "2025年6月13日")

    stem = "blind484_qingdao_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    w.save(path)
    exp = [
        {"meta": meta(title=title, doc_number="青自贸管发〔2025〕17号",
                      issuer=["中国（山东）自由贸易试验区青岛片区管理委员会", "青岛市市场监督管理局"],
                      date="2025-06-12", region="中国（山东）自由贸易试验区青岛片区",
                      effective="2025-07-01", expires="2027-06-30",
                      attachments=["涉企经营许可事项告知承诺书（样式）", "告知承诺事后核查记录表（样式）"],
                      doc_type="通知",
                      recipients=["青岛片区各部门", "市市场监管局各处室", "各直属单位",
                                  "黄岛区市场监督管理局"],
                      publicity="此件公开发布",
                      repeals="《青岛片区关于开展涉企经营许可事项告知承诺试点工作的通知》（青自贸管发〔2023〕11号）"),
         "clauses": clauses},
    ]
    return stem, path, exp


def main():
    expected = {}
    for fn in (make_xiamen, make_lingang, make_qingdao):
        stem, path, exp = fn()
        expected[stem] = exp
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
