# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 480 blind documents: 行政复议决定书 / 行政答辩状 / 行政复议意见书 (自贸片区)."""
import json
import os
import subprocess

from docx import Document
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
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    d = Document()
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return d


def fmt(p, align=None, indent=True, exact=28):
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def para(d, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None, exact=28):
    p = d.add_paragraph()
    fmt(p, align, indent, exact)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def empty(d, n=1):
    for _ in range(n):
        para(d, "", indent=False)


def bottom_border(p, color="E60012", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in (("top", "bottom") if top else ("bottom",)):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "1")
        el.set(qn("w:color"), color)
        bdr.append(el)
    ppr.append(bdr)


def add_field(run, instr):
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t")
    v.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def page_footer(d, style="dash"):
    f = d.sections[0].footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "dash":
        set_font(p.add_run("— "), SONG, 14)
        r = p.add_run()
        set_font(r, SONG, 14)
        add_field(r, "PAGE")
        set_font(p.add_run(" —"), SONG, 14)
    else:
        set_font(p.add_run("第 "), SONG, 10.5)
        r = p.add_run()
        set_font(r, SONG, 10.5)
        add_field(r, "PAGE")
        set_font(p.add_run(" 页  共 "), SONG, 10.5)
        r = p.add_run()
        set_font(r, SONG, 10.5)
        add_field(r, "NUMPAGES")
        set_font(p.add_run(" 页"), SONG, 10.5)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    set_font(p.add_run(text), font, size, bold)


def table_borders(table, val="single"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000" if val != "nil" else "auto")
        b.append(el)
    tblPr.append(b)


def data_table(d, header, rows, widths, clauses, size=12):
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size, False, WD_ALIGN_PARAGRAPH.CENTER)
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, FS, size)
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def add_numbering(d, fmt_name, lvl_text, font):
    """Create a single-level numbering definition, return numId."""
    numbering = d.part.numbering_part.element
    existing = numbering.findall(qn("w:abstractNum"))
    abs_id = 100 + len(existing)
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt_name), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(a), font if a != "w:hint" else "eastAsia")
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(an)
    else:
        numbering.append(an)
    num_id = 100 + len(nums)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    aid = OxmlElement("w:abstractNumId")
    aid.set(qn("w:val"), str(abs_id))
    num.append(aid)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def meta(title, doc_number, issuer, date, level, region, doc_type, recipients,
         attachments=None, effective=None, publicity=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": level,
        "region": region,
        "effective": effective,
        "expires": None,
        "attachments": attachments or [],
        "doc_type": doc_type,
        "recipients": recipients,
        "publicity": publicity,
        "repeals": None,
    }


