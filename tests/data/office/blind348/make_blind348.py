# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 348: 山西 省政府办公厅 印发若干措施 notice, 沧州 商务局 forwarding notice,
芜湖 市政府办公室 实施方案 with 分工表.  Writes .docx (python-docx), .pdf (LibreOffice) and
expected.json next to this script.

Run:  . /work/venv/bin/activate && python make_blind348.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

EXPECTED = {}


# ----------------------------------------------------------------- helpers
def set_run_font(run, name, size, bold=False, color=None):
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


def fmt(p, align=None, indent=True, exact=28.95, before=0, after=0):
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    if align is not None:
        p.alignment = align


def add_runs(p, parts, size=16):
    """parts: list of (text, font[, bold[, color]]); '\n' inside text => soft line break."""
    for part in parts:
        text, font = part[0], part[1]
        bold = part[2] if len(part) > 2 else False
        color = part[3] if len(part) > 3 else None
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_run_font(r, font, size, bold, color)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)


def para(doc, parts, align=None, indent=True, size=16, exact=28.95, before=0, after=0):
    if isinstance(parts, str):
        parts = [(parts, FS)]
    p = doc.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    add_runs(p, parts, size)
    return p


def empty(doc, n=1, exact=28.95):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, exact=exact)


def red_rule(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def rule_top_bottom(p, top=True, bottom=True, sz=4):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_run_font(r, "宋体", size)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = p.add_run("1")
    set_run_font(r, "宋体", size)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", size)


def footer_pagenum(section, odd_even=False):
    section.footer.is_linked_to_previous = False
    ft = section.footer.paragraphs[0]
    if odd_even:
        ft.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        ft.paragraph_format.right_indent = Pt(14)
        add_page_field(ft)
        section.even_page_footer.is_linked_to_previous = False
        ev = section.even_page_footer.paragraphs[0]
        ev.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ev.paragraph_format.left_indent = Pt(14)
        add_page_field(ev)
    else:
        ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(ft)


def restart_numbering(section, start=1):
    sp = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    sp.append(pg)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(28)
    section.bottom_margin = Mm(26)
    section.left_margin = Mm(37)
    section.right_margin = Mm(35)
    section.footer_distance = Mm(15)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(0)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(size + 4)
    add_runs(p, [(text, font, bold)], size)


def set_widths(table, widths):
    """Fixed column widths (tblGrid + every cell) so LibreOffice does not shrink the table."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Mm(sum(w.mm for w in widths[col:col + span]))
            col += span


def new_doc():
    doc = Document()
    a4_portrait(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def row_clause(cols, vals):
    return "；".join(f"{c}：{v}" for c, v in zip(cols, vals) if v != "")


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_348",
         "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Collector:
    """Writes a clause paragraph and records it for expected.json."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []
        self.specific = {}

    def clause(self, parts, places=None, **kw):
        if isinstance(parts, str):
            parts = [(parts, FS)]
        p = para(self.doc, parts, **kw)
        text = "".join(x[0] for x in parts).replace("\n", "")
        self.clauses.append(text)
        if places:
            self.specific[text[:24]] = places
        return p

    def add_row(self, text, places=None):
        self.clauses.append(text)
        if places:
            self.specific[text[:24]] = places

    def h1(self, text):
        para(self.doc, [(text, HT)]).paragraph_format.keep_with_next = True

    def h2(self, text):
        para(self.doc, [(text, KT)]).paragraph_format.keep_with_next = True

    def h3(self, text):
        para(self.doc, [(text, FS, True)]).paragraph_format.keep_with_next = True


def runin(label_title, rest, title_font=KT, bold=False):
    return [(label_title, title_font, bold), (rest, FS)]




def clause_multi(c, paras_parts, places=None, last_align=None):
    """One clause printed as several paragraphs (joined with \\n in expected.json)."""
    texts = []
    for k, parts in enumerate(paras_parts):
        if isinstance(parts, str):
            parts = [(parts, FS)]
        p = para(c.doc, parts)
        if k == len(paras_parts) - 1 and last_align is not None:
            p.alignment = last_align
        texts.append("".join(x[0] for x in parts).replace("\n", ""))
    text = "\n".join(texts)
    c.clauses.append(text)
    if places:
        c.specific[text[:24]] = places


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def red_banner(doc, organ_text, size=36, exact=54, spacing_lines=0):
    empty(doc, spacing_lines)
    p = para(doc, [(organ_text, XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, size=size, exact=exact)
    rpr_spacing(p, -20)
    return p


def rpr_spacing(p, val):
    """condensed character spacing on every run (发文机关标志 squeezed into one line)."""
    for r in p.runs:
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(val))
        rpr.append(sp)


def docno_line(doc, text):
    empty(doc, 1)
    p = para(doc, [(text, FS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(p, sz=18)
    empty(doc, 1)
    return p


def title(doc, text, size=22, exact=35):
    para(doc, [(text, XBS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=size, exact=exact)


def signoff(doc, organ_lines, date_text, right_pt=64, blanks=1):
    empty(doc, blanks)
    for o in organ_lines:
        p = para(doc, [(o, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(right_pt)
        p.paragraph_format.keep_with_next = True
    p = para(doc, [(date_text, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(right_pt - 16)


def banji(doc, chaosong, printer, pdate, blank_before=2):
    empty(doc, blank_before)
    p = para(doc, [(chaosong, FS)], indent=False, size=14, exact=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    rule_top_bottom(p, top=True, bottom=True, sz=6)
    p = para(doc, [(printer, FS), ("\t", FS), (pdate, FS)], indent=False, size=14, exact=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(141), WD_TAB_ALIGNMENT.RIGHT)
    rule_top_bottom(p, top=False, bottom=True, sz=12)


def duty(text):
    return "（责任单位：" + text + "）"


# ===================================================================== (a) 山西
def make_shanxi():
    stem = "blind348_shanxi_tongzhi"
    doc = new_doc()
    doc.settings.odd_and_even_pages_header_footer = True
    footer_pagenum(doc.sections[0], odd_even=True)
    c = Collector(doc)

    red_banner(doc, "山西省人民政府办公厅文件")
    docno_line(doc, "晋政办发〔2026〕11号")
    title(doc, "山西省人民政府办公厅\n关于印发山西省支持中欧班列高质量发展和\n跨境电商扩能提质若干措施的通知")
    empty(doc, 1)
    para(doc, [("各市人民政府，省人民政府各委、办、厅、局：", FS)], indent=False)
    c.clause("《山西省支持中欧班列高质量发展和跨境电商扩能提质若干措施》已经省人民政府同意，现印发给你们，请认真贯彻执行。")
    empty(doc, 1)
    p = para(doc, [("附件：山西省支持中欧班列高质量发展和跨境电商扩能提质\n若干措施", FS)])
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(-0)
    signoff(doc, ["山西省人民政府办公厅"], "2026年2月24日")
    para(doc, [("（此件公开发布）", FS)])

    # ---- 附件: new section, page numbers continue
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(s2)
    para(doc, [("附件", HT)], indent=False)
    empty(doc, 1)
    title(doc, "山西省支持中欧班列高质量发展和\n跨境电商扩能提质若干措施")
    empty(doc, 1)
    c.clause("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快打造内陆地区对外开放新高地，"
             "推动中欧班列高质量发展和跨境电商扩能提质，结合我省实际，制定以下措施。")
    c.h1("一、提升中欧班列运营质效")
    c.clause(runin("（一）优化班列线路布局。",
                   "巩固至莫斯科、明斯克、杜伊斯堡等既有线路，加密中亚方向班列，开辟跨里海国际运输走廊线路。"
                   "到2026年底，全省中欧（亚）班列年开行量稳定在1000列以上。" + duty("省商务厅、省发展改革委、中国铁路太原局集团有限公司，各市人民政府")))
    c.clause(runin("（二）支持集结中心建设。",
                   "支持太原中欧班列集结中心示范工程建设，完善集装箱堆场和海关监管作业场所，"
                   "对纳入国家示范工程的项目按规定优先安排省预算内投资。" + duty("省发展改革委、省财政厅、省商务厅，太原市人民政府")),
             places=["太原市"])
    c.clause(runin("（三）降低班列综合物流成本。",
                   "对在我省注册并实际开行中欧班列的平台公司，按以下方式给予支持："))
    c.clause("1.对去程班列，按实际开行列数给予每列不超过3万元的一次性运营奖励，单个平台公司年度奖励总额不超过1000万元；",
             indent=True)
    c.clause("2.对回程班列装载省内企业进口货物的，按进口货值的0.5%给予奖励，单列奖励不超过5万元；")
    c.clause("3.对新开辟并连续稳定开行6个月以上的线路，给予一次性200万元奖励。" + duty("省财政厅、省商务厅，各市人民政府"))
    clause_multi(c, [
        runin("（四）提升通关便利化水平。",
              "推广“铁路快通”“两段准入”等监管模式，对符合条件的班列货物实行“随到随检”，"
              "到2026年底，中欧班列进口货物整体通关时间较2025年压缩20%以上。"),
        [("（责任单位：太原海关，省商务厅、省政府口岸办）", FS)],
    ])
    c.h1("二、推动跨境电商扩能提质")
    c.clause(runin("（五）高水平建设跨境电商综试区。",
                   "支持太原、大同跨境电子商务综合试验区完善线上综合服务平台和线下产业园区，"
                   "对全国评估结果为“成效明显”的综试区，省级财政给予500万元一次性奖励。"
                   + duty("省商务厅、省财政厅，太原市、大同市人民政府")),
             places=["太原市", "大同市"])
    c.h2("（六）培育跨境电商经营主体。")
    c.clause("1.支持传统外贸企业、生产企业通过第三方平台和独立站开展跨境电商业务，对年度跨境电商出口额首次超过1000万美元的企业，"
             "给予一次性50万元奖励。" + duty("省商务厅、省财政厅"))
    c.clause("2.支持省内高校、职业院校开设跨境电商相关专业，每年培训跨境电商实操人才5000人次以上。"
             + duty("省教育厅、省人力资源社会保障厅、省商务厅"))
    c.clause("3.对在我省新设立区域总部的跨境电商平台、物流、支付等服务企业，按实际到位投资额的2%给予最高200万元奖励。" + duty("省商务厅、省财政厅，各市人民政府"))
    c.clause(runin("（七）支持建设海外仓。",
                   "鼓励企业在共建“一带一路”国家建设、租赁海外仓，对经认定的省级公共海外仓，按其建设和租赁"
                   "费用的30%给予补助，单个海外仓补助不超过300万元。"
                   + duty("省商务厅、省财政厅、中国出口信用保险公司山西分公司")))
    c.clause(runin("（八）发展“跨境电商+产业带”。",
                   "聚焦陈醋、杂粮、平遥牛肉、定襄法兰、铸造件等特色产业，每年培育10个以上跨境电商产业带，"
                   "打造一批“晋品出海”品牌。"
                   + duty("省商务厅、省工业和信息化厅、省农业农村厅，各市人民政府")))
    c.h1("三、强化开放平台支撑")
    c.clause(runin("（九）发挥海关特殊监管区域作用。",
                   "支持太原武宿综合保税区、大同国际陆港保税物流中心（B型）开展跨境电商网购保税进口、保税展示交易和保税维修业务，"
                   "2026年太原武宿综合保税区进出口额力争突破300亿元。"
                   + duty("省商务厅、太原海关，太原市、大同市人民政府")),
             places=["太原武宿综合保税区", "大同国际陆港保税物流中心（B型）"])
    c.clause(runin("（十）复制推广自贸试验区改革经验。",
                   "系统梳理国家层面复制推广的自由贸易试验区改革试点经验，在贸易便利化、投资管理、"
                   "金融服务等领域加快复制推广。"
                   + duty("省商务厅、省发展改革委、省司法厅、太原海关")))
    c.h1("四、加强要素保障")
    c.clause(runin("（十一）加大金融支持力度。",
                   "引导金融机构创新“中欧班列运费贷”“跨境电商信用贷”等产品，扩大跨境人民币结算规模。"
                   + duty("人民银行山西省分行、国家金融监督管理总局山西监管局、省委金融办")))
    c.clause(runin("（十二）健全工作机制。",
                   "建立由省商务厅牵头的中欧班列和跨境电商发展工作专班，定期调度重点任务进展；"
                   "各市于每年1月底前将上年度工作情况报送省商务厅。"
                   + duty("省商务厅，各市人民政府")))
    c.clause("本措施自2026年3月1日起施行，有效期至2028年12月31日。《山西省人民政府办公厅关于印发山西省促进中欧班列发展"
             "若干措施的通知》（晋政办发〔2022〕38号）同时废止。")
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，太原海关。",
          "山西省人民政府办公厅", "2026年2月26日印发", blank_before=3)

    path = HERE / f"{stem}.docx"
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "山西省人民政府办公厅关于印发山西省支持中欧班列高质量发展和跨境电商扩能提质若干措施的通知",
            "doc_number": "晋政办发〔2026〕11号",
            "issuer": ["山西省人民政府办公厅"],
            "date": "2026-02-24",
            "published": "2026-02-26",
            "level": "provincial",
            "region": "山西省",
            "effective": "2026-03-01",
            "expires": "2028-12-31",
            "attachments": ["山西省支持中欧班列高质量发展和跨境电商扩能提质若干措施"],
            "doc_type": "通知",
            "recipients": ["各市人民政府", "省人民政府各委、办、厅、局"],
            "publicity": "此件公开发布",
            "repeals": "《山西省人民政府办公厅关于印发山西省促进中欧班列发展若干措施的通知》（晋政办发〔2022〕38号）",
        },
        "clauses": c.clauses,
        "applies_to": {"specific": c.specific},
    }]
    return path


# ===================================================================== (b) 沧州 转发
FWD_TITLE = "天津市商务局　河北省商务厅关于深化津冀跨境电商和国际物流通道协同发展的通知"


def make_cangzhou():
    stem = "blind348_cangzhou_zhuanfa"
    doc = new_doc()
    footer_pagenum(doc.sections[0])
    c = Collector(doc)

    red_banner(doc, "沧州市商务局文件", size=42, exact=60)
    docno_line(doc, "沧商务字〔2026〕18号")
    title(doc, "沧州市商务局\n关于转发《天津市商务局　河北省商务厅关于\n深化津冀跨境电商和国际物流通道协同发展的\n通知》的通知")
    empty(doc, 1)
    para(doc, [("各县（市、区）商务局，渤海新区黄骅市、沧州经济开发区、沧州高新区商务主管部门：", FS)], indent=False)
    c.clause("现将《天津市商务局　河北省商务厅关于深化津冀跨境电商和国际物流通道协同发展的通知》（冀商外贸字〔2026〕15号）"
             "转发给你们，结合我市实际，提出以下要求，请一并抓好贯彻落实。")
    c.clause(runin("一、主动对接津冀协同资源。", "各地要把对接天津港、天津自贸试验区作为扩大开放的重要抓手，"
                   "组织辖区外贸企业参加津冀跨境电商公共服务平台推介活动，2026年6月底前完成辖区重点外贸企业和跨境电商企业平台注册，"
                   "注册率达到80%以上。", HT))
    c.clause(runin("二、用好综合保税区平台。", "支持沧州综合保税区申请开展跨境电商网购保税进口（1210）和特殊区域出口海外仓（1210）"
                   "业务，完善跨境电商监管作业场所，力争2026年内实现业务常态化运行，全年综合保税区跨境电商进出口额突破5亿元。", HT),
             places=["沧州综合保税区"])
    c.clause(runin("三、培育跨境电商产业带。", "支持泊头市铸造机械、河间市工艺玻璃、肃宁县裘皮、东光县包装机械产业带企业开展跨境电商"
                   "B2B出口，每个产业带年内培育跨境电商出口额超千万元企业3家以上；相关县（市）商务局要于4月底前制定产业带出海工作方案。",
                   HT),
             places=["泊头市", "河间市", "肃宁县", "东光县"])
    c.clause(runin("四、做好信息报送。", "各县（市、区）商务局、各开发区商务主管部门于每季度结束后5日内，将津冀协同项目推进情况、"
                   "海铁联运和中欧班列货源组织情况报送市商务局对外贸易科，市商务局汇总后按时报送省商务厅。", HT))
    p = para(doc, [("联系人：市商务局对外贸易科　孟庆丰；联系电话：0317-3058216；电子邮箱：czswjwmk@163.com", FS)])
    signoff(doc, ["沧州市商务局"], "2026年3月20日")
    para(doc, [("（此件公开发布）", FS)])

    # ---- the forwarded document, reprinted as it was issued
    page_break(doc)
    c2 = Collector(doc)
    para(doc, [("冀商外贸字〔2026〕15号", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1)
    title(doc, "天津市商务局　河北省商务厅关于深化津冀\n跨境电商和国际物流通道协同发展的通知")
    empty(doc, 1)
    para(doc, [("河北省各市（含定州、辛集市）商务局，雄安新区改革发展局；天津市各区商务局（商务委），"
                "天津港保税区、天津经济技术开发区商务主管部门：", FS)], indent=False)
    c2.clause("为深入贯彻京津冀协同发展战略，落实高质量共建“一带一路”部署，发挥天津港“出海口”和河北腹地产业优势，"
              "推动津冀跨境电商和国际物流通道协同发展，现就有关事项通知如下：")
    c2.h1("一、推动跨境电商协同发展")
    c2.clause(runin("（一）共建公共服务平台。",
                    "依托中国（天津）跨境电子商务综合试验区线上综合服务平台，开设津冀跨境电商协同服务专区，"
                    "为河北省企业提供通关、物流、退税、结汇等“一站式”服务，实现两地企业备案信息互认。"))
    c2.clause(runin("（二）联动建设海外仓。",
                    "鼓励两地企业在共建“一带一路”国家合作建设、共享使用海外仓，探索“海外仓+前置仓”联动模式，"
                    "到2026年底，两地企业共享使用的公共海外仓达到20个以上。"))
    c2.h1("二、畅通国际物流通道")
    c2.clause(runin("（三）深化港口与内陆港协同。",
                    "推动天津港与河北省石家庄、保定、邢台、沧州等内陆港开展海铁联运“一单制”试点，实现“一次委托、一单到底、"
                    "一次结算”，河北省企业经天津港进出口的集装箱享受与天津本地企业同等的港口作业和查验服务。"))
    c2.clause(runin("（四）加强中欧班列合作。", "两地商务主管部门会同铁路、海关部门："))
    c2.clause("1.支持河北省企业货物通过天津港经二连浩特、满洲里、阿拉山口（霍尔果斯）口岸出境的海铁联运过境班列运输，"
              "推动班列运力、舱位统筹调配；")
    c2.clause("2.探索津冀中欧班列货源共享、线路互补机制，对两地集结货源开行的班列，双方按照各自政策分别给予支持。")
    c2.h1("三、深化自贸试验区和综合保税区联动")
    c2.clause(runin("（五）开展自贸试验区联动创新。",
                    "支持中国（天津）自由贸易试验区与中国（河北）自由贸易试验区曹妃甸片区、大兴机场片区围绕港航物流、"
                    "跨境电商、融资租赁等领域开展联动创新，每年共同形成制度创新案例3项以上。"),
              places=["中国（天津）自由贸易试验区", "中国（河北）自由贸易试验区曹妃甸片区", "中国（河北）自由贸易试验区大兴机场片区"])
    c2.clause(runin("（六）推进综合保税区协作。",
                    "支持天津港综合保税区与曹妃甸综合保税区、廊坊综合保税区、沧州综合保税区在保税物流、保税维修、"
                    "跨境电商保税备货等业务领域开展协作，推行区间货物流转“分送集报”。"),
              places=["天津港综合保税区", "曹妃甸综合保税区", "廊坊综合保税区", "沧州综合保税区"])
    c2.h1("四、工作要求")
    c2.clause(runin("（七）加强统筹协调。",
                    "天津市商务局、河北省商务厅建立联席会议制度，每半年召开一次会议，协调解决协同发展中的重大问题。"
                    "各地商务主管部门要明确责任处（科）室和联系人，抓好各项任务落实。"))
    c2.clause(runin("（八）做好信息报送。",
                    "各地商务主管部门于每季度结束后10日内将工作进展情况分别报送天津市商务局、河北省商务厅。"))
    para(doc, [("联系人：天津市商务局外贸发展处　韩晓东，022-58665127；河北省商务厅对外贸易处　贾思远，0311-87909315", FS)])
    empty(doc, 2)
    p = para(doc, [("天津市商务局", FS), ("\t", FS), ("河北省商务厅", FS)], indent=False)
    p.paragraph_format.left_indent = Pt(48)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(132), WD_TAB_ALIGNMENT.RIGHT)
    p = para(doc, [("2026年3月6日", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)

    banji(doc, "抄送：市人民政府办公室，沧州海关。", "沧州市商务局办公室", "2026年3月20日印发", blank_before=3)

    path = HERE / f"{stem}.docx"
    doc.save(path)
    EXPECTED[stem] = [
        {
            "meta": {
                "title": "沧州市商务局关于转发《" + FWD_TITLE + "》的通知",
                "doc_number": "沧商务字〔2026〕18号",
                "issuer": ["沧州市商务局"],
                "date": "2026-03-20",
                "published": "2026-03-20",
                "level": "municipal",
                "region": "沧州市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "通知",
                "recipients": ["各县（市、区）商务局", "渤海新区黄骅市、沧州经济开发区、沧州高新区商务主管部门"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": c.clauses,
            "applies_to": {"specific": c.specific},
        },
        {
            "meta": {
                "title": FWD_TITLE,
                "doc_number": "冀商外贸字〔2026〕15号",
                "issuer": ["天津市商务局", "河北省商务厅"],
                "date": "2026-03-06",
                "published": None,
                "level": "provincial",
                "region": "天津市、河北省",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "通知",
                "recipients": ["河北省各市（含定州、辛集市）商务局", "雄安新区改革发展局", "天津市各区商务局（商务委）",
                               "天津港保税区、天津经济技术开发区商务主管部门"],
                "publicity": None,
                "repeals": None,
            },
            "clauses": c2.clauses,
            "applies_to": {"specific": c2.specific},
        },
    ]
    return path


# ===================================================================== (c) 芜湖
PLAN = "芜湖市深度融入共建“一带一路”推动开放型经济高质量发展实施方案（2026—2027年）"
TABLE_TITLE = "芜湖市深度融入共建“一带一路”推动开放型经济高质量发展重点任务分工表"


def make_wuhu():
    stem = "blind348_wuhu_fangan"
    doc = new_doc()
    footer_pagenum(doc.sections[0])
    c = Collector(doc)

    red_banner(doc, "芜湖市人民政府办公室文件")
    docno_line(doc, "芜政办秘〔2026〕23号")
    title(doc, "芜湖市人民政府办公室关于印发\n芜湖市深度融入共建“一带一路”推动\n开放型经济高质量发展实施方案\n（2026—2027年）的通知")
    empty(doc, 1)
    para(doc, [("各县市区人民政府，安徽芜湖三山经济开发区管委会，市政府各部门、各直属机构：", FS)], indent=False)
    c.clause("《" + PLAN + "》已经市政府同意，现印发给你们，请结合实际，认真组织实施。")
    signoff(doc, ["芜湖市人民政府办公室"], "2026年4月14日", right_pt=56)
    para(doc, [("（此件公开发布）", FS)])

    page_break(doc)
    title(doc, "芜湖市深度融入共建“一带一路”\n推动开放型经济高质量发展实施方案\n（2026—2027年）")
    c.clause("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快构建更高水平开放型经济新体制，"
             "结合我市实际，制定本方案。")
    c.h1("一、总体要求")
    c.clause("坚持以开放促改革、促发展，以中国（安徽）自由贸易试验区芜湖片区为引领，"
             "以综合保税区、中欧班列和江海联运为支撑，推动开放型经济量质齐升。")
    c.h1("二、主要目标")
    c.clause("到2027年，全市开放型经济规模稳步扩大、结构持续优化。具体目标如下：")
    c.clause("1.外贸进出口总额2026年达到1060亿元，2027年达到1150亿元；对共建“一带一路”国家进出口占比分别达到52%、55%。")
    c.clause("2.跨境电商进出口额2026年达到160亿元，2027年达到210亿元。")
    c.clause("3.中欧班列（芜湖）2026年开行60列，2027年开行90列；芜湖港外贸集装箱吞吐量分别达到28万标箱、32万标箱。")
    c.clause("4.实际使用外资2026年达到8.5亿美元，2027年达到9.5亿美元。")
    c.h1("三、重点任务")
    c.h2("（一）提升开放平台能级")
    c.clause(runin("1.推动自贸试验区芜湖片区提质增效。",
                   "聚焦智能网联汽车、跨境电商等领域深化差异化改革探索，每年形成制度创新成果5项以上。", FS),
             places=["中国（安徽）自由贸易试验区芜湖片区"])
    c.clause(runin("2.加快综合保税区转型升级。",
                   "支持芜湖综合保税区发展保税研发、保税维修和跨境电商保税备货等新业态，"
                   "力争在全国综合保税区发展绩效评估中进入A类。", FS),
             places=["芜湖综合保税区"])
    c.clause(runin("3.高标准建设跨境电商综试区。",
                   "推动鸠江区、弋江区、无为市各建成1个省级跨境电商产业园。", FS),
             places=["鸠江区", "弋江区", "无为市"])
    c.h2("（二）畅通国际物流通道")
    c.clause(runin("4.做强中欧班列（芜湖）。",
                   "稳定开行至阿拉木图、塔什干、莫斯科等方向班列，对接合肥中欧班列集结中心，实现货源、运力共享。", FS))
    c.clause(runin("5.发展江海联运。",
                   "依托芜湖港朱家桥外贸码头，加密至上海港、宁波舟山港“点到点”直达航线。", FS))
    c.h2("（三）培育外贸新动能")
    c.clause(runin("6.推动“跨境电商+产业带”发展。",
                   "围绕汽车及零部件、家用电器、电线电缆、羽毛羽绒等优势产业，每年培育跨境电商产业带3个以上。", FS))
    c.clause(runin("7.加快海外仓布局。",
                   "支持企业在共建“一带一路”国家建设海外仓，到2027年全市企业自建或租用海外仓达到30个以上。",
                   FS))
    c.h2("（四）深化“一带一路”经贸合作")
    c.clause(runin("8.积极开拓多元市场。",
                   "每年组织企业参加重点展会50场次以上，对参加境外重点展会的企业按展位费的50%给予补助。",
                   FS))
    c.clause(runin("9.推动产能合作。",
                   "支持汽车、新能源等领域龙头企业在共建“一带一路”国家布局生产基地和营销网络。", FS))
    c.h1("四、保障措施")
    c.clause(runin("（一）加强组织领导。\n",
                   "市推进“一带一路”建设工作领导小组统筹推进本方案实施，办公室设在市商务局。"))
    c.clause(runin("（二）加大政策支持。",
                   "统筹用好中央、省、市各级外经贸发展专项资金，对重点任务予以倾斜支持。"))
    c.clause(runin("（三）强化监测评估。",
                   "建立重点任务台账，实行季度调度、年度评估。"))
    empty(doc, 1)
    para(doc, [("附件：" + TABLE_TITLE, FS)])

    # ---- 附件 table, landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(s2)
    para(doc, [("附件", HT)], indent=False)
    para(doc, [(TABLE_TITLE, XBS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=18, exact=30, after=6)
    cols = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    groups = [
        ("一、提升开放平台能级", [
            ("1", "推动自贸试验区芜湖片区提质增效，每年形成制度创新成果5项以上", "自贸试验区芜湖片区管委会",
             "市商务局、市发展改革委、芜湖海关", "2027年12月", ["中国（安徽）自由贸易试验区芜湖片区"]),
            ("2", "支持芜湖综合保税区发展保税研发、保税维修等新业态，力争绩效评估进入A类", "芜湖经开区管委会",
             "市商务局、芜湖海关", "2027年12月", ["芜湖综合保税区"]),
            ("3", "鸠江区、弋江区、无为市各建成1个省级跨境电商产业园", "市商务局",
             "鸠江区、弋江区政府，无为市政府", "2027年12月", ["鸠江区", "弋江区", "无为市"]),
        ]),
        ("二、畅通国际物流通道", [
            ("4", "稳定开行中欧班列（芜湖），2026年开行60列、2027年开行90列", "市商务局",
             "市交通运输局、芜湖海关", "持续推进", None),
            ("5", "加密芜湖港至上海港、宁波舟山港“点到点”直达航线", "市港航管理服务中心",
             "市交通运输局、芜湖海关", "持续推进", None),
        ]),
        ("三、培育外贸新动能", [
            ("6", "每年培育跨境电商产业带3个以上", "市商务局",
             "市经济和信息化局，各县市区政府", "每年12月", None),
            ("7", "到2027年全市企业自建或租用海外仓达到30个以上", "市商务局",
             "市财政局，各县市区政府", "2027年12月", None),
        ]),
        ("四、深化“一带一路”经贸合作", [
            ("8", "每年组织企业参加重点展会50场次以上，落实境外展会展位费补助", "市商务局",
             "市财政局、市贸促会", "每年12月", None),
            ("9", "支持龙头企业在共建“一带一路”国家布局生产基地和营销网络", "市发展改革委",
             "市商务局、市经济和信息化局", "持续推进", None),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(cols):
        cell_text(t.rows[0].cells[j], h, HT, 12)
    repeat_header(t.rows[0])
    i = 1
    for gname, items in groups:
        cells = t.rows[i].cells
        m = cells[0].merge(cells[4])
        cell_text(m, gname, HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        cant_split(t.rows[i])
        i += 1
        prev = {2: (None, None), 4: (None, None)}
        for r in items:
            vals, places = r[:5], r[5]
            cells = t.rows[i].cells
            cant_split(t.rows[i])
            for j, v in enumerate(vals):
                al = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER
                if j in (2, 4):
                    pv, pi = prev[j]
                    if v == pv:  # same 牵头单位 / 完成时限 as the row above: vertical merge
                        mm = t.rows[pi].cells[j].merge(cells[j])
                        cell_text(mm, v, FS, 12)
                        continue
                    prev[j] = (v, i)
                cell_text(cells[j], v, FS, 12, align=al)
            c.add_row(row_clause(cols, vals), places=places)
            i += 1
    set_widths(t, [Mm(14), Mm(96), Mm(40), Mm(50), Mm(25)])

    # ---- 版记 on a final portrait page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(s3)
    empty(doc, 18)
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院。",
          "芜湖市人民政府办公室", "2026年4月15日印发", blank_before=0)

    path = HERE / f"{stem}.docx"
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "芜湖市人民政府办公室关于印发" + PLAN + "的通知",
            "doc_number": "芜政办秘〔2026〕23号",
            "issuer": ["芜湖市人民政府办公室"],
            "date": "2026-04-14",
            "published": "2026-04-15",
            "level": "municipal",
            "region": "芜湖市",
            "effective": None,
            "expires": None,
            "attachments": [TABLE_TITLE],
            "doc_type": "通知",
            "recipients": ["各县市区人民政府", "安徽芜湖三山经济开发区管委会", "市政府各部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": c.clauses,
        "applies_to": {"specific": c.specific},
    }]
    return path


def main():
    os.chdir(HERE)
    for make in (make_shanxi, make_cangzhou, make_wuhu):
        path = make()
        to_pdf(path)
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for stem, docs in EXPECTED.items():
        for d in docs:
            print(stem, d["meta"]["doc_number"], "clauses:", len(d["clauses"]),
                  "specific:", len(d["applies_to"]["specific"]))


if __name__ == "__main__":
    main()
