# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 499: WPS-style government documents (.docx via python-docx) + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
VML_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
        ind = pf._element.get_or_add_pPr().get_or_add_ind()
        ind.set(qn("w:firstLineChars"), "200")
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def set_widths(tbl, widths_mm):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in tbl.rows:
        tcs = row._tr.findall(qn("w:tc"))
        j = 0
        for tc in tcs:
            span = 1
            tcPr = tc.get_or_add_tcPr()
            gs = tcPr.find(qn("w:gridSpan"))
            if gs is not None:
                span = int(gs.get(qn("w:val")))
            w = sum(widths_mm[j:j + span])
            tcPr.get_or_add_tcW().type = "dxa"
            tcPr.get_or_add_tcW().w = Mm(w)
            j += span


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.objs = []
        self.cur = None
        self.tb_id = 1
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.footer_distance = Mm(28)
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # ---------- object bookkeeping ----------
    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.objs.append(self.cur)

    def rec(self, text):
        self.cur["clauses"].append(text.strip())

    # ---------- paragraphs ----------
    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, indent=False)

    def plain(self, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False, bold=False,
              color=None, exact=28):
        p = self.doc.add_paragraph()
        fmt(p, align=align, indent=indent, exact=exact)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()  # soft line break (Shift+Enter)
        return p

    def title(self, text):
        # 小标宋 二号, soft line break inside
        return self.plain(text, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)

    def heading(self, text):  # 一、xxx on its own line, 黑体 — not a clause
        return self.plain(text, font=HT, size=16, indent=True)

    def clause(self, text, prefix_spaces=""):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        r = p.add_run(prefix_spaces + text)
        set_font(r, FS, 16)
        self.rec(text)
        return p

    def runin(self, head, rest, head_font=KT, bold=True):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        r1 = p.add_run(head)
        set_font(r1, head_font, 16, bold)
        r2 = p.add_run(rest)
        set_font(r2, FS, 16)
        self.rec(head + rest)
        return p

    def article(self, num, rest):
        # 第X条 in bold 黑体 run, full-width space, then text
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        r1 = p.add_run(num)
        set_font(r1, HT, 16, False)
        r2 = p.add_run("\u3000" + rest)
        set_font(r2, FS, 16)
        self.rec(num + "\u3000" + rest)

    def page_break(self):
        # Ctrl+Enter typed at the end of the last paragraph
        self.doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # ---------- red header drawn as a table ----------
    def _no_borders(self, tbl):
        tblPr = tbl._tbl.tblPr
        b = parse_xml('<w:tblBorders %s>' % W_NS + ''.join(
            '<w:%s w:val="nil"/>' % e for e in ("top", "left", "bottom", "right", "insideH", "insideV")) +
            '</w:tblBorders>')
        tblPr.append(b)

    def _cell_bottom(self, cell, color="FF0000", sz=24):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml('<w:tcBorders %s><w:bottom w:val="single" w:sz="%d" w:space="0" w:color="%s"/>'
                              '</w:tcBorders>' % (W_NS, sz, color)))

    def _cell_text(self, cell, text, font, size, align, color=None, bold=False, first=True, exact=None):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.alignment = align
        if exact:
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(exact)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()
        return p

    def red_header_joint(self, organs, docno):
        t = self.doc.add_table(rows=2, cols=2)
        self._no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        left, right = t.cell(0, 0), t.cell(0, 1)
        for i, o in enumerate(organs):
            self._cell_text(left, o, XBS, 34, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED, first=(i == 0), exact=46)
        self._cell_text(right, "文件", XBS, 42, WD_ALIGN_PARAGRAPH.CENTER, RED)
        right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        m = t.cell(1, 0).merge(t.cell(1, 1))
        self._cell_text(m, "", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
        self._cell_text(m, docno, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, first=False)
        self._cell_bottom(m)
        set_widths(t, [112, 44])
        self.empty(1)

    def red_header_single(self, organ_text, docno, docno_in_table=True, size=30):
        t = self.doc.add_table(rows=2 if docno_in_table else 1, cols=1)
        self._no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.cell(0, 0)
        self._cell_text(c, organ_text, XBS, size, WD_ALIGN_PARAGRAPH.CENTER, RED, exact=size + 12)
        if docno_in_table:
            c2 = t.cell(1, 0)
            self._cell_text(c2, "", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
            self._cell_text(c2, docno, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, first=False)
            self._cell_bottom(c2)
        else:
            self._cell_bottom(c)
        set_widths(t, [156])
        self.empty(1)

    # ---------- 落款 in a text box ----------
    def textbox(self, lines, left_pt, width_pt, height_pt, wrap=True, top_pt=6):
        n = self.tb_id
        self.tb_id += 1
        paras = ""
        for ln in lines:
            paras += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                      '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                      '<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>').format(f=FS, t=ln)
        xml = ('<w:r %s><w:pict>'
               '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
               '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
               '<v:shape id="TextBox%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
               'style="position:absolute;left:0;text-align:left;margin-left:%dpt;margin-top:%dpt;width:%dpt;'
               'height:%dpt;z-index:251660288;mso-position-horizontal-relative:margin;'
               'mso-position-vertical-relative:text" filled="f" stroked="f">'
               '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
               '%s</v:shape></w:pict></w:r>') % (
            VML_NS, n, n, left_pt, top_pt, width_pt, height_pt, paras,
            '<w10:wrap type="topAndBottom"/>' if wrap else '')
        p = self.doc.add_paragraph()
        fmt(p, indent=False)
        p._p.append(parse_xml(xml))

    # ---------- data table ----------
    def table(self, header, rows, widths=None, font_size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            self._cell_text(t.cell(0, j), h, HT, font_size, WD_ALIGN_PARAGRAPH.CENTER)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                self._cell_text(t.cell(i + 1, j), v, FS, font_size, WD_ALIGN_PARAGRAPH.CENTER)
            self.rec("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        if widths:
            set_widths(t, widths)
        return t

    # ---------- 版记 ----------
    def banji(self, cc, printer, date, gap=6):
        t = self.doc.add_table(rows=2, cols=1)
        self._no_borders(t)
        tblPr = t._tbl.tblPr
        for el in tblPr.findall(qn("w:tblBorders")):
            tblPr.remove(el)
        tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
                               '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
                               '<w:insideH w:val="single" w:sz="4" w:color="000000"/>'
                               '<w:left w:val="nil"/><w:right w:val="nil"/><w:insideV w:val="nil"/>'
                               '</w:tblBorders>' % W_NS))
        self._cell_text(t.cell(0, 0), cc, FS, 14, WD_ALIGN_PARAGRAPH.LEFT)
        # printer and date on one line, aligned with typed spaces
        self._cell_text(t.cell(1, 0), "\u3000" + printer + "\u3000" * gap + "   " + date + "印发",
                        FS, 14, WD_ALIGN_PARAGRAPH.LEFT)
        set_widths(t, [156])

    # ---------- footer "- 1 -" ----------
    def _page_footer(self, footer, align):
        p = footer.paragraphs[0]
        p.alignment = align
        r = p.add_run("- ")
        set_font(r, ST, 14)
        for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
            r = p.add_run()
            set_font(r, ST, 14)
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)
            elif txt == " PAGE ":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._r.append(it)
            else:
                r.text = txt
        r = p.add_run(" -")
        set_font(r, ST, 14)

    def footer(self, odd_even=False):
        sec = self.doc.sections[0]
        if odd_even:
            self.doc.settings.odd_and_even_pages_header_footer = True
            self._page_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
            self._page_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
        else:
            self._page_footer(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)

    def save(self):
        path = os.path.join(OUT, self.stem + ".docx")
        self.doc.save(path)
        return path


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None, "attachments": [],
            "doc_type": None, "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =====================================================================
# Document A: 福州 joint notice issuing 若干措施 (two objects)
# =====================================================================
def build_fuzhou():
    b = Builder("blind499_fuzhou_tongzhi")
    docno = "榕商务〔2026〕15号"
    issuers = ["福州市商务局", "福州市财政局"]
    measures_title = "福州市加快跨境电商和海外仓高质量发展若干措施"
    notice_title = "福州市商务局 福州市财政局关于印发《%s》的通知" % measures_title
    b.start(meta(title=notice_title, doc_number=docno, issuer=issuers, date="2026-03-18",
                 level="municipal", region="福州市", attachments=[measures_title], doc_type="通知",
                 recipients=["各县（市）区商务主管部门", "各县（市）区财政局",
                             "中国（福建）自由贸易试验区福州片区管委会", "福州新区管委会",
                             "福州高新区管委会", "市直有关单位"],
                 publicity="此件公开发布"))
    b.red_header_joint(issuers, docno)
    b.empty(1)
    b.title("福州市商务局 福州市财政局关于印发\n《福州市加快跨境电商和海外仓高质量\n发展若干措施》的通知")
    b.empty(1)
    b.plain("各县（市）区商务主管部门，各县（市）区财政局，中国（福建）自由贸易试验区福州片区管委会，"
            "福州新区管委会，福州高新区管委会，市直有关单位：")
    b.clause("为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和省委、省政府关于加快发展外贸新业态"
             "新模式的部署要求，推动我市跨境电商和海外仓高质量发展，经市政府同意，现将《福州市加快跨境电商和"
             "海外仓高质量发展若干措施》印发给你们，请结合实际认真贯彻执行。")
    b.clause("各县（市）区要将跨境电商发展纳入本地区外贸工作重点，加强政策宣传解读和企业服务，及时协调解决"
             "政策落实中的困难和问题。执行中遇到的重大问题，请及时报告市商务局、市财政局。")
    b.clause("联系人：市商务局电子商务处\u3000林晓峰，联系电话：0591-87112345")
    b.clause("市财政局经济建设处\u3000陈雅琴，联系电话：0591-87556789", prefix_spaces="\u3000" * 2)
    b.empty(1)
    b.plain("附件：" + measures_title, indent=True)
    b.empty(2)
    b.textbox(["福州市商务局\u3000\u3000\u3000\u3000\u3000\u3000福州市财政局", "2026年3月18日"], 40, 380, 64)
    b.plain("（此件公开发布）", indent=True)

    # ---- the 措施 itself ----
    b.page_break()
    b.plain("附件", font=HT, size=16)
    b.empty(1)
    b.start(meta(title=measures_title, issuer=issuers, date="2026-03-18", level="municipal",
                 region="福州市", effective="2026-04-01", expires="2028-03-31",
                 attachments=["2026年度福州市跨境电商专项资金安排表"], doc_type="措施",
                 repeals="《福州市促进跨境电子商务发展若干措施》（榕商务〔2023〕41号）"))
    b.title(measures_title)
    b.empty(1)
    b.clause("为加快培育外贸新动能，推动跨境电商与我市产业带深度融合，支持企业布局海外仓，结合我市实际，"
             "制定以下措施。")
    b.heading("一、培育跨境电商经营主体")
    b.clause("１．支持企业做大做强。对上一年度跨境电商出口额首次超过1000万美元、5000万美元、1亿美元的企业，"
             "分别给予一次性奖励20万元、50万元、100万元。同一企业按就高原则享受，不重复奖励。")
    b.clause("２．引进头部平台和服务商。对新引进并在我市注册、年度跨境电商交易额超过5亿元的平台企业区域总部，"
             "按其当年实际到位投资额的5%给予补助，最高不超过300万元。")
    b.clause("３．推动传统外贸企业转型。支持传统外贸企业和生产企业通过第三方平台开展跨境电商业务，按平台"
             "服务费、推广费的30%给予补助，每家企业每年最高不超过30万元。")
    b.heading("二、完善跨境电商基础设施")
    b.clause("４．支持海外仓建设。对在共建“一带一路”国家和地区新建或租赁海外仓，且单仓面积在3000平方米以上"
             "的企业，按建设或租赁费用的20%给予补助，单个海外仓最高不超过200万元。重点支持区域包括：")
    for t in ("●东南亚：越南、泰国、马来西亚、印度尼西亚、菲律宾；",
              "●中东：阿联酋、沙特阿拉伯；",
              "●中东欧：波兰、匈牙利、捷克；",
              "●拉美：墨西哥、巴西。"):
        b.clause(t)
    b.clause("５．建设跨境电商产业园区。对经认定的市级跨境电商产业园区，按园区公共服务平台建设投入的30%给予"
             "补助，最高不超过100万元。")
    b.clause("６．拓展跨境物流通道。支持企业利用中欧班列（福州）、海运快船和全货机航线开展跨境电商货物运输。"
             "对通过中欧班列发运跨境电商货物的，按每标准集装箱2000元给予运费补贴。")
    b.heading("三、优化通关和监管服务")
    b.clause("７．推广“9710”“9810”监管模式。支持福州综合保税区、福州跨境电子商务综合试验区线下园区开展跨境"
             "电商B2B直接出口和出口海外仓业务，推动“清单申报、汇总统计”便利化措施落地。")
    b.clause("８．提升退换货便利化水平。支持企业在福州综合保税区设立跨境电商退货中心仓，对退货中心仓年度处理"
             "退货商品货值超过500万元的运营企业，给予一次性奖励10万元。")
    b.heading("四、强化要素保障")
    b.clause("９．加强金融支持。鼓励金融机构开发“跨境电商贷”“海外仓贷”等产品，对符合条件的企业贷款，按不超过"
             "一年期贷款市场报价利率（LPR）的50%给予贴息，每家企业每年最高不超过50万元。")
    b.clause("１０．加强人才培养。支持高校、职业院校与企业共建跨境电商实训基地，对经认定的市级实训基地，给予"
             "一次性补助20万元。")
    b.heading("五、附则")
    b.clause("本措施所需资金从市级商务发展专项资金中列支，具体资金安排见附件。同一项目同时符合本措施和市级其他"
             "同类政策的，按就高原则不重复支持。")
    b.clause("本措施由市商务局、市财政局负责解释，自2026年4月1日起施行，有效期至2028年3月31日。《福州市促进"
             "跨境电子商务发展若干措施》（榕商务〔2023〕41号）同时废止。")
    b.empty(1)
    b.plain("附件：2026年度福州市跨境电商专项资金安排表", indent=True)

    # ---- 附件 table of the 措施 ----
    b.page_break()
    b.plain("附件", font=HT, size=16)
    b.title("2026年度福州市跨境电商专项资金安排表")
    b.empty(1)
    header = ["序号", "支持事项", "2026年安排（万元）", "2027年预安排（万元）", "备注"]
    rows = [
        ["1", "跨境电商出口规模奖励", "600", "600", "/"],
        ["2", "平台企业区域总部补助", "300", "300", "按实际到位投资额核定"],
        ["3", "传统外贸企业转型补助", "450", "500", "/"],
        ["/", "小计", "1350", "1400", "/"],
        ["4", "海外仓建设补助", "1200", "1500", "重点支持共建“一带一路”国家"],
        ["5", "跨境电商产业园区补助", "300", "300", "/"],
        ["6", "中欧班列跨境电商运费补贴", "400", "/", "2027年视开行情况另行安排"],
        ["/", "小计", "1900", "1800", "/"],
        ["7", "退货中心仓奖励", "50", "50", "/"],
        ["8", "贷款贴息", "500", "500", "/"],
        ["9", "实训基地补助", "100", "100", "/"],
        ["/", "小计", "650", "650", "/"],
        ["/", "合计", "3900", "3850", "/"],
    ]
    b.table(header, rows, widths=[14, 52, 28, 28, 34])
    b.empty(2)
    b.banji("\u3000抄送：省商务厅，市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。",
            "福州市商务局办公室", "2026年3月19日")
    b.footer(odd_even=False)
    return b


# =====================================================================
# Document B: 重庆 中欧班列 notice with 附件 plan table (one object)
# =====================================================================
def build_chongqing():
    b = Builder("blind499_chongqing_tongzhi")
    docno = "渝口岸物流办发〔2026〕9号"
    organ = "重庆市人民政府口岸和物流办公室"
    att = "2026年中欧班列（成渝）重庆方向开行计划表"
    title = "重庆市人民政府口岸和物流办公室关于做好2026年中欧班列（成渝）开行组织工作的通知"
    b.start(meta(title=title, doc_number=docno, issuer=[organ], date="2026-02-10", level="provincial",
                 region="重庆市", attachments=[att], doc_type="通知",
                 recipients=["各区县（自治县）人民政府", "两江新区管委会", "西部科学城重庆高新区管委会",
                             "万盛经开区管委会", "市级有关部门", "有关单位"],
                 publicity="此件公开发布"))
    # one-cell table: organ name + 文件, an empty paragraph, then 文号; the red line is the cell's bottom border
    t = b.doc.add_table(rows=1, cols=1)
    b._no_borders(t)
    c = t.cell(0, 0)
    b._cell_text(c, "重庆市人民政府口岸和物流办公室文件", XBS, 24, WD_ALIGN_PARAGRAPH.CENTER, RED, exact=40)
    b._cell_text(c, "", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, first=False)
    b._cell_text(c, docno, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, first=False)
    b._cell_bottom(c, sz=24)
    set_widths(t, [156])
    b.empty(2)
    b.title("重庆市人民政府口岸和物流办公室\n关于做好2026年中欧班列（成渝）开行组织工作的通知")
    b.empty(1)
    b.plain("各区县（自治县）人民政府，两江新区、西部科学城重庆高新区、万盛经开区管委会，市级有关部门，"
            "有关单位：")
    b.clause("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，巩固提升中欧班列（成渝）运行"
             "质效，服务构建内陆开放高地，经市政府同意，现就做好2026年中欧班列（成渝）开行组织工作通知如下。")
    b.heading("一、工作目标")
    b.clause("2026年，中欧班列（成渝）重庆方向计划开行2600列以上，其中回程班列占比不低于45%；新增境外分拨"
             "集结点3个以上，跨境电商、汽车整车及零部件等特色班列开行数量同比增长10%以上。")
    b.heading("二、重点任务")
    b.runin("（一）优化线路网络布局。", "稳定开行重庆至杜伊斯堡、汉堡、罗兹、布达佩斯等主线路，加密至中亚、"
            "俄罗斯方向班列，拓展经里海、黑海的跨里海国际运输走廊线路。具体开行计划见附件。")
    b.clause("１．中欧线路：全年计划开行1350列，重点保障杜伊斯堡、汉堡、罗兹方向稳定运行。")
    b.clause("２．中亚线路：全年计划开行900列，加密至阿拉木图、塔什干方向班列频次。")
    b.clause("３．中俄线路：全年计划开行350列，拓展莫斯科、新西伯利亚方向回程货源。")
    b.runin("（二）提升回程班列质量。", "支持平台公司在境外设立集货仓，扩大进口汽车、木材、肉类、葡萄酒等回程"
            "货源，对回程重箱率低于60%的线路实施动态调整。")
    b.runin("（三）发展特色班列。", "会同重庆海关、铁路部门开行跨境电商专列、汽车整车专列和冷链专列，重点"
            "支持以下业务：")
    b.clause("◆跨境电商B2B出口和海外仓备货；")
    b.clause("◆汽车整车及零部件出口，支持“班列+整车进口口岸”联动；")
    b.clause("◆冷链食品、医药产品进出口。")
    b.runin("（四）推动通关便利化。", "深化“铁路快通”模式，推进中欧班列（成渝）与西部陆海新通道班列“一单制”"
            "联运，推广铁路运单物权化试点，进一步压缩整体通关时间。")
    b.runin("（五）强化运营主体管理。", "平台公司要严格执行国家关于中欧班列规范发展的有关要求，不得以低于成本"
            "价格开展恶性竞争，每月5日前向市口岸物流办报送上月开行数据。")
    b.heading("三、保障措施")
    b.runin("（一）加强统筹协调。", "市口岸物流办会同市发展改革委、市商务委、重庆海关、中铁成都局集团公司"
            "重庆货运中心等建立工作会商机制，每季度研究解决班列开行中的重大问题。")
    b.runin("（二）落实资金保障。", "市级财政对中欧班列（成渝）开行按照“总量控制、逐年退坡”原则给予支持，"
            "2026年补贴标准在2025年基础上下调10%。")
    b.runin("（三）加强安全管理。", "各平台公司要落实安全生产主体责任，加强境外运输风险监测预警，妥善应对国际"
            "形势变化带来的运输风险。")
    b.clause("各区县（自治县）人民政府、有关单位要于2026年12月20日前将本年度工作落实情况报送市口岸物流办。")
    b.empty(1)
    b.plain("附件：" + att, indent=True)
    b.empty(1)
    b.textbox([organ, "2026年2月10日"], 200, 260, 64)
    b.plain("（此件公开发布）", indent=True)

    b.page_break()
    b.plain("附件", font=HT, size=16)
    b.title(att)
    b.empty(1)
    header = ["序号", "线路方向", "主要站点", "去程（列）", "回程（列）", "合计（列）", "牵头单位"]
    yxo = "渝新欧（重庆）供应链管理有限责任公司"
    wl = "重庆国际物流集团有限公司"
    rows = [
        ["1", "中欧", "杜伊斯堡、汉堡", "400", "350", "750", yxo],
        ["2", "中欧", "罗兹、布达佩斯", "310", "290", "600", yxo],
        ["小计", "/", "/", "710", "640", "1350", "/"],
        ["3", "中亚", "阿拉木图", "250", "200", "450", wl],
        ["4", "中亚", "塔什干", "200", "150", "350", wl],
        ["5", "中亚", "跨里海线路（巴库、第比利斯）", "100", "/", "100", wl],
        ["小计", "/", "/", "550", "350", "900", "/"],
        ["6", "中俄", "莫斯科", "120", "130", "250", yxo],
        ["7", "中俄", "新西伯利亚", "50", "50", "100", wl],
        ["小计", "/", "/", "170", "180", "350", "/"],
        ["合计", "/", "/", "1430", "1170", "2600", "/"],
    ]
    b.table(header, rows, widths=[12, 16, 34, 16, 16, 16, 46], font_size=11)
    b.empty(2)
    b.banji("\u3000抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，重庆海关，"
            "中铁成都局集团公司重庆货运中心。", "重庆市人民政府口岸和物流办公室", "2026年2月11日", gap=1)
    b.footer(odd_even=True)
    return b


# =====================================================================
# Document C: 钦州港片区 notice issuing 办法 with 第X条 (two objects)
# =====================================================================
def build_qinzhou():
    b = Builder("blind499_qinzhou_tongzhi")
    docno = "钦港自贸管发〔2025〕21号"
    organ = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    region = "中国（广西）自由贸易试验区钦州港片区"
    rule_title = "钦州港片区外商投资促进和服务保障办法（试行）"
    title = organ + "关于印发《" + rule_title + "》的通知"
    b.start(meta(title=title, doc_number=docno, issuer=[organ], date="2025-12-22", level="zone",
                 region=region, attachments=[], doc_type="通知",
                 recipients=["片区各部门", "各直属单位", "钦州保税港区管理服务中心", "各有关企业"],
                 publicity="此件公开发布"))
    b.red_header_single("中国（广西）自由贸易试验区\n钦州港片区管理委员会文件", docno, size=26)
    b.empty(1)
    b.title("中国（广西）自由贸易试验区钦州港片区\n管理委员会关于印发《钦州港片区外商投资\n促进和服务保障办法"
            "（试行）》的通知")
    b.empty(1)
    b.plain("片区各部门、各直属单位，钦州保税港区管理服务中心，各有关企业：")
    b.clause("《钦州港片区外商投资促进和服务保障办法（试行）》已经片区管委会2025年第12次主任办公会议审议通过，"
             "现印发给你们，请认真抓好贯彻落实。")
    b.clause("各部门、各单位在执行过程中遇到的问题，请及时向片区管委会投资促进局反馈。")
    # floating text box (no wrapping) laid over empty paragraphs typed to reserve room
    b.textbox([organ, "2025年12月22日"], 40, 400, 64, wrap=False, top_pt=0)
    b.empty(1)
    b.plain("（此件公开发布）", indent=True)

    b.page_break()
    b.start(meta(title=rule_title, issuer=[organ], date="2025-12-22", level="zone", region=region,
                 effective="2026-01-01", expires="2027-12-31", doc_type="办法"))
    b.title(rule_title)
    b.empty(1)
    b.plain("第一章\u3000总\u3000则", font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.article("第一条", "为贯彻落实《中华人民共和国外商投资法》及其实施条例，进一步优化中国（广西）自由贸易试验区"
              "钦州港片区（以下简称片区）外商投资环境，推动面向东盟的高水平对外开放，结合片区实际，制定本办法。")
    b.article("第二条", "本办法适用于在片区内依法登记注册、实行独立核算的外商投资企业，以及在片区内新设或增资的"
              "外国投资者。")
    b.article("第三条", "片区管委会投资促进局（以下简称投促局）负责外商投资促进和服务保障工作的统筹协调，片区"
              "经济发展局、财政局、行政审批局等部门按照职责分工做好相关工作。")
    b.plain("第二章\u3000投资促进", font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.article("第四条", "片区重点引导外商投资以下领域：")
    b.clause("●港航物流：集装箱码头运营、国际中转集拼、冷链物流、西部陆海新通道海铁联运；")
    b.clause("●临港产业：新能源材料、绿色化工、粮油加工；")
    b.clause("●现代服务：跨境金融、跨境电商、国际贸易结算、保税维修和再制造。")
    b.article("第五条", "对当年实际到位外资金额（以国家外汇管理部门认定数据为准）达到1000万美元以上的新设外商投资"
              "企业，按实际到位外资金额的2%给予奖励，单个企业最高不超过500万元人民币。")
    b.article("第六条", "对外商投资企业以利润再投资、增资扩股方式，当年新增实际到位外资金额达到500万美元以上的，"
              "按新增实际到位外资金额的1.5%给予奖励，单个企业最高不超过300万元人民币。")
    b.article("第七条", "对世界500强企业、东盟国家龙头企业在片区设立的区域总部或者功能性机构，经认定后给予一次性"
              "落户奖励：")
    b.clause("◆区域总部：奖励300万元；")
    b.clause("◆功能性机构（研发中心、结算中心、采购中心等）：奖励100万元。")
    b.plain("第三章\u3000服务保障", font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.article("第八条", "片区建立外商投资企业“服务专员”制度，对重点外资项目实行“一企一专员”跟踪服务，协调解决"
              "企业在注册登记、项目审批、用地用工等方面的问题。")
    b.article("第九条", "推行外商投资企业设立登记“一网通办”，外国投资者主体资格证明文件实行告知承诺制，企业设立"
              "登记时限压缩至1个工作日。")
    b.article("第十条", "支持外商投资企业依法依规开展跨境资金池、经常项目资金收付便利化等业务。对外籍高层次人才，"
              "提供出入境、停居留、子女入学和医疗等便利服务。")
    b.article("第十一条", "建立外商投资企业投诉工作机制。投促局设立外商投资企业投诉受理窗口，对受理的投诉事项应当"
              "在30个工作日内办结，情况复杂的可延长15个工作日。")
    b.plain("第四章\u3000附\u3000则", font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.article("第十二条", "同一企业同一事项符合片区其他扶持政策的，按照就高不重复原则执行。企业弄虚作假骗取奖励"
              "资金的，追回已拨付资金，并依法依规追究相关责任。")
    b.article("第十三条", "本办法由片区管委会投资促进局负责解释。")
    b.article("第十四条", "本办法自2026年1月1日起施行，有效期两年。")
    b.empty(3)
    b.banji("\u3000抄送：自治区商务厅，钦州市人民政府办公室。", "钦州港片区管委会党政办公室", "2025年12月23日", gap=2)
    b.footer(odd_even=False)
    return b


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_499", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (build_fuzhou, build_chongqing, build_qinzhou):
        b = fn()
        path = b.save()
        to_pdf(path)
        expected[b.stem] = b.objs
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
