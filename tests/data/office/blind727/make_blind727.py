# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 727: 风险预警提示函 (贸促会 / 商务厅)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=None, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    rFonts.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left
    return p


def para(doc, text="", font=FS, size=16, bold=None, align=None, indent=True,
         color=None, line=28):
    p = doc.add_paragraph()
    fmt(p, align=align, indent=indent, line=line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(doc, parts, align=None, indent=True, line=28):
    """parts: list of (text, font, bold)"""
    p = doc.add_paragraph()
    fmt(p, align=align, indent=indent, line=line)
    for t, f, b in parts:
        set_font(p.add_run(t), f, 16, b)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.append(pBdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pBdr.append(el)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)


def page_numbers(doc):
    for s in doc.sections:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(fp.add_run("— "), "宋体", 14)
        r = fp.add_run()
        set_font(r, "宋体", 14)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = fp.add_run()
        set_font(r2, "宋体", 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r2._r.append(it)
        r3 = fp.add_run()
        set_font(r3, "宋体", 14)
        sp = OxmlElement("w:fldChar")
        sp.set(qn("w:fldCharType"), "separate")
        r3._r.append(sp)
        r4 = fp.add_run("1")
        set_font(r4, "宋体", 14)
        r5 = fp.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r5._r.append(e)
        set_font(fp.add_run(" —"), "宋体", 14)


def red_header(doc, organ, docno, size=26):
    p = para(doc, organ, XBS, size, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, line=40)
    p.paragraph_format.space_before = Pt(24)
    # empty paragraph carrying the red rule
    sep = para(doc, "", indent=False, line=12)
    border(sep, "bottom", "FF0000", 24, 1)
    p = para(doc, docno, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.space_before = Pt(8)
    para(doc, "", indent=False)


def cell_text(cell, text, font=FS, size=12, bold=False,
              align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    set_font(p.add_run(text), font, size, bold)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_widths(tbl, widths):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w.twips))
    for r_ in tbl.rows:
        for j, c in enumerate(r_.cells):
            c.width = widths[j]


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date):
    """版记: 抄送 + 印发 lines between rules."""
    para(doc, "", indent=False)
    p = para(doc, cc, FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run(printer), FS, 14)
    set_font(p.add_run("\u3000" * 3), FS, 14)
    set_font(p.add_run(date + "印发"), FS, 14)
    border(p, "bottom", "000000", 8, 1)


def add_decimal_numbering(doc):
    """Create a Word numbering definition '%1.' with no tab suffix."""
    numbering = doc.part.numbering_part.element
    abs_id = "77"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    pPr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    pPr.append(ind)
    lvl.append(pPr)
    rPr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rPr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rPr.append(sz)
    lvl.append(rPr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "77")
    aid = OxmlElement("w:abstractNumId")
    aid.set(qn("w:val"), abs_id)
    num.append(aid)
    numbering.append(num)
    return "77"


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else \
        pPr.find(qn("w:pStyle")).addnext(numPr)


def heading1(doc, text, blank_before=False):
    if blank_before:
        para(doc, "", indent=False)
    return para(doc, text, HT, 16)


# ====================================================== doc 1: Zhejiang
def doc_zhejiang():
    stem = "blind727_zhejiang_tishihan"
    doc = Document()
    page_setup(doc)
    C = []

    red_header(doc, "浙江省国际贸易促进委员会", "浙贸促函〔2026〕9号")

    # title with a soft line break inside one paragraph
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    set_font(p.add_run("浙江省贸促会关于共建“一带一路”国家"), XBS, 22)
    r = p.add_run()
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("贸易投资风险的预警提示"), XBS, 22)
    para(doc, "", indent=False)

    para(doc, "各有关企业：", indent=False)

    t = ("近期，受地缘政治冲突外溢、部分国家政局变动、汇率剧烈波动以及贸易救济调查增多等因素叠加影响，"
         "我省企业在共建“一带一路”国家开展进出口贸易、工程承包和对外投资面临的风险明显上升。"
         "据中国贸促会商事法律服务中心、我会驻外联络处及重点企业反馈，2026年1月以来，"
         "我会累计受理涉共建“一带一路”国家贸易纠纷咨询137件，同比增长42.7%。"
         "为帮助企业及时识别和防范风险，现将有关情况提示如下。")
    para(doc, t)
    C.append(t)

    heading1(doc, "一、近期风险情况")
    countries = [
        ("（一）", "俄罗斯", "部分俄罗斯进口商以“结算通道受阻”为由要求变更收款账户或改用第三国代付，"
         "个别不法分子冒用俄方企业名义发送虚假变更付款指令邮件，我省已有3家企业因此损失货款合计约46万美元。"
         "同时，美欧对俄次级制裁范围持续扩大，涉及机械设备、电子元器件等多个品类，"
         "企业如与被列入制裁清单的实体发生交易，可能面临境外金融机构冻结资金、拒绝结算等风险。"),
        ("（二）", "土耳其", "土耳其里拉对美元汇率持续走弱，当地进口商付款能力下降，"
         "以货物质量异议为由拒收货物、要求降价的情况有所增多。2025年下半年以来，"
         "土耳其对原产于中国的铝箔、化纤长丝、不锈钢管等产品发起或延长反倾销措施，"
         "涉及我省企业出口额约2.3亿美元。"),
        ("（三）", "巴基斯坦", "巴基斯坦外汇储备仍处低位，当地银行对进口付汇实行额度管理，"
         "部分信用证项下付款出现明显延迟。在俾路支省、开伯尔—普什图赫瓦省等地区，"
         "针对外国人员和项目的安全事件时有发生，在当地开展工程承包的企业须高度警惕人员安全风险。"),
        ("（四）", "埃及", "埃及自2025年起进一步收紧进口货物登记制度，"
         "未在货物预先登记系统（ACI）完成预登记的货物无法办理清关，"
         "已有企业因单证不符导致货物滞港、产生高额滞期费。此外，埃及镑汇率波动较大，"
         "以本币计价的长期合同存在较大汇兑损失风险。"),
        ("（五）", "孟加拉国", "孟加拉国政局仍处调整期，部分地区不定期发生罢工和示威活动，"
         "港口及内陆运输受到影响。当地个别开证行以单据存在“不符点”为由拒付或拖延付款，"
         "我省纺织原料、机电产品出口企业反映较为集中。"),
        ("（六）", "尼日利亚", "尼日利亚奈拉大幅贬值，外汇供给紧张，进口商购汇周期明显延长。"
         "拉各斯港等主要港口拥堵严重，海关估价争议增多，"
         "同时存在不法分子以“政府采购项目”为名实施合同诈骗的情况，企业应注意甄别。"),
    ]
    for num, name, rest in countries:
        # run-in heading split across several bold runs
        runs(doc, [(num, KT, True), (name, KT, True), ("：", KT, True),
                   (rest, FS, False)])
        C.append(num + name + "：" + rest)

    heading1(doc, "二、应对建议")
    items = [
        ("1.", "加强交易对手资信调查。", "在签订合同前，通过中国出口信用保险公司、商业资信机构等渠道核实境外客户的注册信息、"
         "经营状况和涉诉记录，对新客户、大额订单审慎采用赊销方式，必要时要求预付款或提供银行保函。"),
        ("2.", "严防付款指令变更诈骗。", "对境外客户通过邮件、即时通讯工具提出的变更收款账户、改由第三方付款等要求，"
         "务必通过电话、视频等原有可靠渠道进行二次核实，不得仅凭邮件指令操作。"),
        ("3.", "密切关注制裁与合规动态。", "及时跟踪相关国家和地区出口管制、经济制裁清单调整情况，"
         "建立客户及最终用户筛查机制，对敏感物项和敏感地区交易做好合规审查和留档备查。"),
        ("4.", "合理运用金融避险工具。", "对于以非美元货币计价或账期较长的合同，可通过远期结售汇、期权等工具锁定汇率，"
         "积极投保出口信用保险和海外投资保险，降低收汇风险。"),
        ("5.", "完善合同争议解决条款。", "在合同中明确约定适用法律、争议解决方式和管辖机构，"
         "优先选择中国国际经济贸易仲裁委员会等仲裁机构，并在合同中约定不可抗力和情势变更的处理规则。"),
    ]
    for n, head, rest in items:
        runs(doc, [(n, FS, False), (head, FS, True), (rest, FS, False)])
        C.append(n + head + rest)

    t = "为便于企业对照查阅，现将重点国家风险情况汇总如下。"
    para(doc, t)
    C.append(t)

    # table caption (not a clause)
    para(doc, "重点国家风险提示一览表", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False)
    headers = ["国家", "风险类型", "主要表现", "应对建议"]
    rows = [
        ["俄罗斯", "金融制裁风险", "次级制裁范围扩大，交易可能被冻结或拒绝结算", "开展制裁清单筛查，审慎选择结算银行"],
        ["俄罗斯", "支付诈骗风险", "冒用客户名义发送虚假变更收款账户指令", "变更账户须通过原有渠道二次核实"],
        ["土耳其", "汇率及贸易救济风险", "里拉贬值，拒收压价增多，反倾销措施延长", "做好应诉准备，控制赊销规模"],
        ["巴基斯坦", "外汇管制及安全风险", "付汇额度管理，信用证付款延迟，安全事件多发", "投保出口信用保险，落实人员安保措施"],
        ["埃及", "清关合规风险", "ACI预登记未完成无法清关，货物滞港", "发货前确认完成预登记，核对单证一致"],
        ["孟加拉国", "政局及收汇风险", "罢工示威影响物流，开证行拒付拖付", "选择资信良好的开证行，严格审核单据"],
        ["尼日利亚", "汇率及诈骗风险", "奈拉贬值、购汇周期长，假借政府采购实施诈骗", "要求预付款，核实项目真实性"],
    ]
    tbl = doc.add_table(rows=1 + len(rows), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.4), Cm(3.2), Cm(5.4), Cm(4.6)]
    for j, h in enumerate(headers):
        cell_text(tbl.cell(0, j), h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if j == 0 and i == 2:
                continue  # merged with row above
            cell_text(tbl.cell(i, j), v,
                      align=WD_ALIGN_PARAGRAPH.CENTER if j < 2 else WD_ALIGN_PARAGRAPH.LEFT)
    tbl.cell(1, 0).merge(tbl.cell(2, 0))
    set_widths(tbl, widths)
    for row in rows:
        C.append(row_clause(headers, row))

    para(doc, "", indent=False)
    heading1(doc, "三、服务渠道")
    svc = [
        ("（一）咨询热线。", "我会开通涉外经贸风险咨询热线0571-87051234（工作日9:00—17:00），"
         "为企业提供国别风险、贸易摩擦应对、合规经营等方面的咨询服务。"),
        ("（二）法律服务。", "浙江省贸促会商事法律服务中心（杭州市西湖区文三路90号）可为企业提供商事认证、海外维权、"
         "商事调解和仲裁咨询等服务；企业遭遇境外经贸纠纷的，可通过“浙江贸促”微信公众号在线提交求助申请。"),
        ("（三）信息报送。", "企业在共建“一带一路”国家遭遇重大经贸风险或突发事件的，"
         "请于事发后24小时内向所在地贸促机构或我会报告，以便及时协调处置。"),
    ]
    for head, rest in svc:
        runs(doc, [(head, KT, False), (rest, FS, False)])
        C.append(head + rest)
    t = "联系人：法律事务部 陈晓东、周婧，联系电话：0571-87051236，电子邮箱：flb@zjccpit.org.cn。"
    para(doc, t)
    C.append(t)

    para(doc, "特此提示。")
    C.append("特此提示。")

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # 落款 aligned by typed spaces
    para(doc, "\u3000" * 12 + "浙江省国际贸易促进委员会", indent=False)
    para(doc, "\u3000" * 14 + "2026年3月18日", indent=False)
    para(doc, "", indent=False)
    para(doc, "（此件公开发布）")

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    banji(doc, "抄送：中国贸促会法律事务部，省商务厅，省外办，各设区市贸促会。",
          "浙江省国际贸易促进委员会办公室", "2026年3月18日")
    page_numbers(doc)

    meta = {
        "title": "浙江省贸促会关于共建“一带一路”国家贸易投资风险的预警提示",
        "doc_number": "浙贸促函〔2026〕9号",
        "issuer": ["浙江省国际贸易促进委员会"],
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "浙江省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "函",
        "recipients": ["各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": C}]


# ====================================================== doc 2: Guangxi
def doc_guangxi():
    stem = "blind727_nanning_tishihan"
    doc = Document()
    page_setup(doc)
    num_id = add_decimal_numbering(doc)
    C = []

    red_header(doc, "广西壮族自治区商务厅", "桂商务函〔2025〕217号", size=28)

    # title typed as two separate paragraphs
    para(doc, "广西壮族自治区商务厅关于防范共建“一带一路”", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "国家经贸风险的提示函", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "", indent=False)
    para(doc, "各设区市商务局，各有关外经贸企业：", indent=False)

    t = ("2025年以来，我区与东盟及中亚国家贸易往来持续活跃，西部陆海新通道班列、跨境公路运输业务量快速增长。"
         "但受部分国家政策调整频繁、汇率波动加剧和跨境电信网络诈骗多发等因素影响，"
         "我区企业“走出去”面临的风险有所增加。为引导企业增强风险意识、依法合规经营，现将有关风险提示如下：")
    para(doc, t)
    C.append(t)

    heading1(doc, "一、近期重点国家风险情况")
    countries = [
        ("（一）越南：", "越南自2025年7月起调整部分进口商品检验检疫要求，对水果、冷冻水产品实施更严格的农药残留和标签审核，"
         "东兴、凭祥等口岸已出现多批次货物因标签不符被退运。同时，越南对原产于中国的部分钢材、光伏组件启动反倾销调查，"
         "相关企业应及时做好应诉准备。"),
        ("（二）缅甸：", "缅甸北部地区局势持续不稳，部分边境口岸时开时关，陆路运输存在较大不确定性。"
         "当地外汇管制严格，缅元汇率双轨运行，企业收汇难度加大，"
         "另有不法分子以高薪招聘为名诱骗我方人员出境从事电信诈骗活动。"),
        ("（三）柬埔寨：", "柬埔寨部分经济特区内企业反映，个别合作方存在虚报投资规模、一地多租等问题，"
         "土地权属纠纷时有发生。企业在当地投资设厂前，应核实土地性质和权属证明，审慎签订租赁合同。"),
        ("（四）印度尼西亚：", "印度尼西亚持续强化进口配额和产品强制认证管理，钢铁、纺织品、电子产品等须取得进口许可和SNI认证后方可入境。"
         "部分企业因未及时办理认证，货物在雅加达丹戎不碌港长期滞留。"),
        ("（五）哈萨克斯坦：", "哈萨克斯坦对过境货物的电子申报和跟踪监管要求趋严，"
         "中欧班列及跨境公路运输在霍尔果斯—阿腾科里口岸的通关时间有所延长。"
         "当地部分中间商以“代办清关”为名收取高额费用后失联，企业须选择正规报关代理。"),
    ]
    for head, rest in countries:
        runs(doc, [(head, KT, False), (rest, FS, False)])
        C.append(head + rest)

    heading1(doc, "二、应对建议")

    def auto_item(text, bold_head=None):
        p = doc.add_paragraph()
        fmt(p, indent=False)
        set_num(p, num_id)
        if bold_head:
            set_font(p.add_run(bold_head), FS, 16, True)
        set_font(p.add_run(text), FS, 16)
        return p

    auto_item("密切关注东盟及中亚国家海关、检验检疫、外汇管理等政策变化，"
              "充分利用中国—东盟商务理事会、自治区贸促会等渠道获取权威信息，提前调整贸易安排。",
              "加强政策跟踪研判。")
    C.append("1.加强政策跟踪研判。密切关注东盟及中亚国家海关、检验检疫、外汇管理等政策变化，"
             "充分利用中国—东盟商务理事会、自治区贸促会等渠道获取权威信息，提前调整贸易安排。")
    auto_item("具体要求如下：", "规范合同和单证管理。")
    C.append("2.规范合同和单证管理。具体要求如下：")
    subs = [
        "（1）合同中应明确货物标准、检验机构、交货条件和付款方式，避免使用含义模糊的条款。",
        "（2）出口前认真核对目的国标签、原产地证书和认证文件要求，确保单证相符。",
    ]
    for s in subs:
        para(doc, s)
        C.append(s)
    auto_item("尽量采用信用证、预付款等安全结算方式，积极使用人民币跨境结算，"
              "对缅甸等外汇管制严格的国家，应审慎评估对方付款能力。", "防范跨境收汇风险。")
    C.append("3.防范跨境收汇风险。尽量采用信用证、预付款等安全结算方式，积极使用人民币跨境结算，"
             "对缅甸等外汇管制严格的国家，应审慎评估对方付款能力。")
    auto_item("对拟派往境外的人员开展安全培训，严禁通过非正规渠道招募和派遣人员出境，"
              "发现可疑招聘信息及时向公安机关报告。", "保障境外人员安全。")
    C.append("4.保障境外人员安全。对拟派往境外的人员开展安全培训，严禁通过非正规渠道招募和派遣人员出境，"
             "发现可疑招聘信息及时向公安机关报告。")

    heading1(doc, "三、服务渠道")
    svc = [
        ("（一）咨询服务。", "自治区商务厅对外投资和经济合作处设立企业风险咨询专线0771-2110586，"
         "为企业提供国别政策咨询和境外突发事件协调服务。"),
        ("（二）法律援助。", "中国—东盟商事法律服务中心（南宁市青秀区民族大道136号）为企业免费提供涉外合同审查、"
         "纠纷调解等公益法律服务，服务热线0771-5516688。"),
        ("（三）信息共享。", "各设区市商务局要加强对辖区企业的风险提示和宣传引导，及时收集企业反映的突出问题，"
         "重大情况于3个工作日内报送自治区商务厅。"),
    ]
    for head, rest in svc:
        runs(doc, [(head, KT, True), (rest, FS, False)])
        C.append(head + rest)

    para(doc, "特此提示。")
    C.append("特此提示。")
    para(doc, "", indent=False)
    para(doc, "附件：重点国家风险提示一览表")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "广西壮族自治区商务厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年11月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    para(doc, "", indent=False)
    para(doc, "（此件公开发布）")
    para(doc, "（联系人：黄丽华；联系电话：0771-2110586）")

    # attachment on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "重点国家风险提示一览表", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=32)
    para(doc, "", indent=False)
    headers = ["序号", "国家", "风险类型", "主要表现", "应对建议"]
    rows = [
        ["1", "越南", "检验检疫及贸易救济风险", "标签审核趋严，货物被退运，钢材和光伏组件遭遇反倾销调查", "出口前核对标签要求，及时应诉"],
        ["2", "缅甸", "安全及外汇管制风险", "边境口岸时开时关，汇率双轨运行，存在诱骗出境从事电信诈骗情况", "审慎评估付款能力，严防人员被骗出境"],
        ["3", "柬埔寨", "投资合作风险", "虚报投资规模、一地多租，土地权属纠纷多发", "核实土地权属，审慎签订租赁合同"],
        ["4", "印度尼西亚", "准入认证风险", "进口配额和SNI认证管理强化，货物长期滞港", "提前办理进口许可和产品认证"],
        ["5", "哈萨克斯坦", "通关及中介诈骗风险", "过境监管趋严，通关时间延长，中间商收费后失联", "选择正规报关代理，合理安排运输时效"],
    ]
    tbl = doc.add_table(rows=1 + len(rows), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(2.4), Cm(3.0), Cm(5.3), Cm(3.8)]
    for j, h in enumerate(headers):
        cell_text(tbl.cell(0, j), h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tbl.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(tbl.cell(i, j), v,
                      align=WD_ALIGN_PARAGRAPH.CENTER if j < 3 else WD_ALIGN_PARAGRAPH.LEFT)
        C.append(row_clause(headers, row))
    set_widths(tbl, widths)

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    banji(doc, "抄送：商务部对外投资和经济合作司，自治区外事办、贸促会，南宁海关。",
          "广西壮族自治区商务厅办公室", "2025年11月26日")
    page_numbers(doc)

    meta = {
        "title": "广西壮族自治区商务厅关于防范共建“一带一路”国家经贸风险的提示函",
        "doc_number": "桂商务函〔2025〕217号",
        "issuer": ["广西壮族自治区商务厅"],
        "date": "2025-11-26",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": ["重点国家风险提示一览表"],
        "doc_type": "函",
        "recipients": ["各设区市商务局", "各有关外经贸企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": C}]


# ====================================================== doc 3: Xi'an
def doc_xian():
    stem = "blind727_xian_yujing"
    doc = Document()
    page_setup(doc)
    C = []

    red_header(doc, "西安市国际贸易促进委员会", "西贸促函〔2026〕5号")
    para(doc, "西安市贸促会关于中欧班列沿线及共建“一带一路”国家贸易投资风险的预警提示",
         XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "", indent=False)
    para(doc, "各有关企业，各区县、开发区贸促工作部门：", indent=False)

    t = ("中欧班列（西安）开行以来，我市与中亚、欧洲及共建“一带一路”国家的经贸往来日益紧密。"
         "2025年，中欧班列长安号全年开行5216列，我市对共建“一带一路”国家进出口额增长14.8%。"
         "与此同时，部分沿线国家安全形势、通关政策和金融环境出现新变化，企业经营风险有所上升。"
         "现就近期需重点关注的风险提示如下：")
    para(doc, t)
    C.append(t)

    para(doc, "", indent=False)
    p = runs(doc, [("一、", HT, True), ("近期风险情况", HT, True)])

    def country(head, rest):
        return runs(doc, [(head, FS, True), (rest, FS, False)])

    c1 = ("（一）波兰：", "受边境管控措施调整影响，马拉舍维奇口岸换装作业能力阶段性紧张，"
          "中欧班列去程货物在口岸平均滞留时间较2025年上半年延长约2天。"
          "波兰海关对部分来自中国的电子产品、电动自行车加强原产地和价值申报核查，"
          "企业因申报价格偏低被要求补缴税款的情况增多。")
    c2 = ("（二）白俄罗斯：", "白俄罗斯作为中欧班列重要过境通道，受欧盟对其制裁措施影响，"
          "部分经白俄罗斯过境的货物在进入欧盟时被要求提供额外的最终用户证明和货物流向说明。"
          "企业向白俄罗斯出口机械设备、车辆零部件时，须关注相关物项是否属于欧盟、美国制裁清单范围。")
    c3 = ("（三）乌兹别克斯坦：", "乌兹别克斯坦于2025年下半年调整部分商品进口关税和消费税，汽车、家电等商品税负上升，"
          "个别进口商因成本上升单方面要求修改合同价格或推迟提货。")
    c4 = ("（四）吉尔吉斯斯坦：", "吉尔吉斯斯坦部分边境口岸因基础设施改造实施临时限行，公路运输时效不稳定，"
          "同时存在当地合作方利用公司注册信息不透明逃避债务的情况。")
    c5 = ("（五）格鲁吉亚：", "随着跨里海国际运输走廊运量快速增长，格鲁吉亚波季港、巴统港堆存压力加大，"
          "部分货物中转周期延长至20天以上。企业选择“中欧班列+跨里海”多式联运线路时，"
          "应充分评估运输时效和货物滞留成本。")
    country(*c1)
    C.append("".join(c1))
    country(*c2)
    C.append("".join(c2))
    # (三) and (四) typed in ONE paragraph separated by a soft line break
    p = country(*c3)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run(c4[0]), FS, 16, True)
    set_font(p.add_run(c4[1]), FS, 16, False)
    C.append("".join(c3))
    C.append("".join(c4))
    country(*c5)
    C.append("".join(c5))

    para(doc, "", indent=False)
    runs(doc, [("二、", HT, True), ("应对建议", HT, True)])
    items = [
        "1．优化物流路径安排。根据口岸通关情况合理安排发运计划，必要时选择经阿拉山口、霍尔果斯等不同口岸出境的线路分散风险，"
        "并与班列运营平台保持密切沟通。",
        "2．严格出口管制合规审查。对涉及白俄罗斯、俄罗斯等方向的货物，开展最终用户和最终用途核查，留存相关证明材料，"
        "防止因货物被转运至受限地区而承担法律责任。",
        "3．规范申报与单证管理。如实申报货物价格、原产地和商品编码，妥善保存交易合同、发票、付款凭证等资料，"
        "以应对目的国海关稽查。",
        "4．善用保险与法律工具。积极投保货物运输险和出口信用保险，在合同中约定价格调整机制和争议解决条款，"
        "遇到对方违约时及时固定证据、依法维权。",
    ]
    for it in items:
        para(doc, it)
        C.append(it)
    t = "各区县、开发区贸促工作部门要结合本地实际，通过企业走访、政策宣讲等方式做好风险提示的转发和解读工作。"
    para(doc, t)
    C.append(t)

    para(doc, "", indent=False)
    para(doc, "重点国家风险提示一览表", HT, 16, bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    # header cells typed with alignment spaces
    typed_headers = ["国\u3000\u3000家", "风险类型", "主要表现", "应对建议"]
    headers = ["国家", "风险类型", "主要表现", "应对建议"]
    rows = [
        ["波兰", "通关及估价风险", "口岸换装能力紧张，货物滞留时间延长，申报价格核查加强", "合理安排发运计划，如实申报货物价值"],
        ["白俄罗斯", "制裁合规风险", "过境货物被要求补充最终用户证明，部分物项受制裁限制", "开展最终用户核查，留存合规材料"],
        ["乌兹别克斯坦、吉尔吉斯斯坦", "政策变动及信用风险", "关税及消费税调整，口岸临时限行，合作方逃避债务", "约定价格调整机制，核实合作方资信"],
        ["格鲁吉亚", "物流中转风险", "港口堆存压力大，中转周期延长", "评估多式联运时效，预留合理运输周期"],
    ]
    tbl = doc.add_table(rows=1 + len(rows), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(typed_headers):
        cell_text(tbl.cell(0, j), h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tbl.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(tbl.cell(i, j), v,
                      align=WD_ALIGN_PARAGRAPH.CENTER if j < 2 else WD_ALIGN_PARAGRAPH.LEFT)
        C.append(row_clause(headers, row))
    widths = [Cm(3.0), Cm(3.0), Cm(5.4), Cm(4.2)]
    set_widths(tbl, widths)

    para(doc, "", indent=False)
    runs(doc, [("三、", HT, True), ("服务渠道", HT, True)])
    svc = [
        "我会设立“一带一路”企业服务专窗，开通风险咨询热线029-86781234，"
        "企业可在工作日上午9:00至12:00、下午14:00至17:30拨打咨询。",
        "西安市贸促会商事法律服务中心（西安国际港务区港务大道99号西安陆港大厦8层）可为企业提供原产地证书签发、"
        "商事证明认证、涉外商事调解、海外法律风险咨询等一站式服务。",
        "企业如遇境外重大风险事件，可同时通过中国贸促会“贸法通”平台在线咨询，"
        "或联系我会法律事务部（联系人：赵磊，电话：029-86781239）。",
    ]
    for s in svc:
        para(doc, s)
        C.append(s)
    para(doc, "特此提示。")
    C.append("特此提示。")

    para(doc, "", indent=False)
    para(doc, "附件：1．西安市涉外法律服务机构名录")
    para(doc, "\u3000" * 5 + "2．境外经贸风险事件信息报送表", indent=False)
    para(doc, "", indent=False)
    para(doc, "", indent=False)

    # 落款 in a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(lt.cell(0, 1), "西安市国际贸易促进委员会", FS, 16,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(lt.cell(1, 1), "二〇二六年一月九日", FS, 16,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(lt, [Cm(7.0), Cm(8.6)])

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    banji(doc, "抄送：市商务局、市外办，西安海关，中欧班列长安号运营平台公司。",
          "西安市国际贸易促进委员会办公室", "2026年1月9日")
    page_numbers(doc)

    meta = {
        "title": "西安市贸促会关于中欧班列沿线及共建“一带一路”国家贸易投资风险的预警提示",
        "doc_number": "西贸促函〔2026〕5号",
        "issuer": ["西安市国际贸易促进委员会"],
        "date": "2026-01-09",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": None,
        "expires": None,
        "attachments": ["西安市涉外法律服务机构名录", "境外经贸风险事件信息报送表"],
        "doc_type": "函",
        "recipients": ["各有关企业", "各区县、开发区贸促工作部门"],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": C}]


def main():
    expected = {}
    for builder in (doc_zhejiang, doc_guangxi, doc_xian):
        stem, doc, entries = builder()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = entries
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_727", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=240)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
