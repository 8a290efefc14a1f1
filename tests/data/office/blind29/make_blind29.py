# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write three fictional office files (twenty-ninth blind round) and expected.json.

blind29_fullwidth_numbers.docx  甘肃省商务厅 通知, items typed with full-width 「１．」「（１）」, full-width figures, annex table
blind29_oa_export.txt           海南省商务厅 通知 exported from an OA system as GB18030 text, field block on top
blind29_hidden_text.docx        山西省商务厅 办法 with hidden (w:vanish) editor notes and 文号 / 成文日期 in content controls

All documents, 文号 and wording are invented.
"""
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    st.paragraph_format.line_spacing = Pt(28)
    st.paragraph_format.space_after = Pt(0)
    return doc


def set_font(run, font, size=16, bold=False, color=None, hidden=False):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if hidden:
        run.font.hidden = True


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(doc, parts, indent=True):
    """parts: list of (text, hidden) pairs, all in 仿宋."""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for text, hidden in parts:
        set_font(p.add_run(text), FS, hidden=hidden)
    return p


def hidden_paragraph(doc, text):
    p = runs(doc, [(text, True)])
    # the paragraph mark is hidden as well, as Word does when a whole paragraph is formatted hidden
    p._p.get_or_add_pPr().append(parse_xml("<w:rPr %s><w:vanish/></w:rPr>" % nsdecls("w")))
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def sdt_run_xml(text, alias, tag, sid, font, size, extra_pr="<w:text/>", color=None):
    col = '<w:color w:val="%s"/>' % color if color else ""
    return (
        "<w:sdt %s><w:sdtPr><w:rPr><w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\"/><w:sz w:val=\"%d\"/></w:rPr>"
        "<w:alias w:val=\"%s\"/><w:tag w:val=\"%s\"/><w:id w:val=\"%d\"/>%s</w:sdtPr>"
        "<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\"/>%s<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/></w:rPr>"
        "<w:t xml:space=\"preserve\">%s</w:t></w:r></w:sdtContent></w:sdt>"
    ) % (nsdecls("w"), font, font, font, size * 2, alias, tag, sid, extra_pr, font, font, font, col, size * 2, size * 2, text)


def cell_text(cell, text, font=FS, size=12, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), font, size, bold)


def red_header(doc, org):
    para(doc, org, XBS, 36, align="c", indent=False, color="FF0000")


def red_rule(doc):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>' % nsdecls("w")))


# ---------------------------------------------------------------- file 1
def make_fullwidth():
    doc = new_doc()
    red_header(doc, "甘肃省商务厅文件")
    para(doc, "", indent=False)
    para(doc, "甘商务合发〔2024〕58号", align="c", indent=False)
    red_rule(doc)
    para(doc, "", indent=False)
    title = "甘肃省商务厅关于做好2024年度向西开放重点项目储备工作的通知"
    para(doc, title, XBS, 22, align="c", indent=False)
    para(doc, "", indent=False)
    para(doc, "各市州商务局，兰州新区经济发展局，省直有关单位：", indent=False)
    intro = "为深入贯彻落实党中央、国务院关于推进共建“一带一路”高质量发展的决策部署，加快建设甘肃向西开放枢纽，现就做好２０２４年度向西开放重点项目储备工作通知如下。"
    h1 = "一、总体目标"
    a1 = "１．围绕中欧班列、西部陆海新通道和兰州国际陆港建设，２０２４年全省储备向西开放重点项目不少于１２０个，总投资力争达到５００亿元。"
    a2 = "２．对共建“一带一路”国家进出口额占全省外贸进出口总额的比重提高到３０％以上，培育外贸综合服务企业１０家。"
    h2 = "二、储备范围"
    b1 = "（１）国际物流通道类项目，包括中欧班列集结中心、海关监管作业场所、冷链物流设施等；"
    b2 = "（２）境外经贸合作类项目，包括境外经贸合作区、海外仓、农业合作园区等；"
    b3 = "（３）开放平台类项目，包括兰州新区综合保税区、武威保税物流中心、天水国际陆港等平台内的产业项目。"
    h3 = "三、工作要求"
    c1 = "１．各市州商务局要会同发展改革、财政等部门，于２０２４年６月３０日前完成项目筛选，填写《向西开放重点项目储备表》（见附件），经本级人民政府审核后报送省商务厅。"
    c2 = "２．省商务厅对储备项目实行动态管理，每季度更新一次，对连续两个季度推进缓慢的项目予以调出。"
    c3 = "３．联系人：对外投资和经济合作处　王磊，电话：０９３１－８９２７３５６。"
    para(doc, intro)
    for h, items in ((h1, (a1, a2)), (h2, (b1, b2, b3)), (h3, (c1, c2, c3))):
        para(doc, h, HEI)
        for it in items:
            para(doc, it)
    para(doc, "")
    att = "附件：向西开放重点项目储备表（样表）"
    para(doc, att)
    para(doc, "")
    para(doc, "")
    para(doc, "甘肃省商务厅", align="r", indent=False)
    para(doc, "２０２４年５月２０日", align="r", indent=False)
    para(doc, "（此件主动公开）")
    page_break(doc)
    para(doc, "附件", HEI, indent=False)
    para(doc, "向西开放重点项目储备表（样表）", XBS, 18, align="c", indent=False)
    head = ["序号", "项目名称", "所在市州", "总投资（亿元）", "项目类型", "计划开工时间"]
    rows = [
        ["１", "兰州国际陆港多式联运中心二期", "兰州市", "２５．６", "国际物流通道类", "２０２４年９月"],
        ["２", "武威保税物流中心冷链仓储项目", "武威市", "８．２", "开放平台类", "２０２４年１０月"],
        ["３", "中亚农业合作示范园（哈萨克斯坦）", "张掖市", "１２", "境外经贸合作类", "２０２５年３月"],
        ["４", "天水国际陆港跨境电商监管中心", "天水市", "６．５", "开放平台类", "２０２４年１２月"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        cell_text(t.rows[0].cells[j], h, HEI, 12)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.rows[i + 1].cells[j], v)
    doc.save(os.path.join(HERE, "blind29_fullwidth_numbers.docx"))
    table_rows = ["\n".join("%s：%s" % (h, v) for h, v in zip(head, r)) for r in rows]
    return {
        "meta": {"title": title, "doc_number": "甘商务合发〔2024〕58号", "issuer": "甘肃省商务厅", "date": "2024-05-20"},
        "clauses": [intro, h1, a1, a2, h2, b1, b2, b3, h3, c1, c2, c3, att, "甘肃省商务厅\n２０２４年５月２０日"] + table_rows,
        "_note": "Date in the signature is typed in full-width digits (２０２４年５月２０日) and must still give 2024-05-20; 文号 is half-width. "
                 "Items are numbered １．２． under 一、 and 三、 and （１）（２）（３） under 二、: each is its own clause, never merged into its 一、 heading (headings 一、/二、/三、 listed alone; dropping them or joining a heading to its first item is tolerable). "
                 "The 主送 line 各市州商务局…： and （此件主动公开） are not clauses; 附件 label and the annex title 向西开放重点项目储备表（样表） are not clauses. "
                 "Table rows are written here as header：cell lines joined by newline (the reader's joiner may differ); the header row may be kept as table_header. "
                 "１．２．３． restart under 三、; they must not be taken as continuing numbering or as a new document.",
    }


# ---------------------------------------------------------------- file 2
def make_oa():
    title = "海南省商务厅关于组织申报2024年度海南自由贸易港“一带一路”经贸合作专项资金项目的通知"
    fields = [
        "标　　题：" + title,
        "索 引 号：00814528X-03-2024-0117",
        "文　　号：琼商务〔2024〕112号",
        "发文单位：海南省商务厅",
        "成文日期：2024年06月18日",
        "发布日期：2024年06月21日",
        "密　　级：公开",
        "主 题 词：商务　自由贸易港　一带一路　资金　通知",
        "信息来源：对外贸易处",
    ]
    salut = "各市、县、自治县商务主管部门，洋浦经济开发区管委会，有关企业："
    intro = "为贯彻落实《海南自由贸易港建设总体方案》和共建“一带一路”高质量发展有关部署，支持企业开拓共建“一带一路”国家市场，根据《海南省外经贸发展专项资金管理办法》，现就2024年度专项资金项目申报工作通知如下："
    h1 = "一、支持方向"
    a1 = "（一）境外经贸合作平台建设。支持我省企业在东盟、南亚、中东等共建“一带一路”国家建设境外经贸合作区、海外仓和商品展示中心。"
    a2 = "（二）国际航运与物流通道建设。支持开通、加密海口、洋浦至共建“一带一路”国家港口的国际集装箱航线。"
    a3 = "（三）对外承包工程和劳务合作。支持企业承揽共建“一带一路”国家基础设施项目，带动设备、材料和技术标准“走出去”。"
    h2 = "二、申报条件"
    b1 = "（一）在海南自由贸易港依法注册、具有独立法人资格的企业；"
    b2 = "（二）近三年内无严重失信行为，未被列入经营异常名录；"
    b3 = "（三）申报项目实施期在2023年7月1日至2024年6月30日之间。"
    h3 = "三、申报程序"
    c1 = "（一）企业通过“海南省商务厅业务系统”在线填报，并将纸质材料报送所在市县商务主管部门。"
    c2 = "（二）各市县商务主管部门于2024年7月15日前完成初审，将初审意见和汇总表报送省商务厅对外贸易处。海口市、三亚市及洋浦经济开发区企业可直接报送省商务厅。"
    h4 = "四、工作要求"
    d1 = "各市县要加强政策宣传，认真审核申报材料。对弄虚作假的企业，三年内取消其申报专项资金资格。"
    d2 = "联系人：李敏，联系电话：0898－65203456。"
    att1 = "附件：1.2024年度“一带一路”经贸合作专项资金项目申报表"
    att2 = "2.申报企业信用承诺书"
    lines = fields + ["＝" * 36, ""]
    lines += [salut, "　　" + intro, "　　" + h1]
    for x in (a1, a2, a3):
        lines.append("　　" + x)
    lines.append("　　" + h2)
    for x in (b1, b2, b3):
        lines.append("　　" + x)
    lines.append("　　" + h3)
    for x in (c1, c2):
        lines.append("　　" + x)
    lines += ["　　" + h4, "　　" + d1, "　　" + d2, "", "　　" + att1, "　　　　　" + att2, "",
              "　　　　　　　　　　　　　　　　　　　　海南省商务厅", "　　　　　　　　　　　　　　　　　　　　2024年6月18日",
              "　　（此件主动公开）", "",
              "-" * 60,
              "附件下载：2024年度“一带一路”经贸合作专项资金项目申报表.pdf（128KB）",
              "附件下载：申报企业信用承诺书.doc（36KB）",
              "",
              "打印　关闭", ""]
    with open(os.path.join(HERE, "blind29_oa_export.txt"), "wb") as f:
        f.write("\r\n".join(lines).encode("gb18030"))
    return {
        "meta": {"title": title, "doc_number": "琼商务〔2024〕112号", "issuer": "海南省商务厅", "date": "2024-06-18"},
        "clauses": [intro, h1, a1, a2, a3, h2, b1, b2, b3, h3, c1, c2, h4, d1, d2, att1 + "\n" + att2, "海南省商务厅\n2024年6月18日"],
        "_note": "GB18030 text with CRLF line ends. The OA field block (标　　题/索 引 号/文　　号/发文单位/成文日期/发布日期/密　　级/主 题 词/信息来源), the ＝＝＝ and ---- separator lines, the two 附件下载 lines and 打印　关闭 are system noise/metadata, not clauses. "
                 "The title appears ONLY in the 标　　题 field (the body does not repeat it). Date is 成文日期 2024-06-18 (not 发布日期 06-21). "
                 "The 主送 line and （此件主动公开） are not clauses. Contact line d1/d2 split is a judgement call; headings 一、…四、 listed alone (joining a heading to a single following paragraph is tolerable). "
                 "附件 1./2. lines belong together as one attachment clause; 2.申报企业信用承诺书 must not become a numbered item.",
    }


# ---------------------------------------------------------------- file 3
def make_hidden():
    doc = new_doc()
    red_header(doc, "山西省商务厅文件")
    para(doc, "", indent=False)
    p = para(doc, "", align="c", indent=False)
    p._p.append(parse_xml(sdt_run_xml("晋商规〔2024〕3号", "文号", "DocNumber", 180235, FS, 16)))
    red_rule(doc)
    para(doc, "", indent=False)
    title = "山西省中欧班列（太原）运营补助资金管理办法"
    para(doc, title, XBS, 22, align="c", indent=False)
    para(doc, "（2024年3月15日山西省商务厅第6次厅务会议审议通过）", KAI, 16, align="c", indent=False)
    para(doc, "", indent=False)

    clauses = []

    def chapter(t):
        para(doc, t, HEI, align="c", indent=False)

    def article(parts, extra=()):
        """parts: list of (text, hidden) for the article's first paragraph; extra: further 款/项 paragraphs (plain)."""
        runs(doc, parts)
        for e in extra:
            para(doc, e)
        visible = "".join(t for t, h in parts if not h)
        clauses.append("\n".join([visible] + list(extra)))

    chapter("第一章　总　　则")
    article([("第一条　为规范中欧班列（太原）运营补助资金管理，提高资金使用效益，推动我省深度融入共建“一带一路”，根据《中华人民共和国预算法》《山西省省级财政专项资金管理办法》等规定，制定本办法。", False)])
    article([("第二条　本办法所称中欧班列（太原）运营补助资金（以下简称补助资金），是指省级财政预算安排，用于支持以太原中鼎物流园、太原国际陆港为始发站或者终到站的中欧班列稳定开行的专项资金。", False)])
    article([("第三条　补助资金的管理和使用遵循公开透明、突出绩效、逐年退坡、专款专用的原则。", False)])
    chapter("第二章　补助对象和标准")
    article([("第四条　补助对象为在山西省内依法注册，承担中欧班列（太原）组织运营的平台公司。", False)])
    # 第五条: three 款 on separate paragraphs; a hidden editor's note inside the second 款
    runs(doc, [("第五条　补助资金按照实际开行的列次和标准箱量予以核定。", False)])
    runs(doc, [("去程班列每标准箱补助不超过2000元，回程班列每标准箱补助不超过2500元", False), ("【待核实：数据来源】", True), ("。", False)])
    runs(doc, [("补助标准实行逐年退坡，自2025年起每年下调比例不低于10%。", False)])
    clauses.append("第五条　补助资金按照实际开行的列次和标准箱量予以核定。\n去程班列每标准箱补助不超过2000元，回程班列每标准箱补助不超过2500元。\n补助标准实行逐年退坡，自2025年起每年下调比例不低于10%。")
    article([("第六条　有下列情形之一的，不予补助：", False)],
            ["（一）未按规定报送年度开行计划的；", "（二）空箱运输或者重复计算箱量的；", "（三）提供虚假材料骗取补助资金的。"])
    hidden_paragraph(doc, "【编辑说明：第七条与省财政厅会签意见尚未合并，印发前删除本段。——张宁 3月20日】")
    chapter("第三章　申报和拨付")
    article([("第七条　平台公司应当于每年1月31日前，向省商务厅报送上一年度补助资金申请材料，并对材料的真实性", False), ("、准确性（财政厅意见：删去）", True), ("负责。", False)])
    article([("第八条　省商务厅会同省财政厅对申请材料进行审核，必要时可以委托第三方机构开展核查。审核结果在省商务厅门户网站公示，公示期为5个工作日。", False)],
            ["公示无异议的，由省财政厅按照国库集中支付有关规定拨付资金。"])
    chapter("第四章　监督管理")
    article([("第九条　平台公司以虚报、冒领等手段骗取补助资金的，由省财政厅追回资金，并依照《财政违法行为处罚处分条例》等规定处理；涉嫌犯罪的，移送司法机关依法处理。", False)])
    chapter("第五章　附　　则")
    article([("第十条　本办法由省商务厅、省财政厅负责解释。", False)])
    article([("第十一条　本办法自2024年5月1日起施行，有效期至2026年12月31日。", False)])
    para(doc, "")
    para(doc, "")
    para(doc, "山西省商务厅", align="r", indent=False)
    p = para(doc, "", align="r", indent=False)
    datepr = ('<w:date w:fullDate="2024-03-28T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/>'
              '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    p._p.append(parse_xml(sdt_run_xml("2024年3月28日", "成文日期", "SignDate", 180236, FS, 16, extra_pr=datepr)))
    para(doc, "（此件主动公开）")
    doc.save(os.path.join(HERE, "blind29_hidden_text.docx"))
    clauses.append("山西省商务厅\n2024年3月28日")
    return {
        "meta": {"title": title, "doc_number": "晋商规〔2024〕3号", "issuer": "山西省商务厅", "date": "2024-03-28"},
        "clauses": clauses,
        "_note": "文号 晋商规〔2024〕3号 sits only inside an inline content control (w:sdt, alias 文号); the paragraph has no other text. "
                 "The signature date 2024年3月28日 sits inside an inline date content control; the only other date near the top is the 审议通过 date 2024-03-15 in the 题注, which is not the 成文日期. "
                 "Hidden text (w:vanish) must not appear: 【待核实：数据来源】 inside 第五条 second 款, the hidden phrase 、准确性（财政厅意见：删去） inside 第七条, and the wholly hidden 【编辑说明：…】 paragraph between 第六条 and 第三章. "
                 "Each 第N条 is one clause keeping its 款 (第五条 three 款, 第八条 two 款) and 项 (第六条 （一）–（三）). Chapter headings 第一章…第五章 and the 题注 are not clauses (a chapter heading kept as a heading clause is tolerable). （此件主动公开） is not a clause.",
    }


def main():
    expected = {
        "blind29_fullwidth_numbers": [make_fullwidth()],
        "blind29_oa_export": [make_oa()],
        "blind29_hidden_text": [make_hidden()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
