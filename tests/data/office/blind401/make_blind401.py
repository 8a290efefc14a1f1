# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 401 blind test documents: 商务厅网站"一图读懂" + 文字版政策解读 (Word + PDF) and expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x9A)
POLICY = "湖南省推动跨境电商与中欧班列融合发展若干措施"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(16)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = Pt(28)
    # page number "— 1 —" in footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    fr = OxmlElement("w:r")
    ft = OxmlElement("w:t")
    ft.text = "1"
    fr.append(ft)
    fld.append(fr)
    fp._p.append(fld)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)
    return doc


def P(doc, runs, align=None, indent=False, space_before=None, line=None):
    """runs: list of (text, font, size, bold, color). '\n' inside text -> soft line break."""
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if line is not None:
        p.paragraph_format.line_spacing = Pt(line)
    for spec in runs:
        text, font, size, bold, color = (list(spec) + [None] * 5)[:5]
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font or "仿宋_GB2312", size or 16, bold, color)
            if i < len(parts) - 1:
                r.add_break()
    return p


def blank(doc):
    doc.add_paragraph()


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, font="仿宋_GB2312", size=12, bold=False, align=None):
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = Pt(20)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    set_font(r, font, size, bold)


def add_cn_numbering(doc):
    """Word auto numbering 一、二、三、 (chineseCounting) ; returns numId."""
    numbering = doc.part.numbering_part.element
    absid = "90"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), "黑体")
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), absid)
    num.append(ani)
    numbering.append(num)
    return "90"


def set_num(p, numid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), numid)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def key(text):
    return text.replace("\n", "")


