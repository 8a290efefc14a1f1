# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 536.

Theme: Word outline numbering mixing automatic and typed numbers,
a WeChat-pasted notice (emoji, ▶ bullets, 【】 run-in heads), and a
办法 with a Word-generated TOC field at the front.

Run: /work/venv/bin/python make_blind536.py
Writes the .docx files, their LibreOffice PDFs and expected.json next to itself.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
YAHEI = "微软雅黑"
RED = "FF0000"


# ----------------------------------------------------------------- helpers
def set_run_font(run, font, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = FS
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    # page number footer  — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_run_font(r, SONG, 14)
    add_field(fp, "PAGE", "1", SONG, 14)
    r = fp.add_run(" —")
    set_run_font(r, SONG, 14)
    return doc


def add_field(p, instr, cached, font, size):
    def mk(kind):
        r = p.add_run()
        set_run_font(r, font, size)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._element.append(fc)
    mk("begin")
    r = p.add_run()
    set_run_font(r, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._element.append(it)
    mk("separate")
    r = p.add_run(cached)
    set_run_font(r, font, size)
    mk("end")


def para(doc, runs, align="justify", first_indent=True, line=28, before=0,
         after=0, style=None):
    """runs: list of (text, font, size, bold, color) ; text '\n' -> soft break."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pf = p.paragraph_format
    pf.alignment = {
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[align]
    if first_indent:
        pf.first_line_indent = Pt(32)
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    for spec in runs:
        full = list(spec) + [None, 16, False, None][len(spec) - 1:]
        text, font, size, bold, color = full[:5]
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i > 0:
                br = p.add_run()
                set_run_font(br, font, size, bold, color)
                br.add_break(WD_BREAK.LINE)
            if part:
                r = p.add_run(part)
                set_run_font(r, font, size, bold, color)
    return p


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)
        r = p.add_run("")
        set_run_font(r, FS, size)


def page_break(doc):
    p = doc.add_paragraph()
    r = p.add_run()
    r.add_break(WD_BREAK.PAGE)


def border(p, side, color=RED, sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.insert_element_before(
            pbdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
            "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
            "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
            "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
            "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
            "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
            "w:rPr", "w:sectPr", "w:pPrChange")
    b = OxmlElement("w:%s" % side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def red_head(doc, org_line, docno):
    empty(doc, 1)
    size = min(36, int(440 / (len(org_line) * 0.8)))
    p = para(doc, [(org_line, XBS, size, False, RED)], align="center",
             first_indent=False, line=None)
    rpr = p.runs[0]._element.get_or_add_rPr()
    sp = OxmlElement("w:w")  # horizontal compression, typical for long organ names
    sp.set(qn("w:val"), "80")
    rpr.insert_element_before(sp, "w:kern", "w:position", "w:sz", "w:szCs",
                              "w:highlight", "w:u", "w:effect", "w:lang")
    empty(doc, 1)
    p = para(doc, [(docno, FS, 16)], align="center", first_indent=False)
    border(p, "bottom", RED, 18)
    empty(doc, 1)


def title(doc, text, new_page=False):
    p = para(doc, [(text, XBS, 22)], align="center", first_indent=False, line=35)
    p.paragraph_format.page_break_before = new_page
    empty(doc, 1)


def banji(doc, cc, printer_line):
    empty(doc, 2)
    p = para(doc, [(cc, FS, 14)], align="left", first_indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [(printer_line, FS, 14)], align="left", first_indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8)


def table(doc, header, rows, widths=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = c.paragraphs[0].add_run(h)
        set_run_font(r, HT, size)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[i + 1].cells[j]
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if len(v) < 8 \
                else WD_ALIGN_PARAGRAPH.LEFT
            r = c.paragraphs[0].add_run(v)
            set_run_font(r, FS, size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Mm(w)
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, row)) for row in rows]


# ----------------------------------------------------------- numbering defs
def add_abstract(doc, abs_id, fmt, lvltext, font, bold=False, ind_first=640):
    numbering = doc.part.numbering_part.element
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:nsid w:val="%08X"/>'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:tmpl w:val="%08X"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>%s'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
    ) % (nsdecls("w"), abs_id, 0x1A2B0000 + abs_id, 0x5C3D0000 + abs_id, fmt,
         lvltext, ind_first, font, font, font, "<w:b/>" if bold else "")
    el = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def add_num(doc, num_id, abs_id):
    numbering = doc.part.numbering_part.element
    el = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                   % (nsdecls("w"), num_id, abs_id))
    numbering.append(el)


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    # numPr must come early in pPr (after pStyle/keepNext...); put it first
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)


# ================================================================ FILE 1
def make_hefei():
    doc = new_doc()
    doc.core_properties.author = "Administrator"
    doc.core_properties.title = "中欧班列方案（征求意见稿）"  # stale metadata
    clauses_notice, clauses_plan = [], []

    # numbering: 101 = 一、 headings; 102/103/104 = 1. lists
    add_abstract(doc, 101, "chineseCounting", "%1、", HT)
    add_abstract(doc, 102, "decimal", "%1.", FS)
    add_abstract(doc, 103, "decimal", "%1.", FS)
    add_abstract(doc, 104, "decimal", "%1.", FS)
    add_abstract(doc, 105, "decimal", "%1.", FS)
    add_num(doc, 11, 101)
    add_num(doc, 21, 102)   # list used in 一（二） and wrongly continued in 二（一）
    add_num(doc, 22, 103)   # list in 二（二）
    add_num(doc, 23, 104)   # paragraph pasted from another file: restarts at 1
    add_num(doc, 24, 105)   # list in 二（四）, wrongly continued under 三（二）

    red_head(doc, "合肥市人民政府办公室文件", "合政办〔2026〕5号")
    t_notice = "合肥市人民政府办公室关于印发\n合肥市加快建设中欧班列集结中心实施方案（2026—2027年）的通知"
    title(doc, t_notice)
    para(doc, [("各县（市）、区人民政府，市政府各部门、各直属机构：", FS, 16)],
         first_indent=False)
    t = ("《合肥市加快建设中欧班列集结中心实施方案（2026—2027年）》已经市政府同意，"
         "现印发给你们，请结合实际认真贯彻落实。")
    para(doc, [(t, FS, 16)])
    clauses_notice.append(t)
    empty(doc, 2)
    # 落款 aligned with typed full-width spaces (office habit)
    para(doc, [("　　　　　　　　　　　　合肥市人民政府办公室", FS, 16)], first_indent=False,
         align="left")
    para(doc, [("　　　　　　　　　　　　　　2026年3月12日", FS, 16)], first_indent=False,
         align="left")
    empty(doc, 1)
    para(doc, [("（此件公开发布）", FS, 16)])

    # ---------------- the 方案
    plan_title = "合肥市加快建设中欧班列集结中心实施方案（2026—2027年）"
    title(doc, plan_title, new_page=True)

    def body(text, key=clauses_plan):
        para(doc, [(text, FS, 16)])
        key.append(text)

    def runin(head, text):
        para(doc, [(head, KT, 16, True), (text, FS, 16)])
        clauses_plan.append(head + text)

    def auto_head(text):
        p = para(doc, [(text, HT, 16)])
        set_num(p, 11)

    def auto_item(num_id, shown, head, text):
        runs = [(head, FS, 16, True)] if head else []
        runs.append((text, FS, 16))
        p = para(doc, runs)
        set_num(p, num_id)
        clauses_plan.append(shown + head + text)

    body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快推进中欧班列"
         "（合肥）集结中心建设，打造联通欧亚的国际物流枢纽，更好服务全省开放型经济发展，"
         "结合我市实际，制定本方案。")

    auto_head("总体要求")
    runin("（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和"
          "二十届历次全会精神，立足合肥“一带一路”重要节点城市定位，以集结中心建设为牵引，"
          "推动中欧班列由“通道经济”向“枢纽经济”“产业经济”转变，为加快建设具有国际影响力的"
          "创新之都提供有力支撑。")
    runin("（二）主要目标。", "到2027年，中欧班列（合肥）集结中心基础设施和运营体系基本完善，"
          "集结辐射能力显著增强，具体目标如下：")
    auto_item(21, "1.", "开行规模稳步扩大。", "中欧班列年开行量稳定在1000列以上，回程班列"
              "占比提高到45%以上，集结班列占比达到30%以上。")
    auto_item(21, "2.", "通道网络持续完善。", "稳定运营国际线路20条以上，通达“一带一路”共建"
              "国家和地区20个以上，加密至中亚、俄罗斯及欧洲主要节点城市的班次。")
    auto_item(21, "3.", "产业带动明显增强。", "依托班列新增落地外贸企业100家以上，带动汽车及"
              "零部件、新能源、电子信息等产业年进出口额突破300亿元。分年度指标见下表。")
    clauses_plan.extend(table(
        doc,
        ["序号", "指标名称", "单位", "2025年（基数）", "2026年", "2027年"],
        [["1", "中欧班列开行量", "列", "860", "950", "1000"],
         ["2", "回程班列占比", "%", "38", "42", "45"],
         ["3", "国际线路数量", "条", "16", "18", "20"],
         ["4", "集结班列占比", "%", "22", "26", "30"]],
        widths=[14, 48, 16, 30, 22, 22]))
    empty(doc, 1)

    auto_head("重点任务")
    runin("（一）拓展国际物流通道。", "巩固提升合肥至德国汉堡、杜伊斯堡，波兰马拉舍维奇等既有"
          "线路，积极开辟新线路新站点。")
    # WRONG: the office kept the list from 一（二）, so numbering continues 4. 5. 6.
    auto_item(21, "4.", "稳定运营中亚方向线路。", "加密合肥至阿拉木图、塔什干、比什凯克等中亚"
              "城市班列，推动开行中亚“点对点”定制班列。")
    auto_item(21, "5.", "开拓跨里海国际运输走廊。", "探索经哈萨克斯坦阿克套港、阿塞拜疆巴库港至"
              "土耳其、格鲁吉亚的跨里海线路，常态化开行南向通道班列。")
    auto_item(21, "6.", "推进铁海联运。", "加强与上海港、宁波舟山港、连云港港合作，开行"
              "“合肥—连云港—中亚”“合肥—宁波—东南亚”海铁联运班列，拓展“班列+海运”多式联运。")
    runin("（二）完善集结分拨体系。", "依托合肥北站物流基地和合肥国际陆港，建设集货、分拨、仓储、"
          "配送一体化的集结分拨网络。")
    auto_item(22, "1.", "建设集结中心示范工程。", "加快合肥国际陆港二期、海关监管作业场所扩容"
              "等项目建设，2026年底前完成主体工程。")
    auto_item(22, "2.", "扩大省内集结范围。", "在芜湖、马鞍山、蚌埠、阜阳等市设立中欧班列"
              "集货点，对省内集货运输给予短驳费用支持。")
    # pasted from another draft: brings its own list -> shows "1." again
    auto_item(23, "1.", "拓展长三角集结辐射。", "加强与上海、江苏、浙江等地班列平台合作，承接"
              "长三角地区出口货源在合肥集结发运。")
    auto_item(22, "3.", "发展回程分拨业务。", "在合肥国际陆港建设进口商品分拨中心，开展木材、"
              "粮食、汽车整车等进口货物集散分拨。")
    runin("（三）推进“班列+”产业融合。", "发挥中欧班列对产业的集聚带动作用，推动“班列+跨境电商”"
          "“班列+整车出口”“班列+综合保税区”融合发展，支持跨境电商企业利用班列开展海外仓备货，"
          "支持合肥综合保税区、合肥经济技术开发区综合保税区开展保税物流、保税维修等业务，"
          "吸引一批外贸企业和物流企业落地。")
    runin("（四）提升通关便利化水平。", "深化“智慧海关”建设，推广应用“铁路快通”“两段准入”等"
          "模式，压缩班列货物通关时间。")
    auto_item(24, "1.", "", "推行铁路运输舱单归并，实现班列货物“一次申报、一次查验、一次放行”。")
    auto_item(24, "2.", "", "在合肥国际陆港设立进境指定监管场地，拓展肉类、水果、粮食等进口业务。")
    runin("（五）强化数字化赋能。", "建设中欧班列（合肥）数字化服务平台，整合订舱、报关、物流跟踪、"
          "金融结算等功能，推动与铁路、海关、口岸等部门数据互联互通，为企业提供“一站式”服务。")

    # 三、 typed by hand (not automatic) though 一、二、 are automatic
    para(doc, [("三、保障措施", HT, 16)])
    runin("（一）加强组织领导。", "充分发挥市推进中欧班列发展工作专班作用，统筹推进集结中心建设"
          "重大事项，专班办公室设在市发展改革委，负责日常协调调度。")
    runin("（二）加大政策支持。", "统筹用好中央、省级中欧班列集结中心示范工程资金和市级相关专项"
          "资金，对集结中心建设、线路开拓、回程货源组织等给予支持：")
    # WRONG: continues the list of 二（四） across the 三、 heading -> 3. 4.
    auto_item(24, "3.", "", "市级财政对集结中心示范工程项目按照年度实际投资的10%给予补助，"
              "单个项目最高不超过2000万元。")
    auto_item(24, "4.", "", "对新开通且年度开行10列以上的国际线路，给予运营主体一次性奖励50万元。")
    runin("（三）强化要素保障。", "优先保障集结中心项目建设用地，将重点项目纳入市重大项目库，"
          "加强铁路场站、口岸设施等配套建设。")
    runin("（四）加强督促落实。", "各有关部门要按照职责分工，细化工作举措，每季度向市推进中欧班列"
          "发展工作专班办公室报送工作进展情况。")
    body("本方案自印发之日起实施，有效期至2027年12月31日。")

    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市纪委监委，市法院，市检察院。",
          "合肥市人民政府办公室　　　　　　　　2026年3月13日印发")

    doc.save(os.path.join(HERE, "blind536_hefei_fangan.docx"))

    common = {
        "doc_number": "合政办〔2026〕5号",
        "issuer": ["合肥市人民政府办公室"],
        "date": "2026-03-12",
        "published": None,
        "level": "municipal",
        "region": "合肥市",
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return [
        {"meta": dict(common, title=t_notice.replace("\n", ""), effective=None,
                      expires=None, attachments=[], doc_type="通知",
                      recipients=["各县（市）、区人民政府", "市政府各部门", "各直属机构"]),
         "clauses": clauses_notice},
        {"meta": dict(common, title=plan_title, effective="2026-03-12",
                      expires="2027-12-31", attachments=[], doc_type="方案",
                      recipients=[]),
         "clauses": clauses_plan},
    ]


# ================================================================ FILE 2
def make_xiamen():
    doc = new_doc()
    doc.core_properties.author = "jjfzj"
    clauses = []
    org = "中国（福建）自由贸易试验区厦门片区管理委员会"
    red_head(doc, org + "文件", "厦自贸委〔2026〕11号")
    t_title = (org + "关于组织申报2026年度跨境电商海外仓和“丝路电商”合作项目扶持资金的通知")
    title(doc, t_title)
    para(doc, [("片区各有关部门，各相关企业：", FS, 16)], first_indent=False)

    # ---- pasted from the zone's WeChat article: 微软雅黑, grey text, no indent,
    # blank paragraph between paragraphs, emoji heads, orange 【】 heads.
    GREY = "3F3F3F"
    ORANGE = "E36C09"

    def wx(runs, key_text=None, gap=True):
        para(doc, runs, first_indent=False, line=26)
        if key_text is not None:
            if isinstance(key_text, list):
                clauses.extend(key_text)
            else:
                clauses.append(key_text)
        if gap:
            empty(doc, 1, 12)

    def wxhead(text):
        para(doc, [(text, YAHEI, 13, True, "0070C0")], first_indent=False, line=26)
        empty(doc, 1, 12)

    t = ("为贯彻落实《中国（福建）自由贸易试验区厦门片区促进跨境电子商务高质量发展若干措施》"
         "（厦自贸委〔2025〕36号），推动跨境电商企业布局海外仓、拓展“丝路电商”伙伴国市场，"
         "现就组织申报2026年度扶持资金有关事项通知如下：")
    # this first paragraph was retyped in the office in 仿宋 with indent
    para(doc, [(t, FS, 16)])
    clauses.append(t)

    wxhead("📌一、支持对象")
    t = ("在厦门片区（含厦门象屿综合保税区、厦门海沧港综合保税区）依法注册、具有独立法人资格的"
         "跨境电商企业、海外仓运营企业及跨境电商综合服务企业，且同时符合以下条件：")
    # a zero-width space came along with the paste (invisible)
    wx([(t.replace("依法注册", "依法\u200b注册"), YAHEI, 12, False, GREY)], t)
    b1 = "▶2025年度跨境电商进出口额不低于1000万元；"
    b2 = "▶近三年内未发生严重失信行为，未被列入海关失信企业名单；"
    b3 = "▶在“丝路电商”伙伴国自建或租赁海外仓的，海外仓面积不低于2000平方米。"
    # three bullets in ONE Word paragraph separated by soft line breaks
    wx([(b1 + "\n" + b2 + "\n" + b3, YAHEI, 12, False, GREY)], [b1, b2, b3])

    wxhead("💰二、支持内容及标准")
    h, tx = "【海外仓建设】", ("对企业在“一带一路”共建国家新建或扩建海外仓的，按照当年实际投入的"
                          "20%给予补助，单个企业最高不超过200万元。")
    wx([(h, YAHEI, 12, True, ORANGE), (tx, YAHEI, 12, False, GREY)], h + tx)
    h, tx = "【“丝路电商”合作】", ("对企业参加“丝路电商”伙伴国线上国家馆、云品海外购等推介活动的，"
                              "按照实际发生费用的50%给予支持，单个企业最高不超过30万元。")
    wx([(h, YAHEI, 12, True, ORANGE), (tx, YAHEI, 12, False, GREY)], h + tx)
    h = "【物流通道】"
    tx1 = "对企业利用中欧（厦门）班列、“丝路海运”航线运输跨境电商出口货物的，"
    tx2 = "按照每标箱1000元给予物流补贴，单个企业最高不超过50万元。"
    # soft break in the middle of a sentence (line wrap kept from the phone layout)
    wx([(h, YAHEI, 12, True, ORANGE), (tx1 + "\n" + tx2, YAHEI, 12, False, GREY)],
       h + tx1 + tx2)
    h, tx = "【叠加规则】", ("同一项目已获得市级及以上财政资金支持的，不得重复申报；同一企业"
                         "年度累计获得本通知各项扶持资金最高不超过300万元。")
    wx([(h, YAHEI, 12, True, ORANGE), (tx, YAHEI, 12, False, GREY)], h + tx)

    wxhead("⏰三、申报时间")
    t = "自本通知印发之日起至2026年4月30日17:30止，逾期不予受理。"
    wx([(t, YAHEI, 12, False, GREY)], t)

    wxhead("📝四、申报材料")
    items = ["▶项目申报表（附件1）；",
             "▶企业营业执照复印件；",
             "▶海外仓租赁合同或产权证明，以及相关投入凭证；",
             "▶信用承诺书（附件2）；",
             "▶其他需要提供的证明材料。"]
    for i, it in enumerate(items):
        wx([(it, YAHEI, 12, False, GREY)], it, gap=(i == len(items) - 1))

    wxhead("🚩五、申报方式")
    t = ("申报企业登录“厦门自贸片区企业服务平台”在线填报，并将纸质材料（一式两份，加盖公章）"
         "报送至片区管委会经济发展局（厦门市湖里区象屿路93号厦门国际航运中心C栋8楼）。")
    wx([(t, YAHEI, 12, False, GREY)], t)
    h, tx = "【温馨提示】", ("企业对申报材料的真实性负责。对弄虚作假骗取扶持资金的，一经查实，"
                         "追回已拨付资金，取消三年内申报资格，并纳入公共信用信息记录。")
    wx([(h, YAHEI, 12, True, ORANGE), (tx, YAHEI, 12, False, GREY)], h + tx)

    wxhead("☎️六、联系方式")
    t = "☎联系人：片区管委会经济发展局陈女士，联系电话：0592-5603172。"
    wx([(t, YAHEI, 12, False, GREY)], t, gap=False)

    # ---- back to office formatting
    empty(doc, 1)
    p = para(doc, [("附件：1.2026年度跨境电商扶持资金项目申报表", FS, 16)])
    p = para(doc, [("　　　2.信用承诺书", FS, 16)])
    empty(doc, 3)
    para(doc, [(org, FS, 16)], align="right", first_indent=False)
    p = para(doc, [("2026年3月20日", FS, 16)], align="right", first_indent=False)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    para(doc, [("（此件公开发布）", FS, 16)])
    banji(doc, "抄送：厦门市商务局，厦门市财政局，厦门海关。",
          "厦门片区管委会办公室　　　　　　　2026年3月20日印发")
    doc.save(os.path.join(HERE, "blind536_xiamen_tongzhi.docx"))

    return [{
        "meta": {
            "title": t_title,
            "doc_number": "厦自贸委〔2026〕11号",
            "issuer": [org],
            "date": "2026-03-20",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度跨境电商扶持资金项目申报表", "信用承诺书"],
            "doc_type": "通知",
            "recipients": ["片区各有关部门", "各相关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]


# ================================================================ FILE 3
def toc_sdt(entries):
    """A Word-generated TOC (sdt + TOC field with cached result)."""
    w = nsdecls("w")

    def rp(font, size=16, bold=False, hidden=False):
        return ('<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>%s%s'
                '<w:sz w:val="%d"/></w:rPr>') % (font, font, font,
                                                 "<w:b/>" if bold else "",
                                                 "<w:webHidden/>" if hidden else "",
                                                 size * 2)

    ppr = ('<w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" '
           'w:pos="8834"/></w:tabs><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>')
    paras = []
    paras.append('<w:p><w:pPr><w:pStyle w:val="TOCHeading"/>'
                 '<w:spacing w:before="0" w:after="240"/><w:jc w:val="center"/></w:pPr><w:r>%s<w:t>目　录</w:t></w:r></w:p>'
                 % rp(HT, 16))
    for i, (text, bm, page) in enumerate(entries):
        head = ""
        if i == 0:
            head = ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r>%s<w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                    '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>') % (rp(FS), rp(FS), rp(FS))
        h = rp(FS, hidden=True)
        link = ('<w:hyperlink w:anchor="%s" w:history="1">'
                '<w:r>%s<w:t>%s</w:t></w:r>'
                '<w:r>%s<w:tab/></w:r>'
                '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r>%s<w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
                '<w:r>%s</w:r>'
                '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r>%s<w:t>%s</w:t></w:r>'
                '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
                '</w:hyperlink>') % (bm, rp(FS), text, h, h, h, bm, h, h, h, page, h)
        paras.append('<w:p>%s%s%s</w:p>' % (ppr, head, link))
    paras.append('<w:p><w:r>%s<w:fldChar w:fldCharType="end"/></w:r></w:p>' % rp(FS))
    xml = ('<w:sdt %s><w:sdtPr><w:id w:val="-1283914551"/><w:docPartObj>'
           '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>'
           '</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>') % (w, "".join(paras))
    return parse_xml(xml)


def make_qingdao():
    doc = new_doc()
    doc.core_properties.author = "jjfzb-wang"
    # TOC 1 style, as Word names it
    from docx.enum.style import WD_STYLE_TYPE
    toc1 = doc.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc1.element.set(qn("w:styleId"), "TOC1")
    toc1.base_style = doc.styles["Normal"]
    h1 = doc.styles["Heading 1"]
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.font.size = Pt(16)
    h1.font.bold = False
    rf = h1.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rf is not None:
        for a in list(rf.attrib):
            del rf.attrib[a]
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(a), HT)
    h1.paragraph_format.space_before = Pt(14)
    h1.paragraph_format.space_after = Pt(14)
    h1.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    org = "中国（山东）自由贸易试验区青岛片区管理委员会"
    clauses_notice, clauses_rule = [], []
    red_head(doc, org + "文件", "青自贸发〔2025〕23号")
    rule_title = "中国（山东）自由贸易试验区青岛片区跨境电商和保税物流发展扶持办法"
    t_notice_disp = org + "关于印发《" + rule_title + "》的通知"
    title(doc, t_notice_disp)
    para(doc, [("片区各部门、各单位，各功能区管理机构：", FS, 16)], first_indent=False)
    t = ("现将《" + rule_title + "》印发给你们，请结合工作实际，认真组织实施。"
         "执行中遇到的问题，请及时向片区管委会经济发展部反馈。")
    para(doc, [(t, FS, 16)])
    clauses_notice.append(t)
    empty(doc, 2)
    para(doc, [(org, FS, 16)], align="right", first_indent=False)
    p = para(doc, [("2025年12月18日", FS, 16)], align="right", first_indent=False)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    para(doc, [("（此件公开发布）", FS, 16)])

    # --------- the 办法, with a TOC at the front
    title(doc, rule_title, new_page=True)
    chapters = [("第一章　总则", "_Toc216504301", "3"),
                ("第二章　支持对象和条件", "_Toc216504302", "3"),
                ("第三章　支持内容和标准", "_Toc216504303", "4"),
                ("第四章　申报和审核", "_Toc216504304", "5"),
                ("第五章　监督管理", "_Toc216504305", "6"),
                ("第六章　附则", "_Toc216504306", "6")]
    anchor = doc.add_paragraph()
    anchor._p.addprevious(toc_sdt(chapters))
    anchor.add_run().add_break(WD_BREAK.PAGE)

    bm_id = [0]

    def chapter(i):
        text, bm, _ = chapters[i]
        p = doc.add_paragraph(style="Heading 1")
        p.paragraph_format.keep_with_next = True
        bs = OxmlElement("w:bookmarkStart")
        bs.set(qn("w:id"), str(bm_id[0]))
        bs.set(qn("w:name"), bm)
        p._p.append(bs)
        r = p.add_run(text)
        set_run_font(r, HT, 16)
        be = OxmlElement("w:bookmarkEnd")
        be.set(qn("w:id"), str(bm_id[0]))
        p._p.append(be)
        bm_id[0] += 1

    def art(no, text):
        para(doc, [(no, HT, 16), ("　" + text, FS, 16)])
        clauses_rule.append(no + "　" + text)

    def item(text):
        para(doc, [(text, FS, 16)])
        clauses_rule.append(text)

    chapter(0)
    art("第一条", "为加快发展跨境电商新业态，提升青岛前湾综合保税区、青岛西海岸综合保税区保税物流"
        "功能，推动中国（山东）自由贸易试验区青岛片区（以下简称片区）高水平对外开放，根据《中国"
        "（山东）自由贸易试验区总体方案》等有关规定，结合片区实际，制定本办法。")
    art("第二条", "本办法所称扶持资金，是指片区管委会在年度预算中安排，用于支持跨境电商、保税物流、"
        "海外仓及中欧班列等开放型经济发展的专项资金。")
    art("第三条", "扶持资金的使用和管理遵循公开透明、突出重点、绩效导向、专款专用的原则。")

    chapter(1)
    art("第四条", "本办法支持对象为在片区内依法登记注册、具有独立法人资格、实行独立核算的企业，"
        "以及经片区管委会认定的跨境电商产业园区运营机构。")
    art("第五条", "申请扶持资金的企业应当同时符合下列条件：")
    item("（一）财务管理制度健全，依法纳税，无欠缴税款；")
    item("（二）近三年未发生重大安全生产、生态环境等责任事故；")
    item("（三）未被列入严重失信主体名单，海关信用等级不低于一般认证企业；")
    item("（四）承诺自获得扶持之日起五年内注册地址、纳税关系不迁离片区。")

    chapter(2)
    art("第六条", "支持跨境电商主体集聚。对新落户片区的跨境电商企业，年度跨境电商进出口额首次达到"
        "5000万元、1亿元、5亿元的，分别给予20万元、50万元、100万元一次性奖励，奖励差额递补。")
    art("第七条", "支持跨境电商出口业务。对开展跨境电商B2B直接出口（9710）、跨境电商出口海外仓"
        "（9810）业务的企业，按照年度申报出口额每1美元奖励0.01元人民币，单个企业年度最高不超过"
        "100万元。")
    art("第八条", "支持保税物流发展。对在综合保税区内开展保税仓储、保税维修、保税展示交易等业务的"
        "企业，按照以下标准给予支持：")
    clauses_rule.extend(table(
        doc, ["业务类型", "认定条件", "支持标准"],
        [["保税仓储", "年度保税仓储货值达到5亿元以上", "按照仓储货值的0.1%给予奖励，最高不超过50万元"],
         ["保税维修", "经海关批准开展全球维修业务，年度维修货值达到1亿元以上", "给予一次性奖励30万元"],
         ["保税展示交易", "在综合保税区内设立保税展示交易中心，年度交易额达到5000万元以上",
          "按照交易额的1%给予奖励，最高不超过80万元"]],
        widths=[30, 66, 60], size=12))
    art("第九条", "支持海外仓建设。对企业在“一带一路”共建国家和RCEP成员国新建、租赁面积5000平方米"
        "以上海外仓的，按照实际投资额或年租金的20%给予补助，单个企业年度最高不超过200万元。")
    art("第十条", "支持国际物流通道建设。对通过“齐鲁号”欧亚班列、中亚班列运输跨境电商货物的企业，"
        "按照每标准箱500元给予补助；对开行跨境电商专列的平台企业，每列给予5万元奖励。")
    art("第十一条", "同一企业同一事项符合本办法和片区其他扶持政策的，按照“就高不重复”原则执行。"
        "单个企业年度获得本办法扶持资金总额不超过500万元。")

    chapter(3)
    art("第十二条", "扶持资金实行年度申报制度，由片区管委会经济发展部每年发布申报通知，明确申报时间、"
        "申报材料和办理流程。")
    art("第十三条", "扶持资金按照下列程序办理：")
    item("（一）企业按照申报通知要求提交申请材料；")
    item("（二）经济发展部会同财政金融部组织初审，必要时委托第三方机构进行专项审计；")
    item("（三）初审结果报片区管委会主任办公会审定；")
    item("（四）审定结果在片区门户网站公示5个工作日，公示无异议的，按规定拨付资金。")
    art("第十四条", "申报企业应当对申报材料的真实性、准确性、完整性负责，并签署信用承诺书。")

    chapter(4)
    art("第十五条", "片区管委会建立扶持资金绩效评价制度，对资金使用情况和政策实施效果开展跟踪评价，"
        "评价结果作为调整政策的重要依据。")
    art("第十六条", "企业以虚报、冒领、重复申报等方式骗取扶持资金的，由片区管委会追回已拨付资金，"
        "三年内取消其申报资格，并依法依规纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。")
    art("第十七条", "有关工作人员在扶持资金审核、拨付过程中滥用职权、玩忽职守、徇私舞弊的，依法依规"
        "追究责任。")

    chapter(5)
    art("第十八条", "本办法由片区管委会经济发展部负责解释。")
    art("第十九条", "本办法自2026年1月1日起施行，有效期至2028年12月31日。原《中国（山东）自由贸易"
        "试验区青岛片区促进跨境电商发展暂行办法》（青自贸发〔2023〕7号）同时废止。")

    banji(doc, "抄送：青岛市商务局，青岛市财政局，青岛海关，黄岛海关。",
          "青岛片区管委会党政办公室　　　　　2025年12月19日印发")
    doc.save(os.path.join(HERE, "blind536_qingdao_banfa.docx"))

    common = {
        "doc_number": "青自贸发〔2025〕23号",
        "issuer": [org],
        "date": "2025-12-18",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "attachments": [],
        "publicity": "此件公开发布",
    }
    return [
        {"meta": dict(common, title=org + "关于印发" + rule_title + "的通知",
                      effective=None, expires=None, doc_type="通知",
                      recipients=["片区各部门", "各单位", "各功能区管理机构"], repeals=None),
         "clauses": clauses_notice},
        {"meta": dict(common, title=rule_title, effective="2026-01-01",
                      expires="2028-12-31", doc_type="办法", recipients=[],
                      repeals="《中国（山东）自由贸易试验区青岛片区促进跨境电商发展暂行办法》"
                              "（青自贸发〔2023〕7号）"),
         "clauses": clauses_rule},
    ]


def order_meta(d):
    keys = ["title", "doc_number", "issuer", "date", "published", "level", "region",
            "effective", "expires", "attachments", "doc_type", "recipients",
            "publicity", "repeals"]
    return {k: d[k] for k in keys}


def main():
    expected = {
        "blind536_hefei_fangan": make_hefei(),
        "blind536_xiamen_tongzhi": make_xiamen(),
        "blind536_qingdao_banfa": make_qingdao(),
    }
    for docs in expected.values():
        for d in docs:
            d["meta"] = order_meta(d["meta"])
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem in expected:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_536",
                        "--headless", "--convert-to", "pdf", "--outdir", HERE,
                        os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
