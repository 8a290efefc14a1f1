# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 282: county-level border documents (口岸 / 边民互市 / 跨境电商 / 一带一路).

Writes next to itself:
  blind282_longzhou_fangan.docx/.pdf  中共龙州县委办公室 龙州县人民政府办公室 联合印发工作方案的通知
  blind282_hekou_pifu.docx/.pdf       河口瑶族自治县人民政府 关于北山互市点提质升级有关事项的批复
  blind282_huocheng_tongzhi.docx/.pdf 霍城县商务局 培训班通知（日程表 + 回执）
  blind282_erlian_banfa.docx/.pdf     二连浩特边境经济合作区管理委员会 印发管理办法的通知
  expected.json
Run:  . /work/venv/bin/activate && python make_blind282.py
All names, numbers and dates are fictional.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"


# ----------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para_border(p, side="bottom", sz=18, color="FF0000", space=4):
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


def table_borders(tbl, spec):
    """spec: dict side -> (val, sz) ; sides top,left,bottom,right,insideH,insideV"""
    tblPr = tbl._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz = spec.get(side, ("nil", 0))
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def cell_border(cell, side, val="single", sz=4):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "0")
    el.set(qn("w:color"), "000000")
    b.append(el)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def page_footer(section):
    """GB/T 9704: 4号半角宋体 “— N —”, odd pages right, even pages left."""
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.text = ""
        p.alignment = align
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, ST, 14)
        r = p.add_run()
        set_font(r, ST, 14)
        add_field(r, "PAGE")
        r = p.add_run(" —")
        set_font(r, ST, 14)


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        d = self.doc
        d.settings.odd_and_even_pages_header_footer = True
        st = d.styles["Normal"]
        st.font.name = FS
        st.element.get_or_add_rPr()
        rf = st.element.rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            st.element.rPr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(16)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(28)
        sec = d.sections[0]
        self._a4(sec)
        page_footer(sec)
        self.clauses = []   # list of (text, places)

    @staticmethod
    def _a4(sec, landscape=False):
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Mm(297), Mm(210)
            sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
            sec.left_margin, sec.right_margin = Mm(30), Mm(30)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Mm(210), Mm(297)
            sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
            sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.footer_distance = Mm(25)

    # -- paragraphs -------------------------------------------------------
    def p(self, text="", font=FS, size=16, bold=False, align=None, indent=True,
          color=None, before=0, after=0, exact=None):
        par = self.doc.add_paragraph()
        if align is not None:
            par.alignment = align
        if indent:
            par.paragraph_format.first_line_indent = Pt(size * 2)
        if before:
            par.paragraph_format.space_before = Pt(before)
        if after:
            par.paragraph_format.space_after = Pt(after)
        if exact:
            par.paragraph_format.line_spacing = Pt(exact)
        if text:
            parts = text.split("\n")
            r = par.add_run(parts[0])
            set_font(r, font, size, bold, color)
            for part in parts[1:]:
                r.add_break(WD_BREAK.LINE)
                r = par.add_run(part)
                set_font(r, font, size, bold, color)
        return par

    def blank(self, n=1):
        for _ in range(n):
            self.p("", indent=False)

    def banner(self, organ, docnum, size=30):
        par = self.p(organ, XBS, size, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
                     indent=False, exact=size + 14, before=10)
        self.blank(1)
        np_ = self.p(docnum, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        para_border(np_, "bottom", sz=18, space=12)
        self.blank(1)
        return par

    def joint_banner(self, organs, word, docnum):
        """联合行文版头: 机关名称上下排列, “文件” 二字居右并跨行（表格合并单元格）."""
        t = self.doc.add_table(rows=len(organs), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        t.columns[0].width = Mm(118)
        t.columns[1].width = Mm(38)
        table_borders(t, {})
        for i, org in enumerate(organs):
            c = t.cell(i, 0)
            c.width = Mm(118)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            c.paragraphs[0].paragraph_format.line_spacing = Pt(40)
            r = c.paragraphs[0].add_run(org)
            set_font(r, XBS, 28, color=RED)
        m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
        m.width = Mm(36)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        m.paragraphs[0].paragraph_format.line_spacing = Pt(40)
        r = m.paragraphs[0].add_run(word)
        set_font(r, XBS, 42, color=RED)
        self.blank(1)
        np_ = self.p(docnum, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        para_border(np_, "bottom", sz=18, space=12)
        self.blank(1)

    def title(self, text, size=22):
        """text may contain \n = soft line break inside one paragraph."""
        return self.p(text, XBS, size, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                      exact=36)

    def main_to(self, text):
        self.blank(1)
        return self.p(text, FS, 16, indent=False)

    def h1(self, text):
        par = self.p(text, HT, 16)
        par.paragraph_format.keep_with_next = True
        return par

    def h2(self, text):
        par = self.p(text, KT, 16, bold=True)
        par.paragraph_format.keep_with_next = True
        return par

    def clause(self, text, head=None, head_font=KT, head_bold=True, places=None):
        par = self.doc.add_paragraph()
        par.paragraph_format.first_line_indent = Pt(32)
        if head:
            r = par.add_run(head)
            set_font(r, head_font, 16, head_bold)
        r = par.add_run(text)
        set_font(r, FS, 16)
        self.clauses.append(((head or "") + text, places))
        return par

    def multi_clause(self, items):
        """several numbered items in ONE Word paragraph separated by soft line breaks."""
        par = self.doc.add_paragraph()
        par.paragraph_format.first_line_indent = Pt(32)
        for i, (text, places) in enumerate(items):
            r = par.add_run(text)
            set_font(r, FS, 16)
            if i < len(items) - 1:
                r.add_break(WD_BREAK.LINE)
            self.clauses.append((text, places))
        return par

    def article(self, label, paras, places=None):
        first = self.doc.add_paragraph()
        first.paragraph_format.first_line_indent = Pt(32)
        r = first.add_run(label + "\u3000")
        set_font(r, HT, 16)
        r = first.add_run(paras[0])
        set_font(r, FS, 16)
        for extra in paras[1:]:
            self.p(extra)
        self.clauses.append((label + "\u3000" + "\n".join(paras), places))

    def chapter(self, text):
        par = self.p(text, HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        par.paragraph_format.keep_with_next = True
        return par

    def attachments(self, items):
        """附件说明: 左空二字“附件：”, 多个附件用阿拉伯数字序号, 回行与名称首字对齐."""
        if len(items) == 1:
            self.p("附件：" + items[0])
            return
        for i, it in enumerate(items, 1):
            par = self.doc.add_paragraph()
            if i == 1:
                par.paragraph_format.first_line_indent = Pt(32)
                r = par.add_run("附件：%d．%s" % (i, it))
            else:
                par.paragraph_format.left_indent = Pt(80)
                r = par.add_run("%d．%s" % (i, it))
            set_font(r, FS, 16)

    def signature(self, organ_line, date_line, gap=2):
        self.blank(gap)
        self.p(organ_line, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
        self.p(date_line, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(80)

    def note(self, text):
        return self.p(text, FS, 16)

    def page_break(self):
        """manual page break at the end of the last paragraph (Ctrl+Enter)."""
        body = self.doc.element.body
        last = [el for el in body if el.tag != qn("w:sectPr")][-1]
        if last.tag == qn("w:p"):
            par = self.doc.paragraphs[-1]
        else:  # after a table: an empty paragraph carries the break
            par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, landscape=False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self._a4(sec, landscape)
        return sec

    def data_table(self, headers, rows, widths, vmerge_cols=(), size=12, record=True,
                   places=None):
        """rows: list of value lists; vertical merge of equal consecutive values in vmerge_cols."""
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Mm(w)
        table_borders(t, {s: ("single", 4) for s in
                          ("top", "left", "bottom", "right", "insideH", "insideV")})
        for j, h in enumerate(headers):
            c = t.cell(0, j)
            c.width = Mm(widths[j])
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            pp = c.paragraphs[0]
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pp.paragraph_format.line_spacing = Pt(size + 6)
            r = pp.add_run(h)
            set_font(r, HT, size)
        repeat_header(t.rows[0])
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.width = Mm(widths[j])
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                pp = c.paragraphs[0]
                pp.paragraph_format.line_spacing = Pt(size + 6)
                if j in vmerge_cols or len(v) <= 12:
                    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if j in vmerge_cols and i > 1 and rows[i - 2][j] == v:
                    continue  # text written once in the merged cell
                r = pp.add_run(v)
                set_font(r, FS, size)
        for j in vmerge_cols:
            start = 1
            for i in range(2, len(rows) + 2):
                if i == len(rows) + 1 or rows[i - 1][j] != rows[start - 1][j]:
                    if i - 1 > start:
                        a = t.cell(start, j)
                        b = t.cell(i - 1, j)
                        keep = a.text
                        m = a.merge(b)
                        # merge concatenates paragraphs; keep only the first one's text
                        for extra in m.paragraphs[1:]:
                            extra._p.getparent().remove(extra._p)
                        assert m.text == keep
                    start = i
        if record:
            for k, row in enumerate(rows):
                txt = "；".join("%s：%s" % (h, v) for h, v in zip(headers, row))
                pl = places[k] if places else None
                self.clauses.append((txt, pl))
        return t

    def banji(self, cc, printer, printed, size=14):
        """版记: 抄送 + 印发机关和印发日期, 首末条粗线、中间细线 (表格边框)."""
        t = self.doc.add_table(rows=2, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        t.columns[0].width = Mm(156)
        table_borders(t, {"top": ("single", 8), "bottom": ("single", 8),
                          "insideH": ("single", 4)})
        c = t.cell(0, 0)
        c.width = Mm(156)
        pp = c.paragraphs[0]
        pp.paragraph_format.left_indent = Pt(14)
        pp.paragraph_format.first_line_indent = Pt(0)
        r = pp.add_run(cc)
        set_font(r, FS, size)
        c = t.cell(1, 0)
        pp = c.paragraphs[0]
        pp.paragraph_format.tab_stops.add_tab_stop(Mm(142), alignment=2)
        pp.paragraph_format.left_indent = Pt(14)
        r = pp.add_run(printer + "\t" + printed)
        set_font(r, FS, size)

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_282",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def specific(clauses):
    out = {}
    for text, places in clauses:
        if places:
            key = text[:24]
            assert key not in out, key
            out[key] = places
    return out


EXPECTED = {}


def record(b, meta):
    EXPECTED[b.stem] = [{
        "meta": meta,
        "clauses": [t for t, _ in b.clauses],
        "applies_to": {"specific": specific(b.clauses)},
    }]


# ======================================================== 1. 龙州 联合通知+方案
def make_longzhou():
    b = Builder("blind282_longzhou_fangan")
    b.joint_banner(["中共龙州县委办公室", "龙州县人民政府办公室"], "文件",
                   "龙办发〔2025〕18号")
    b.title("中共龙州县委办公室\u3000龙州县人民政府办公室\n关于印发《龙州县推进边民互市贸易和\n"
            "跨境电商高质量发展工作方案\n（2025—2027年）》的通知")
    b.main_to("各乡镇党委和人民政府，县委各部委，县直各单位，驻龙各单位：")
    b.clause("经县委、县人民政府同意，现将《龙州县推进边民互市贸易和跨境电商高质量发展工作方案"
             "（2025—2027年）》印发给你们，请结合实际认真抓好贯彻落实。执行中遇到的重大问题，"
             "请及时向县商务局报告。")
    b.signature("中共龙州县委办公室\u3000\u3000\u3000龙州县人民政府办公室", "2025年4月16日", gap=1)
    b.note("（此件公开发布）")
    b.page_break()

    b.title("龙州县推进边民互市贸易和跨境电商\n高质量发展工作方案（2025—2027年）")
    b.blank(1)
    b.clause("为深入贯彻落实党中央、国务院关于推进共建“一带一路”高质量发展和加快沿边开放的决策部署，"
             "用好中国—东盟自由贸易区3.0版建设机遇，推动我县边民互市贸易转型升级、跨境电商加快发展，"
             "结合我县实际，制定本方案。")
    b.h1("一、总体要求")
    b.clause("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
             "以水口口岸为龙头、以边民互市点为支撑，加快构建“口岸+互市+电商+加工”联动发展格局。",
             head="（一）指导思想。")
    b.clause("到2027年，全县边民互市贸易额年均增长10%以上，互市商品落地加工率达到40%以上；"
             "培育跨境电商经营主体50家以上，跨境电商进出口额突破5亿元；建成县级跨境电商公共服务中心1个、"
             "边境仓（海外仓）2个以上。", head="（二）工作目标。")
    b.h1("二、重点任务")
    b.h2("（一）推动边民互市贸易提质增效")
    b.clause("1.规范边民互助组运行。严格落实边民身份认定和互助组备案管理，推动边民互助组规范化、实体化运行。")
    b.clause("2.推进水口互市点提档升级。在水口镇建设互市商品交易结算中心，完善查验、仓储、停车等配套设施，"
             "推行“预申报+集中查验”模式，2026年6月底前完成升级改造。",
             places=["水口镇", "水口互市点"])
    b.clause("3.盘活科甲、布局互市点。支持武德乡科甲互市点、金龙镇布局互市点发展特色农产品互市交易，"
             "对年交易额首次突破5000万元的互市点，县级财政给予所在乡镇一次性工作经费奖励20万元。",
             places=["武德乡", "科甲互市点", "金龙镇", "布局互市点"])
    b.clause("4.发展互市商品落地加工。引进培育坚果、水果、中药材等互市商品加工企业，落实互市商品落地加工"
             "有关税收政策，推动“互市贸易+落地加工”一体化发展。")
    b.h2("（二）加快跨境电商发展")
    b.clause("1.建设跨境电商公共服务平台。建设县级跨境电商公共服务中心，为企业提供通关、物流、支付、结汇、"
             "培训等“一站式”服务，2025年10月底前投入运营。")
    b.clause("2.培育跨境电商经营主体。实施跨境电商主体培育行动，对新开展跨境电商业务且年进出口额达到"
             "100万元以上的企业，给予一次性奖励5万元；鼓励传统外贸企业和互市贸易企业“触网”转型。")
    b.clause("3.建设水口跨境电商产业园。在水口镇规划建设跨境电商产业园，引导跨境电商企业、物流企业、"
             "直播电商企业集聚发展，入园企业按规定享受场地租金“三免两减半”优惠。",
             places=["水口镇", "水口跨境电商产业园"])
    b.clause("4.布局边境仓和海外仓。支持企业在越南高平、谅山等地租用或自建海外仓，对经认定的海外仓"
             "给予最高30万元补助。")
    b.h2("（三）提升口岸通关便利化水平")
    b.clause("1.深化通关模式改革。配合海关推广“提前申报”“两步申报”等通关模式，推动水口口岸进出口货物"
             "整体通关时间较2024年压缩10%以上。")
    b.clause("2.完善口岸基础设施。加快水口口岸货场扩建和智慧口岸建设。")
    b.h2("（四）强化开放合作平台联动")
    b.clause("1.主动对接自贸试验区。加强与中国（广西）自由贸易试验区崇左片区在制度创新、产业协作、"
             "通关便利等方面的联动，复制推广自贸试验区改革试点经验。")
    b.clause("2.拓展“一带一路”经贸合作。组织企业参加中国—东盟博览会等展会活动，每年组织企业赴越南"
             "开展经贸交流活动不少于2次。")
    b.h1("三、保障措施")
    b.clause("成立由县人民政府主要领导任组长的县推进边民互市贸易和跨境电商发展工作领导小组，领导小组"
             "办公室设在县商务局，负责统筹协调和督促落实。", head="（一）加强组织领导。")
    b.clause("县财政每年统筹安排不少于500万元资金用于支持边民互市贸易和跨境电商发展，县自然资源局"
             "对重点项目用地优先予以保障。", head="（二）强化要素保障。")
    b.clause("各乡镇、各有关部门要按照任务清单明确的分工，细化工作措施，于每年6月底、12月底前将"
             "工作进展情况报送县商务局。", head="（三）压实工作责任。")
    b.clause("县委督查室、县政府督查室将本方案落实情况纳入年度绩效考评，对工作推进不力的单位予以通报。",
             head="（四）严格督查考核。")
    b.clause("四、本方案自印发之日起实施，实施期至2027年12月31日。")
    b.blank(1)
    b.attachments(["龙州县推进边民互市贸易和跨境电商高质量发展重点任务清单"])

    # 附件: new section (next page); 版记 follows the table on the last page
    b.new_section(landscape=False)
    b.p("附件", HT, 16, indent=False)
    b.title("龙州县推进边民互市贸易和跨境电商\n高质量发展重点任务清单", size=20)
    b.blank(1)
    H = ["序号", "任务类别", "具体任务", "责任单位", "完成时限"]
    R = [
        ["1", "边民互市贸易", "在水口镇、下冻镇、金龙镇、武德乡实现边境0—3公里范围内有劳动能力的边民应组尽组",
         "水口镇、下冻镇、金龙镇、武德乡人民政府，县商务局", "2025年12月底前"],
        ["2", "边民互市贸易", "完成水口互市点交易结算中心及查验、仓储配套设施升级改造",
         "水口镇人民政府，县商务局、县发展改革局", "2026年6月底前"],
        ["3", "边民互市贸易", "科甲互市点、布局互市点特色农产品互市交易额年均增长15%以上",
         "武德乡、金龙镇人民政府，县商务局", "2027年12月底前"],
        ["4", "边民互市贸易", "引进互市商品落地加工企业5家以上",
         "县工业和信息化局、县投资促进局", "2027年12月底前"],
        ["5", "跨境电商", "建成县级跨境电商公共服务中心并投入运营",
         "县商务局，龙州镇人民政府", "2025年10月底前"],
        ["6", "跨境电商", "完成水口跨境电商产业园规划建设，入园企业不少于20家",
         "水口镇人民政府，县商务局、县自然资源局", "2026年12月底前"],
        ["7", "跨境电商", "培育跨境电商经营主体累计50家以上",
         "县商务局，各乡镇人民政府", "2027年12月底前"],
        ["8", "跨境电商", "支持企业建设海外仓（边境仓）2个以上",
         "县商务局、县财政局", "2027年12月底前"],
        ["9", "口岸通关", "配合推进水口口岸货场扩建和智慧口岸建设",
         "县口岸服务中心，水口镇人民政府", "2026年12月底前"],
        ["10", "开放合作", "每年组织企业赴越南开展经贸交流活动不少于2次",
         "县商务局、县投资促进局", "每年"],
    ]
    places = [["水口镇", "下冻镇", "金龙镇", "武德乡"], ["水口互市点"],
              ["科甲互市点", "布局互市点"], None, None, ["水口跨境电商产业园"],
              None, None, None, None]
    b.data_table(H, R, [9, 18, 62, 42, 25], vmerge_cols=(1,), size=10.5, places=places)

    b.blank(1)
    b.banji("抄送：县委各部委，县人大常委会办公室，县政协办公室，县纪委监委办公室，县人民法院，"
            "县人民检察院，县人武部。",
            "中共龙州县委办公室", "2025年4月17日印发")
    path = b.save()
    record(b, {
        "title": "中共龙州县委办公室 龙州县人民政府办公室关于印发《龙州县推进边民互市贸易和跨境电商"
                 "高质量发展工作方案（2025—2027年）》的通知",
        "doc_number": "龙办发〔2025〕18号",
        "issuer": ["中共龙州县委办公室", "龙州县人民政府办公室"],
        "date": "2025-04-16",
        "published": "2025-04-17",
        "level": "county",
        "region": "龙州县",
        "effective": "2025-04-17",
        "expires": "2027-12-31",
        "attachments": ["龙州县推进边民互市贸易和跨境电商高质量发展重点任务清单"],
        "doc_type": "通知",
        "recipients": ["各乡镇党委和人民政府", "县委各部委", "县直各单位", "驻龙各单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    return path


# ======================================================== 2. 河口 批复
def make_hekou():
    b = Builder("blind282_hekou_pifu")
    b.banner("河口瑶族自治县人民政府文件", "河政复〔2025〕9号", size=26)
    b.title("河口瑶族自治县人民政府\n关于北山互市点提质升级有关事项的批复")
    b.main_to("县商务局：")
    b.clause("你局《关于北山互市点提质升级有关事项的请示》（河商请〔2025〕3号）收悉。经县人民政府"
             "常务会议研究，现批复如下：")
    b.clause("一、同意北山互市点提质升级实施方案。2025年12月底前完成交易区、查验区改造，"
             "2026年6月底前完成仓储物流区建设。",
             places=["北山互市点"])
    b.h1("二、关于试点政策")
    b.clause("支持县商务局会同河口海关在北山互市点试行边民互助组集中申报，对同一互助组同一批次商品"
             "实行整车查验。",
             head="（一）推行互市商品“集中申报、整车查验”模式。", places=["北山互市点"])
    b.clause("北山互市点进口的水果、木薯干、橡胶等互市商品，经备案可直接进入县内落地加工企业加工，"
             "实现来源可溯、去向可查。",
             head="（二）开展互市商品落地加工试点。", places=["北山互市点"])
    b.clause("支持北山互市点接入边民互市贸易结算平台，2025年9月底前实现线上结算全覆盖。",
             head="（三）试行互市贸易线上结算。", places=["北山互市点"])
    b.h1("三、关于资金和用地")
    b.clause("（一）同意县财政安排北山互市点提质升级补助资金800万元，分两年拨付，专项用于交易区和"
             "查验区改造。", places=["北山互市点"])
    b.clause("（二）同意在河口镇北山片区调整规划建设用地35亩，用于北山互市点仓储物流区建设，由县自然资源局"
             "依法依规办理用地手续。", places=["河口镇北山片区", "北山互市点"])
    b.clause("四、河口镇人民政府要做好辖区边民互助组的组建和管理，落实边民身份核验，2025年8月底前完成"
             "辖区边民信息更新。", places=["河口镇"])
    b.clause("五、请你局会同县财政局、县自然资源局、河口海关等单位，按照职责分工抓好组织实施。")
    b.note("此复。")
    b.signature("河口瑶族自治县人民政府", "2025年5月20日")
    b.note("（此件公开发布）")
    b.blank(6)
    b.banji("抄送：县委办公室，县人大常委会办公室，县政协办公室，县发展改革局，县财政局，县自然资源局，"
            "河口镇人民政府，河口海关。",
            "河口瑶族自治县人民政府办公室", "2025年5月21日印发")
    path = b.save()
    record(b, {
        "title": "河口瑶族自治县人民政府关于北山互市点提质升级有关事项的批复",
        "doc_number": "河政复〔2025〕9号",
        "issuer": ["河口瑶族自治县人民政府"],
        "date": "2025-05-20",
        "published": "2025-05-21",
        "level": "county",
        "region": "河口瑶族自治县",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "批复",
        "recipients": ["县商务局"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    return path


# ======================================================== 3. 霍城 商务局 培训通知
def make_huocheng():
    b = Builder("blind282_huocheng_tongzhi")
    b.banner("霍城县商务局文件", "霍商发〔2025〕21号", size=34)
    b.title("霍城县商务局关于举办2025年全县跨境电商\n和边民互市业务培训班的通知")
    b.main_to("各乡镇人民政府，县直有关单位，各有关企业：")
    b.clause("为贯彻落实自治区、自治州关于推进丝绸之路经济带核心区建设和发展外向型经济的部署要求，"
             "提升全县跨境电商和边民互市从业人员业务能力，经研究，决定举办2025年全县跨境电商和边民互市"
             "业务培训班。现将有关事项通知如下：")
    b.h1("一、培训时间和地点")
    b.clause("（一）培训时间：2025年6月17日至19日，共3天（6月16日下午报到）。")
    b.clause("（二）培训地点：霍城县电子商务公共服务中心（清水河镇江苏大道88号）三楼培训室。")
    b.h1("二、参训对象")
    b.clause("（一）各乡镇分管商务工作的负责同志及商务干事各1名。")
    b.clause("（二）清水河镇、三道河乡、萨尔布拉克镇各推荐边民互助组负责人或边民代表5名。",
             places=["清水河镇", "三道河乡", "萨尔布拉克镇"])
    b.clause("（三）县内跨境电商企业、外贸企业及有意向开展跨境电商业务的个体工商户、农民专业合作社"
             "负责人，每家单位限报1至2名。")
    b.h1("三、培训内容")
    b.multi_clause([
        ("1.共建“一带一路”和中国—中亚合作有关政策解读；", None),
        ("2.跨境电商9610、9710、9810、1210监管模式及通关实务；", None),
        ("3.边民互市贸易政策、互市商品落地加工及结算业务；", None),
        ("4.跨境电商平台运营、直播营销和海外仓运营实务；", None),
        ("5.赴霍尔果斯口岸现场教学。", None),
    ])
    b.h1("四、有关要求")
    b.clause("（一）请各乡镇、各有关单位高度重视，认真组织参训人员按时参加培训，并于6月12日（星期四）"
             "18:00前将参训人员回执（见附件2）报送县商务局对外贸易股，逾期视为不参加。")
    b.clause("（二）培训不收取任何费用，统一安排午餐；参训人员往返交通费用回原单位报销，需住宿的由"
             "县商务局统一协调，费用自理。")
    b.clause("（三）参训人员须严格遵守培训纪律，全程参训，不得无故缺席。培训结束后经考核合格的，"
             "由县商务局颁发结业证书。")
    b.h1("五、联系方式")
    b.clause("联系人：县商务局对外贸易股马晓东，联系电话：0999-3022416，13899712345；"
             "电子邮箱：hcxsw_px@163.com。")
    b.blank(1)
    b.attachments(["2025年全县跨境电商和边民互市业务培训班日程安排",
                   "参训人员回执"])
    b.signature("霍城县商务局", "2025年6月5日")
    b.note("（此件公开发布）")

    # 附件1
    b.page_break()
    b.p("附件1", HT, 16, indent=False)
    b.blank(1)
    b.title("2025年全县跨境电商和边民互市业务培训班\n日程安排", size=20)
    b.blank(1)
    H = ["日期", "时间", "培训内容", "授课人"]
    R = [
        ["6月16日（星期一）", "16:00—20:00", "报到，领取培训资料", "县商务局"],
        ["6月17日（星期二）", "10:00—13:30", "开班仪式；共建“一带一路”和中国—中亚合作有关政策解读",
         "自治区商务厅特邀专家"],
        ["6月17日（星期二）", "16:00—19:30", "跨境电商监管模式及通关实务", "海关业务专家"],
        ["6月18日（星期三）", "10:00—13:30", "边民互市贸易政策及互市商品落地加工、结算业务",
         "自治州商务局业务骨干"],
        ["6月18日（星期三）", "16:00—19:30", "跨境电商平台运营、直播营销和海外仓运营实务",
         "跨境电商企业讲师"],
        ["6月19日（星期四）", "10:00—14:00", "赴霍尔果斯口岸现场教学", "县商务局"],
        ["6月19日（星期四）", "16:00—18:30", "结业考核、座谈交流", "县商务局"],
    ]
    b.data_table(H, R, [36, 28, 62, 30], vmerge_cols=(0,), size=12)

    # 附件2 回执（空白表，不计条款）
    b.page_break()
    b.p("附件2", HT, 16, indent=False)
    b.blank(1)
    b.title("参训人员回执", size=20)
    b.blank(1)
    b.p("单位（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000填报人：\u3000\u3000\u3000\u3000\u3000"
        "联系电话：", FS, 14, indent=False)
    H2 = ["姓名", "性别", "民族", "单位及职务", "联系电话", "是否住宿", "备注"]
    t = b.data_table(H2, [[""] * 7 for _ in range(6)], [20, 14, 14, 46, 30, 18, 16], size=14,
                     record=False)
    for row in t.rows[1:]:
        row.height = Mm(11)
    b.clause("注：请于6月12日18:00前将回执电子版发送至hcxsw_px@163.com。")
    b.blank(4)
    b.banji("抄送：县人民政府办公室，县财政局。", "霍城县商务局办公室", "2025年6月5日印发")
    path = b.save()
    record(b, {
        "title": "霍城县商务局关于举办2025年全县跨境电商和边民互市业务培训班的通知",
        "doc_number": "霍商发〔2025〕21号",
        "issuer": ["霍城县商务局"],
        "date": "2025-06-05",
        "published": "2025-06-05",
        "level": "county",
        "region": "霍城县",
        "effective": None,
        "expires": None,
        "attachments": ["2025年全县跨境电商和边民互市业务培训班日程安排", "参训人员回执"],
        "doc_type": "通知",
        "recipients": ["各乡镇人民政府", "县直有关单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    return path


# ======================================================== 4. 二连浩特 合作区 管理办法
def make_erlian():
    b = Builder("blind282_erlian_banfa")
    b.banner("二连浩特边境经济合作区管理委员会文件", "二合管发〔2025〕11号", size=22)
    # title over two separate Word paragraphs (hard returns)
    b.title("二连浩特边境经济合作区管理委员会关于印发")
    b.title("《二连浩特边境经济合作区边民互市贸易和跨境电子商务管理办法（试行）》的通知")
    b.main_to("合作区各部门、各园区服务中心，驻区各单位，各有关企业：")
    b.clause("《二连浩特边境经济合作区边民互市贸易和跨境电子商务管理办法（试行）》已经合作区管委会"
             "2025年第6次主任办公会议审议通过，现印发给你们，请认真遵照执行。")
    b.signature("二连浩特边境经济合作区管理委员会", "2025年7月8日")
    b.note("（此件依申请公开）")
    b.page_break()

    b.title("二连浩特边境经济合作区边民互市贸易和\n跨境电子商务管理办法（试行）")
    b.blank(1)
    b.chapter("第一章\u3000总\u3000\u3000则")
    b.article("第一条", ["为规范二连浩特边境经济合作区（以下简称合作区）边民互市贸易和跨境电子商务发展，"
                       "推动合作区深度融入共建“一带一路”和中蒙俄经济走廊建设，根据《边民互市贸易管理办法》"
                       "等有关规定，结合合作区实际，制定本办法。"])
    b.article("第二条", ["本办法适用于在合作区内从事边民互市贸易、跨境电子商务及相关服务活动的企业、"
                       "边民互助组、个人及其他组织。"])
    b.article("第三条", ["合作区管委会经济发展局（以下简称经济发展局）是合作区边民互市贸易和跨境电子商务的"
                       "主管部门，负责统筹协调、政策制定和监督管理。",
                       "合作区财政局负责扶持资金的预算安排和监督管理。",
                       "合作区其他部门按照各自职责做好相关工作。"])
    b.chapter("第二章\u3000边民互市贸易")
    b.article("第四条", ["边民互市贸易在合作区中蒙边民互市贸易区内集中开展。进入互市贸易区交易的商品，"
                       "须经海关查验放行，并在互市贸易结算系统内如实登记。"],
              places=["中蒙边民互市贸易区"])
    b.article("第五条", ["参与互市贸易的边民应当组建或者加入边民互助组。边民互助组应当向经济发展局备案，"
                       "并提交以下材料：",
                       "（一）边民互助组章程；",
                       "（二）成员名单及边民身份证明；",
                       "（三）互助组负责人身份证明；",
                       "（四）其他需要提交的材料。"])
    b.article("第六条", ["互市进口商品在合作区互市商品落地加工园区内加工的，加工企业应当建立原料进口、加工、"
                       "销售台账，按月向经济发展局报送加工情况。对年加工互市商品货值达到1000万元以上的企业，"
                       "按照加工货值的1%给予奖励，单个企业年度奖励最高不超过50万元。"],
              places=["互市商品落地加工园区"])
    b.article("第七条", ["禁止利用边民身份从事以下行为：",
                       "（一）出借、出租边民证件或者互市额度；",
                       "（二）代替非边民申报互市商品；",
                       "（三）将互市商品转卖给未经备案的企业。"])
    b.chapter("第三章\u3000跨境电子商务")
    b.article("第八条", ["申请入驻合作区跨境电子商务产业园（以下简称产业园）的企业，应当符合下列条件：",
                       "（一）在合作区内依法登记注册，具有独立法人资格；",
                       "（二）已在海关办理跨境电子商务企业注册登记，具备开展跨境电子商务业务的能力；",
                       "（三）近三年无重大违法违规记录。"],
              places=["跨境电子商务产业园"])
    b.article("第九条", ["鼓励企业开展跨境电子商务B2B直接出口（9710）、跨境电子商务出口海外仓（9810）和"
                       "跨境电子商务零售进出口（9610、1210）业务，推动跨境电子商务与边民互市贸易、落地加工"
                       "融合发展。"])
    b.article("第十条", ["鼓励企业在蒙古国乌兰巴托、俄罗斯伊尔库茨克等地建设海外仓。经认定的海外仓，"
                       "按照实际投资额的20%给予一次性补助，最高不超过100万元。"])
    b.chapter("第四章\u3000扶持措施")
    b.article("第十一条", ["入驻产业园的企业，自入驻之日起3年内，第一年、第二年免收办公用房租金，"
                         "第三年减半收取。"],
              places=["跨境电子商务产业园"])
    b.article("第十二条", ["合作区企业通过二连口岸以跨境电子商务方式出口的商品，按照每标准集装箱1000元的"
                         "标准给予物流补贴，单个企业年度补贴最高不超过80万元。"])
    b.article("第十三条", ["对引进的跨境电子商务运营、物流、支付等专业人才，按照合作区人才引进有关政策"
                         "给予住房、生活补贴。"])
    b.chapter("第五章\u3000监督管理")
    b.article("第十四条", ["经济发展局应当会同海关、税务、市场监管等部门建立联合监管机制，加强对边民互市"
                         "贸易和跨境电子商务的事中事后监管。"])
    b.article("第十五条", ["企业、边民互助组采取虚报、冒领等方式骗取扶持资金的，由合作区财政局追回已拨付"
                         "资金，五年内不得享受本办法规定的扶持政策；涉嫌犯罪的，依法移送司法机关处理。"])
    b.chapter("第六章\u3000附\u3000\u3000则")
    b.article("第十六条", ["本办法由经济发展局负责解释。"])
    b.article("第十七条", ["本办法自2025年8月1日起施行，有效期至2027年7月31日。《二连浩特边境经济合作区"
                         "跨境电子商务企业入驻管理暂行办法》（二合管发〔2022〕5号）同时废止。"])
    b.blank(3)
    b.banji("抄送：二连浩特市人民政府办公室，二连海关，市商务局，市财政局。",
            "二连浩特边境经济合作区管理委员会综合办公室", "2025年7月10日印发", size=12)
    path = b.save()
    record(b, {
        "title": "二连浩特边境经济合作区管理委员会关于印发《二连浩特边境经济合作区边民互市贸易和"
                 "跨境电子商务管理办法（试行）》的通知",
        "doc_number": "二合管发〔2025〕11号",
        "issuer": ["二连浩特边境经济合作区管理委员会"],
        "date": "2025-07-08",
        "published": "2025-07-10",
        "level": "zone",
        "region": "二连浩特边境经济合作区",
        "effective": "2025-08-01",
        "expires": "2027-07-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["合作区各部门", "各园区服务中心", "驻区各单位", "各有关企业"],
        "publicity": "此件依申请公开",
        "repeals": "《二连浩特边境经济合作区跨境电子商务企业入驻管理暂行办法》（二合管发〔2022〕5号）",
    })
    return path


def main():
    paths = [make_longzhou(), make_hekou(), make_huocheng(), make_erlian()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for stem, docs in EXPECTED.items():
        print(stem, len(docs[0]["clauses"]), "clauses,",
              len(docs[0]["applies_to"]["specific"]), "specific")


if __name__ == "__main__":
    main()
