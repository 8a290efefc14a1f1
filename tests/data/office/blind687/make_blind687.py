# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 687: 税务局 出口退（免）税 问答 + 税务事项通知书."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


LAYOUT = {"size": 16, "line": 28}


def fmt_para(p, align=None, first_indent=True, size=None):
    size = size or LAYOUT["size"]
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(LAYOUT["line"])
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align


def add_p(doc, runs, align=None, first_indent=True, size=None):
    """runs: list of (text, font, bold) or plain str."""
    size = size or LAYOUT["size"]
    p = doc.add_paragraph()
    fmt_para(p, align, first_indent, size)
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    for item in runs:
        if item == "BR":
            p.add_run().add_break()
            continue
        text, font, bold = item
        r = p.add_run(text)
        set_font(r, font, size, bold)
    return p


def empty(doc):
    p = doc.add_paragraph()
    fmt_para(p, first_indent=False)
    return p


def red_line(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "E60012")
    bdr.append(b)
    ppr.append(bdr)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_font(r, "宋体", 14)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._element.append(b)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r._element.append(it)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r._element.append(e)
        r = fp.add_run(" —")
        set_font(r, "宋体", 14)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def add_decimal_numbering(doc, start, num_id=87, abs_id=87):
    """Word auto numbering '%1.' with no tab after it; returns numId."""
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", str(start)), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "560")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abs_id))
    num.append(ani)
    numbering.append(num)
    return num_id


