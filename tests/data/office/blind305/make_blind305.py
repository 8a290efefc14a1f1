# ruff: noqa
# -*- coding: utf-8 -*-
"""Write four fictional Chinese office documents (docx + LibreOffice PDF) and expected.json.

Run:  . /work/venv/bin/activate && python make_blind305.py
Everything is written next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
BODY = 16          # 三号
LINE = 28.9        # 22 lines a page
CHAR = 16          # one character width in pt (三号)

C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- low level helpers
def rfont(run, name, size, bold=False, color=None, scale=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rPr.insert_element_before(
            w, "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
            "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
            "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def fmt(p, align=J, first=True, line=LINE, before=0, after=0, left=None, right=None, keep_next=False):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(2 * CHAR) if first else None
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if keep_next:
        pf.keep_with_next = True
    p.alignment = align
    return p


def para(box, runs, **kw):
    """runs: list of (text, font[, size[, bold[, color]]]); '\n' inside text = soft line break."""
    p = box.add_paragraph()
    fmt(p, **kw)
    for spec in runs:
        text, font = spec[0], spec[1]
        size = spec[2] if len(spec) > 2 else BODY
        bold = spec[3] if len(spec) > 3 else False
        color = spec[4] if len(spec) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            rfont(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()          # soft line break (w:br)
    return p


def border(p, side, val="single", sz=8, color="000000", space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(
            pBdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
            "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
            "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
            "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
            "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
            "w:pPrChange")
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    order = ["top", "left", "bottom", "right", "between", "bar"]
    # keep schema order
    placed = False
    for i, child in enumerate(list(pBdr)):
        if order.index(child.tag.split("}")[1]) > order.index(side):
            child.addprevious(e)
            placed = True
            break
    if not placed:
        pBdr.append(e)


def red_rule(doc, double=False, line=8):
    p = doc.add_paragraph()
    fmt(p, first=False, line=line)
    if double:
        border(p, "bottom", "thickThinSmallGap", 24, "FF0000")
    else:
        border(p, "bottom", "single", 18, "FF0000")
    return p


def blank(doc, n=1, line=LINE):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first=False, line=line)


def page_field(p, size=14):
    r = p.add_run("— ")
    rfont(r, ST, size)
    r = p.add_run()
    rfont(r, ST, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = p.add_run()
    rfont(r, ST, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    rfont(r, ST, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    r = p.add_run("1")
    rfont(r, ST, size)
    r = p.add_run()
    rfont(r, ST, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)
    r = p.add_run(" —")
    rfont(r, ST, size)


def setup_footers(sec, first_page_blank=False):
    """odd pages: number at right (空一字); even pages: at left (空一字)."""
    f = sec.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = R
    p.paragraph_format.right_indent = Pt(14)
    page_field(p)
    ef = sec.even_page_footer
    ef.is_linked_to_previous = False
    p = ef.paragraphs[0]
    p.alignment = L
    p.paragraph_format.left_indent = Pt(14)
    page_field(p)
    if first_page_blank:
        sec.different_first_page_header_footer = True
        sec.first_page_footer.is_linked_to_previous = False


def portrait(sec):
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    sec.header_distance = Mm(15)
    sec.footer_distance = Mm(25)


def landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Mm(297)
    sec.page_height = Mm(210)
    sec.top_margin = Mm(28)
    sec.bottom_margin = Mm(26)
    sec.left_margin = Mm(37)
    sec.right_margin = Mm(35)
    sec.header_distance = Mm(12)
    sec.footer_distance = Mm(14)


def new_doc(first_page_blank=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(BODY)
    rPr = st.element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), FS)
    d.settings.odd_and_even_pages_header_footer = True
    sec = d.sections[0]
    portrait(sec)
    setup_footers(sec, first_page_blank)
    return d


def text_width(s, ch=CHAR):
    w = 0.0
    for c in s:
        w += ch / 2 if ord(c) < 128 else ch
    return w


def signature(doc, organ, date, publicity=None, blank_before=1):
    """GB/T 9704-2012 7.3.5.2 (不加盖印章): 成文日期右空四字, 署名以成文日期为准居中."""
    blank(doc, blank_before)
    dw = text_width(date)
    ow = text_width(organ)
    date_right = 4 * CHAR
    centre = date_right + dw / 2
    organ_right = max(0, centre - ow / 2)
    para(doc, [(organ, FS)], align=R, first=False, right=organ_right)
    para(doc, [(date, FS)], align=R, first=False, right=date_right)
    if publicity:
        para(doc, [(publicity, FS)], align=L, first=True)


def banji(doc, cc, printer, pdate, before_blank=1):
    """版记: 抄送 + 印发机关/印发日期 between rules (四号仿宋)."""
    blank(doc, before_blank)
    width_pt = 156 / 25.4 * 72
    if cc:
        p = para(doc, [(cc, FS, 14)], align=J, first=False, left=14, right=14, line=24)
        p.paragraph_format.first_line_indent = Pt(0)
        border(p, "top", "single", 8, "000000", 2)
        border(p, "bottom", "single", 4, "000000", 2)
    if printer:
        p = para(doc, [(printer + "\t" + pdate, FS, 14)], align=L, first=False, left=14, line=24)
        p.paragraph_format.tab_stops.add_tab_stop(Pt(width_pt - 14), WD_TAB_ALIGNMENT.RIGHT)
        if not cc:
            border(p, "top", "single", 8, "000000", 2)
        border(p, "bottom", "single", 8, "000000", 2)


def cell_text(cell, text, font=FS, size=12, bold=False, align=C, line=18):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    fmt(p, align=align, first=False, line=line)
    if text:
        r = p.add_run(text)
        rfont(r, font, size, bold)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def col_widths(table, widths_mm):
    """fixed layout: tblW, tblGrid/gridCol and every tcW (LibreOffice reads the grid)."""
    table.autofit = False
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(sum(widths_mm) / 25.4 * 1440)))
    lay = tblPr.find(qn("w:tblLayout"))
    if lay is None:
        lay = OxmlElement("w:tblLayout")
        tblPr.append(lay)
    lay.set(qn("w:type"), "fixed")
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w / 25.4 * 1440)))
    for tr in tbl.tr_lst:
        i = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_mm[i:i + span])
            tc.width = Mm(w)
            i += span


def masthead(doc, text, size=36, scale=None, before=0):
    para(doc, [(text, XBS, size, False, RED)], align=C, first=False, line=size * 1.25, before=before)
    if scale:
        for r in doc.paragraphs[-1].runs:
            rfont(r, XBS, size, False, RED, scale)


def title(doc, text, before=0):
    para(doc, [(text, XBS, 22)], align=C, first=False, line=34, before=before)


class Doc:
    """collects clauses and metadata of one logical document."""

    def __init__(self, meta):
        self.meta = meta
        self.clauses = []
        self.specific = {}

    def add(self, text, places=None):
        self.clauses.append(text)
        if places:
            key = text[:22]
            self.specific[key] = places

    def to_json(self):
        return {"meta": self.meta, "clauses": self.clauses,
                "applies_to": {"specific": self.specific}}


def clause(doc, store, head, rest, head_font=FS, places=None, first=True):
    """a body paragraph that is one clause; head is a run-in heading in head_font."""
    runs = []
    if head:
        runs.append((head, head_font))
    if rest:
        runs.append((rest, FS))
    para(doc, runs, first=first)
    store.add(head + rest, places)


def heading(doc, text, font=HT):
    para(doc, [(text, font)], keep_next=True)


def convert(docx_path):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_305",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================== 1. 烟台 转发
def make_yantai():
    stem = "blind305_yantai_zhuanfa"
    fwd_title = "山东省人民政府办公厅关于推进跨境电子商务高质量发展的实施意见"
    city = Doc({
        "title": "烟台市人民政府办公室关于转发《" + fwd_title + "》的通知",
        "doc_number": "烟政办发〔2025〕12号",
        "issuer": ["烟台市人民政府办公室"],
        "date": "2025-04-09",
        "published": "2025-04-10",
        "level": "municipal",
        "region": "烟台市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各区市人民政府", "市政府各部门、各直属机构",
                       "中国（山东）自由贸易试验区烟台片区管委", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    prov = Doc({
        "title": fwd_title,
        "doc_number": "鲁政办发〔2025〕9号",
        "issuer": ["山东省人民政府办公厅"],
        "date": "2025-03-18",
        "published": None,
        "level": "provincial",
        "region": "山东省",
        "effective": "2025-05-01",
        "expires": "2030-04-30",
        "attachments": [],
        "doc_type": "意见",
        "recipients": ["各市人民政府", "各县（市、区）人民政府", "省政府各部门、各直属机构",
                       "各大企业", "各高等院校"],
        "publicity": "此件公开发布",
        "repeals": None,
    })

    d = new_doc()
    masthead(d, "烟台市人民政府办公室文件", size=36, scale=90)
    blank(d, 1)
    para(d, [("烟政办发〔2025〕12号", FS)], align=C, first=False)
    red_rule(d)
    blank(d, 1)
    title(d, "烟台市人民政府办公室\n关于转发《山东省人民政府办公厅关于推进\n跨境电子商务高质量发展的实施意见》的通知")
    blank(d, 1)
    para(d, [("各区市人民政府，市政府各部门、各直属机构，中国（山东）自由贸易试验区烟台片区管委，各有关单位：", FS)],
         first=False)
    clause(d, city, "",
           "现将《山东省人民政府办公厅关于推进跨境电子商务高质量发展的实施意见》（鲁政办发〔2025〕9号）"
           "转发给你们，并结合我市实际提出如下贯彻意见，请一并抓好贯彻落实。")
    clause(d, city, "一、强化组织推动。",
           "市商务局要会同市发展改革委、市财政局、烟台海关等部门，建立全市跨境电商工作专班，每季度召开一次调度会议，"
           "研究解决跨境电商发展中的重点难点问题。各区市要参照建立相应工作机制，明确分管负责同志和具体责任科室，"
           "于2025年5月15日前将工作专班名单报市商务局。", HT)
    clause(d, city, "二、突出片区引领。",
           "中国（山东）自由贸易试验区烟台片区要发挥制度创新优势，2025年年底前在跨境电商“9710”“9810”出口监管、"
           "退货中心仓等方面至少形成2项可复制推广的创新成果；烟台综合保税区要加快保税备货仓和跨境电商监管中心建设，"
           "力争全年跨境电商进出口额增长20%以上。", HT,
           places=["中国（山东）自由贸易试验区烟台片区", "烟台综合保税区"])
    clause(d, city, "三、培育产业集群。",
           "芝罘区、莱山区要依托现有电商产业园，重点引进跨境电商平台企业和综合服务企业；福山区、蓬莱区要围绕葡萄酒、"
           "苹果、水产品等特色产业，打造“跨境电商+产业带”示范项目，2025年每区培育年出口额超千万元的跨境电商企业不少于5家。",
           HT, places=["芝罘区", "莱山区", "福山区", "蓬莱区"])
    clause(d, city, "四、加大政策支持。",
           "对新认定的省级跨境电商产业园、省级公共海外仓，市级财政在省级奖励基础上按1∶0.5比例给予配套支持，"
           "所需资金从市级外经贸发展专项资金中列支。各区市可结合实际出台配套措施。", HT)
    clause(d, city, "五、加强督促落实。",
           "各区市、各有关部门要于每年6月30日、12月20日前将贯彻落实情况书面报送市商务局，由市商务局汇总后报市政府。",
           HT)
    signature(d, "烟台市人民政府办公室", "2025年4月9日", "（此件公开发布）")

    # ---- forwarded provincial text, new section / new page, page numbers continue
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    title(d, "山东省人民政府办公厅关于推进跨境电子商务\n高质量发展的实施意见")
    para(d, [("鲁政办发〔2025〕9号", FS)], align=C, first=False, before=6)
    blank(d, 1)
    para(d, [("各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构，各大企业，各高等院校：", FS)],
         first=False)
    clause(d, prov, "",
           "跨境电子商务是发展速度最快、潜力最大、带动作用最强的外贸新业态。为深入贯彻党中央、国务院关于推动跨境电商"
           "健康持续创新发展的决策部署，服务共建“一带一路”高质量发展，加快建设更高水平开放型经济新体制，经省政府同意，"
           "现提出以下实施意见。")
    heading(d, "一、总体要求")
    clause(d, prov, "（一）工作目标。",
           "到2027年，全省跨境电商进出口额力争突破3000亿元，年均增长15%以上；培育省级跨境电商产业园50个、"
           "省级公共海外仓200个，跨境电子商务综合试验区实现16市全覆盖，形成各具特色、错位发展的格局。", KT)
    heading(d, "二、重点任务")
    clause(d, prov, "（二）壮大经营主体。",
           "实施跨境电商主体培育行动，支持传统外贸企业、生产制造企业“触网上线”，每年新增跨境电商经营主体2000家以上。"
           "培育一批年交易额超10亿元的跨境电商龙头企业和具有国际影响力的自主品牌。", KT)
    clause(d, prov, "（三）提升自贸试验区和综合保税区功能。",
           "支持中国（山东）自由贸易试验区济南、青岛、烟台片区开展跨境电商制度创新，探索跨境电商零售进口药品、"
           "海外仓出口退税便利化等试点。支持青岛前湾综合保税区、烟台综合保税区、济南综合保税区发展“跨境电商+保税”业务，"
           "建设区域性跨境电商商品分拨中心。", KT,
           places=["中国（山东）自由贸易试验区济南片区", "中国（山东）自由贸易试验区青岛片区",
                   "中国（山东）自由贸易试验区烟台片区", "青岛前湾综合保税区", "烟台综合保税区",
                   "济南综合保税区"])
    clause(d, prov, "（四）建设海外仓网络。",
           "围绕共建“一带一路”国家和《区域全面经济伙伴关系协定》（RCEP）成员国市场，支持企业在东南亚、中东欧、中亚等地区"
           "新建或租赁公共海外仓，对服务面积超过5000平方米、年服务企业超过50家的，认定为省级公共海外仓。"
           "鼓励企业依托中欧班列（齐鲁号）开展海外仓集货运输。", KT)
    # one clause, two paragraphs
    para(d, [("（五）拓展“丝路电商”合作。", KT),
             ("积极参与“丝路电商”伙伴国合作，支持企业在哈萨克斯坦、乌兹别克斯坦、马来西亚等国家开设线上国家馆和品牌专区，"
              "每年举办“丝路电商”主题对接活动不少于3场。", FS)])
    p2 = "对年度“丝路电商”合作成效突出的市，在分配省级外经贸发展专项资金时予以适当倾斜。"
    para(d, [(p2, FS)])
    prov.add("（五）拓展“丝路电商”合作。积极参与“丝路电商”伙伴国合作，支持企业在哈萨克斯坦、乌兹别克斯坦、马来西亚等"
             "国家开设线上国家馆和品牌专区，每年举办“丝路电商”主题对接活动不少于3场。\n" + p2)
    heading(d, "三、保障措施")
    clause(d, prov, "（六）加强资金支持。", "统筹用好省级外经贸发展专项资金，重点支持以下方面：", KT)
    clause(d, prov, "1．公共服务平台建设。",
           "对跨境电子商务综合试验区线上综合服务平台升级改造项目，按照不超过实际投资额30%的比例给予补助，"
           "单个项目最高不超过300万元。")
    clause(d, prov, "2．海外仓和产业园建设。", "对新认定的省级公共海外仓、省级跨境电商产业园，给予一次性奖励，具体为：")
    clause(d, prov, "（1）", "省级公共海外仓每个奖励100万元；")
    clause(d, prov, "（2）", "省级跨境电商产业园每个奖励50万元。")
    clause(d, prov, "（七）优化通关监管。",
           "推广跨境电商出口“一次申报、分批出境”、退货监管“集中退货、统一办理”等便利化措施，口岸整体通关时间比2024年"
           "压缩10%以上。在青岛港、烟台港、日照港等口岸推广跨境电商出口海运快速通道。", KT)
    clause(d, prov, "（八）强化组织保障。",
           "各市要将跨境电商发展纳入本地区开放型经济工作重点，制定具体落实措施。省商务厅要会同有关部门加强统筹协调和跟踪评估，"
           "重大事项及时向省政府报告。", KT)
    clause(d, prov, "", "本意见自2025年5月1日起施行，有效期至2030年4月30日。")
    signature(d, "山东省人民政府办公厅", "2025年3月18日", "（此件公开发布）")
    banji(d, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，烟台警备区。",
          "烟台市人民政府办公室", "2025年4月10日印发", before_blank=2)

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    convert(path)
    return stem, [city.to_json(), prov.to_json()]


# ====================================================================== 2. 曹妃甸 区商务局 通知
def make_caofeidian():
    stem = "blind305_caofeidian_tongzhi"
    att1 = "报送材料清单"
    att2 = "曹妃甸区跨境电商企业及海外仓情况统计表"
    doc = Doc({
        "title": "唐山市曹妃甸区商务局关于报送跨境电商及海外仓发展情况有关材料的通知",
        "doc_number": "曹商〔2025〕31号",
        "issuer": ["唐山市曹妃甸区商务局"],
        "date": "2025-09-26",
        "published": "2025-09-26",
        "level": "county",
        "region": "唐山市曹妃甸区",
        "effective": None,
        "expires": None,
        "attachments": [att1, att2],
        "doc_type": "通知",
        "recipients": ["各镇（乡）人民政府、各街道办事处", "曹妃甸综合保税区管理局", "区直有关部门", "各有关企业"],
        "publicity": "此件主动公开",
        "repeals": None,
    })
    d = new_doc()
    masthead(d, "唐山市曹妃甸区商务局文件", size=36, scale=90)
    blank(d, 1)
    para(d, [("曹商〔2025〕31号", FS)], align=C, first=False)
    red_rule(d)
    blank(d, 1)
    title(d, "唐山市曹妃甸区商务局\n关于报送跨境电商及海外仓发展情况\n有关材料的通知")
    blank(d, 1)
    para(d, [("各镇（乡）人民政府、各街道办事处，曹妃甸综合保税区管理局，区直有关部门，各有关企业：", FS)], first=False)
    clause(d, doc, "",
           "为贯彻落实《商务部办公厅关于做好跨境电子商务综合试验区2025年度考核评估工作的通知》（商办电函〔2025〕217号）、"
           "《河北省商务厅关于加快推进跨境电商海外仓建设的通知》（冀商电商字〔2025〕12号）和《唐山市商务局关于做好跨境电商"
           "综试区年度评估材料报送工作的通知》（唐商字〔2025〕58号）要求，全面掌握我区跨境电商及海外仓发展情况，"
           "做好中国（唐山）跨境电子商务综合试验区年度评估准备工作，现就报送有关材料事项通知如下。")
    heading(d, "一、报送内容")
    clause(d, doc, "（一）跨境电商企业基本情况。",
           "各镇（乡）、街道和区直有关部门要全面摸排辖区内开展跨境电商业务的企业，按照附件2格式填报企业名称、业务模式、"
           "2025年1—9月进出口额等信息。", KT)
    clause(d, doc, "（二）海外仓建设情况。",
           "已在境外建设或租赁海外仓的企业，需填报海外仓所在国家（地区）、面积、服务企业数量等信息，"
           "并提供租赁合同或产权证明复印件。", KT)
    clause(d, doc, "（三）综保区业务开展情况。",
           "曹妃甸综合保税区管理局要单独报送区内“1210”保税备货、“9610”直购进口等业务开展情况及典型案例，"
           "每个案例字数控制在1500字以内。", KT, places=["曹妃甸综合保税区"])
    clause(d, doc, "（四）自贸试验区创新案例。",
           "中国（河北）自由贸易试验区曹妃甸片区内企业涉及跨境电商制度创新的，另行报送创新案例1—2个，"
           "经片区管理机构审核后统一报送。", KT, places=["中国（河北）自由贸易试验区曹妃甸片区"])
    heading(d, "二、报送要求")
    clause(d, doc, "（一）",
           "请于2025年10月20日前将附件1所列材料纸质版（加盖单位公章）一式两份报送区商务局对外贸易科，"
           "电子版通过区政务内网邮箱同步报送。")
    clause(d, doc, "（二）",
           "各单位要明确一名联系人，对报送数据的真实性、准确性负责。数据应与海关、税务等部门统计口径保持一致，"
           "不得虚报、瞒报。")
    clause(d, doc, "（三）",
           "逾期未报送或报送材料不全的，视为辖区内无相关企业，由此影响年度评估和政策兑现的，由相关单位自行负责。")
    para(d, [("联系人：王晓燕　李　超\n联系电话：0315-8812376", FS)], align=L)
    blank(d, 1)
    p = para(d, [("附件：1．" + att1 + "\n2．" + att2, FS)], align=L)
    p.paragraph_format.left_indent = Pt(2 * CHAR + 3 * CHAR)
    p.paragraph_format.first_line_indent = Pt(-3 * CHAR)
    signature(d, "唐山市曹妃甸区商务局", "2025年9月26日", "（此件主动公开）", blank_before=2)

    # ---- 附件1 on a new page
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, first=False, line=12)
    para(d, [("附件1", HT)], align=L, first=False)
    blank(d, 1)
    title(d, att1)
    blank(d, 1, line=14)
    heads = ["序号", "材料名称", "报送单位", "报送形式", "备注"]
    rows = [
        ["1", "跨境电商企业基本情况统计表", "各镇（乡）、街道，区直有关部门", "纸质版、电子版", "按附件2格式填报", None],
        ["2", "海外仓租赁合同或产权证明复印件", "已建设或租赁海外仓的企业", "纸质版", "加盖企业公章", None],
        ["3", "综保区跨境电商业务开展情况及典型案例", "曹妃甸综合保税区管理局", "纸质版、电子版",
         "每个案例不超过1500字", ["曹妃甸综合保税区"]],
        ["4", "自贸试验区跨境电商创新案例", "曹妃甸片区内有关企业", "电子版", "经片区管理机构审核",
         ["中国（河北）自由贸易试验区曹妃甸片区"]],
    ]
    t = d.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci in range(5):
            cell_text(t.rows[ri].cells[ci], row[ci], FS, 14, align=C if ci in (0, 3) else L, line=22)
        doc.add("；".join(h + "：" + v for h, v in zip(heads, row[:5])), row[5])
    col_widths(t, [14, 46, 40, 26, 30])

    # ---- 附件2, landscape section with a blank form
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    para(d, [("附件2", HT)], align=L, first=False)
    title(d, att2)
    para(d, [("填报单位（盖章）：" + "　" * 16 + "填报人：" + "　" * 8 + "填报日期：　　年　　月　　日", FS, 12)],
         align=L, first=False, line=24)
    t = d.add_table(rows=2 + 5 + 1, cols=10)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = ["序号", "企业名称", "统一社会信用代码", "业务模式", "2025年1—9月进出口额（万元）", "",
           "海外仓情况", "", "", "联系人及电话"]
    sub = ["", "", "", "", "出口", "进口", "所在国家（地区）", "面积（平方米）", "服务企业数（家）", ""]
    for i in range(10):
        cell_text(t.rows[0].cells[i], top[i], HT, 12)
        cell_text(t.rows[1].cells[i], sub[i], HT, 12)
    for i in (0, 1, 2, 3, 9):
        m = t.cell(0, i).merge(t.cell(1, i))
        cell_text(m, top[i], HT, 12)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    cell_text(m, top[4], HT, 12)
    m = t.cell(0, 6).merge(t.cell(0, 8))
    cell_text(m, top[6], HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for r in range(2, 7):
        cell_text(t.cell(r, 0), str(r - 1), FS, 12)
    m = t.cell(7, 0).merge(t.cell(7, 3))
    cell_text(m, "合　　计", HT, 12)
    col_widths(t, [12, 38, 34, 22, 18, 18, 24, 18, 18, 23])
    blank(d, 1, line=10)
    para(d, [("填报说明：", HT, 12)], align=L, first=False, line=20)
    for item in ["1.业务模式填写“9610”“9710”“9810”“1210”中的一种或多种。",
                 "2.进出口额以海关统计数据为准，单位为万元，保留两位小数。",
                 "3.未建设或租赁海外仓的企业，“海外仓情况”栏填写“无”。"]:
        para(d, [(item, FS, 12)], align=L, first=False, line=20, left=24)
        doc.add(item)

    # ---- 版记 on a last portrait page
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    blank(d, 16)
    banji(d, "抄送：唐山市商务局，曹妃甸区人民政府办公室。", "唐山市曹妃甸区商务局", "2025年9月26日印发", before_blank=0)

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    convert(path)
    return stem, [doc.to_json()]


# ====================================================================== 3. 江苏 商务厅办公室 复函 (信函格式)
def make_jiangsu():
    stem = "blind305_jiangsu_han"
    doc = Doc({
        "title": "江苏省商务厅办公室关于连云港市建设面向“一带一路”跨境电商出口集货中心有关事项的复函",
        "doc_number": "苏商办函〔2025〕118号",
        "issuer": ["江苏省商务厅办公室"],
        "date": "2025-06-12",
        "published": None,
        "level": "provincial",
        "region": "连云港市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "函",
        "recipients": ["连云港市商务局"],
        "publicity": "此件依申请公开",
        "repeals": None,
    })
    d = new_doc(first_page_blank=True)
    sec = d.sections[0]
    sec.top_margin = Mm(30)
    masthead(d, "江苏省商务厅办公室", size=36, scale=None)
    red_rule(d, double=True, line=10)
    para(d, [("苏商办函〔2025〕118号", FS)], align=R, first=False, before=8)
    blank(d, 1)
    title(d, "江苏省商务厅办公室关于连云港市建设面向\n“一带一路”跨境电商出口集货中心\n有关事项的复函")
    blank(d, 1)
    para(d, [("连云港市商务局：", FS)], first=False)
    clause(d, doc, "",
           "你局《关于支持建设面向“一带一路”的跨境电商出口集货中心的请示》（连商〔2025〕46号）收悉。"
           "经研究，现函复如下：")
    clause(d, doc, "一、",
           "原则同意你市建设面向“一带一路”的跨境电商出口集货中心（以下简称集货中心）。集货中心应坚持政府引导、市场运作，"
           "由你市确定的运营主体负责建设和运营，省商务厅不直接安排建设资金。")
    clause(d, doc, "二、",
           "关于你局提出的将集货中心纳入省级跨境电商产业园认定范围的事项，请按照《江苏省省级跨境电子商务产业园认定管理办法》"
           "（苏商规〔2024〕3号）规定的条件和程序，在年度申报期内另行申报，我厅将依规组织评审。")
    clause(d, doc, "三、",
           "支持中国（江苏）自由贸易试验区连云港片区依托集货中心开展跨境电商出口“集中查验、分批出区”监管模式创新，"
           "形成的创新成果经评估后纳入全省自贸试验区制度创新案例复制推广。",
           places=["中国（江苏）自由贸易试验区连云港片区"])
    clause(d, doc, "四、",
           "请你局对照2025年5月20日报送的建设方案，加强与连云港海关、中欧班列运营平台等单位的沟通协作，"
           "用好中欧（亚）班列和海铁联运通道，做好货源组织和通关服务保障，于2025年12月31日前完成集货中心一期建设。"
           "集货中心建成运营后，请于每半年结束后15日内将运营情况报我厅。")
    clause(d, doc, "五、",
           "集货中心运营中应严格落实海关监管、数据安全和知识产权保护等要求，对出口商品开展质量抽检，"
           "防范侵权假冒商品借道出口。发现重大问题的，应及时报告并妥善处置。")
    para(d, [("此复。", FS)])
    signature(d, "江苏省商务厅办公室", "2025年6月12日", "（此件依申请公开）")
    blank(d, 2)
    p = para(d, [("抄送：省发展改革委，南京海关，连云港市人民政府。", FS, 14)], align=J, first=False,
             left=14, right=14, line=24)
    border(p, "top", "single", 8, "000000", 2)
    border(p, "bottom", "single", 8, "000000", 2)
    red_rule(d, double=True, line=10)

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    convert(path)
    return stem, [doc.to_json()]


# ====================================================================== 4. 宁波 市自贸办 任务分工
def make_ningbo():
    stem = "blind305_ningbo_renwu"
    att = "2026年宁波市自贸试验区提升发展重点任务分工表"
    doc = Doc({
        "title": "关于印发《" + att + "》的通知",
        "doc_number": "甬自贸办〔2026〕2号",
        "issuer": ["宁波市自由贸易试验区工作领导小组办公室"],
        "date": "2026-03-06",
        "published": "2026-03-09",
        "level": "municipal",
        "region": "宁波市",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "通知",
        "recipients": ["各区（县、市）人民政府", "宁波片区各区块管委会", "市自贸试验区工作领导小组各成员单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    d = new_doc()
    masthead(d, "宁波市自贸试验区工作领导小组办公室文件", size=22, scale=100)
    blank(d, 1)
    para(d, [("甬自贸办〔2026〕2号", FS)], align=C, first=False)
    red_rule(d)
    blank(d, 1)
    title(d, "关于印发《2026年宁波市自贸试验区\n提升发展重点任务分工表》的通知")
    blank(d, 1)
    para(d, [("各区（县、市）人民政府，宁波片区各区块管委会，市自贸试验区工作领导小组各成员单位：", FS)], first=False)
    clause(d, doc, "",
           "为深入落实《浙江省人民政府办公厅关于印发中国（浙江）自由贸易试验区提升发展行动方案（2025—2027年）的通知》"
           "（浙政办发〔2025〕21号）部署，加快建设更高水平开放型经济新体制，更好服务共建“一带一路”和长三角一体化发展，"
           "经市自贸试验区工作领导小组同意，现将《2026年宁波市自贸试验区提升发展重点任务分工表》印发给你们，"
           "并就有关事项通知如下。")
    clause(d, doc, "一、压实工作责任。",
           "各牵头单位是任务落实的第一责任主体，要于2026年3月31日前制定具体推进方案，明确时间表、路线图，报市自贸办备案。"
           "配合单位要主动对接、密切协作，形成工作合力。", HT)
    clause(d, doc, "二、建立月报制度。",
           "各牵头单位于每月5日前通过市自贸试验区工作平台报送上月任务进展，每季度末提交季度工作小结。"
           "市自贸办定期通报任务进展情况，对进度滞后的任务开展专项督办。", HT)
    clause(d, doc, "三、强化联动创新。",
           "各区（县、市）自贸试验区联动创新区要对照任务分工，主动承接宁波片区改革试点经验，"
           "2026年内每个联动创新区至少复制推广5项制度创新成果。", HT)
    clause(d, doc, "四、做好年度评估。",
           "市自贸办将于2026年11月组织开展年度任务完成情况评估，评估结果纳入对各区（县、市）的年度综合考核。"
           "各牵头单位请于2026年12月10日前报送全年任务完成情况总结。", HT)
    para(d, [("联系人：市自贸办综合协调处　陈立新，联系电话：0574-89180236。", FS)])
    blank(d, 1)
    p = para(d, [("附件：" + att, FS)], align=L)
    p.paragraph_format.left_indent = Pt(5 * CHAR)
    p.paragraph_format.first_line_indent = Pt(-3 * CHAR)
    signature(d, "宁波市自由贸易试验区工作领导小组办公室", "2026年3月6日", "（此件公开发布）", blank_before=2)

    # ---- 附件: landscape task table with vertically merged 类别 column
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    para(d, [("附件", HT)], align=L, first=False)
    title(d, att)
    blank(d, 1, line=12)
    heads = ["序号", "任务类别", "重点任务", "牵头单位", "配合单位", "完成时限"]
    cat1, cat2, cat3 = "投资贸易自由化便利化", "“一带一路”国际合作", "制度创新和复制推广"
    rows = [
        ["1", cat1, "在宁波保税区开展跨境电商进口商品“保税展示+线下自提”模式试点，试点商品品类扩大至20类以上",
         "宁波保税区管委会", "宁波海关、市商务局", "2026年6月30日前", ["宁波保税区"]],
        ["2", cat1, "深化油气全产业链开放发展，推动宁波片区内原油、铁矿石等大宗商品保税混配和跨境人民币结算业务，"
                    "全年新增相关跨境人民币结算额100亿元",
         "北仑区人民政府（宁波片区管委会）", "市发展改革委、人民银行宁波市分行", "2026年12月31日前",
         ["中国（浙江）自由贸易试验区宁波片区"]],
        ["3", cat1, "全面推广国际贸易“单一窗口”跨境电商出口申报功能，全市跨境电商出口申报覆盖率达到95%以上",
         "市商务局", "宁波海关、各区（县、市）人民政府", "2026年9月30日前", None],
        ["4", cat2, "依托宁波舟山港拓展共建“一带一路”国家集装箱航线，新增海铁联运班列线路3条以上",
         "市交通运输局", "宁波舟山港集团、北仑区人民政府", "2026年12月31日前", None],
        ["5", cat2, "在宁波前湾新区建设面向东盟的跨境电商海外仓综合服务中心，年内服务企业超过300家",
         "宁波前湾新区管委会", "市商务局、慈溪市人民政府", "2026年10月31日前", ["宁波前湾新区"]],
        ["6", cat2, "依托中国—中东欧国家博览会，组织全市外贸企业开展对接洽谈，促成中东欧国家经贸合作项目签约20个以上",
         "市商务局", "北仑区人民政府（宁波片区管委会）、宁波保税区管委会", "2026年5月31日前", None],
        ["7", cat3, "总结宁波片区油气贸易、跨境数据流动等领域制度创新成果，形成全市复制推广清单并组织实施",
         "北仑区人民政府（宁波片区管委会）", "市委改革办、各区（县、市）人民政府", "2026年8月31日前", None],
        ["8", cat3, "在鄞州区、海曙区开展数字贸易联动创新试点，培育数字贸易重点企业50家",
         "鄞州区人民政府、海曙区人民政府", "市商务局、市经信局", "2026年11月30日前", ["鄞州区", "海曙区"]],
        ["9", cat3, "开展年度制度创新成果评估，择优向省自贸办推荐最佳实践案例不少于3项",
         "市自贸办", "各牵头单位", "2026年11月30日前", None],
    ]
    t = d.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci in (0, 2, 3, 4, 5):
            cell_text(t.cell(ri, ci), row[ci], FS, 14 if ci != 2 else 13,
                      align=C if ci in (0, 5) else L, line=21)
        doc.add("；".join(h + "：" + v for h, v in zip(heads, row[:6])), row[6])
    for a, b, cat in ((1, 3, cat1), (4, 6, cat2), (7, 9, cat3)):
        m = t.cell(a, 1).merge(t.cell(b, 1))
        cell_text(m, cat, KT, 14)
    col_widths(t, [13, 26, 78, 38, 42, 28])

    # ---- 版记 on a portrait last page
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    blank(d, 17)
    banji(d, "抄送：省自贸办，市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。",
          "宁波市自由贸易试验区工作领导小组办公室", "2026年3月9日印发", before_blank=0)

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    convert(path)
    return stem, [doc.to_json()]


def main():
    expected = {}
    for fn in (make_yantai, make_caofeidian, make_jiangsu, make_ningbo):
        stem, docs = fn()
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
