# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 448: office processing forms (呈批件 / 办文单 / 发文稿纸) wrapped around
routed documents.  Writes .docx, .pdf and expected.json next to this script."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def set_run_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def para_border(p, side, color="FF0000", sz=12, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.insert_element_before(bdr, *PPR_AFTER_BDR)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_field(run_parent_para, instr, font, size):
    r = run_parent_para.add_run()
    set_run_font(r, font, size)
    fb = OxmlElement("w:fldChar")
    fb.set(qn("w:fldCharType"), "begin")
    r._element.append(fb)
    r2 = run_parent_para.add_run()
    set_run_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = run_parent_para.add_run()
    set_run_font(r3, font, size)
    fs = OxmlElement("w:fldChar")
    fs.set(qn("w:fldCharType"), "separate")
    r3._element.append(fs)
    r4 = run_parent_para.add_run("1")
    set_run_font(r4, font, size)
    r5 = run_parent_para.add_run()
    set_run_font(r5, font, size)
    fe = OxmlElement("w:fldChar")
    fe.set(qn("w:fldCharType"), "end")
    r5._element.append(fe)


def cell_text(cell, text, font, size, bold=False, align=None, color=None, lines=None):
    """Write text into a cell (replacing content). lines: list -> separate paragraphs."""
    parts = lines if lines is not None else [text]
    p = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for i, t in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        if align is not None:
            p.alignment = align
        if t:
            r = p.add_run(t)
            set_run_font(r, font, size, bold, color)
    return p


