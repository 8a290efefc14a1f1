# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 268: notices with several 附件 of different kinds (Word + LibreOffice PDF).

Run:  . /work/venv/bin/activate && python make_blind268.py
Writes every blind268_*.docx / .pdf next to this script, plus expected.json.
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
LINE = 28.95  # 22 lines per page on a 225 mm type area

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- low level
def set_font(run, name, size, bold=False, color=None, underline=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if underline:
        run.font.underline = True
    rPr = run._element.get_or_add_rPr()
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rPr.insert(0, rf)
    latin = "Times New Roman" if name in (FS, KT, SONG) else name
    rf.set(qn("w:ascii"), latin)
    rf.set(qn("w:hAnsi"), latin)
    rf.set(qn("w:eastAsia"), name)


_PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                  "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def p_border(p, sides):
    """sides: dict side -> (sz in eighths of a point, color hex)."""
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            sz, color = sides[side]
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "1")
            el.set(qn("w:color"), color)
            bdr.append(el)
    anchor = None
    for child in pPr:
        if child.tag in [qn(t) for t in _PPR_AFTER_BDR]:
            anchor = child
            break
    if anchor is None:
        pPr.append(bdr)
    else:
        anchor.addprevious(bdr)


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_font(r, SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = p.add_run()
    set_font(r, SONG, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, SONG, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    r = p.add_run("1")
    set_font(r, SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)
    r = p.add_run(" —")
    set_font(r, SONG, size)


_SECT_AFTER_PGNUM = ("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
                     "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
                     "w:printerSettings", "w:sectPrChange")


def restart_numbering(section, start=1):
    sectPr = section._sectPr
    pg = sectPr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        anchor = None
        for child in sectPr:
            if child.tag in [qn(t) for t in _SECT_AFTER_PGNUM]:
                anchor = child
                break
        if anchor is None:
            sectPr.append(pg)
        else:
            anchor.addprevious(pg)
    pg.set(qn("w:start"), str(start))


def text_width(s, size):
    w = 0.0
    for ch in s:
        w += 0.5 if ord(ch) < 0x2E80 else 1.0
    return w * size


# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.size = Pt(16)
        st.font.name = FS
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        st.paragraph_format.widow_control = False
        self.doc.settings.odd_and_even_pages_header_footer = True
        sec = self.doc.sections[0]
        self.page_setup(sec, landscape=False)
        self.footers(sec)
        self.docs = []
        self.cur = None

    # -- pages
    @staticmethod
    def page_setup(sec, landscape=False):
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Mm(297), Mm(210)
            sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
            sec.left_margin, sec.right_margin = Mm(30), Mm(28)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Mm(210), Mm(297)
            sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
            sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.header_distance = Mm(15)
        sec.footer_distance = Mm(14) if landscape else Mm(24)

    @staticmethod
    def footers(sec):
        f = sec.footer
        f.is_linked_to_previous = False
        p = f.paragraphs[0]
        p.alignment = RIGHT
        p.paragraph_format.right_indent = Pt(14)
        add_page_field(p)
        f = sec.even_page_footer
        f.is_linked_to_previous = False
        p = f.paragraphs[0]
        p.alignment = LEFT
        p.paragraph_format.left_indent = Pt(14)
        add_page_field(p)

    def new_section(self, landscape=False, restart=False, cover=False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.page_setup(sec, landscape)
        if restart:
            restart_numbering(sec, 1)
        if cover:
            sec.different_first_page_header_footer = True
            sec.first_page_footer.is_linked_to_previous = False
        return sec

    def page_break(self):
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        from docx.enum.text import WD_BREAK
        p.add_run().add_break(WD_BREAK.PAGE)

    # -- expected
    def new_doc(self, meta):
        d = {"meta": meta, "clauses": [], "applies_to": {"specific": {}}}
        self.docs.append(d)
        self.cur = d
        return d

    def add_clause(self, text, places=None):
        self.cur["clauses"].append(text)
        if places:
            key = text[:22]
            assert len(key) >= 15
            self.cur["applies_to"]["specific"][key] = places

    # -- paragraphs
    def para(self, runs, align=JUSTIFY, first=2, left=0.0, right=0.0, line=LINE,
             before=0, after=0, clause=False, places=None, size=16, keep_next=False):
        if isinstance(runs, str):
            runs = [(runs, FS, size, False, None, False)]
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = align
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if line:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
        first_size = runs[0][2] if runs else size
        if first:
            pf.first_line_indent = Pt(first * first_size)
        if left:
            pf.left_indent = Pt(left)
        if right:
            pf.right_indent = Pt(right)
        if keep_next:
            pf.keep_with_next = True
        text = ""
        for spec in runs:
            t, fn, sz, bold, color, ul = (list(spec) + [None, None, None, None])[:6]
            parts = t.split("\n")
            for i, part in enumerate(parts):
                if i > 0:
                    br = p.add_run()
                    set_font(br, fn, sz)
                    br.add_break()
                if part:
                    r = p.add_run(part)
                    set_font(r, fn, sz, bool(bold), color, bool(ul))
            text += t
        if clause:
            self.add_clause(text, places)
        return p

    def blank(self, n=1, line=LINE):
        for _ in range(n):
            self.para("", first=0, line=line)

    def body(self, text, places=None, clause=True):
        return self.para(text, clause=clause, places=places)

    def runin(self, head, text, places=None, headfont=KT, bold=False):
        return self.para([(head, headfont, 16, bold), (text, FS, 16, False)], clause=True,
                         places=places)

    def h1(self, text):
        return self.para([(text, HT, 16, False)], keep_next=True)

    def h2(self, text):
        return self.para([(text, KT, 16, False)], keep_next=True)

    def title(self, text, size=22, line=35, before=0, after=0):
        return self.para([(text, XBS, size, False)], align=CENTER, first=0, line=line,
                         before=before, after=after)

    def banner(self, organ, docno, size=36, line=None):
        self.para([(organ, XBS, size, False, RED)], align=CENTER, first=0,
                  line=line or size * 1.25)
        self.blank(1)
        p = self.para([(docno, FS, 16, False)], align=CENTER, first=0)
        p_border(p, {"bottom": (18, "FF0000")})
        self.blank(1)

    def recipients(self, text):
        return self.para(text, first=0)

    def att_note(self, items):
        """附件说明. items: list of attachment names (numbered if >1)."""
        self.blank(1)
        if len(items) == 1:
            self.para("附件：" + items[0], first=2, left=0)
            return
        for i, it in enumerate(items, 1):
            if i == 1:
                self.para("附件：%d. %s" % (i, it), first=2)
            else:
                # align with the first item's number (2 chars indent + "附件：" 3 chars)
                self.para("%d. %s" % (i, it), first=0, left=16 * 5)

    def att_note_raw(self, lines):
        self.blank(1)
        for i, ln in enumerate(lines):
            if i == 0:
                self.para("附件：" + ln, first=2)
            else:
                self.para(ln, first=0, left=16 * 5)

    def signoff(self, organ, date, publicity=None, gap=1):
        self.blank(gap)
        date_w = text_width(date, 16)
        org_w = text_width(organ, 16)
        r_date = 64
        r_org = max(0.0, r_date + (date_w - org_w) / 2)
        self.para(organ, align=RIGHT, first=0, right=r_org)
        self.para(date, align=RIGHT, first=0, right=r_date)
        if publicity:
            self.para(publicity, first=2)

    def att_label(self, text):
        return self.para([(text, HT, 16, False)], align=LEFT, first=0)

    def banji(self, cc, printer, date):
        p = self.para([("抄送：" + cc, FS, 14, False)], first=0, left=14, right=14,
                      line=26, align=LEFT, keep_next=True)
        p_border(p, {"top": (8, "000000"), "bottom": (4, "000000")})
        p = self.para([(printer + "\t" + date + "印发", FS, 14, False)], first=0, left=14,
                      right=14, line=26, align=LEFT)
        sec = self.doc.sections[-1]
        width = sec.page_width - sec.left_margin - sec.right_margin - Pt(28)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p_border(p, {"bottom": (8, "000000")})

    # -- tables
    def table(self, nrows, widths_mm, size=12):
        t = self.doc.add_table(rows=nrows, cols=len(widths_mm))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = Mm(widths_mm[j])
        for gc, w in zip(t._tbl.tblGrid.gridCol_lst, widths_mm):
            gc.w = Mm(w)
        tblPr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
        t._size = size
        return t

    def cell(self, t, r, c, text, bold=False, align=CENTER, size=None, font=None, line=None,
             merge_to=None):
        size = size or t._size
        cell = t.cell(r, c)
        if merge_to is not None:
            cell = cell.merge(t.cell(*merge_to))
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        # wipe
        for p in cell.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        p = cell.paragraphs[0]
        for r_ in list(p.runs):
            r_._r.getparent().remove(r_._r)
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(2)
        pf.space_after = Pt(2)
        pf.first_line_indent = Pt(0)
        if line:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            if i > 0:
                p = cell.add_paragraph()
                p.alignment = align
                p.paragraph_format.space_before = Pt(2)
                p.paragraph_format.space_after = Pt(2)
                if line:
                    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                    p.paragraph_format.line_spacing = Pt(line)
            if ln:
                run = p.add_run(ln)
                set_font(run, font or (HT if bold else FS), size, False)
        return cell

    def row_height(self, t, r, mm):
        t.rows[r].height = Mm(mm)

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


# ---------------------------------------------------------------- meta helper
def meta(title, doc_number, issuer, date, published, level, region, attachments, recipients,
         publicity, effective=None, expires=None, doc_type="通知", repeals=None):
    return {"title": title, "doc_number": doc_number, "issuer": issuer, "date": date,
            "published": published, "level": level, "region": region,
            "effective": effective, "expires": expires, "attachments": attachments,
            "doc_type": doc_type, "recipients": recipients, "publicity": publicity,
            "repeals": repeals}


# ================================================================ file 1
def make_jiangxi():
    b = Builder("blind268_jiangxi_shenbao")
    att = ["2025年度海外仓专项资金申报项目汇总表",
           "2025年度海外仓专项资金项目申报书",
           "信用承诺书"]
    b.new_doc(meta(
        "江西省商务厅关于组织申报2025年度跨境电商海外仓建设专项资金项目的通知",
        "赣商务外贸字〔2025〕23号", ["江西省商务厅"], "2025-04-18", "2025-04-21",
        "provincial", "江西省",
        ["附件1：" + att[0], "附件2：" + att[1], "附件3：" + att[2]],
        ["各设区市商务局", "赣江新区经济发展局", "省直管试点县（市）商务局"],
        "此件主动公开"))

    b.banner("江西省商务厅文件", "赣商务外贸字〔2025〕23号")
    b.title("江西省商务厅关于组织申报2025年度\n跨境电商海外仓建设专项资金项目的通知")
    b.blank(1)
    b.recipients("各设区市商务局，赣江新区经济发展局，省直管试点县（市）商务局：")
    b.body("为支持企业布局海外仓、拓展共建“一带一路”市场，现就2025年度跨境电商海外仓专项资金"
           "申报有关事项通知如下：")
    b.h1("一、支持对象和条件")
    b.body("（一）在我省注册登记、近三年无重大违法违规行为的外贸企业、跨境电商企业或物流企业，"
           "2024年进出口额不低于500万美元。")
    b.body("（二）在共建“一带一路”国家或我省重点出口市场自建或租赁海外仓，单仓面积不低于"
           "1000平方米，连续运营12个月以上。")
    b.h1("二、支持内容和标准")
    b.runin("（一）海外仓建设。", "按不超过实际投资额的20%给予支持，单个项目最高200万元。")
    b.runin("（二）公共海外仓运营。", "对年度服务我省企业20家以上的公共海外仓，给予最高50万元"
            "运营奖励。")
    b.runin("（三）综试区倾斜支持。", "南昌、赣州、九江、上饶、景德镇、吉安6个综试区所在设区市"
            "项目支持比例提高至25%。",
            places=["南昌市", "赣州市", "九江市", "上饶市", "景德镇市", "吉安市"])
    b.h1("三、申报程序")
    b.body("企业于2025年5月30日前在“江西省商务发展专项资金管理系统”在线填报；各地商务主管部门"
           "初审后，于6月15日前将项目汇总表（附件1）报省商务厅对外贸易处。")
    b.h1("四、有关要求")
    b.body("（一）同一项目已获其他省级财政资金支持的，不得重复申报；弄虚作假骗取资金的，收回资金"
           "并纳入信用记录。")
    b.body("（二）联系人：省商务厅外贸处李文涛，0791-86246315；\n"
           "省财政厅经建处王珊，0791-86283472。")
    b.att_note(att)
    b.signoff("江西省商务厅", "2025年4月18日", "（此件主动公开）")

    # ---- 附件1: landscape summary table, numbering runs through
    b.new_section(landscape=True)
    b.att_label("附件1")
    b.title(att[0], size=20, line=32)
    b.para([("填报单位（盖章）：                                    填报日期：      年    月    日",
             FS, 14, False)], first=0, line=26, before=6, after=4)
    widths = [10, 16, 30, 32, 32, 20, 16, 15, 16, 17, 17, 18]  # 239 mm
    t = b.table(8, widths, size=10.5)
    single = {0: "序号", 1: "设区市", 2: "申报单位", 3: "统一社会信用代码", 4: "项目名称",
              10: "申请支持\n金额（万元）", 11: "初审意见"}
    for c, txt in single.items():
        b.cell(t, 0, c, txt, bold=True, merge_to=(1, c))
    b.cell(t, 0, 5, "海外仓基本情况", bold=True, merge_to=(0, 7))
    b.cell(t, 1, 5, "所在国家\n（地区）", bold=True)
    b.cell(t, 1, 6, "仓储面积\n（㎡）", bold=True)
    b.cell(t, 1, 7, "运营模式", bold=True)
    b.cell(t, 0, 8, "项目投资（万元）", bold=True, merge_to=(0, 9))
    b.cell(t, 1, 8, "总投资", bold=True)
    b.cell(t, 1, 9, "已完成\n投资", bold=True)
    for r in range(2, 7):
        b.cell(t, r, 0, str(r - 1))
        b.row_height(t, r, 8)
    b.cell(t, 7, 0, "合    计", bold=True, merge_to=(7, 4))
    b.row_height(t, 7, 8)
    b.para([("填表说明：", HT, 14, False)], first=0, line=24, before=6)
    for note in ["1.本表由各设区市商务局、赣江新区经济发展局、省直管试点县（市）商务局汇总填报，"
                 "按申请支持金额由高到低排序。",
                 "2.“运营模式”栏填写“自建”或“租赁”，租赁海外仓须附租赁合同。",
                 "3.金额单位为万元，保留两位小数。"]:
        b.para([(note, FS, 14, False)], first=2, line=24, clause=True)

    # ---- 附件2: form with a cover page (cover has no page number)
    b.new_section(landscape=False, cover=True)
    b.att_label("附件2")
    b.blank(2)
    b.title("2025年度海外仓专项资金\n项目申报书", size=26, line=44)
    b.blank(3)
    for lab in ["项目名称：", "申报单位（盖章）：", "所在设区市：", "联 系 人：", "联系电话："]:
        b.para([(lab, FS, 16, False), (" " * 36, FS, 16, False, None, True)],
               first=0, left=16 * 3, line=34)
    b.para([("填报日期：", FS, 16, False), ("        年      月      日", FS, 16, False)],
           first=0, left=16 * 3, line=34)
    b.blank(2)
    b.para([("江西省商务厅  制", KT, 16, False)], align=CENTER, first=0)
    b.para([("二〇二五年四月", KT, 16, False)], align=CENTER, first=0)
    b.page_break()
    b.h1("一、企业基本情况")
    w4 = [40, 38, 40, 38]
    rows = [("企业名称", None), ("统一社会信用代码", "注册时间"), ("注册地址", None),
            ("法定代表人", "联系电话"), ("项目联系人", "手机"),
            ("企业类型", "□外贸企业    □跨境电商企业    □物流企业    □其他"),
            ("2024年进出口额\n（万美元）", "其中：跨境电商\n交易额（万元）"),
            ("2024年营业收入\n（万元）", "员工人数（人）")]
    t = b.table(len(rows), w4, size=12)
    for i, (l1, l2) in enumerate(rows):
        b.cell(t, i, 0, l1)
        if l2 is None:
            b.cell(t, i, 1, "", merge_to=(i, 3))
        elif l2.startswith("□"):
            b.cell(t, i, 1, l2, align=LEFT, merge_to=(i, 3))
        else:
            b.cell(t, i, 2, l2)
        b.row_height(t, i, 9)
    b.h1("二、海外仓项目情况")
    rows = [("海外仓名称", None), ("所在国家（地区）\n及城市", "运营模式"),
            ("仓储面积（㎡）", "投入运营时间"), ("项目总投资\n（万元）", "其中：设施投资\n（万元）"),
            ("申请支持金额\n（万元）", "2024年服务\n企业数（家）"), ("主要服务市场", None)]
    t = b.table(len(rows), w4, size=12)
    for i, (l1, l2) in enumerate(rows):
        b.cell(t, i, 0, l1)
        if l2 is None:
            b.cell(t, i, 1, "", merge_to=(i, 3))
        else:
            b.cell(t, i, 2, l2)
        if l2 == "运营模式":
            b.cell(t, i, 3, "□自建  □租赁")
        b.row_height(t, i, 9)
    b.h1("三、项目建设内容及预期效益")
    t = b.table(1, [156], size=12)
    b.cell(t, 0, 0, "（主要包括项目建设背景、建设内容、投资构成、实施进度、运营模式及预期效益等，"
                    "可另附页，不超过2000字）\n\n\n\n", align=LEFT)
    b.h1("四、申报单位及初审意见")
    t = b.table(2, [40, 116], size=12)
    b.cell(t, 0, 0, "申报单位\n承诺")
    b.cell(t, 0, 1, "本单位承诺所填报内容及所附材料真实、准确、完整，如有虚假，愿承担相应责任。\n\n"
                    "法定代表人（签字）：            （单位盖章）\n"
                    "                                年    月    日", align=LEFT)
    b.cell(t, 1, 0, "所在地商务\n主管部门\n初审意见")
    b.cell(t, 1, 1, "\n\n                                （盖  章）\n"
                    "                                年    月    日", align=LEFT)
    b.blank(1)
    b.para([("填报说明：", HT, 14, False)], first=0, line=24)
    for it in ["1.本申报书由申报企业如实填写，所填内容须与附报材料一致，数据截至2024年12月31日。",
               "2.申报书用A4纸双面打印，按“申报书—营业执照复印件—海外仓产权证明或租赁合同—投资发票及"
               "付款凭证—信用承诺书”顺序装订成册，一式两份。",
               "3.企业类型、运营模式等选择项请在“□”内打“√”。",
               "4.“所在国家（地区）及城市”请填写海外仓实际所在地，位于共建“一带一路”国家的请予注明。"]:
        b.para([(it, FS, 14, False)], first=2, line=24, clause=True)

    # ---- 附件3: 信用承诺书 (new page, same section)
    b.page_break()
    b.att_label("附件3")
    b.title("信用承诺书", before=10, after=14)
    b.body("本单位（名称：____________________，统一社会信用代码：____________________）自愿申报"
           "2025年度跨境电商海外仓建设专项资金项目，现就有关事项郑重承诺如下：")
    for it in ["一、所提交的申报材料及相关数据真实、准确、完整，不存在虚报、瞒报、伪造、篡改等情况。",
               "二、本单位近三年内无重大违法违规行为，未被列入严重失信主体名单。",
               "三、申报项目未获得其他省级财政资金重复支持，不存在多头申报情况。",
               "四、获得支持资金后，严格按照规定用途使用，自觉接受财政、审计和商务主管部门的监督检查。",
               "五、如违反上述承诺，自愿承担收回资金、纳入信用记录等相应责任，并承担由此产生的一切法律后果。"]:
        b.body(it)
    b.para("法定代表人（签字）：______________", first=0, left=16 * 8, line=26, before=8)
    b.para("申报单位（盖章）：______________", first=0, left=16 * 8, line=26)
    b.para("______年____月____日", first=0, left=16 * 11, line=26)
    b.blank(1, line=20)
    b.banji("省财政厅，各设区市财政局。", "江西省商务厅办公室", "2025年4月21日")
    return b


# ================================================================ file 2
def make_lianyungang():
    b = Builder("blind268_lianyungang_zhuanfa")
    inner_title = "连云港市商务局关于开展2025年“丝路拓市”跨境电商出海行动的通知"
    b.new_doc(meta(
        "市政府办公室转发市商务局关于开展2025年“丝路拓市”跨境电商出海行动的通知",
        "连政办发〔2025〕41号", ["连云港市人民政府办公室"], "2025-06-09", "2025-06-10",
        "municipal", "连云港市",
        ["附件：市商务局关于开展2025年“丝路拓市”跨境电商出海行动的通知"],
        ["各县、区人民政府", "市各开发区管委会", "市各委、办、局", "市各直属单位"],
        "此件公开发布"))
    b.banner("连云港市人民政府办公室文件", "连政办发〔2025〕41号", size=30)
    b.title("市政府办公室转发市商务局关于开展2025年\n“丝路拓市”跨境电商出海行动的通知")
    b.blank(1)
    b.recipients("各县、区人民政府，市各开发区管委会，市各委、办、局，市各直属单位：")
    b.body("市商务局《关于开展2025年“丝路拓市”跨境电商出海行动的通知》已经市政府同意，"
           "现转发给你们，请认真贯彻执行。")
    b.body("各县区、各部门要结合实际细化工作举措，加强协同配合，确保出海行动各项任务落地见效。"
           "重要情况请及时报告市政府。")
    b.att_note(["市商务局关于开展2025年“丝路拓市”跨境电商出海行动的通知"])
    b.signoff("连云港市人民政府办公室", "2025年6月9日", "（此件公开发布）")

    # ---- 附件: the forwarded notice, page numbers restart
    b.new_doc(meta(
        inner_title, "连商务发〔2025〕58号", ["连云港市商务局"], "2025-05-26", None,
        "municipal", "连云港市",
        ["附件1-1：2025年“丝路拓市”重点境外展会目录",
         "附件1-2：2025年“丝路拓市”跨境电商出海行动企业报名回执"],
        ["各县区商务主管部门", "市各功能板块经济发展部门", "市有关单位"], None))
    b.new_section(restart=True)
    b.att_label("附件")
    b.blank(1)
    b.title("连云港市商务局关于开展2025年“丝路拓市”\n跨境电商出海行动的通知")
    b.para([("连商务发〔2025〕58号", KT, 16, False)], align=CENTER, first=0)
    b.blank(1)
    b.recipients("各县区商务主管部门，市各功能板块经济发展部门，市有关单位：")
    b.body("为深入贯彻落实国家和省关于推动跨境电商高质量发展的决策部署，充分发挥我市作为新亚欧大陆桥"
           "经济走廊东方起点和共建“一带一路”强支点的作用，支持企业借助跨境电商开拓共建“一带一路”"
           "国家市场，市商务局决定在全市开展2025年“丝路拓市”跨境电商出海行动。现将有关事项通知如下：")
    b.h1("一、行动目标")
    b.body("力争到2025年底，全市跨境电商进出口额突破120亿元，新增跨境电商经营主体200家以上，培育年"
           "交易额超亿元的跨境电商龙头企业10家，在中亚、东南亚、中东欧等共建“一带一路”国家和地区"
           "新建或租赁海外仓8个以上。")
    b.h1("二、重点任务")
    b.runin("（一）开展境外展会拓市。", "组织企业参加共建“一带一路”国家重点境外展会（见附件1-1），"
            "对参展企业按展位费的70%给予补助，单个企业全年补助不超过15万元。")
    b.runin("（二）建设海外仓服务网络。", "支持企业依托中哈（连云港）物流合作基地和上合组织（连云港）"
            "国际物流园，在哈萨克斯坦、乌兹别克斯坦等中亚国家布局海外仓，对新建海外仓按实际投资额的"
            "15%给予补助，单个项目最高不超过100万元。")
    b.runin("（三）推动综保区跨境电商发展。", "支持连云港综合保税区开展跨境电商保税备货（1210）和"
            "“保税+直播”业务，对在综保区内新设立的跨境电商企业，年进出口额首次超过1000万元的给予"
            "一次性奖励20万元。", places=["连云港综合保税区"])
    b.runin("（四）培育跨境电商产业带。", "支持东海县打造水晶跨境电商产业带、赣榆区打造海产品跨境电商"
            "产业带，对入驻产业带公共服务平台的企业，给予首年平台服务费全额补贴。",
            places=["东海县", "赣榆区"])
    b.runin("（五）强化人才培训。", "联合江苏海洋大学、连云港职业技术学院等院校，全年开展跨境电商实操"
            "培训不少于20场，培训人员1000人次以上。")
    b.h1("三、保障措施")
    b.runin("（一）加强统筹协调。", "市商务局会同市财政局、连云港海关、市税务局等部门建立工作专班，"
            "定期会商解决企业出海中遇到的困难问题。")
    b.runin("（二）落实资金保障。", "行动所需资金从市级商务发展专项资金中列支，各县区按照1:1比例"
            "予以配套。")
    b.runin("（三）做好报名工作。", "请有意参加行动的企业填写报名回执（附件1-2），于2025年6月30日前"
            "报送所在县区商务主管部门，各县区汇总后于7月5日前报市商务局对外贸易处。")
    b.att_note_raw(["1-1. 2025年“丝路拓市”重点境外展会目录",
                    "1-2. 2025年“丝路拓市”跨境电商出海行动企业报名回执"])
    b.signoff("连云港市商务局", "2025年5月26日", None)

    # ---- 附件1-1
    b.page_break()
    b.att_label("附件1-1")
    b.blank(1)
    b.title("2025年“丝路拓市”重点境外展会目录", size=20, line=32)
    b.blank(1)
    cols = ["序号", "展会名称", "举办国家（城市）", "举办时间", "展会类别", "重点展品"]
    data = [
        ["1", "哈萨克斯坦中国商品展览会", "哈萨克斯坦（阿拉木图）", "2025年8月", "综合类", "机电产品、日用消费品"],
        ["2", "乌兹别克斯坦国际工业展", "乌兹别克斯坦（塔什干）", "2025年9月", "专业类", "工程机械、新能源产品"],
        ["3", "越南国际消费品博览会", "越南（胡志明市）", "2025年10月", "综合类", "家居用品、食品"],
        ["4", "中东电子商务博览会", "阿联酋（迪拜）", "2025年10月", "跨境电商类", "跨境电商平台、物流服务"],
        ["5", "中国品牌商品（中东欧）展", "波兰（华沙）", "2025年11月", "综合类", "水晶饰品、纺织服装"],
        ["6", "东盟跨境电商展", "马来西亚（吉隆坡）", "2025年12月", "跨境电商类", "海产品、食用菌"],
    ]
    t = b.table(len(data) + 1, [10, 44, 34, 24, 19, 25], size=10.5)
    for j, c in enumerate(cols):
        b.cell(t, 0, j, c, bold=True)
    for i, row in enumerate(data, 1):
        for j, v in enumerate(row):
            b.cell(t, i, j, v)
        b.add_clause("；".join("%s：%s" % (cols[j], row[j]) for j in range(len(cols))))
    b.para([("注：展会时间以主办方最终公布为准，市商务局将根据实际情况动态调整。", FS, 14, False)],
           first=0, line=26, before=6, clause=True)

    # ---- 附件1-2
    b.page_break()
    b.att_label("附件1-2")
    b.blank(1)
    b.title("2025年“丝路拓市”跨境电商出海行动\n企业报名回执", size=20, line=32)
    b.blank(1)
    b.para("所在县区（盖章）：                        填报日期：    年  月  日", first=0, size=14,
           line=26)
    t = b.table(7, [36, 42, 30, 48], size=12)
    b.cell(t, 0, 0, "企业名称")
    b.cell(t, 0, 1, "", merge_to=(0, 3))
    b.cell(t, 1, 0, "统一社会信用代码")
    b.cell(t, 1, 2, "主要产品")
    b.cell(t, 2, 0, "联系人")
    b.cell(t, 2, 2, "手机")
    b.cell(t, 3, 0, "拟参与内容")
    b.cell(t, 3, 1, "□境外展会    □海外仓建设\n□产业带入驻  □人才培训", align=LEFT, merge_to=(3, 3))
    b.cell(t, 4, 0, "拟参加展会\n（填序号）")
    b.cell(t, 4, 1, "", merge_to=(4, 3))
    b.cell(t, 5, 0, "2024年跨境电商\n交易额（万元）")
    b.cell(t, 5, 2, "主要目标市场")
    b.cell(t, 6, 0, "需协调解决的\n困难和问题")
    b.cell(t, 6, 1, "", merge_to=(6, 3))
    for r in range(7):
        b.row_height(t, r, 12)
    b.row_height(t, 6, 28)

    b.blank(2)
    b.banji("市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，连云港军分区。",
            "连云港市人民政府办公室", "2025年6月10日")
    return b


# ================================================================ file 3
def make_qinzhou():
    b = Builder("blind268_qinzhou_duixian")
    ruo = "《钦州港片区支持跨境电商和海外仓高质量发展若干措施》"
    att = ["《若干措施》政策解读", "《若干措施》常见问题解答"]
    ZONE = "中国（广西）自由贸易试验区钦州港片区"
    b.new_doc(meta(
        "钦州港片区管委会关于做好《钦州港片区支持跨境电商和海外仓高质量发展若干措施》政策兑现工作的通知",
        "钦港片管发〔2025〕12号", ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
        "2025-06-16", "2025-06-17", "zone", ZONE,
        ["附件1：" + att[0], "附件2：" + att[1]],
        ["片区各部门、各直属单位", "各有关企业"], "此件公开发布"))
    b.banner("中国（广西）自由贸易试验区\n钦州港片区管理委员会文件", "钦港片管发〔2025〕12号",
             size=28, line=40)
    b.title("钦州港片区管委会关于做好《钦州港片区支持\n跨境电商和海外仓高质量发展若干措施》\n"
            "政策兑现工作的通知")
    b.blank(1)
    b.recipients("片区各部门、各直属单位，各有关企业：")
    b.body(ruo + "（钦港片管发〔2025〕5号，以下简称《若干措施》）已于2025年3月印发。为推动各项政策"
           "措施落地见效，做好政策宣传解读和资金兑现工作，现将有关事项通知如下：")
    b.h1("一、兑现范围")
    b.body("在钦州港片区（含钦州综合保税区）内注册登记并依法纳税，2024年1月1日至2024年12月31日期间"
           "符合《若干措施》规定条件的跨境电商企业、海外仓运营企业、跨境电商综合服务企业及物流企业。")
    b.h1("二、兑现方式")
    b.runin("（一）免申即享。", "对跨境电商进出口额奖励、海铁联运运费补贴等可通过海关、税务数据直接核定"
            "的事项，由片区经济发展局会同钦州海关、片区税务部门核定后直接拨付，企业无需提出申请。")
    b.runin("（二）依申请兑现。", "对海外仓建设补助、跨境电商人才安家补贴等事项，由企业提出申请，"
            "片区经济发展局组织审核后兑现。")
    b.runin("（三）综保区专项事项。", "在钦州综合保税区内开展跨境电商特殊区域出口（1210）、保税维修等"
            "业务的奖励事项，由钦州综合保税区管理办公室受理并初审，报片区经济发展局复核。",
            places=["钦州综合保税区"])
    b.h1("三、申报时间和材料")
    b.body("（一）申报时间：2025年7月1日至7月31日，逾期不予受理。")
    b.body("（二）申报材料：申报表、营业执照复印件、相关业务合同及发票、海外仓产权或租赁证明、"
           "信用承诺书等，具体以片区门户网站发布的申报指南为准。")
    b.h1("四、工作要求")
    b.body("（一）各部门要加强政策宣传，通过片区门户网站、微信公众号及“政企直通车”等渠道做好政策解读"
           "（附件1）和常见问题解答（附件2）的发布工作。")
    b.body("（二）片区经济发展局要建立兑现台账，实行限时办结，自受理之日起20个工作日内完成审核，审核"
           "结果在片区门户网站公示5个工作日。")
    b.body("（三）企业对申报材料的真实性负责。对弄虚作假、骗取奖补资金的，追回已兑现资金，三年内不得"
           "享受片区扶持政策。")
    b.att_note(att)
    b.signoff("中国（广西）自由贸易试验区钦州港片区管理委员会", "2025年6月16日", "（此件公开发布）")

    # ---- 附件1 政策解读: page numbers restart
    b.new_section(restart=True)
    b.att_label("附件1")
    b.blank(1)
    b.title("《若干措施》政策解读")
    b.blank(1)
    b.h1("一、起草背景")
    b.body("钦州港片区是西部陆海新通道的重要节点和中国—东盟开放合作的前沿。为发挥自贸试验区制度创新"
           "优势，推动跨境电商与海外仓协同发展，助力企业开拓东盟及共建“一带一路”国家市场，片区"
           "管委会在深入调研的基础上制定了《若干措施》。")
    b.h1("二、主要内容")
    b.body("《若干措施》共4个方面12条，主要内容如下：")
    b.runin("（一）支持跨境电商主体集聚。", "对新注册落户片区、年跨境电商进出口额首次超过5000万元的"
            "企业，给予一次性落户奖励30万元；对年跨境电商进出口额增量部分，按每美元0.03元给予奖励，"
            "单个企业每年最高200万元。")
    b.runin("（二）支持海外仓建设运营。", "对企业在东盟国家自建海外仓的，按实际投资额的15%给予补助，"
            "最高300万元；租赁海外仓租期3年以上且单仓面积不低于2000平方米的，按年租金的30%给予"
            "补助，最高100万元。")
    b.runin("（三）支持综保区业务创新。", "对在钦州综合保税区内开展跨境电商特殊区域出口（1210）业务的"
            "企业，按出口额每美元0.02元给予奖励；对开展保税维修业务的企业，按维修货值的1%给予奖励，"
            "最高50万元。", places=["钦州综合保税区"])
    b.runin("（四）支持物流通道和人才建设。", "对通过西部陆海新通道海铁联运班列运输跨境电商货物的，"
            "按实际运费的10%给予补贴；对引进的跨境电商高层次人才，按片区人才政策给予安家补贴。")
    b.h1("三、支持对象")
    b.body("在钦州港片区（含钦州综合保税区）注册登记、具有独立法人资格并依法纳税的跨境电商企业、"
           "海外仓运营企业、跨境电商综合服务企业及物流企业。")
    b.h1("四、实施期限")
    b.body("《若干措施》自2025年4月1日起施行，有效期至2027年12月31日。实施期间如遇国家、自治区"
           "政策调整，按新规定执行。")

    # ---- 附件2 常见问题: page numbers restart again
    b.new_section(restart=True)
    b.att_label("附件2")
    b.title("《若干措施》常见问题解答", before=6, after=14)
    qa = [
        ("问1：在钦州港片区以外注册、但在片区内租赁仓库开展业务的企业能否申请？",
         "答：不能。《若干措施》的支持对象为在钦州港片区内注册登记并依法纳税的企业，企业将注册地迁入"
         "片区后方可申请。", None),
        ("问2：企业在境外租赁的海外仓能否享受海外仓建设补助？",
         "答：可以。租赁海外仓租期在3年以上且单仓面积不低于2000平方米的，按年租金的30%给予补助，"
         "最高不超过100万元。", None),
        ("问3：在钦州综合保税区内开展1210业务的企业应向哪个部门申报？",
         "答：向钦州综合保税区管理办公室申报，由其初审后报片区经济发展局复核。",
         ["钦州综合保税区"]),
        ("问4：同一事项能否同时享受片区和自治区、钦州市的政策？",
         "答：同一事项按照“从高不重复”原则执行，企业已获得自治区或钦州市同类资金支持的，片区不再"
         "重复支持。", None),
    ]
    for q, a, pl in qa:
        # question in 黑体, soft line break, answer in 仿宋 — one paragraph per pair
        b.para([(q, HT, 16, False), ("\n", FS, 16, False), (a, FS, 16, False)], clause=True,
               places=pl)

    b.blank(1, line=16)
    b.banji("自治区自贸办，钦州市人民政府，钦州海关。", "钦州港片区管委会党政办公室",
            "2025年6月17日")
    return b


# ================================================================ file 4
def make_yiwu():
    b = Builder("blind268_yiwu_fangan")
    plan = "义乌市加快海外仓高质量发展三年行动方案（2025—2027年）"
    b.new_doc(meta(
        "义乌市人民政府办公室关于印发《义乌市加快海外仓高质量发展三年行动方案（2025—2027年）》的通知",
        "义政办发〔2025〕27号", ["义乌市人民政府办公室"], "2025-07-03", "2025-07-04",
        "county", "义乌市", ["附件1：" + plan, "附件2：重点任务分工表"],
        ["各镇人民政府、街道办事处", "市政府各部门", "各有关单位"], "此件公开发布",
        effective="2025-08-01", expires="2027-12-31"))
    b.banner("义乌市人民政府办公室文件", "义政办发〔2025〕27号", size=32)
    b.title("义乌市人民政府办公室关于印发《义乌市加快\n海外仓高质量发展三年行动方案\n"
            "（2025—2027年）》的通知")
    b.blank(1)
    b.recipients("各镇人民政府、街道办事处，市政府各部门，各有关单位：")
    b.body("《" + plan + "》已经市政府第56次常务会议审议通过，现印发给你们，请结合实际认真贯彻落实。")
    b.att_note([plan, "重点任务分工表"])
    b.signoff("义乌市人民政府办公室", "2025年7月3日", "（此件公开发布）")

    # ---- 附件1 方案 (new page, numbering runs through)
    b.page_break()
    b.att_label("附件1")
    b.blank(1)
    b.title("义乌市加快海外仓高质量发展三年行动方案\n（2025—2027年）")
    b.blank(1)
    b.body("为深入贯彻落实国家关于加快发展海外仓的决策部署，推动“义新欧”中欧班列与海外仓联动发展，"
           "高水平建设“一带一路”国际物流枢纽，结合我市实际，制定本方案。")
    b.h1("一、总体目标")
    b.body("到2027年，全市企业在境外设立海外仓达到300个以上、面积突破400万平方米，其中在共建"
           "“一带一路”国家布局海外仓不少于150个；培育省级公共海外仓20家以上；海外仓带动跨境电商"
           "出口年均增长15%以上。")
    b.h1("二、重点任务")
    b.h2("（一）优化海外仓全球布局")
    b.body("1.支持企业在中东欧、中亚、东南亚、拉美等共建“一带一路”国家和地区新建、并购或租赁海外仓，"
           "重点布局“义新欧”中欧班列沿线节点城市。")
    b.body("2.推动海外仓与义乌中国小商品城海外分市场、境外经贸合作区协同发展，打造“前展后仓”服务模式。")
    b.h2("（二）提升海外仓数字化水平")
    b.body("1.支持企业建设海外仓智能管理系统，对实现与Chinagoods平台数据对接的海外仓，按系统建设投入的"
           "30%给予补助，最高不超过50万元。")
    b.body("2.建设全市海外仓综合服务平台，实现仓储资源、物流信息、订单数据“一网统览”。")
    b.h2("（三）强化物流通道支撑")
    b.body("1.依托义乌国际陆港和义乌综合保税区，发展“海外仓+中欧班列”“海外仓+海铁联运”模式，对通过"
           "“义新欧”中欧班列向海外仓运输货物的企业，按实际运费的10%给予补贴。")
    b.body("2.支持义乌综合保税区开展“保税仓+海外仓”联动试点，对综保区内企业开展出口拼箱、跨境电商"
           "退货等业务给予通关便利。", places=["义乌综合保税区"])
    b.h2("（四）培育海外仓市场主体")
    b.body("1.对新认定的国家级、省级公共海外仓，分别给予一次性奖励100万元、50万元。")
    b.body("2.支持佛堂镇、苏溪镇等产业集聚镇（街道）建设“产业带+海外仓”服务站，每个服务站给予不超过"
           "30万元建设补助。", places=["佛堂镇", "苏溪镇"])
    b.h1("三、保障措施")
    b.runin("（一）加强组织领导。", "成立由市政府分管副市长任组长的海外仓高质量发展工作专班，专班办公室"
            "设在市商务局，统筹推进各项任务落实。")
    b.runin("（二）加大资金支持。", "市财政每年安排不少于5000万元专项资金，用于支持海外仓建设运营，"
            "同一项目不重复享受市级同类政策。")
    b.runin("（三）强化风险防控。", "指导企业建立海外仓合规经营和风险预警机制，防范境外政治、法律、"
            "汇率等风险。")
    b.body("本方案自2025年8月1日起施行，有效期至2027年12月31日，由市商务局会同市财政局负责解释。")

    # ---- 附件2 分工表: landscape, merged 重点任务 cells and a merged 责任单位 header
    b.new_section(landscape=True)
    b.att_label("附件2")
    b.title("重点任务分工表", size=20, line=32)
    b.blank(1, line=20)
    widths = [12, 38, 88, 38, 42, 21]  # 239 mm
    rows = [
        ["1", "优化海外仓全球布局", "支持企业在共建“一带一路”国家和地区新建、并购或租赁海外仓",
         "市商务局", "市发改局、市财政局", "2027年底"],
        ["2", "优化海外仓全球布局", "推动海外仓与小商品城海外分市场、境外经贸合作区协同发展",
         "市市场发展委", "商城集团、市商务局", "持续推进"],
        ["3", "提升海外仓数字化水平", "支持海外仓智能管理系统建设及与Chinagoods平台数据对接",
         "市商务局", "商城集团、市数据局", "2026年底"],
        ["4", "提升海外仓数字化水平", "建设全市海外仓综合服务平台",
         "市数据局", "市商务局", "2025年底"],
        ["5", "强化物流通道支撑", "发展“海外仓+中欧班列”“海外仓+海铁联运”模式",
         "义乌国际陆港集团", "市商务局、市交通运输局", "持续推进"],
        ["6", "强化物流通道支撑", "在义乌综合保税区开展“保税仓+海外仓”联动试点",
         "义乌综合保税区管理中心", "义乌海关、市商务局", "2026年6月底"],
        ["7", "培育海外仓市场主体", "开展国家级、省级公共海外仓培育认定",
         "市商务局", "市财政局", "每年"],
        ["8", "培育海外仓市场主体", "在佛堂镇、苏溪镇建设“产业带+海外仓”服务站",
         "佛堂镇、苏溪镇", "市商务局、市经信局", "2026年底"],
    ]
    places = {"6": ["义乌综合保税区"], "8": ["佛堂镇", "苏溪镇"]}
    colnames = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    t = b.table(len(rows) + 2, widths, size=12)
    for c, txt in {0: "序号", 1: "重点任务", 2: "具体措施", 5: "完成时限"}.items():
        b.cell(t, 0, c, txt, bold=True, merge_to=(1, c))
    b.cell(t, 0, 3, "责任单位", bold=True, merge_to=(0, 4))
    b.cell(t, 1, 3, "牵头单位", bold=True)
    b.cell(t, 1, 4, "配合单位", bold=True)
    for i, row in enumerate(rows):
        r = i + 2
        for j, v in enumerate(row):
            if j == 1:
                continue
            b.cell(t, r, j, v, align=LEFT if j == 2 else CENTER)
    for i in range(0, len(rows), 2):
        b.cell(t, i + 2, 1, rows[i][1], merge_to=(i + 3, 1))
    for row in rows:
        b.add_clause("；".join("%s：%s" % (colnames[j], row[j]) for j in range(6)),
                     places.get(row[0]))

    b.blank(1, line=20)
    b.banji("市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。",
            "义乌市人民政府办公室", "2025年7月4日")
    return b


# ================================================================ main
def to_pdf(docx_path):
    prof = "file:///tmp/lo_268"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + prof, "--convert-to",
                    "pdf", "--outdir", HERE, docx_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (make_jiangxi, make_lianyungang, make_qinzhou, make_yiwu):
        b = fn()
        path = b.save()
        to_pdf(path)
        for d in b.docs:
            if not d["applies_to"]["specific"]:
                d["applies_to"]["specific"] = {}
        expected[b.stem] = b.docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    print("wrote", len(expected), "files")


if __name__ == "__main__":
    main()
