# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1007: 涉外商事民事判决书 (自贸区法院 / 国际商事法庭), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
IND = "\u3000\u3000"
BODY = 14  # 四号仿宋

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    return run


def fmt(p, align=None, first=None, line=21, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = first if first is not None else Pt(0)
    return p


def par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, BODY, False)]
    for text, name, size, bold in runs:
        font(p.add_run(text), name, size, bold)
    fmt(p, **kw)
    return p


def empty(doc, n=1, line=21):
    for _ in range(n):
        fmt(doc.add_paragraph(), line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p)


def field(p, instr, shown, name=SONG, size=14):
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr)))
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run(shown), name, size)
    r = p.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(2.8), Cm(2.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_style == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE", "1")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 1 页 共 4 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", "1", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", "4", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)


def col_widths(t, widths):
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = Cm(w)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


_next_abs = [700]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="560"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="28"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, FS, FS, FS))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def textbox(p, text, width=150, height=34, left=40, top=-6):
    """Floating VML text box (as clerks use for the 核对 stamp line)."""
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:251659264" '
        'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>'
        '<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
        '<w:sz w:val="28"/></w:rPr><w:t>%s</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), left, top, width, height, FS, FS, FS, text))
    p._p.append(parse_xml(xml))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1007", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def judgment_meta(title, number, court, date, level, region, doc_type):
    return {"title": title, "doc_number": number, "issuer": [court], "date": date,
            "published": None, "level": level, "region": region, "effective": None,
            "expires": None, "attachments": [], "doc_type": doc_type, "recipients": [],
            "publicity": None, "repeals": None}