def set_col_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for j, w in enumerate(widths):
            try:
                row.cells[j].width = Cm(w)
            except IndexError:
                pass


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
        st.font.size = Pt(16)
        sec = self.doc.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        self.clauses = []
        self._absnum = 60

    # ---------- generic paragraphs ----------
    def p(self, text="", font=FS, size=16, bold=False, align=None, indent=True,
          color=None, exact=28, space_after=0):
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(space_after)
        if exact:
            pf.line_spacing = Pt(exact)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if align is not None:
            p.alignment = align
        if text:
            r = p.add_run(text)
            set_run_font(r, font, size, bold, color)
        return p

    def empty(self, n=1, exact=28):
        for _ in range(n):
            self.p("", indent=False, exact=exact)

    def heading1(self, text):
        """一、xxx on its own line in 黑体 -- not a clause."""
        self.p(text, font=HT)

    def body(self, text, runin=None, runin_font=KT, runin_bold=False, soft_break_after=None,
             clause=True):
        """A body paragraph. runin: heading run at the start (part of the clause).
        soft_break_after: insert a manual line break after this substring of text."""
        p = self.p("")
        if runin:
            r = p.add_run(runin)
            set_run_font(r, runin_font, 16, runin_bold)
        if soft_break_after and soft_break_after in text:
            i = text.index(soft_break_after) + len(soft_break_after)
            r = p.add_run(text[:i])
            set_run_font(r, FS, 16)
            r.add_break(WD_BREAK.LINE)
            r2 = p.add_run(text[i:])
            set_run_font(r2, FS, 16)
        else:
            r = p.add_run(text)
            set_run_font(r, FS, 16)
        if clause:
            self.clauses.append((runin or "") + text)
        return p

    # ---------- Word automatic numbering ----------
    def new_list(self):
        numbering = self.doc.part.numbering_part.element
        aid = self._absnum
        self._absnum += 1
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        absn.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                         ("w:lvlText", "%1."), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), FS)
        rpr.append(rf)
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "32")
        rpr.append(sz)
        lvl.append(rpr)
        absn.append(lvl)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        nid = 100 + aid
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(aid))
        num.append(an)
        numbering.append(num)
        return {"numId": nid, "n": 0}

    def auto_item(self, lst, text):
        p = self.p("")
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = lst["numId"]
        r = p.add_run(text)
        set_run_font(r, FS, 16)
        lst["n"] += 1
        self.clauses.append("%d.%s" % (lst["n"], text))
        return p

    # ---------- tables ----------
    def data_table(self, headers, rows, widths=None, size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(headers):
            cell_text(t.cell(0, j), h, HT, size, align=WD_ALIGN_PARAGRAPH.CENTER)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.CENTER if len(v) <= 12 else WD_ALIGN_PARAGRAPH.LEFT
                cell_text(t.cell(i + 1, j), v, FS, size, align=al)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        if widths:
            set_col_widths(t, widths)
        return t

    # ---------- red header, 版记, sections ----------
    def red_header(self, name):
        self.empty(2)
        self.p(name, font=XBS, size=36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
               color=RED, exact=None)

    def doc_number_line(self, number, sig=None):
        self.empty(1)
        if sig:
            p = self.p("", indent=False)
            p.paragraph_format.left_indent = Pt(16)
            r = p.add_run(number)
            set_run_font(r, FS, 16)
            r = p.add_run("　　　　　　　　　签发人：")
            set_run_font(r, FS, 16)
            r = p.add_run(sig)
            set_run_font(r, KT, 16)
        else:
            p = self.p(number, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        para_border(p, "bottom", "FF0000", 18)
        self.empty(1)

    def title(self, lines, soft=False):
        if soft:
            p = self.p("", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                set_run_font(r, XBS, 22)
                if i < len(lines) - 1:
                    r.add_break(WD_BREAK.LINE)
        else:
            for ln in lines:
                self.p(ln, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                       exact=36)
        self.empty(1)

    def recipients(self, text):
        self.p(text, indent=False)

    def attachments(self, items):
        self.empty(1)
        p = self.p("附件：" + items[0], indent=True)
        for it in items[1:]:
            # typed alignment: spaces to line up under the first title
            self.p("      " + it, indent=True)

    def banji(self, cc, printer, printdate):
        self.empty(3)
        p = self.p("", indent=False, size=14)
        p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("抄送：" + cc)
        set_run_font(r, FS, 14)
        para_border(p, "top", "000000", 8)
        para_border(p, "bottom", "000000", 4)
        p2 = self.p("", indent=False, size=14)
        p2.paragraph_format.left_indent = Pt(14)
        r = p2.add_run(printer)
        set_run_font(r, FS, 14)
        r = p2.add_run(" " * max(4, 44 - 2 * len(printer) - 2 * len(printdate)) + printdate)
        set_run_font(r, FS, 14)
        para_border(p2, "bottom", "000000", 8)

    def page_numbers(self, section, align=WD_ALIGN_PARAGRAPH.RIGHT, restart=True):
        section.footer.is_linked_to_previous = False
        fp = section.footer.paragraphs[0]
        fp.alignment = align
        r = fp.add_run("— ")
        set_run_font(r, "宋体", 14)
        add_field(fp, "PAGE", "宋体", 14)
        r = fp.add_run(" —")
        set_run_font(r, "宋体", 14)
        if restart:
            sectPr = section._sectPr
            pg = OxmlElement("w:pgNumType")
            pg.set(qn("w:start"), "1")
            sectPr.insert_element_before(pg, "w:cols", "w:formProt", "w:vAlign", "w:noEndnote",
                                         "w:titlePg", "w:textDirection", "w:bidi",
                                         "w:rtlGutter", "w:docGrid", "w:printerSettings",
                                         "w:sectPrChange")

    def new_section(self):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        return sec

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def form_table(b, rows_spec, label_w=2.4, val_w=5.4):
    """rows_spec: list of rows; each row a list of (label, value, kind) pairs.
    A row with one pair spans the full width; kind 'tall' makes the row high."""
    t = b.doc.add_table(rows=len(rows_spec), cols=4)
    t.style = b.doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, spec in enumerate(rows_spec):
        row = t.rows[i]
        if len(spec) == 1:
            label, value, kind = spec[0]
            lc = t.cell(i, 0)
            vc = t.cell(i, 1).merge(t.cell(i, 3))
            cell_text(lc, label, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
            if isinstance(value, list):
                cell_text(vc, None, KT, 15, lines=value)
            else:
                cell_text(vc, value, KT, 15)
            if kind == "tall":
                row.height = Cm(5.2)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            else:
                row.height = Cm(1.5)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        else:
            for j, (label, value, kind) in enumerate(spec):
                cell_text(t.cell(i, 2 * j), label, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
                cell_text(t.cell(i, 2 * j + 1), value, KT, 15)
            row.height = Cm(1.3)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for c in row.cells:
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(t, [label_w, val_w, label_w, val_w])
    return t


# =====================================================================
# 1. 杭州市商务局呈批件 + 浙江省人民政府办公厅通知
# =====================================================================
def make_hangzhou():
    b = Builder()
    b.p("杭州市商务局", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=None)
    b.p("呈　批　件", font=XBS, size=26, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
        exact=None, space_after=6)
    p = b.p("", indent=False, size=12, exact=None)
    r = p.add_run("收文号：2025-0312" + " " * 46 + "密级：无　　缓急：平件")
    set_run_font(r, FS, 12)
    form_table(b, [
        [("来文单位", "浙江省人民政府办公厅（市府办转）", ""), ("来文文号", "浙政办发〔2025〕9号", "")],
        [("标　　题", "关于加快推进跨境电子商务高质量发展的通知", "")],
        [("收文日期", "2025年3月14日", ""), ("办理时限", "2025年4月15日前", "")],
        [("拟办意见", ["该文件对我市跨境电商综试区建设、海外仓布局和综合保税区新业态提出明确要求。"
                      "拟请电子商务处牵头，会同对外贸易处、自贸区建设处研究提出我市贯彻落实意见，"
                      "4月15日前提交局党组会审议。", "妥否，请批示。",
                      "　　　　　　　　　　　办公室　周立　3月14日"], "tall")],
        [("领导批示", ["同意拟办意见。请电商处抓紧研究，重点围绕海外仓和综保区“保税+跨境电商”业务提出可操作举措，"
                      "并对照省里2027年目标测算我市任务。",
                      "　　　　　　　　　　　　　　王建国　3.15"], "tall")],
        [("办理结果", "", "")],
    ])
    b.p("注：本件办毕后请于5个工作日内退回办公室归档。", size=12, indent=False, exact=None)

    # ---- the routed document ----
    sec = b.new_section()
    b.page_numbers(sec)
    b.red_header("浙江省人民政府办公厅文件")
    b.doc_number_line("浙政办发〔2025〕9号")
    b.title(["浙江省人民政府办公厅关于加快推进", "跨境电子商务高质量发展的通知"], soft=True)
    b.recipients("各市、县（市、区）人民政府，省政府直属各单位：")
    b.body("为深入贯彻党中央、国务院关于推动跨境电子商务健康持续创新发展的决策部署，加快建设跨境电子商务综合试验区，"
           "打造“丝路电商”合作先行区，助力高水平对外开放，经省政府同意，现就有关事项通知如下：")
    b.heading1("一、总体目标")
    b.body("到2027年，全省跨境电子商务进出口额力争突破6000亿元，年均增长10%以上；培育年进出口额超亿元的跨境电商企业500家以上，"
           "建设省级跨境电商产业园80个、公共海外仓300个以上，跨境电子商务综合试验区建设水平保持全国前列。")
    b.heading1("二、重点任务")
    b.body("支持传统外贸企业、生产制造企业运用跨境电商开拓国际市场，推动“产业带+跨境电商”融合发展。"
           "对年跨境电商出口额首次突破1亿元、5亿元、10亿元的企业，由所在地按规定给予奖励。",
           runin_font=FS, runin_bold=True, runin="（一）培育壮大经营主体。")
    b.body("1.实施“品牌出海”行动。每年遴选100个左右跨境电商自主品牌，支持其开展境外商标注册、专利申请和国际认证。")
    b.body("2.培育跨境电商服务商。引导物流、支付、营销、合规等服务商集聚发展，2025年底前认定省级跨境电商优秀服务商50家。")
    b.body("围绕共建“一带一路”国家和RCEP成员国等重点市场，支持企业建设、租赁和运营海外仓，"
           "鼓励海外仓向集货、分拨、售后、展示等综合服务延伸。", runin_font=FS, runin_bold=True, runin="（二）完善海外仓布局。")
    b.body("1.支持海外仓数字化改造，推广海外仓订单管理、仓储管理、运输管理系统应用。")
    b.body("2.推动海外仓与中欧班列（义新欧）、海运快船、国际货运航线联动，发展“班列+海外仓”“航线+海外仓”模式。",
           soft_break_after="国际货运航线联动，")
    b.body("深化跨境电商出口海外仓（9810）、企业对企业直接出口（9710）监管模式应用，"
           "支持杭州、宁波、义乌等地综合保税区开展跨境电商保税进口、保税出口和退货业务。",
           runin_font=FS, runin_bold=True, runin="（三）提升通关便利化水平。")
    b.body("1.推广跨境电商出口商品退货“一站式”集中监管模式，压缩退货通关时间。")
    b.body("2.支持在综合保税区内开展“保税仓储+跨境电商”“保税维修+跨境电商”等新业态，"
           "推动中国（浙江）自由贸易试验区各片区率先开展制度创新试点。")
    b.body("鼓励银行机构为跨境电商企业提供出口信用贷款、跨境人民币结算等服务，支持出口信用保险机构扩大海外仓、"
           "跨境电商专项承保规模。支持高校、职业院校开设跨境电商相关专业，每年培训跨境电商实务人才2万人次以上。",
           runin_font=FS, runin_bold=True, runin="（四）加强金融和人才支撑。")
    b.heading1("三、保障措施")
    b.body("省商务厅要会同省级有关单位建立工作协调机制，统筹推进跨境电子商务高质量发展各项工作，重大事项及时报省政府。",
           runin_font=FS, runin_bold=True, runin="（一）加强组织领导。")
    b.body("各市、县（市、区）要结合实际制定具体实施方案，细化任务分工，加大资金支持力度，确保各项措施落地见效。",
           runin_font=FS, runin_bold=True, runin="（二）强化政策落实。")
    b.body("省商务厅要会同杭州海关、宁波海关等单位完善跨境电商统计监测制度，定期开展综合试验区考核评估，"
           "评估结果作为政策支持的重要依据。", runin_font=FS, runin_bold=True, runin="（三）做好监测评估。")
    b.body("本通知自2025年4月1日起施行，有效期至2027年12月31日。《浙江省人民政府办公厅关于推进跨境电子商务发展的通知》"
           "（浙政办发〔2021〕40号）同时废止。")
    b.empty(3)
    # 落款 typed with leading spaces instead of right alignment
    b.p(" " * 34 + "浙江省人民政府办公厅", indent=False)
    b.p(" " * 38 + "2025年3月10日", indent=False)
    b.p("（此件公开发布）")
    b.banji("省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。",
            "浙江省人民政府办公厅", "2025年3月11日印发")
    b.save("blind448_hangzhou_chengpijian")
    meta = {
        "title": "浙江省人民政府办公厅关于加快推进跨境电子商务高质量发展的通知",
        "doc_number": "浙政办发〔2025〕9号",
        "issuer": ["浙江省人民政府办公厅"],
        "date": "2025-03-10",
        "published": None,
        "level": "provincial",
        "region": "浙江省",
        "effective": "2025-04-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各市、县（市、区）人民政府", "省政府直属各单位"],
        "publicity": "此件公开发布",
        "repeals": "《浙江省人民政府办公厅关于推进跨境电子商务发展的通知》（浙政办发〔2021〕40号）",
    }
    return "blind448_hangzhou_chengpijian", [{"meta": meta, "clauses": b.clauses}]


# =====================================================================
# 2. 成都市口岸与物流办公室收文办文单 + 四川省三部门联合通知
# =====================================================================
def make_chengdu():
    b = Builder()
    b.p("成都市口岸与物流办公室收文办文单", font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER,
        indent=False, exact=None, space_after=8)
    p = b.p("", indent=False, size=12, exact=None)
    r = p.add_run("登记号：口岸收〔2025〕87号" + " " * 40 + "2025年4月8日")
    set_run_font(r, FS, 12)
    form_table(b, [
        [("来文单位", "四川省商务厅", ""), ("来文文号", "川商务发〔2025〕21号", "")],
        [("标　　题", "四川省商务厅等3部门关于推动中欧班列（成渝）高质量发展的通知", "")],
        [("收文日期", "2025年4月8日", ""), ("份　　数", "1份（附件2份另存）", "")],
        [("拟办意见", ["省厅通知明确2025年全省开行2600列以上、回程占比不低于45%，并要求各市（州）建设班列集货点。"
                      "拟请物流发展处牵头，会同国际班列服务中心对照任务分工表拟定我市落实方案，报主任办公会审定。",
                      "　　　　　　　　　　　秘书处　何静　4月8日"], "tall")],
        [("领导批示", ["请物流处、班列中心研办。集货点建设要与青白江、双流两个综保区统筹考虑，4月20日前报方案。",
                      "　　　　　　　　　　　　　　　　李　4/9"], "tall")],
        [("传阅", "张主任（已阅）　赵副主任（已阅）", "")],
        [("办理结果", "", "")],
    ])

    sec = b.new_section()
    b.page_numbers(sec)
    # joint 版头 laid out with a borderless table
    b.empty(1)
    t = b.doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["四川省商务厅", "四川省发展和改革委员会", "成都海关"]):
        c = t.cell(i, 0)
        cell_text(c, org, XBS, 24, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    fc = t.cell(0, 1).merge(t.cell(2, 1))
    cell_text(fc, "文件", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
    fc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(t, [11.8, 3.8])
    b.doc_number_line("川商务发〔2025〕21号")
    # title typed as two separate paragraphs
    b.title(["四川省商务厅、四川省发展和改革委员会", "成都海关关于推动中欧班列（成渝）", "高质量发展的通知"])
    b.recipients("各市（州）人民政府，省直有关部门，成都海关各隶属海关：")
    b.body("为贯彻落实共建“一带一路”倡议和成渝地区双城经济圈建设部署，巩固提升中欧班列（成渝）运营质效，"
           "加快建设国际性综合交通枢纽，经省政府同意，现就有关事项通知如下。")
    b.heading1("一、优化班列运行组织")
    b.body("2025年全省中欧班列（成渝）开行力争达到2600列以上，回程班列占比不低于45%。",
           runin="（一）稳定开行规模。")
    l1 = b.new_list()
    b.auto_item(l1, "加密成都至罗兹、蒂尔堡、纽伦堡等主干线路班次，推动开行至中亚五国的“点对点”定制班列。")
    b.auto_item(l1, "拓展经霍尔果斯、二连浩特、满洲里等口岸的多通道运行，提升线路韧性。")
    b.body("支持平台公司在欧洲、中亚主要节点城市设立集货中心，扩大汽车整车、机械设备、食品酒类等回程货源。",
           runin="（二）提高回程货源比例。")
    b.heading1("二、强化货源组织和产业带动")
    b.body("各市（州）要依托综合保税区、物流园区建设班列集货点，推动电子信息、装备制造、食品饮料等产业货物“散改集”“公转铁”。",
           runin="（一）加强省内货源集结。")
    l2 = b.new_list()
    b.auto_item(l2, "支持德阳、绵阳、宜宾、泸州等地开行“一带一路”国际班列集结专列。")
    b.auto_item(l2, "鼓励跨境电商企业利用中欧班列开展出口海外仓备货，发展“班列+跨境电商”模式。")
    b.body("依托成都国际铁路港综合保税区，发展保税加工、保税物流、国际分拨等业务，打造“枢纽+通道+产业”融合发展示范区。",
           runin="（二）发展班列经济。")
    b.heading1("三、提升通关便利化水平")
    b.body("成都海关要推广铁路运输货物“快速通关”模式，实现符合条件的进出境班列货物“一次申报、一次查验、一次放行”。",
           runin="（一）深化“铁路快通”模式。")
    b.body("推广使用中欧班列多式联运提单，支持开展铁路运单物权化试点，探索基于运单的贸易融资服务。",
           runin="（二）推进多式联运“一单制”。")
    b.body("推动中欧班列（成渝）数字化平台与国际贸易“单一窗口”对接，实现订舱、报关、查验、追踪等业务线上办理。",
           runin="（三）加强数字化建设。")
    l3 = b.new_list()
    b.auto_item(l3, "2025年9月底前完成数据接口开发，具体包括：")
    b.body("（1）订舱及运单信息共享；")
    b.body("（2）报关报检状态实时推送；")
    b.body("（3）境外段运输轨迹查询。")
    b.heading1("四、重点任务分工")
    b.body("各有关单位要按照下表明确的任务分工抓好落实：")
    b.data_table(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"], [
        ["1", "开行中欧班列（成渝）2600列以上", "省商务厅", "省发展改革委、中国铁路成都局集团有限公司", "2025年12月底前"],
        ["2", "建设省内班列集货点10个以上", "省发展改革委", "各市（州）人民政府", "2025年10月底前"],
        ["3", "推广铁路运输货物“快速通关”模式", "成都海关", "省商务厅", "2025年6月底前"],
        ["4", "完成数字化平台与国际贸易“单一窗口”对接", "省商务厅", "成都海关、省大数据中心", "2025年9月底前"],
        ["5", "开展铁路运单物权化试点", "省商务厅", "人民银行四川省分行、国家金融监督管理总局四川监管局", "2025年12月底前"],
    ], widths=[1.2, 5.0, 2.4, 4.6, 2.4])
    b.empty(1)
    b.heading1("五、保障措施")
    b.body("省商务厅要会同省发展改革委、成都海关建立中欧班列（成渝）工作联席会议机制，每季度召开一次会议，"
           "协调解决班列运营中的重大问题。", runin="（一）加强统筹协调。")
    b.body("各地不得以低于成本价格开展恶性竞争，省级资金重点支持回程班列、集货点建设和数字化平台建设，"
           "具体申报要求见附件2。", runin="（二）规范资金使用。")
    b.body("各市（州）要于每季度结束后10日内将班列开行和货源组织情况报送省商务厅。",
           runin="（三）加强信息报送。")
    b.attachments(["1.2025年中欧班列（成渝）开行目标任务分解表", "2.中欧班列（成渝）省级资金申报材料清单"])
    b.empty(3)
    # joint 落款 in a borderless layout table
    t2 = b.doc.add_table(rows=2, cols=2)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t2.cell(0, 0), "四川省商务厅", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t2.cell(0, 1), "四川省发展和改革委员会", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t2.cell(1, 0), "", FS, 16)
    cell_text(t2.cell(1, 1), "成都海关", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(t2, [7.8, 7.8])
    for row in t2.rows:
        row.height = Cm(1.6)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    b.empty(1)
    b.p("2025年4月3日" + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    b.p("（此件公开发布）")
    b.banji("商务部，国家发展改革委，海关总署，中国国家铁路集团有限公司，省政府办公厅。",
            "四川省商务厅办公室", "2025年4月3日印发")
    b.save("blind448_chengdu_banwendan")
    meta = {
        "title": "四川省商务厅、四川省发展和改革委员会、成都海关关于推动中欧班列（成渝）高质量发展的通知",
        "doc_number": "川商务发〔2025〕21号",
        "issuer": ["四川省商务厅", "四川省发展和改革委员会", "成都海关"],
        "date": "2025-04-03",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": ["2025年中欧班列（成渝）开行目标任务分解表", "中欧班列（成渝）省级资金申报材料清单"],
        "doc_type": "通知",
        "recipients": ["各市（州）人民政府", "省直有关部门", "成都海关各隶属海关"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return "blind448_chengdu_banwendan", [{"meta": meta, "clauses": b.clauses}]


# =====================================================================
# 3. 厦门市商务局发文稿纸 + 函
# =====================================================================
def make_xiamen():
    b = Builder()
    b.p("厦门市商务局发文稿纸", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
        exact=None, space_after=10)
    form_table(b, [
        [("签　　发", ["同意。", "李志强　6月17日"], "tall")],
        [("会　　签", "市财政局对外经济处（已会签，见附页）", "")],
        [("核　　稿", "郑　6.16", ""), ("拟稿单位", "对外贸易处", "")],
        [("拟 稿 人", "陈晓燕　6.13", ""), ("联系电话", "2851736", "")],
        [("标　　题", "关于组织申报2025年度跨境电商海外仓及中欧（厦门）班列扶持项目的函", "")],
        [("主　　送", "各区政府，厦门自贸片区管委会，火炬管委会", "")],
        [("抄　　送", "市财政局，厦门海关", "")],
        [("文　　号", "厦商务函〔2025〕58号", ""), ("印　　数", "15份", "")],
        [("公开属性", "主动公开", ""), ("附　　件", "2件", "")],
    ])

    sec = b.new_section()
    b.page_numbers(sec, align=WD_ALIGN_PARAGRAPH.CENTER)
    # 信函格式：机关名称 + 红色双线
    b.empty(1)
    p = b.p("厦门市商务局", font=XBS, size=30, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            color=RED, exact=None)
    para_border(p, "bottom", "FF0000", 12, val="double")
    b.p("厦商务函〔2025〕58号" + "　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    b.empty(1)
    b.title(["厦门市商务局关于组织申报2025年度", "跨境电商海外仓及中欧（厦门）班列", "扶持项目的函"], soft=True)
    b.recipients("各区人民政府，中国（福建）自由贸易试验区厦门片区管理委员会，厦门火炬高技术产业开发区管理委员会：")
    b.body("为贯彻落实《厦门市促进跨境电子商务高质量发展若干措施》，支持企业拓展共建“一带一路”市场，经研究，"
           "现将2025年度跨境电商海外仓及中欧（厦门）班列扶持项目申报有关事项函告如下：")
    b.heading1("一、支持方向和标准")
    b.body("本年度扶持项目分为以下三类，具体标准如下：")
    b.data_table(["类别", "支持内容", "支持标准"], [
        ["海外仓建设", "企业在境外自建或租赁面积2000平方米以上的公共海外仓", "按实际投入的20%给予补助，单个企业最高不超过200万元"],
        ["海外仓运营", "公共海外仓年服务本市企业50家以上", "按服务企业数量给予每家1万元奖励，最高不超过100万元"],
        ["中欧（厦门）班列集货", "组织本市货源通过中欧（厦门）班列出口", "按每标准箱1000元给予补助，单个企业最高不超过150万元"],
    ], widths=[3.4, 6.2, 6.0])
    b.empty(1)
    b.heading1("二、申报条件")
    b.body("（一）申报企业应在厦门市依法注册登记，具有独立法人资格，2024年度无重大违法违规记录。")
    b.body("（二）申报海外仓项目的，海外仓应已投入运营满6个月，且在商务部门海外仓信息平台完成备案。")
    b.body("（三）申报班列集货项目的，货物须在厦门海关办理出口报关手续，并经中欧（厦门）班列运营平台确认。")
    b.heading1("三、申报材料")
    b.body("1.项目申报表（附件1）；")
    b.body("2.企业营业执照复印件、法定代表人身份证复印件；")
    b.body("3.海外仓租赁合同或产权证明、运营情况说明，班列运单及报关单等证明材料；",
           soft_break_after="运营情况说明，")
    b.body("4.企业信用承诺书（附件2）。")
    b.heading1("四、工作要求")
    b.body("（一）请各单位于2025年7月15日前完成辖区内企业申报材料初审，将汇总表及申报材料（一式两份）报送我局对外贸易处，"
           "逾期不予受理。")
    b.body("（二）各单位要严格审核申报材料的真实性，对弄虚作假骗取扶持资金的，依法依规追回资金并取消其3年内申报资格。")
    b.body("联系人：陈晓燕，联系电话：0592-2851736。")
    b.attachments(["1.2025年度跨境电商海外仓及中欧（厦门）班列扶持项目申报表", "2.企业信用承诺书"])
    b.empty(3)
    b.p("厦门市商务局" + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    b.p("2025年6月18日" + "　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    b.empty(2)
    p = b.p("", indent=False, size=14)
    r = p.add_run("抄送：市财政局，厦门海关。")
    set_run_font(r, FS, 14)
    para_border(p, "top", "000000", 8)
    para_border(p, "bottom", "000000", 8)
    b.save("blind448_xiamen_fawengaozhi")
    meta = {
        "title": "厦门市商务局关于组织申报2025年度跨境电商海外仓及中欧（厦门）班列扶持项目的函",
        "doc_number": "厦商务函〔2025〕58号",
        "issuer": ["厦门市商务局"],
        "date": "2025-06-18",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": ["2025年度跨境电商海外仓及中欧（厦门）班列扶持项目申报表", "企业信用承诺书"],
        "doc_type": "函",
        "recipients": ["各区人民政府", "中国（福建）自由贸易试验区厦门片区管理委员会",
                       "厦门火炬高技术产业开发区管理委员会"],
        "publicity": None,
        "repeals": None,
    }
    return "blind448_xiamen_fawengaozhi", [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (make_hangzhou, make_chengdu, make_xiamen):
        stem, docs = fn()
        expected[stem] = docs
        docx_path = os.path.join(HERE, stem + ".docx")
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_448", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