# ======================================================== 1. 复议决定书
def doc_jueding():
    d = new_doc()
    page_footer(d, "dash")
    cl = []

    def body(text):
        para(d, text)
        cl.append(text)

    def runin(head, rest, head_font=FS, bold=True):
        p = para(d)
        set_font(p.add_run(head), head_font, 16, bold)
        set_font(p.add_run(rest), FS, 16)
        cl.append(head + rest)

    # title: two lines via a soft line break inside one paragraph
    p = para(d, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    r = p.add_run("厦门市人民政府")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("行政复议决定书"), XBS, 22)
    empty(d)
    # 文号 right aligned, with trailing manual spaces
    para(d, "厦府复决〔2026〕12号    ", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(d)

    body("申请人：瑞科斯（厦门）供应链管理有限公司，住所地厦门市湖里区象屿路97号厦门国际航运中心D栋8层03单元。")
    body("法定代表人：马库斯·韦伯（Markus Weber），董事长。")
    body("委托代理人：林晓峰，福建鹭洲律师事务所律师。")
    body("被申请人：中国（福建）自由贸易试验区厦门片区管理委员会，住所地厦门市湖里区港中路1699号。")
    body("法定代表人：黄志远，主任。")
    body("申请人不服被申请人于2025年11月6日作出的《行政处罚决定书》（厦自贸综执罚〔2025〕47号），于2025年12月15日向本机关申请行政复议，本机关依法予以受理。本机关于2025年12月19日向被申请人送达《行政复议答复通知书》，被申请人于2025年12月29日提交了书面答复和作出行政行为的证据、依据等材料。因案情较为复杂，经本机关负责人批准，本案审理期限依法延长30日。本案现已审理终结。")

    runin("申请人请求：", "撤销被申请人作出的厦自贸综执罚〔2025〕47号《行政处罚决定书》。")
    runin("申请人称：", "被申请人作出的行政处罚决定认定事实不清、程序违法、处罚明显不当。具体理由如下：")
    body("一、申请人已于2025年4月10日通过厦门市市场监督管理局企业登记系统办理了投资者变更登记。依照《外商投资信息报告办法》的规定，相关登记信息由市场监管部门推送至商务主管部门，申请人不存在拒不报送投资信息的主观故意。")
    body("二、被申请人作出的《责令限期改正通知书》邮寄至申请人早已迁出的原住所，申请人从未实际收到该通知书，被申请人据此认定申请人“逾期未改正”缺乏事实依据。")
    body("三、申请人系初次违法，在收到《行政处罚事先告知书》后已及时补报，未造成危害后果，被申请人未适用“首违不罚”的规定，直接处以15万元罚款，明显不当。")

    runin("被申请人称：", "申请人的复议请求不能成立，请求维持被复议行政行为。理由如下：")
    body("一、被申请人具有作出被复议行政行为的法定职权。根据《福建省人民政府关于赋予中国（福建）自由贸易试验区片区管理委员会部分省级行政管理权限的决定》（闽政〔2024〕9号），外商投资信息报告的监督检查及相应行政处罚权由片区管理委员会在片区范围内行使。")
    body("二、申请人于2025年3月发生投资者股权转让，依照《外商投资信息报告办法》的规定，应当在变更事项发生后20个工作日内报送变更报告。市场监管部门登记系统推送的仅为登记事项信息，不能替代申请人应当自行报送的投资者实际控制人等非登记事项信息，申请人至被申请人检查时仍未报送。")
    body("三、被申请人于2025年8月12日向申请人在外商投资信息报告系统中留存的联系地址邮寄送达《责令限期改正通知书》，并于同日通过电子邮件发送至申请人登记的联系人邮箱，已履行告知义务。申请人逾期未改正，被申请人依照《中华人民共和国外商投资法》第三十七条的规定处以15万元罚款，处于法定幅度的较低档次，并无不当。")

    runin("经审理查明：", "申请人系外商独资企业，于2021年6月在厦门片区设立。2025年3月28日，申请人原股东瑞科斯亚洲控股有限公司（香港）将其持有的申请人100%股权转让给瑞科斯国际物流股份公司（德国）。2025年4月10日，申请人在厦门市市场监督管理局办理了投资者变更登记，但未通过企业信用信息公示系统报送投资者实际控制人变更等非登记事项信息。")
    body("2025年7月，被申请人在开展外商投资信息报告年度抽查中发现申请人未按规定报送变更报告。2025年8月12日，被申请人作出《责令限期改正通知书》（厦自贸综执责改〔2025〕31号），责令申请人于2025年8月29日前补报。被申请人向申请人送达相关执法文书的情况如下：")

    data_table(
        d,
        ["序号", "文书名称", "送达日期", "送达方式", "送达地址", "送达结果"],
        [
            ["1", "责令限期改正通知书", "2025年8月12日", "EMS邮寄", "厦门市湖里区枋湖北二路1199号A区502室", "退回，批注“原址查无此单位”"],
            ["2", "责令限期改正通知书", "2025年8月12日", "电子邮件", "申请人2021年度报告所留联系人邮箱", "系统显示已发送，无回执"],
            ["3", "行政处罚事先告知书", "2025年10月9日", "直接送达", "申请人现住所", "申请人工作人员签收"],
            ["4", "行政处罚决定书", "2025年11月6日", "直接送达", "申请人现住所", "申请人工作人员签收"],
        ],
        [1.1, 3.0, 2.4, 1.9, 3.9, 3.3],
        cl,
        size=10.5,
    )
    empty(d)

    body("另查明，申请人于2023年1月将住所由厦门市湖里区枋湖北二路1199号A区502室变更至现住所，并办理了变更登记；申请人在2024年度外商投资信息年度报告中填报的联系地址为现住所，联系人邮箱已于2024年5月变更。2025年10月20日，申请人补报了变更报告，并提出陈述申辩意见。2025年11月6日，被申请人作出厦自贸综执罚〔2025〕47号《行政处罚决定书》，认定申请人未按照外商投资信息报告制度的要求报送投资信息，经责令改正逾期未改正，依照《中华人民共和国外商投资法》第三十七条的规定，对申请人处以罚款人民币15万元。")
    body("上述事实有《责令限期改正通知书》、EMS邮件查询记录及退件、电子邮件发送记录、《行政处罚事先告知书》及送达回证、申请人陈述申辩材料、《行政处罚决定书》及送达回证、申请人营业执照及变更登记材料等证据证明。")

    runin("本机关认为：", "根据《中华人民共和国外商投资法》第三十七条的规定，外国投资者或者外商投资企业未按照外商投资信息报告制度的要求报送投资信息的，由商务主管部门责令限期改正；逾期不改正的，处十万元以上五十万元以下的罚款。据此，责令限期改正决定的作出及其有效送达，是认定“逾期不改正”并予以罚款的前提条件。")
    runin("（一）关于被申请人的职权。", "被申请人依据闽政〔2024〕9号文件在厦门片区范围内行使外商投资信息报告监督检查及相应行政处罚职权，具有作出被复议行政行为的法定职权。", head_font=KT, bold=False)
    runin("（二）关于《责令限期改正通知书》的送达。", "责令限期改正决定应当有效送达当事人，当事人方有履行改正义务的可能。本案中，被申请人向申请人早已变更的原住所邮寄送达，邮件被退回；同日发送的电子邮件，未经申请人同意采用电子方式送达，且所用邮箱系申请人已停用的原联系人邮箱。被申请人在邮件退回后，未向申请人现住所或者通过其他有效方式再行送达，即认定申请人“经责令改正逾期未改正”，属于主要事实不清、证据不足，亦违反法定程序。", head_font=KT, bold=False)
    runin("（三）关于申请人的补报情况。", "申请人在收到《行政处罚事先告知书》后11日内即补报了变更报告，违法状态已经消除。被申请人在作出处罚决定时对此未予审查认定，亦未说明不适用《中华人民共和国行政处罚法》第三十三条第一款规定的理由。", head_font=KT, bold=False)

    # "决定如下" bold at the tail of the paragraph
    p = para(d)
    t1 = "综上，被申请人作出的被复议行政行为主要事实不清、证据不足，违反法定程序。根据《中华人民共和国行政复议法》第六十四条第一款第（一）项、第（二）项的规定，本机关"
    t2 = "决定如下："
    set_font(p.add_run(t1), FS, 16)
    set_font(p.add_run(t2), FS, 16, True)
    cl.append(t1 + t2)

    body("一、撤销被申请人于2025年11月6日作出的《行政处罚决定书》（厦自贸综执罚〔2025〕47号）；")
    body("二、责令被申请人自收到本决定书之日起60日内，依法对申请人未按规定报送外商投资变更报告的行为重新作出处理。")
    body("申请人如不服本决定，可以自收到本决定书之日起15日内，依法向人民法院提起行政诉讼。")

    empty(d, 3)
    # 落款 aligned with manual spaces
    para(d, "                              厦门市人民政府", indent=False)
    para(d, "                           （行政复议专用章）", indent=False)
    para(d, "                             2026年3月18日", indent=False)
    empty(d, 2)
    p = para(d, "抄送：厦门市司法局。", FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 8, top=True)

    fn = "blind480_xiamen_fuyijueding"
    m = meta("厦门市人民政府行政复议决定书", "厦府复决〔2026〕12号", ["厦门市人民政府"],
             "2026-03-18", "municipal", "厦门市", "行政复议决定书", [])
    return fn, d, [{"meta": m, "clauses": cl}]


# ======================================================== 2. 行政答辩状
def doc_dabian():
    d = new_doc()
    page_footer(d, "pages")
    cl = []
    heading_num = add_numbering(d, "chineseCounting", "%1、", HT)

    def body(text):
        para(d, text)
        cl.append(text)

    def runin(head, rest):
        p = para(d)
        set_font(p.add_run(head), KT, 16, True)
        set_font(p.add_run(rest), FS, 16)
        cl.append(head + rest)

    def heading(text):
        p = para(d, text, HT, 16)
        set_num(p, heading_num)

    para(d, "行政答辩状", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=40)
    empty(d)

    body("答辩人：中国（福建）自由贸易试验区福州片区管理委员会，住所地福州市马尾区江滨东大道108号。")
    body("法定代表人：陈立群，该委主任。")
    body("委托诉讼代理人：吴泽楷，该委法制审核处工作人员。")
    body("委托诉讼代理人：林婧，福建榕江律师事务所律师。")
    body("被答辩人（原告）：澳丰（福州）跨境电子商务有限公司，住所地福州市马尾区湖里路27号1#楼2层203室（自贸试验区内）。")
    body("法定代表人：詹姆斯·卡特（James Carter），董事长。")
    body("答辩人因被答辩人（以下简称原告）诉答辩人不予兑现跨境电子商务发展扶持资金一案，案号为（2026）闽0105行初18号，现依法提出答辩意见如下：")

    heading("答辩人具有作出被诉行政行为的法定职责")
    body("根据《中国（福建）自由贸易试验区条例》和福州市人民政府关于福州片区管理体制的有关规定，答辩人负责片区内产业发展政策的制定和组织实施。《中国（福建）自由贸易试验区福州片区促进跨境电子商务高质量发展若干措施》（榕自贸管〔2024〕6号，以下简称《若干措施》）由答辩人制定发布，答辩人依据《若干措施》受理、审核片区内企业的扶持资金申请并作出是否兑现的决定，属于依法履行职责。")

    heading("被诉行政行为认定事实清楚，证据确实充分")
    runin("（一）原告申报情况。", "2025年4月15日，原告向答辩人申报2024年度跨境电子商务进出口规模奖励，申报金额200万元，申报依据为《若干措施》第五条第（一）项“年度跨境电商进出口额首次突破5亿元的企业，给予一次性奖励200万元”。")
    runin("（二）原告不符合申报条件。", "经答辩人会同福州海关驻马尾办事处核验，原告2024年度通过跨境电子商务监管方式（代码9610、9710、9810、1210）申报的进出口额合计为3.82亿元，未达到5亿元的奖励门槛；原告申报材料中所列的其余1.46亿元系一般贸易方式（代码0110）进出口额，依照《若干措施》第十二条的规定不得计入。具体核验情况如下：")
    data_table(
        d,
        ["项目", "《若干措施》要求", "原告申报情况", "核验结果"],
        [
            ["企业注册地", "在福州片区内注册并正常经营", "福州市马尾区（片区内）", "符合"],
            ["年度跨境电商进出口额", "首次突破5亿元", "5.28亿元", "不符合，其中跨境电商监管方式项下3.82亿元"],
            ["统计口径", "以海关跨境电商监管方式统计数据为准", "含一般贸易方式1.46亿元", "不符合"],
            ["信用状况", "申报年度内未被列入严重失信主体名单", "未被列入", "符合"],
        ],
        [3.2, 4.6, 3.8, 4.0],
        cl,
    )
    empty(d)
    runin("（三）答辩人已充分听取原告意见。", "2025年6月20日，答辩人向原告发出《关于跨境电商扶持资金申报材料补正的通知》，原告于2025年7月3日提交补充说明，但未能提供跨境电商监管方式项下的新增数据。")

    heading("被诉行政行为程序合法")
    body("答辩人于2025年4月15日受理原告申请后，依照《若干措施》及《福州片区产业扶持资金管理办法》规定的程序，先后进行了材料初审、海关数据核验、第三方会计师事务所专项审计、部门联审和结果公示。2025年8月28日，答辩人作出《关于澳丰（福州）跨境电子商务有限公司2024年度跨境电商进出口规模奖励申请的答复》（榕自贸管函〔2025〕87号，以下简称《答复》），告知原告不予兑现的理由和依据，载明了救济途径和期限，并于次日直接送达原告。")

    heading("原告的诉讼理由不能成立")
    runin("（一）关于统计口径。", "原告主张《若干措施》未明确统计口径，应当按照原告实际进出口总额计算。答辩人认为，《若干措施》第十二条明确规定“本措施所称跨境电商进出口额，以海关跨境电商监管方式统计数据为准”，该条款自发布之日起即在答辩人门户网站公开，统计口径明确，原告的主张与政策文义不符。")
    runin("（二）关于“区别对待”。", "原告所列举的福州某供应链公司系依据《若干措施》第五条第（二）项申报“跨境电商海外仓建设补助”，与原告申报的奖励项目条件不同，不存在同等情况不同对待的问题。")
    runin("（三）关于办理期限。", "《若干措施》规定扶持资金申报审核期限为自受理之日起120个工作日，答辩人于2025年4月15日受理，2025年8月28日作出《答复》，未超过上述期限。")
    body("综上所述，答辩人作出的《答复》认定事实清楚，证据确实充分，适用依据正确，程序合法。原告的诉讼请求缺乏事实和法律依据，恳请人民法院依法驳回原告的全部诉讼请求。")

    para(d, "此致")
    para(d, "福州市马尾区人民法院", indent=False)
    empty(d, 2)
    para(d, "答辩人：中国（福建）自由贸易试验区福州片区管理委员会", indent=False,
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "2026年2月9日        ", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(d)
    atts = ["证据清单及证据材料", "法定代表人身份证明书", "授权委托书"]
    para(d, "附：1." + atts[0], indent=False)
    para(d, "    2." + atts[1], indent=False)
    para(d, "    3." + atts[2], indent=False)

    fn = "blind480_fuzhou_dabianzhuang"
    m = meta("行政答辩状", None, ["中国（福建）自由贸易试验区福州片区管理委员会"], "2026-02-09",
             "zone", "中国（福建）自由贸易试验区福州片区", "答辩状", ["福州市马尾区人民法院"],
             attachments=atts)
    return fn, d, [{"meta": m, "clauses": cl}]


# ======================================================== 3. 行政复议意见书
def doc_yijianshu():
    d = new_doc()
    page_footer(d, "dash")
    cl = []
    rec_num = add_numbering(d, "decimal", "%1.", FS)

    def body(text):
        para(d, text)
        cl.append(text)

    # red 版头
    para(d, "厦门市人民政府", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         color=RED, exact=60)
    empty(d)
    p = para(d, "厦府复意〔2026〕3号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, "E60012", 18)
    empty(d)
    p = para(d, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    r = p.add_run("关于规范外商投资信息报告行政执法")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("文书送达工作的行政复议意见书"), XBS, 22)
    empty(d)
    para(d, "中国（福建）自由贸易试验区厦门片区管理委员会：", indent=False)

    body("本机关在审理瑞科斯（厦门）供应链管理有限公司不服你委行政处罚决定一案中，发现你委在外商投资信息报告监督检查执法工作中存在一些问题。根据《中华人民共和国行政复议法》第七十六条的规定，现提出如下意见和建议：")

    para(d, "一、案件审理中发现的主要问题", HT, 16)
    body("本机关已于2026年3月18日作出厦府复决〔2026〕12号行政复议决定，撤销你委作出的厦自贸综执罚〔2025〕47号《行政处罚决定书》，并责令你委重新作出处理。结合案件审理及对你委2025年度同类执法案卷的抽查情况，主要存在以下问题：")
    data_table(
        d,
        ["序号", "问题类型", "具体表现", "涉及案卷数"],
        [
            ["1", "送达地址核实不到位", "以企业设立时登记的地址作为送达地址，未核对企业最新登记住所和年度报告信息", "7件"],
            ["2", "电子送达未经同意", "未取得当事人书面同意即以电子邮件方式送达执法文书，且未留存送达成功的证明", "5件"],
            ["3", "违法状态消除未予审查", "当事人已补报信息，处罚决定未对改正情况及是否适用不予处罚规定作出说明", "3件"],
            ["4", "裁量理由说明不足", "处罚决定书未载明适用的裁量基准条款和裁量理由", "9件"],
        ],
        [1.3, 3.6, 8.0, 2.4],
        cl,
    )
    empty(d)

    para(d, "二、意见和建议", HT, 16)
    recs = [
        ("规范执法文书送达程序。", "送达前应当通过企业登记系统、外商投资信息报告系统核实受送达人最新住所和联系方式；邮寄送达被退回的，应当及时采取直接送达、留置送达等方式再行送达，确实无法送达的，依法公告送达。"),
        ("依法规范电子送达。", "采用电子方式送达执法文书的，应当事先征得受送达人同意并签署送达地址确认书，明确电子送达地址，完整留存送达记录。"),
        ("完善外商投资信息报告事前提醒机制。", "会同市场监管部门建立变更登记信息共享和提醒机制，对已办理投资者变更登记但未报送变更报告的企业及时推送提醒，引导企业主动补报，落实“首违不罚”“轻微免罚”等包容审慎监管要求。"),
        ("细化行政处罚裁量基准。", "结合自贸片区外商投资企业实际，制定外商投资信息报告领域行政处罚裁量基准，在处罚决定书中载明裁量理由，做到过罚相当。"),
        ("开展执法案卷自查整改。", "对2024年以来作出的外商投资信息报告类行政处罚案件开展全面自查，发现违法或者不当的，依法自行纠正。"),
    ]
    for i, (h, t) in enumerate(recs, start=1):
        p = para(d)
        set_num(p, rec_num)
        set_font(p.add_run(h), FS, 16, True)
        set_font(p.add_run(t), FS, 16)
        cl.append(f"{i}.{h}{t}")

    body("请你委自收到本意见书之日起60日内，将纠正相关行政行为或者完善制度的情况书面报送本机关（送厦门市司法局）。")
    body("（联系人：郑雅琴，厦门市司法局行政复议一处；联系电话：0592-2891736）")

    empty(d, 2)
    # 落款 typed into a borderless layout table
    t = d.add_table(rows=1, cols=2)
    table_borders(t, "nil")
    t.rows[0].cells[0].width = Cm(7.5)
    t.rows[0].cells[1].width = Cm(8.1)
    c = t.rows[0].cells[1]
    cell_text(c, "厦门市人民政府", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    p2 = c.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p2.add_run("2026年3月20日"), FS, 16)
    empty(d, 3)

    p = para(d, "抄送：福建省司法厅，厦门市司法局。", FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 8, top=True)
    p = para(d, "  厦门市人民政府办公厅                       2026年3月20日印发", FS, 14, indent=False)
    bottom_border(p, "000000", 8)

    fn = "blind480_xiamen_fuyiyijianshu"
    m = meta("关于规范外商投资信息报告行政执法文书送达工作的行政复议意见书", "厦府复意〔2026〕3号",
             ["厦门市人民政府"], "2026-03-20", "municipal", "厦门市", "行政复议意见书",
             ["中国（福建）自由贸易试验区厦门片区管理委员会"])
    return fn, d, [{"meta": m, "clauses": cl}]


def main():
    expected = {}
    for maker in (doc_jueding, doc_dabian, doc_yijianshu):
        fn, d, objs = maker()
        path = os.path.join(HERE, fn + ".docx")
        d.save(path)
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_480", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        expected[fn] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