# ---------------------------------------------------------------- doc 1: 一图读懂 + 问答
def make_yitu(path):
    doc = new_doc()
    sec = doc.sections[0]  # saved from the web page: narrower margins than 公文
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.left_margin = sec.right_margin = Cm(2.2)
    clauses = []

    # website chrome in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), "来源：湖南省商务厅　　发布时间：2026-02-27 09:45　　浏览次数：2316", size=10.5)
    cell_text(t.cell(0, 1), "【字体：大 中 小】", size=10.5)
    blank(doc)

    # title split over two paragraphs
    P(doc, [("一图读懂", "方正小标宋简体", 26, False, RED)], align="c")
    P(doc, [("《" + POLICY + "》", "方正小标宋简体", 20)], align="c")
    P(doc, [("━━━━━━━━━━━━━━━━━━━━━━", "宋体", 12, False, RED)], align="c")
    blank(doc)

    def head(txt):
        P(doc, [(txt, "黑体", 18, True, BLUE)], align="c", space_before=6)

    def line(txt, font="仿宋_GB2312", size=14, bold=False):
        P(doc, [(txt, font, size, bold)], line=24)
        clauses.append(key(txt))

    def bignum(num, unit):
        P(doc, [(num, "Arial Black", 36, True, RED), (unit, "黑体", 16, True, RED)], align="c", line=40)

    head("【政策背景】")
    line("2026年2月10日，湖南省人民政府办公厅印发《" + POLICY + "》（湘政办发〔2026〕5号）。")
    line("◆中欧班列（长沙）是湖南对接“一带一路”、联通欧亚大陆的重要国际物流通道")
    line("◆跨境电商是发展速度最快、潜力最大、带动作用最强的外贸新业态之一")
    line("◆推动“班列+跨境电商”融合发展，是打造内陆地区改革开放高地的重要抓手")
    P(doc, [("↓", "宋体", 20, True, RED)], align="c")

    head("【总体目标】")
    P(doc, [("　　　　到2027年", "黑体", 16, True)])  # decorative lead-in, not a clause
    bignum("2000", "亿元")
    line("▶全省跨境电商进出口额力争突破2000亿元")
    bignum("1500", "列")
    line("▶中欧班列（长沙）年开行量稳定在1500列以上，跨境电商专列（专柜）占比达到20%")
    bignum("50", "个")
    line("▶在共建“一带一路”国家新建或提升公共海外仓50个")
    line("▶培育年进出口额超亿元的跨境电商企业100家，\n带动1000家传统外贸企业“触网”出海")
    blank(doc)

    P(doc, [("　　　　　　★重点举措★", "黑体", 20, True, RED)])
    bignum("6", "个方面")
    bignum("20", "条")
    line("围绕6个方面提出20条具体举措")

    panels = [
        ("01｜畅通班列物流通道", [
            "→开行跨境电商专列，对整列开行的给予每列最高30万元补助",
            "→支持拼箱集货，对跨境电商货物占用班列舱位的，按每标箱2000元给予运费补贴",
            "→加密至中亚、欧洲主要节点城市的线路，新开辟稳定运行线路的给予一次性奖励50万元",
        ]),
        ("02｜提升通关便利化水平", [
            "→推广“跨境电商+班列”监管模式，实行“一次申报、一次查验、一次放行”",
            "→支持长沙、株洲、岳阳、衡阳综合保税区开展跨境电商“1210”保税备货业务",
            "通关流程：企业申报 → 海关审核 → 班列装运 → 境外清关 → 海外仓配送",
        ]),
        ("03｜布局海外仓网络", [
            "→对在共建“一带一路”国家自建或租赁海外仓面积超过5000平方米的，按实际投资额的10%给予最高200万元支持",
            "→支持海外仓与中欧班列境外站点协同布局",
        ]),
        ("04｜培育市场主体", [
            "→对首次实现跨境电商进出口额超过1亿元、5亿元、10亿元的企业，分别奖励20万元、50万元、100万元",
        ]),
        ("05｜优化综合服务", [
            "→建设湖南跨境电商综合服务平台，提供通关、物流、结汇、退税“一站式”服务",
            "→支持金融机构开发“班列运单融资”“海外仓仓单质押”等产品",
        ]),
        ("06｜强化人才支撑", [
            "→建设10个省级跨境电商人才培训基地，每年培训从业人员1万人次",
        ]),
    ]
    for title, items in panels:
        P(doc, [(title, "黑体", 16, True, BLUE)], space_before=6)
        for it in items:
            line(it)

    blank(doc)
    P(doc, [("主要支持政策一览", "黑体", 16, True)], align="c")
    rows = [
        ("跨境电商专列", "每列最高30万元", "省商务厅、省财政厅"),
        ("班列拼箱运费补贴", "每标箱2000元", "省商务厅"),
        ("公共海外仓建设", "实际投资额10%，最高200万元", "省商务厅"),
        ("企业上规模奖励", "20万元/50万元/100万元", "省商务厅、省财政厅"),
        ("人才培训基地", "每个基地最高50万元", "省人力资源社会保障厅、省商务厅"),
    ]
    hdr = ("支持事项", "支持标准", "牵头单位")
    tb = doc.add_table(rows=len(rows) + 1, cols=3)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(hdr):
        cell_text(tb.cell(0, j), h, font="黑体", bold=True, align="c")
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if i == 3 and j == 2:
                continue  # vertically merged with row 2
            cell_text(tb.cell(i, j), v)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    tb.cell(2, 2).merge(tb.cell(3, 2))
    blank(doc)

    head("【保障措施】")
    line("◆建立省商务厅牵头、省直相关部门和各市州参与的工作协调机制")
    line("◆各项资金支持政策从省级外经贸发展专项资金中统筹安排")
    line("◆同一项目同一事项符合多项支持政策的，按照“从高不重复”原则执行，不得重复申报")
    blank(doc)

    P(doc, [("━━━━━━━━ 政策问答 ━━━━━━━━", "黑体", 18, True, RED)], align="c")

    def qa(q, a_list):
        P(doc, [("问：", "黑体", 16, True), (q[2:], "黑体", 16, False)], indent=True)
        clauses.append(q)
        for k, a in enumerate(a_list):
            if a.startswith("答："):
                P(doc, [("答：", "楷体_GB2312", 16, True), (a[2:], "仿宋_GB2312", 16)], indent=True)
            else:
                P(doc, [(a, "仿宋_GB2312", 16)], indent=True)
            clauses.append(key(a))

    qa("问：《若干措施》的支持对象有哪些？",
       ["答：在湖南省行政区域内依法注册、具有独立法人资格，从事跨境电商进出口业务或者通过中欧班列（长沙）开展国际货运的企业，以及为其提供物流、通关、支付、海外仓等配套服务的企业。"])
    qa("问：跨境电商专列补助如何申请？",
       ["答：由班列运营平台公司会同组货企业于每季度结束后15个工作日内，向所在市州商务主管部门提出申请，经市州商务主管部门初审后报省商务厅审核，省商务厅会同省财政厅按程序拨付资金。"])
    qa("问：哪些海外仓可以申请支持？",
       ["答：同时符合以下条件的海外仓可以申请：",
        "（1）位于共建“一带一路”国家或地区；",
        "（2）面积超过5000平方米且已投入运营满6个月；",
        "（3）年度内为不少于20家省内企业提供服务。"])
    qa("问：企业在申报过程中遇到问题可以向哪里咨询？",
       ["答：可向所在市州商务主管部门咨询，也可拨打省商务厅电子商务处咨询电话0731-82286512。"])

    blank(doc)
    P(doc, [("【责任编辑：周敏】", "宋体", 10.5)], align="r")
    P(doc, [("【打印本页】　【关闭窗口】", "宋体", 10.5)], align="r")
    doc.save(path)
    return clauses