# =================================================================== DOC A
def doc_liangjiang():
    """重庆两江新区（自贸区）人民法院 — 摩托车出口（中欧班列）货款纠纷。
    Quirks: typed full-width spaces instead of first-line indent, table with 序号 and
    合计 row (dashes in empty cells) + 注, footer 第X页共Y页, signature aligned with spaces."""
    stem = "blind1007_liangjiang"
    doc = Document()
    setup(doc, footer_style="pages")
    clauses = []

    par(doc, [("重庆两江新区（自贸区）人民法院", XBS, 20, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    par(doc, [("民事判决书", XBS, 24, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=38, after=4)
    par(doc, "（2026）渝0192民初1873号", align=WD_ALIGN_PARAGRAPH.RIGHT)

    def body(t):
        clauses.append(t)
        par(doc, IND + t)

    body("原告：重庆宗驰摩托车制造有限公司，住所地重庆市渝北区两港大道188号。")
    body("法定代表人：刘建国，该公司董事长。")
    body("委托诉讼代理人：周晓梅，重庆渝联律师事务所律师。")
    body("委托诉讼代理人：陈浩，该公司员工。")
    body("被告：阿斯塔纳丝路贸易有限责任公司（Astana Silk Road Trading LLP），住所地哈萨克斯坦共和国阿斯塔纳市叶西尔区图兰大街37号。")
    body("法定代表人：努尔兰·卡西莫夫（Nurlan Kassymov），该公司总经理。")
    body("委托诉讼代理人：王立新，重庆坤恒律师事务所律师。")
    body("原告重庆宗驰摩托车制造有限公司（以下简称宗驰公司）与被告阿斯塔纳丝路贸易有限责任公司（以下简称丝路贸易公司）国际货物买卖合同纠纷一案，本院于2025年10月20日立案后，依法适用普通程序，由审判员何敏担任审判长，与审判员杨帆、人民陪审员李德芳组成合议庭，于2026年1月13日公开开庭进行了审理。原告宗驰公司的委托诉讼代理人周晓梅、陈浩，被告丝路贸易公司的委托诉讼代理人王立新到庭参加诉讼。本案现已审理终结。")
    body("原告宗驰公司诉称：2024年11月8日，宗驰公司与丝路贸易公司签订《摩托车出口销售合同》，约定丝路贸易公司购买摩托车1300台，合同总价1,836,000美元。宗驰公司已通过中欧班列（渝新欧）将全部货物发运至哈萨克斯坦阿斯塔纳，丝路贸易公司仅支付650,800美元，尚欠货款1,185,200美元至今未付。此外，宗驰公司应丝路贸易公司要求为第三批货物代为订舱，垫付铁路运费18,600美元，并为本案诉讼支出律师费人民币50,000元。请求判令：1.丝路贸易公司支付货款1,185,200美元；2.丝路贸易公司支付逾期付款违约金（以1,185,200美元为基数，自2025年7月20日起按日万分之五计算至实际付清之日止，暂计至2025年10月15日为52,148.80美元）；3.丝路贸易公司支付代垫铁路运费18,600美元；4.丝路贸易公司赔偿律师费人民币50,000元；5.本案诉讼费用由丝路贸易公司负担。")
    body("被告丝路贸易公司辩称：一、第二批货物中有87台ZC200GY型摩托车存在后减震器漏油问题，其货款135,720美元应从欠款中扣减。二、日万分之五的违约金标准过高，请求予以调减。三、价格条件为FCA，宗驰公司代为订舱系其自愿行为，丝路贸易公司不应另行承担运费。四、合同未约定律师费由违约方承担。请求驳回宗驰公司超出部分的诉讼请求。")
    body("本院经审理认定事实如下：2024年11月8日，宗驰公司（卖方）与丝路贸易公司（买方）签订《摩托车出口销售合同》（合同编号：ZC-KZ-2024-117），约定丝路贸易公司购买ZC150-3、ZC200GY、ZC250型摩托车共1300台，合同总价1,836,000美元，价格条件为FCA重庆团结村中心站；买方于合同签订后十五日内预付30%，余款于每批货物铁路运单签发之日起六十日内付清，逾期付款的，每日按欠付金额的万分之五支付违约金。合同第八条约定买方应在货物到达目的地后三十日内检验并书面通知质量问题，逾期视为质量符合约定；第十二条约定争议由卖方住所地人民法院管辖，合同适用中华人民共和国法律。")
    body("2024年11月20日，丝路贸易公司向宗驰公司支付预付款550,800美元。宗驰公司分三批通过中欧班列（渝新欧）自重庆团结村中心站向丝路贸易公司发运货物，具体情况如下（金额单位：美元）：")

    header = ["序号", "批次", "发运日期", "铁路运单号", "车型", "数量（台）", "货值", "付款到期日"]
    rows = [
        ["1", "第一批", "2025年3月12日", "25CQ031205", "ZC150-3", "600", "612,000", "2025年5月11日"],
        ["2", "第二批", "2025年4月16日", "25CQ041618", "ZC200GY", "400", "624,000", "2025年6月15日"],
        ["3", "第三批", "2025年5月20日", "25CQ052007", "ZC250", "300", "600,000", "2025年7月19日"],
        ["合计", "—", "—", "—", "—", "1300", "1,836,000", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 9)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 9)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.1, 1.4, 2.5, 2.3, 1.8, 1.5, 2.1, 2.5])

    note = "注：付款到期日按铁路运单签发之日起六十日计算，铁路运单签发日期与发运日期一致。"
    clauses.append(note)
    par(doc, [(IND + note, FS, 12, False)], line=22)
    body("2025年5月10日，丝路贸易公司向宗驰公司支付货款100,000美元。此后，丝路贸易公司未再付款。")
    body("2025年5月14日，丝路贸易公司采购经理通过微信向宗驰公司业务员发送信息：“第三批请你们帮忙订舱，运费按实际发生的金额和尾款一起付。”宗驰公司遂为第三批货物订舱，并于2025年5月19日向重庆陆港班列运营有限公司支付铁路运费18,600美元。")
    body("第二批货物于2025年4月29日运抵阿斯塔纳站，丝路贸易公司于同日提货。2025年7月28日，丝路贸易公司发送电子邮件，称第二批货物中87台ZC200GY型摩托车存在后减震器漏油问题，要求更换或者折价，但未提交检测报告或其他证据。")
    body("本院认为，丝路贸易公司系在哈萨克斯坦共和国注册成立的公司，本案系涉外国际货物买卖合同纠纷。双方约定由卖方住所地人民法院管辖，宗驰公司住所地位于本院辖区，该约定合法有效，本院对本案具有管辖权。双方约定适用中华人民共和国法律，依照《中华人民共和国涉外民事关系法律适用法》第三条、第四十一条的规定，本案适用中华人民共和国法律。双方签订的《摩托车出口销售合同》合法有效，双方均应按约全面履行各自义务。")
    body("关于质量异议。《中华人民共和国民法典》第六百二十一条第一款规定，当事人约定检验期限的，买受人应当在检验期限内将标的物的数量或者质量不符合约定的情形通知出卖人；买受人怠于通知的，视为标的物的数量或者质量符合约定。丝路贸易公司于2025年4月29日提货，迟至2025年7月28日才提出质量异议，已超过约定的三十日检验期限，且未提交证据证明质量问题客观存在，其扣减货款的抗辩意见本院不予采纳。丝路贸易公司应支付欠付货款1,185,200美元。")
    body("关于违约金。丝路贸易公司未按约付款，构成违约。其虽主张违约金过高，但未举证证明约定的违约金过分高于宗驰公司的损失，本院不予调减。宗驰公司主张自最后一期货款付款期限届满次日即2025年7月20日起计算违约金，系对自身权利的处分，本院予以准许。")
    body("关于运费及律师费。丝路贸易公司通过微信明确请求宗驰公司代为订舱并承诺运费与尾款一起支付，宗驰公司据此垫付运费18,600美元，丝路贸易公司应予偿还。双方合同对律师费的负担未作约定，对宗驰公司主张的律师费，本院不予支持。")
    body("综上所述，依照《中华人民共和国涉外民事关系法律适用法》第三条、第四十一条，《中华人民共和国民法典》第五百零九条第一款、第五百七十七条、第五百八十五条第一款、第六百二十一条第一款、第六百二十六条，《中华人民共和国民事诉讼法》第六十七条第一款规定，判决如下：")
    body("一、被告阿斯塔纳丝路贸易有限责任公司于本判决生效之日起十日内向原告重庆宗驰摩托车制造有限公司支付货款1,185,200美元；")
    body("二、被告阿斯塔纳丝路贸易有限责任公司于本判决生效之日起十日内向原告重庆宗驰摩托车制造有限公司支付逾期付款违约金（以1,185,200美元为基数，自2025年7月20日起按日万分之五计算至实际付清之日止）；")
    body("三、被告阿斯塔纳丝路贸易有限责任公司于本判决生效之日起十日内向原告重庆宗驰摩托车制造有限公司支付代垫铁路运费18,600美元；")
    body("四、驳回原告重庆宗驰摩托车制造有限公司的其他诉讼请求。")
    body("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。")
    body("案件受理费74,619元，由原告重庆宗驰摩托车制造有限公司负担416元，被告阿斯塔纳丝路贸易有限责任公司负担74,203元。")
    body("如不服本判决，原告重庆宗驰摩托车制造有限公司可在判决书送达之日起十五日内，被告阿斯塔纳丝路贸易有限责任公司可在判决书送达之日起三十日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于重庆市第一中级人民法院。")

    empty(doc, 1)
    S = "\u3000" * 14
    par(doc, S + "审　判　长　　何　敏")
    par(doc, S + "审　判　员　　杨　帆")
    par(doc, S + "人民陪审员　　李德芳")
    empty(doc, 1)
    par(doc, S + "\u3000\u3000二〇二六年三月十八日")
    par(doc, "\u3000\u3000本件与原本核对无异")
    par(doc, S + "书　记　员　　张雨桐")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": judgment_meta("民事判决书", "（2026）渝0192民初1873号",
                              "重庆两江新区（自贸区）人民法院", "2026-03-18",
                              "county", "重庆两江新区", "判决书"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xian():
    """西安市中级人民法院（西安“一带一路”国际商事法庭）— 装载机出口乌兹别克斯坦，缺席判决。
    Quirks: spaced title, case number pushed right with typed spaces, half-width
    punctuation mixed in, two-level merged header with repeated header rows, caption with
    unit, Word auto-numbering (chineseCounting) for 判决主文, signature aligned with tabs."""
    stem = "blind1007_xian_yidaiyilu"
    doc = Document()
    setup(doc, footer_style="dash")
    clauses = []
    n_pj = make_numbering(doc, "%1、")

    par(doc, [("陕西省西安市中级人民法院", SONG, 20, True)], align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    par(doc, [("民 事 判 决 书", SONG, 24, True)], align=WD_ALIGN_PARAGRAPH.CENTER, line=38, after=4)
    par(doc, " " * 46 + "（2026）陕01民初238号")

    def body(t, first=Pt(28)):
        clauses.append(t)
        par(doc, t, first=first)

    body("原告：陕西华岳工程机械股份有限公司，住所地陕西省西安市高陵区泾河工业园泾园三路16号，统一社会信用代码91610117MA6TX2K58P。")
    body("法定代表人:赵卫东，该公司董事长。")
    body("委托诉讼代理人：孙静，陕西丰瑞律师事务所律师。")
    body("委托诉讼代理人：马骏，陕西丰瑞律师事务所律师。")
    body("被告：撒马尔罕农机贸易有限责任公司（SAMARKAND AGROTECH TRADE LLC），住所地乌兹别克斯坦共和国撒马尔罕市拉希多夫大街58号。")
    body("法定代表人：沙夫卡特·尤苏波夫（Shavkat Yusupov），该公司经理。")
    body("原告陕西华岳工程机械股份有限公司(以下简称华岳公司)与被告撒马尔罕农机贸易有限责任公司(以下简称撒马尔罕公司)国际货物买卖合同纠纷一案，本院于2025年12月8日立案后，依法适用普通程序，由本院西安“一带一路”国际商事法庭组成合议庭进行审理。因撒马尔罕公司在中华人民共和国领域内没有住所，本院依照《中华人民共和国民事诉讼法》第二百八十三条的规定，通过电子邮件等方式送达未果后，依法向撒马尔罕公司公告送达起诉状副本、应诉通知书、举证通知书及开庭传票等诉讼材料。本院于2026年3月26日公开开庭进行了审理,原告华岳公司的委托诉讼代理人孙静、马骏到庭参加诉讼，被告撒马尔罕公司经本院合法传唤，无正当理由拒不到庭参加诉讼，本院依法缺席审理。本案现已审理终结。")
    body("华岳公司向本院提出诉讼请求：")
    body("1.判令撒马尔罕公司支付货款846,000美元；")
    body("2.判令撒马尔罕公司支付逾期付款利息（以306,000美元为基数，自2025年7月19日起计算；以540,000美元为基数，自2025年8月12日起计算；均按照全国银行间同业拆借中心公布的一年期贷款市场报价利率计算至实际付清之日止，暂计至2025年12月8日为8,808.66美元）；")
    body("3.判令撒马尔罕公司赔偿律师费80,000元；")
    body("4.本案诉讼费用、公告费由撒马尔罕公司负担。")
    body("事实和理由：华岳公司与撒马尔罕公司先后签订两份《轮式装载机销售合同》，约定撒马尔罕公司购买XG956H型轮式装载机共45台，货物经中欧班列(长安号)运往乌兹别克斯坦塔什干。华岳公司依约交付了全部货物，撒马尔罕公司尚欠货款846,000美元，经多次催告至今未付，故诉至法院。")
    body("撒马尔罕公司未到庭，亦未提交书面答辩意见及证据。")
    body("本院经审理认定事实如下：2025年1月15日、2月20日，华岳公司（卖方）与撒马尔罕公司（买方）先后签订编号为HY-UZ-2501、HY-UZ-2502的《轮式装载机销售合同》，约定撒马尔罕公司分别购买XG956H型轮式装载机20台、25台，单价均为54,000美元，总价分别为1,080,000美元、1,350,000美元，交货条件为FCA西安国际港站；买方于合同签订后二十日内预付30%，余款于每批货物装车发运之日起四十五日内付清。两份合同第十四条均约定，违约方应赔偿守约方为实现债权而支出的律师费、诉讼费、公告费等合理费用。两份合同均未约定适用的法律。")
    body("合同签订后，华岳公司分三批在西安国际港站将货物交付承运人，经中欧班列(长安号)发运至塔什干，均由撒马尔罕公司提取，具体情况见下表。")

    par(doc, [("表1　HY-UZ-2501、HY-UZ-2502合同项下货物发运情况（金额单位：美元）", HT, 12, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, line=24, before=6)
    t = doc.add_table(rows=2 + 4, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = t.rows[0], t.rows[1]
    # vertical merges
    for ci, txt in [(0, "序号"), (1, "合同编号"), (5, "货款金额"), (6, "付款到期日")]:
        m = r0.cells[ci].merge(r1.cells[ci])
        set_cell(m, txt, HT, 9)
    m = r0.cells[2].merge(r0.cells[4])
    set_cell(m, "发运情况", HT, 9)
    for ci, txt in [(2, "发运日期"), (3, "铁路运单号"), (4, "数量（台）")]:
        set_cell(r1.cells[ci], txt, HT, 9)
    repeat_header(r0)
    repeat_header(r1)
    header = ["序号", "合同编号", "发运情况／发运日期", "发运情况／铁路运单号",
              "发运情况／数量（台）", "货款金额", "付款到期日"]
    rows = [
        ["1", "HY-UZ-2501", "2025年4月8日", "25XA0408317", "20", "1,080,000", "2025年5月23日"],
        ["2", "HY-UZ-2502", "2025年6月3日", "25XA0603112", "15", "810,000", "2025年7月18日"],
        ["3", "HY-UZ-2502", "2025年6月27日", "25XA0627095", "10", "540,000", "2025年8月11日"],
        ["合计", "—", "—", "—", "45", "2,430,000", "—"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 9)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.1, 2.4, 2.6, 2.4, 1.7, 2.2, 2.6])

    empty(doc, 1, line=12)
    body("撒马尔罕公司就HY-UZ-2501合同于2025年2月3日支付预付款324,000美元，于2025年5月20日支付余款756,000美元，该合同货款已全部付清。撒马尔罕公司就HY-UZ-2502合同于2025年3月10日支付预付款405,000美元，于2025年7月16日支付货款99,000美元，合计支付504,000美元，尚欠货款846,000美元。")
    body("2025年10月9日，撒马尔罕公司经理沙夫卡特·尤苏波夫回复华岳公司的催款邮件，确认尚欠货款846,000美元，请求延期至2025年年底前支付，但此后一直未付款。")
    body("另查明，华岳公司为本案诉讼与陕西丰瑞律师事务所签订《委托代理合同》，约定律师费80,000元，华岳公司已支付第一期律师费60,000元。")
    body("本院认为，撒马尔罕公司系在乌兹别克斯坦共和国登记注册的公司，本案系涉外国际货物买卖合同纠纷。撒马尔罕公司经本院合法传唤，无正当理由拒不到庭参加诉讼，视为其放弃答辩、举证和质证的权利。")
    body("关于法律适用。中华人民共和国与乌兹别克斯坦共和国均为《联合国国际货物销售合同公约》（以下简称《公约》）的缔约国，双方未排除《公约》的适用，依照《公约》第一条第一款（a）项的规定，本案应适用《公约》。《公约》未规定的事项，依照《中华人民共和国涉外民事关系法律适用法》第四十一条的规定，适用最能体现该合同特征的卖方经常居所地法律，即中华人民共和国法律。")
    body("关于货款及利息。根据《公约》第五十三条、第五十九条的规定，买方必须按照合同规定支付价款，无需卖方提出任何要求。撒马尔罕公司已提取全部货物，并在邮件中确认欠款，应支付货款846,000美元。《公约》第七十八条规定一方没有支付价款的，另一方有权收取利息，但未规定利率标准，应适用中华人民共和国法律确定。华岳公司主张按一年期贷款市场报价利率自各期付款期限届满次日起计息，本院予以支持。")
    body("关于律师费。根据《公约》第七十四条的规定及双方合同约定，华岳公司已实际支付的律师费60,000元系其为实现债权而支出的合理费用，本院予以支持；尚未实际发生的20,000元，本院不予支持。")
    body("综上，依照《联合国国际货物销售合同公约》第一条第一款（a）项、第五十三条、第五十九条、第七十四条、第七十八条，《中华人民共和国涉外民事关系法律适用法》第四十一条，《中华人民共和国民事诉讼法》第一百四十七条规定，判决如下：")

    items = [
        "被告撒马尔罕农机贸易有限责任公司于本判决生效之日起十日内向原告陕西华岳工程机械股份有限公司支付货款846,000美元及利息（以306,000美元为基数，自2025年7月19日起计算；以540,000美元为基数，自2025年8月12日起计算；均按照全国银行间同业拆借中心公布的一年期贷款市场报价利率计算至实际付清之日止）；",
        "被告撒马尔罕农机贸易有限责任公司于本判决生效之日起十日内向原告陕西华岳工程机械股份有限公司支付律师费60,000元；",
        "驳回原告陕西华岳工程机械股份有限公司的其他诉讼请求。",
    ]
    cn = "一二三四五"
    for i, it in enumerate(items):
        p = par(doc, it, first=Pt(28))
        apply_num(p, n_pj)
        clauses.append(cn[i] + "、" + it)
    body("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。")
    body("案件受理费54,731元，公告费800元，由原告陕西华岳工程机械股份有限公司负担案件受理费178元，被告撒马尔罕农机贸易有限责任公司负担案件受理费54,553元、公告费800元。")
    body("如不服本判决，原告陕西华岳工程机械股份有限公司可在判决书送达之日起十五日内，被告撒马尔罕农机贸易有限责任公司可在判决书送达之日起三十日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于陕西省高级人民法院。")

    empty(doc, 1)

    def sig(txt):
        p = par(doc, txt)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2))
        return p

    sig("\t审 判 长\t宋建华")
    sig("\t审 判 员\t吕晓宁")
    sig("\t审 判 员\t田　野")
    empty(doc, 1)
    sig("\t二〇二六年四月二十二日")
    par(doc, "本件与原本核对无异", first=Pt(28))
    sig("\t法官助理\t刘思远")
    sig("\t书 记 员\t高　洁")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": judgment_meta("民事判决书", "（2026）陕01民初238号",
                              "陕西省西安市中级人民法院", "2026-04-22",
                              "municipal", "西安市", "判决书"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qianhai():
    """深圳前海合作区人民法院 — 光伏组件出口越南质量纠纷判决书 + 补正笔误的民事裁定书。
    Quirks: two documents in one file (page break), case number on a right tab stop,
    a paragraph with manual line breaks (Shift+Enter) inside a sentence, the 核对 line
    in a floating text box, a typo that the second document corrects."""
    stem = "blind1007_qianhai_pv"
    doc = Document()
    setup(doc, footer_style="dash")
    docs = []

    def header(kind, number):
        par(doc, [("深圳前海合作区人民法院", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
        par(doc, [(kind, XBS, 24, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=38, after=4)
        p = par(doc, "\t" + number)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)

    clauses = []

    def body(t):
        clauses.append(t)
        par(doc, t, first=Pt(28))

    def body_broken(parts):
        """one paragraph typed with Shift+Enter line breaks in the middle of sentences"""
        p = doc.add_paragraph()
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(part), FS, BODY)
        fmt(p, first=Pt(28))
        clauses.append("".join(parts))

    header("民事判决书", "（2026）粤0391民初512号")
    P1 = "原告：胜光能源股份公司（THANG QUANG ENERGY JOINT STOCK COMPANY），住所地越南社会主义共和国胡志明市第七郡新丰坊阮文灵大道1022号。"
    P2 = "法定代表人：阮文雄（NGUYEN VAN HUNG），该公司总经理。"
    P3 = "被告：深圳市晶辉光伏科技有限公司，住所地广东省深圳市前海深港合作区南山街道梦海大道5035号前海华润金融中心T5写字楼1806室。"
    P4 = "法定代表人：黄志强，该公司总经理。"
    body(P1)
    body(P2)
    body("委托诉讼代理人：林卓颖，广东前湾律师事务所律师。")
    body("委托诉讼代理人：黎氏梅（LE THI MAI），该公司员工。")
    body(P3)
    body(P4)
    body("委托诉讼代理人：郑嘉明，广东深蓝律师事务所律师。")
    body("原告胜光能源股份公司（以下简称胜光公司）与被告深圳市晶辉光伏科技有限公司（以下简称晶辉公司）国际货物买卖合同纠纷一案，本院于2025年9月3日立案后，依法适用普通程序，于2025年12月16日、2026年2月26日两次公开开庭进行了审理。原告胜光公司的委托诉讼代理人林卓颖、黎氏梅，被告晶辉公司的委托诉讼代理人郑嘉明到庭参加诉讼。本案现已审理终结。")
    body("胜光公司向本院提出诉讼请求：1.判令晶辉公司返还1,260块不合格光伏组件对应的货款81,774美元；2.判令晶辉公司赔偿检测费12,500美元；3.判令晶辉公司赔偿拆除、更换不合格组件产生的费用23,400美元；4.本案诉讼费用由晶辉公司负担。事实和理由：胜光公司向晶辉公司购买的550W光伏组件投入使用后功率明显不足，经合同约定的检测机构检测，其中1,260块组件实测功率低于合同约定的公差下限，晶辉公司拒绝处理，故诉至法院。")
    body("晶辉公司辩称：一、组件出厂前均经检验合格，交付时质量符合合同约定。二、检测报告系胜光公司单方委托作出，无法排除组件在海运、仓储、安装过程中受损的可能，不应采信。三、拆除、更换费用缺乏证据支持。请求驳回胜光公司的全部诉讼请求。")
    body("本院经审理认定事实如下：2025年1月10日，胜光公司（买方）与晶辉公司（卖方）签订《光伏组件采购合同》（合同编号：JH-VN-250110），约定胜光公司购买JH-550M-72HL型550W单晶硅光伏组件9,820块，单价64.90美元/块，总价637,318美元，价格条件为CIF胡志明市。合同第七条约定组件实测功率与标称功率的偏差为0～+5W；第九条约定质保期内买方有权委托SGS、TÜV南德或必维国际检验集团中的任一机构进行检测，检测结果对双方具有约束力；第十五条约定：“本合同适用中华人民共和国法律，排除《联合国国际货物销售合同公约》的适用。因本合同产生的任何争议，由卖方所在地人民法院管辖。”")
    body("合同签订后，胜光公司于2025年1月20日支付全部货款637,318美元。晶辉公司于2025年3月20日在深圳蛇口港将全部组件装船发运，货物于2025年3月18日运抵胡志明市吉莱港，胜光公司于同日提货。")
    body("2025年6月10日，胜光公司发现其位于越南平阳省的屋顶光伏电站发电量明显低于设计值，书面通知晶辉公司并邀请其派员见证检测，晶辉公司未派员参加。2025年7月15日，SGS越南有限公司出具检测报告；经逐块排查，共有1,260块组件实测功率在512W至531W之间，低于合同约定的功率公差下限。")
    body("胜光公司为上述检测支付检测费12,500美元。2025年8月，胜光公司委托他人拆除上述1,260块组件并更换为其他品牌组件，提交了合同、发票及付款凭证的拆除及安装服务费为15,120美元；另主张的吊装机械租赁费等8,280美元，未提交付款凭证。庭审中，经本院释明，晶辉公司明确表示不申请司法鉴定。")
    body("本院认为，胜光公司系在越南社会主义共和国注册成立的公司，本案系涉外国际货物买卖合同纠纷。晶辉公司住所地位于本院辖区，本院对本案具有管辖权。双方明确约定适用中华人民共和国法律并排除《联合国国际货物销售合同公约》的适用，依照《中华人民共和国涉外民事关系法律适用法》第三条、第四十一条的规定，本案适用中华人民共和国法律。双方签订的《光伏组件采购合同》合法有效。")
    body_broken([
        "关于组件质量问题。胜光公司委托的SGS越南有限公司系合同约定的检测机构之一，检测结果对双方具有约束力，且胜光公司在检测前已通知晶辉公司派员见证。晶辉公司虽提出异议，但未提交足以推翻",
        "该报告的相反证据，经释明亦不申请司法鉴定，应承担举证不能的不利后果。本院采信该检测报告，认定1,260块组件不符合合同约定的质量标准。",
    ])
    body("《中华人民共和国民法典》第六百一十七条规定：“出卖人交付的标的物不符合质量要求的，买受人可以依据本法第五百八十二条至第五百八十四条的规定请求承担违约责任。”胜光公司选择对不合格组件退货并要求返还货款，符合法律规定，晶辉公司应返还货款81,774美元（1,260块×64.90美元/块），胜光公司应将该部分组件交还晶辉公司。")
    body_broken([
        "关于检测费和拆除、更换费用。依照《中华人民共和国民法典》第五百八十三条的规定，胜光公司支付的检测费12,500美元及有付款凭证佐证的拆除、更换费用",
        "15,120美元，本院予以支持；其余8,280美元缺乏证据支持，本院不予支持。",
    ])
    body("综上所述，依照《中华人民共和国涉外民事关系法律适用法》第三条、第四十一条，《中华人民共和国民法典》第五百零九条第一款、第五百七十七条、第五百八十二条、第五百八十三条、第六百一十七条，《中华人民共和国民事诉讼法》第六十七条第一款规定，判决如下：")
    body("一、被告深圳市晶辉光伏科技有限公司于本判决发生法律效力之日起十日内向原告胜光能源股份公司返还货款81,774美元；")
    body("二、原告胜光能源股份公司于被告深圳市晶辉光伏科技有限公司履行本判决第一项义务之日起三十日内，在越南胡志明市将1,260块不合格光伏组件交还被告深圳市晶辉光伏科技有限公司，运输费用由被告深圳市晶辉光伏科技有限公司负担；")
    body("三、被告深圳市晶辉光伏科技有限公司于本判决发生法律效力之日起十日内向原告胜光能源股份公司赔偿检测费12,500美元；")
    body("四、被告深圳市晶辉光伏科技有限公司于本判决发生法律效力之日起十日内向原告胜光能源股份公司赔偿拆除、更换费用15,120美元；")
    body("五、驳回原告胜光能源股份公司的其他诉讼请求。")
    body("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的债务利息。")
    body("案件受理费12,159元，由原告胜光能源股份公司负担856元，被告深圳市晶辉光伏科技有限公司负担11,303元。")
    body("如不服本判决，原告胜光能源股份公司可在判决书送达之日起三十日内，被告深圳市晶辉光伏科技有限公司可在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于广东省深圳市中级人民法院。")

    def signature(lines, date, tb, clerk_lines):
        empty(doc, 1)
        for a, b in lines:
            p = par(doc, a + "\u3000\u3000" + b)
            p.paragraph_format.left_indent = Cm(8.6)
        empty(doc, 1)
        p = par(doc, date)
        p.paragraph_format.left_indent = Cm(9.2)
        if tb:
            p = par(doc, "")
            textbox(p, "本件与原本核对无异")
            empty(doc, 1)
        else:
            par(doc, "本件与原本核对无异", first=Pt(28))
        for a, b in clerk_lines:
            p = par(doc, a + "\u3000\u3000" + b)
            p.paragraph_format.left_indent = Cm(8.6)

    signature([("审　判　长", "邓丽华"), ("人民陪审员", "钟国强"), ("人民陪审员", "许曼玲")],
              "二〇二六年四月九日", True,
              [("法官助理　", "叶可欣"), ("书　记　员", "陈嘉怡")])
    docs.append({
        "meta": judgment_meta("民事判决书", "（2026）粤0391民初512号", "深圳前海合作区人民法院",
                              "2026-04-09", "county", "深圳前海合作区", "判决书"),
        "clauses": clauses,
    })

    # ---------------- second document: 补正裁定
    page_break(doc)
    clauses = []
    header("民事裁定书", "（2026）粤0391民初512号之一")
    body(P1)
    body(P2)
    body(P3)
    body(P4)
    body("原告胜光能源股份公司与被告深圳市晶辉光伏科技有限公司国际货物买卖合同纠纷一案，本院于二〇二六年四月九日作出的（2026）粤0391民初512号民事判决书中，“本院经审理认定事实如下”部分第二段“货物于2025年3月18日运抵胡志明市吉莱港”有误，系笔误，应予补正。")
    body("依照《中华人民共和国民事诉讼法》第一百五十七条第一款第七项、第三款规定，裁定如下：")
    body("本院（2026）粤0391民初512号民事判决书“本院经审理认定事实如下”部分第二段中的“2025年3月18日”补正为“2025年3月28日”。")
    body("本裁定送达后即发生法律效力。")
    signature([("审　判　长", "邓丽华"), ("人民陪审员", "钟国强"), ("人民陪审员", "许曼玲")],
              "二〇二六年四月二十日", False, [("书　记　员", "陈嘉怡")])
    docs.append({
        "meta": judgment_meta("民事裁定书", "（2026）粤0391民初512号之一", "深圳前海合作区人民法院",
                              "2026-04-20", "county", "深圳前海合作区", "裁定书"),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_liangjiang(), doc_xian(), doc_qianhai()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