def set_numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def add_table(doc, header, rows, widths, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for ri, row in enumerate([header] + rows):
        for ci, val in enumerate(row):
            c = t.cell(ri, ci)
            c.width = Cm(widths[ci])
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(val)
            set_font(r, HT if ri == 0 else FS, size, False)
    clauses = []
    for row in rows:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    return clauses


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_687",
                    "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- doc 1: 问答
def make_wenda():
    # web-published 问答: typed in 四号 rather than 三号
    LAYOUT["size"], LAYOUT["line"] = 14, 24
    doc = Document()
    page_setup(doc)
    clauses = []

    def body(runs, **kw):
        p = add_p(doc, runs, **kw)
        clauses.append("".join(r[0] for r in runs if r != "BR"))
        return p

    # title, two lines with a soft line break
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, False, 22)
    p.paragraph_format.line_spacing = Pt(36)
    r = p.add_run("国家税务总局浙江省税务局关于自贸试验区")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("跨境电商出口退（免）税政策的问答")
    set_font(r, XBS, 22)
    empty(doc)

    body([("为帮助中国（浙江）自由贸易试验区内跨境电子商务企业准确理解和适用出口退（免）税政策，"
           "便利纳税人申报办理，国家税务总局浙江省税务局结合近期12366纳税缴费服务热线及办税服务厅"
           "收集的热点问题，梳理形成本问答，供纳税人参考。", FS, False)])

    def heading(text):
        add_p(doc, [(text, HT, False)])

    def q_hand(num, text):
        body([(f"{num}.", FS, False), ("问：", HT, True), (text, FS, False)])

    def q_auto(num, text, num_id):
        p = add_p(doc, [("问：", HT, True), (text, FS, False)])
        set_numbered(p, num_id)
        clauses.append(f"{num}.问：{text}")

    def ans(text):
        body([("答：", HT, True), (text, FS, False)])

    def par(text):
        body([(text, FS, False)])

    heading("一、政策适用")

    q_hand(1, "自贸试验区内的跨境电商企业以哪些方式出口货物，可以申报出口退（免）税？")
    ans("自贸试验区内的跨境电子商务企业（以下简称跨境电商企业）出口货物，符合现行出口退（免）税"
        "政策规定条件的，可以按规定申报出口退（免）税。目前主要包括以下情形：")
    par("（1）以“跨境电商B2B直接出口”（海关监管方式代码9710）方式出口的货物；")
    par("（2）以“跨境电商出口海外仓”（海关监管方式代码9810）方式出口的货物；")
    par("（3）以“跨境贸易电子商务”（海关监管方式代码9610）方式出口，且取得出口货物报关单的货物；")
    par("（4）以“保税跨境贸易电子商务”（海关监管方式代码1210）方式出口，并按规定办理出口货物报关手续的货物。")

    q_hand(2, "跨境电商企业出口货物未取得有效进货凭证，能否适用增值税、消费税免税政策？")
    ans("可以。根据《财政部 税务总局 商务部 海关总署关于跨境电子商务综合试验区零售出口货物税收政策的通知》"
        "（财税〔2018〕103号）第一条规定，对综试区电子商务出口企业出口未取得有效进货凭证的货物，"
        "同时符合下列条件的，试行增值税、消费税免税政策：")
    par("（1）电子商务出口企业在综试区注册，并在注册地跨境电子商务线上综合服务平台登记出口日期、"
        "货物名称、计量单位、数量、单价、金额；")
    par("（2）出口货物通过综试区所在地海关办理电子商务出口申报手续；")
    par("（3）出口货物不属于财政部和税务总局根据国务院决定明确取消出口退（免）税的货物。")
    par("需要注意的是，上述免税政策适用于综试区内的零售出口货物。自贸试验区内的跨境电商企业同时在"
        "综试区注册的，可以按规定适用；未在综试区注册的，不适用该项政策。")

    q_hand(3, "以9710、9810方式出口的货物，申报出口退（免）税有什么特殊要求？")
    ans("跨境电商企业以9710、9810等方式出口货物，申报出口退（免）税时，应当以出口货物报关单上注明的"
        "监管方式为准，分别按照下表所列要求办理：")
    clauses.extend(add_table(
        doc,
        ["监管方式代码", "监管方式名称", "申报退（免）税时点", "主要备查资料"],
        [["9710", "跨境电商B2B直接出口", "货物报关出口后", "出口合同、跨境电商平台订单及物流单据"],
         ["9810", "跨境电商出口海外仓", "货物报关出口后，无需等待海外仓实际销售",
          "海外仓租赁合同或自有海外仓证明、出口货物入仓记录"],
         ["9610", "跨境贸易电子商务", "取得出口货物报关单后", "跨境电商平台零售订单、支付及物流信息"]],
        [2.6, 3.6, 4.2, 5.2]))
    par("上述备查资料应当按照出口退（免）税备案单证管理的有关规定，在申报出口退（免）税后15日内"
        "整理归集，留存企业备查。")

    q_hand(4, "自贸试验区内的跨境电商企业能否适用企业所得税核定征收？")
    ans("根据《国家税务总局关于跨境电子商务综合试验区零售出口企业所得税核定征收有关问题的公告》"
        "（国家税务总局公告2019年第36号）规定，综试区内的跨境电商企业，同时符合下列条件的，"
        "试行核定征收企业所得税办法：")
    par("（1）在综试区注册，并在注册地跨境电子商务线上综合服务平台登记出口货物日期、名称、计量单位、"
        "数量、单价、金额的；")
    par("（2）出口货物通过综试区所在地海关办理电子商务出口申报手续的；")
    par("（3）出口货物未取得有效进货凭证，其增值税、消费税享受免税政策的。")
    par("核定征收的跨境电商企业统一按照4%确定应税所得率。")

    empty(doc)
    heading("二、申报办理")
    nid = add_decimal_numbering(doc, 5)

    q_auto(5, "跨境电商企业首次申报出口退（免）税前需要办理哪些手续？", nid)
    ans("跨境电商企业首次申报出口退（免）税前，应当按规定办理出口退（免）税备案。备案可以通过"
        "浙江省电子税务局、国际贸易“单一窗口”或者前往办税服务厅办理，需提供以下资料：")
    par("（1）《出口退（免）税备案表》；")
    par("（2）企业法定代表人或者负责人身份证明；")
    par("（3）从事跨境电商业务的情况说明，包括所使用的跨境电商平台、店铺名称和海外仓信息等。")

    q_auto(6, "出口退（免）税申报期限是如何规定的？", nid)
    ans("跨境电商企业应当在货物报关出口之日次月起至次年4月30日前的各增值税纳税申报期内，收齐有关凭证，"
        "向主管税务机关申报办理出口退（免）税。逾期未收齐有关凭证申报退（免）税的，适用免税政策。")

    q_auto(7, "跨境电商企业能否通过“单一窗口”申报出口退（免）税？", nid)
    ans("可以。跨境电商企业可以通过中国国际贸易“单一窗口”标准版或者浙江省电子税务局“出口退税”模块，"
        "在线办理出口退（免）税备案、申报、证明开具等事项，实现“非接触式”办理。")

    q_auto(8, "出口退（免）税审核办理时限是多少？", nid)
    ans("税务机关对出口企业申报的出口退（免）税，在资料齐全、符合法定形式且无审核疑点的情况下，"
        "正常出口退（免）税的平均办理时间不超过6个工作日；其中，管理类别为一类、二类的出口企业，"
        "平均办理时间不超过3个工作日。")

    q_auto(9, "跨境电商企业申报出口退（免）税出现审核疑点，应当如何处理？", nid)
    ans("申报数据出现审核疑点的，跨境电商企业可以通过电子税务局查询疑点信息，按照以下方式处理：")
    par("（1）属于申报数据录入错误的，撤回申报后更正重新申报；")
    par("（2）属于报关单信息与海关数据不一致的，联系报关企业向海关申请修改后再申报；")
    par("（3）需要提供补充资料的，按照主管税务机关要求在规定时间内提交。")
    par("疑点无法排除的，税务机关将按规定暂缓办理出口退（免）税，并以《税务事项通知书》告知纳税人。")

    q_auto(10, "跨境电商企业对出口退（免）税政策仍有疑问的，可以通过哪些渠道咨询？", nid)
    ans("可以拨打12366纳税缴费服务热线，或者登录浙江省电子税务局“征纳互动”模块在线咨询，"
        "也可以前往主管税务机关办税服务厅现场咨询。")

    empty(doc)
    par("以上问答根据现行政策整理，仅供参考。如有政策调整，以最新政策文件规定为准。")
    empty(doc)
    empty(doc)
    # 落款: organ and date in one paragraph, soft break, right-aligned with manual spaces
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
    r = p.add_run("国家税务总局浙江省税务局\u3000\u3000")
    set_font(r, FS, 14)
    r.add_break()
    r = p.add_run("2026年3月18日\u3000\u3000\u3000\u3000")
    set_font(r, FS, 14)

    stem = "blind687_zhejiang_wenda"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "国家税务总局浙江省税务局关于自贸试验区跨境电商出口退（免）税政策的问答",
        "doc_number": None,
        "issuer": ["国家税务总局浙江省税务局"],
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "浙江省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "问答",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2: 税务事项通知书
def make_tongzhishu():
    LAYOUT["size"], LAYOUT["line"] = 16, 28
    doc = Document()
    page_setup(doc)
    clauses = []

    def body(runs, **kw):
        p = add_p(doc, runs, **kw)
        clauses.append("".join(r[0] for r in runs if r != "BR"))
        return p

    # red header: organ name
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, False, 26)
    p.paragraph_format.line_spacing = Pt(40)
    r = p.add_run("国家税务总局杭州市滨江区税务局")
    set_font(r, XBS, 26, color=RED)
    red_line(p)
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, False, 22)
    p.paragraph_format.line_spacing = Pt(36)
    r = p.add_run("税务事项通知书")
    set_font(r, XBS, 22)
    # 文号 right-aligned under the title, typed with trailing manual spaces
    add_p(doc, [("杭滨税通〔2026〕15号\u3000\u3000", FS, False)],
          align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    empty(doc)
    add_p(doc, [("杭州云帆跨境电子商务有限公司：", FS, False)], first_indent=False)

    body([("纳税人名称：", HT, False), ("杭州云帆跨境电子商务有限公司", FS, False)])
    body([("统一社会信用代码：", HT, False), ("91330108MA2J7K5X3R", FS, False)])
    body([("事由：", HT, False), ("出口退（免）税申报审核疑点核实", FS, False)])
    body([("依据：", HT, False),
          ("《中华人民共和国税收征收管理法》第五十四条、《国家税务总局关于发布〈出口货物劳务增值税和"
           "消费税管理办法〉的公告》（国家税务总局公告2012年第24号）及《国家税务总局关于进一步便利"
           "出口退税办理 促进外贸平稳发展有关事项的公告》（国家税务总局公告2022年第9号）", FS, False)])
    body([("通知内容：", HT, False),
          ("经对你单位2025年10月至12月申报的跨境电商出口退（免）税数据进行审核，发现部分出口业务"
           "存在审核疑点，现就有关事项通知如下：", FS, False)])
    body([("一、以下出口货物报关单对应的出口退（免）税申报，存在出口货物海外仓入仓记录与报关数据"
           "不一致的疑点，我局暂缓办理退（免）税：", FS, False)])
    clauses.extend(add_table(
        doc,
        ["序号", "出口货物报关单号", "监管方式", "商品名称", "出口日期", "申报退税额（元）"],
        [["1", "290120251000568231", "9810", "户外折叠露营椅", "2025-10-14", "18,326.40"],
         ["2", "290120251000601457", "9810", "便携式储能电源", "2025-11-03", "96,512.00"],
         ["3", "290120251000644902", "9710", "智能宠物喂食器", "2025-11-27", "23,870.15"],
         ["4", "290120251000689316", "9810", "便携式储能电源", "2025-12-09", "112,048.00"]],
        [1.2, 4.6, 1.6, 3.0, 2.6, 2.6], size=10.5))
    body([("上述4份出口货物报关单合计申报退税额250,756.55元。", FS, False)])
    body([("二、请你单位自收到本通知书之日起15日内，向我局提供以下资料：", FS, False)])
    body([("（一）上述出口货物的海外仓入仓单据、库存记录及海外仓租赁合同；", FS, False)])
    body([("（二）出口货物的国内采购合同、增值税专用发票及货物运输单据；", FS, False)])
    body([("（三）对疑点原因的书面说明，并加盖单位公章。", FS, False)])
    body([("三、你单位提供的资料经核实无误、疑点排除的，我局将按规定继续办理出口退（免）税；"
           "逾期未提供资料或者疑点无法排除的，我局将按照《出口货物劳务增值税和消费税管理办法》"
           "等有关规定处理。", FS, False)])
    body([("四、资料可通过浙江省电子税务局“出口退税”模块上传，或者报送至国家税务总局杭州市滨江区"
           "税务局第二税务所（地址：杭州市滨江区江南大道3880号），联系人：陈思远，"
           "联系电话：0571-87659213。", FS, False)])
    body([("如对本通知事项不服，可以自收到本通知书之日起六十日内依法向国家税务总局杭州市税务局"
           "申请行政复议，或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。", FS, False)])
    empty(doc)
    add_p(doc, [("附件：出口退（免）税疑点核实资料清单", FS, False)])
    empty(doc)
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
    r = p.add_run("国家税务总局杭州市滨江区税务局\u3000\u3000")
    set_font(r, FS, 16)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
    r = p.add_run("2026年3月26日\u3000\u3000\u3000\u3000\u3000")
    set_font(r, FS, 16)

    stem = "blind687_hangzhou_tongzhishu"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "税务事项通知书",
        "doc_number": "杭滨税通〔2026〕15号",
        "issuer": ["国家税务总局杭州市滨江区税务局"],
        "date": "2026-03-26",
        "published": None,
        "level": "county",
        "region": "杭州市滨江区",
        "effective": None,
        "expires": None,
        "attachments": ["出口退（免）税疑点核实资料清单"],
        "doc_type": "通知书",
        "recipients": ["杭州云帆跨境电子商务有限公司"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (make_wenda, make_tongzhishu):
        stem, path, docs = fn()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