# ---------------------------------------------------------------- doc 2: 文字版政策解读
def make_jiedu(path):
    doc = new_doc()
    numid = add_cn_numbering(doc)
    clauses = []

    P(doc, [("《" + POLICY + "》", "方正小标宋简体", 22)], align="c", line=36)
    P(doc, [("政策解读", "方正小标宋简体", 22)], align="c", line=36)
    P(doc, [("信息来源：湖南省商务厅　　发布日期：2026年02月27日　　【大 中 小】", "宋体", 10.5)], align="c")
    blank(doc)

    def body(runs, key_text):
        P(doc, runs, indent=True, align="j")
        clauses.append(key(key_text))

    def plain(txt):
        body([(txt, "仿宋_GB2312", 16)], txt)

    def runin(h, rest, font="楷体_GB2312"):
        body([(h, font, 16, True), (rest, "仿宋_GB2312", 16)], h + rest)

    def heading(txt):
        p = P(doc, [(txt, "黑体", 16)])
        set_num(p, numid)

    plain("近日，湖南省人民政府办公厅印发了《" + POLICY + "》（湘政办发〔2026〕5号，以下简称《若干措施》）。为便于社会各界和市场主体准确理解、用好用足政策，现就有关内容解读如下：")

    heading("出台背景")
    plain("近年来，我省深度融入共建“一带一路”，中欧班列（长沙）开行量连续多年保持增长，2025年开行1286列，通达亚欧30个国家100余个城市；全省跨境电商进出口额达到1380亿元，同比增长21.6%。\n但班列与跨境电商“各走各路”、货源组织分散、海外仓布局不足、综合服务能力不强等问题仍较突出。")
    plain("为贯彻落实国家关于推进中欧班列高质量发展和促进跨境电商健康发展的部署要求，省商务厅会同省发展改革委、省财政厅、长沙海关等单位，在深入调研、广泛征求意见的基础上，研究起草了《若干措施》，经省人民政府同意，由省人民政府办公厅印发实施。")

    heading("主要内容")
    plain("《若干措施》共6个方面20条，主要内容如下：")
    runin("（一）畅通班列物流通道。", "支持开行跨境电商专列，对整列开行的给予每列最高30万元补助；对跨境电商货物拼箱搭载班列的，按每标箱2000元给予运费补贴；对新开辟稳定运行线路的，给予一次性奖励50万元。")
    runin("（二）提升通关便利化水平。", "推广“跨境电商+班列”监管模式，实行“一次申报、一次查验、一次放行”；支持长沙、株洲、岳阳、衡阳综合保税区开展跨境电商“1210”保税备货业务，推动综合保税区与班列场站联动发展。")
    runin("（三）布局海外仓网络。", "对在共建“一带一路”国家自建或租赁海外仓面积超过5000平方米的，按实际投资额的10%给予最高200万元支持；支持海外仓与中欧班列境外站点协同布局，打造“班列+海外仓”集疏运体系。")
    runin("（四）培育市场主体。", "对首次实现跨境电商进出口额超过1亿元、5亿元、10亿元的企业，分别奖励20万元、50万元、100万元；支持传统外贸企业、制造企业通过跨境电商拓展国际市场。")
    runin("（五）优化综合服务。", "建设湖南跨境电商综合服务平台，提供通关、物流、结汇、退税“一站式”服务；落实跨境电商出口退（免）税和零售出口“无票免税”政策；支持金融机构开发“班列运单融资”“海外仓仓单质押”等产品。")
    runin("（六）强化人才支撑。", "建设10个省级跨境电商人才培训基地，对认定的基地每个给予最高50万元支持，每年培训跨境电商从业人员1万人次。")

    heading("政策亮点")
    runin("一是突出融合联动。", "首次将中欧班列运营与跨境电商发展统筹谋划，以班列带货源、以电商稳班列，推动物流通道优势转化为产业发展优势。", font="仿宋_GB2312")
    runin("二是突出精准支持。", "支持政策聚焦专列开行、拼箱集货、海外仓建设等关键环节，支持标准明确、可操作性强。", font="仿宋_GB2312")
    runin("三是突出平台赋能。", "依托综合保税区、跨境电商综合试验区和综合服务平台，为中小企业提供低成本、便利化的“出海”服务。", font="仿宋_GB2312")

    heading("组织实施")
    plain("省商务厅将牵头建立工作协调机制，会同有关部门制定专项资金申报指南，明确申报条件、程序和材料要求，各市州商务主管部门负责做好政策宣传、项目初审和跟踪服务。")
    plain("各项资金支持政策从省级外经贸发展专项资金中统筹安排，同一项目同一事项符合多项支持政策的，按照“从高不重复”原则执行。")

    blank(doc)
    P(doc, [("湖南省商务厅", "仿宋_GB2312", 16)], align="r")
    P(doc, [("2026年2月26日　　", "仿宋_GB2312", 16)], align="r")
    blank(doc)
    P(doc, [("相关链接：湖南省人民政府办公厅关于印发《" + POLICY + "》的通知", "宋体", 10.5, False, BLUE)])
    doc.save(path)
    return clauses


def meta(title, date, published):
    return {
        "title": title,
        "doc_number": None,
        "issuer": ["湖南省商务厅"],
        "date": date,
        "published": published,
        "level": "provincial",
        "region": "湖南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }


def main():
    expected = {}
    stems = []
    stem = "blind401_hunan_yitududong"
    c = make_yitu(os.path.join(HERE, stem + ".docx"))
    expected[stem] = [{"meta": meta("一图读懂《" + POLICY + "》", "2026-02-27", "2026-02-27"), "clauses": c}]
    stems.append(stem)

    stem = "blind401_hunan_jiedu"
    c = make_jiedu(os.path.join(HERE, stem + ".docx"))
    expected[stem] = [{"meta": meta("《" + POLICY + "》政策解读", "2026-02-26", "2026-02-27"), "clauses": c}]
    stems.append(stem)

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)

    for s in stems:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_401", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, s + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
