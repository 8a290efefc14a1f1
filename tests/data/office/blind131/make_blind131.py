# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 131: policy Q&A kept as tables and web pages.

Writes, next to this script:
  blind131_qinzhou_qa.docx / .pdf   钦州港片区管委会 印发《惠企政策百问百答》的通知, Q&A as a 3-column table in the 附件
  blind131_qinzhou_qabook.xlsx      the same Q&A as a workbook, one sheet per category (问题｜解答｜政策依据｜咨询电话)
  blind131_guangxi_faq.html         广西壮族自治区商务厅 “常见问题” web page (<details> accordion + <h4>/<p>), 相关政策 links
  expected.json                     what a careful human reads from each file

All numbers, offices' internal units, phone numbers and document numbers are fictional.
"""

import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_BREAK,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------

ISSUER = "中国（广西）自由贸易试验区钦州港片区管理委员会"
DOCNO = "钦港自贸管发〔2024〕7号"
TITLE = "关于印发《中国（广西）自由贸易试验区钦州港片区惠企政策百问百答（2024年版）》的通知"
QA_TITLE = "中国（广西）自由贸易试验区钦州港片区惠企政策百问百答（2024年版）"
ZHUSONG = "片区各部门、各直属单位，各驻区单位，各有关企业："

# body: (kind, text) kind in p, h1, h2, item
BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，全面落实《中国（广西）自由贸易试验区总体方案》，推动各项惠企政策直达快享，片区管委会梳理了企业开办、跨境贸易、金融服务、人才服务等4个方面14项企业高频咨询问题，编制形成《中国（广西）自由贸易试验区钦州港片区惠企政策百问百答（2024年版）》（以下简称《百问百答》），现印发给你们，并就有关事项通知如下。"),
    ("h1", "一、加强政策宣传"),
    ("p", "各部门、各直属单位要通过政务服务大厅、片区门户网站、“钦州港片区发布”微信公众号等渠道，及时发布《百问百答》内容。片区政务服务中心要在综合受理窗口摆放纸质版《百问百答》，方便企业取阅。"),
    ("h1", "二、做好咨询服务"),
    ("h2p", "（一）落实首问负责。", "企业来电来访咨询的，首位接待人员要一次性告知办理依据、所需材料和办理时限，不得推诿。"),
    ("h2p", "（二）建立疑难问题会商机制。", "对《百问百答》未涵盖或涉及多个部门的问题，由片区营商环境办公室在3个工作日内组织会商并答复企业。"),
    ("h1", "三、实行动态更新"),
    ("p", "《百问百答》所涉政策如有调整，以最新政策文件为准。各部门应于每年6月30日和12月31日前将本领域政策变化情况报送片区营商环境办公室，由其汇总后更新发布。报送内容应包括："),
    ("p", "1.新增、修订或废止的政策文件名称及文号；"),
    ("p", "2.需调整的问题及解答内容。其中涉及办理时限、补贴标准调整的，应当注明："),
    ("p", "（1）调整前后的标准；"),
    ("p", "（2）调整后标准的起始执行日期。"),
    ("h1", "四、其他事项"),
    ("p", "本通知自2024年4月1日起施行，有效期至2025年12月31日。执行中遇到的问题，请及时向片区营商环境办公室反映（联系人：黄工，联系电话：0777-3881026）。"),
]

# Q&A: categories -> list of dicts (q, a paragraphs, basis, phone)
QA = [
    ("一、企业开办", "企业开办", [
        dict(q="在钦州港片区开办企业需要多长时间？能否全程网上办理？",
             a=["片区推行企业开办“一网通办、一窗通取”，将设立登记、公章刻制、发票申领、社保登记、银行开户预约5个环节整合为1个环节，全流程1个工作日内办结。",
                "申请人可登录广西数字政务一体化平台“企业开办一网通办”专区全程网上办理，也可到片区政务服务中心一楼“企业开办综合窗口”现场办理。新开办企业首套4枚公章刻制费用由片区财政承担。"],
             basis="《钦州港片区优化营商环境若干措施》（钦港自贸管规〔2023〕3号）第五条",
             phone="0777-3880301"),
        dict(q="外商投资企业设立还需要到商务部门办理备案吗？",
             a=["不需要。自2020年1月1日起，商务主管部门不再办理外商投资企业设立及变更备案，实行外商投资信息报告制度：",
                "（1）外国投资者或者外商投资企业在办理设立登记时，通过企业登记系统一并报送初始报告；",
                "（2）投资信息发生变更的，在办理变更登记时一并报送变更报告；",
                "（3）每年1月1日至6月30日，通过国家企业信用信息公示系统报送上一年度年度报告。"],
             basis="《外商投资信息报告办法》（商务部 市场监管总局令2019年第2号）",
             phone="0777-3880301"),
        dict(q="片区对新设立企业有哪些开办扶持？",
             a=["对符合片区产业导向的新设企业，给予以下扶持：",
                "（1）实缴注册资本1000万元以上、当年营业收入达到2000万元的，给予一次性开办奖励20万元；",
                "（2）租用片区标准厂房或办公用房的，前两年租金按50%给予补贴，每家企业每年最高50万元；",
                "（3）世界500强、中国500强企业在片区设立区域总部或功能性总部的，给予一次性落户奖励300万元。",
                "申报时间为每年3月1日至4月30日，申报材料报送片区经济发展局（政务服务中心三楼306室）。同一企业同一事项符合多项政策的，按就高原则享受，不重复支持。"],
             basis="《中国（广西）自由贸易试验区钦州港片区促进产业发展若干政策》（钦港自贸管规〔2023〕2号）第三条、第四条",
             phone="0777-3880318"),
        dict(q="“证照分离”改革中，哪些许可事项可以告知承诺当场办结？",
             a=["片区在自治区“证照分离”改革事项清单基础上，对56项涉企经营许可事项实行告知承诺，企业书面承诺符合条件并提交材料的，审批部门当场作出审批决定。",
                "常见事项包括：道路普通货物运输经营许可、港口经营许可（危险货物港口作业除外）、公共场所卫生许可、第二类医疗器械经营备案等。完整清单可在片区门户网站“证照分离”专栏查询。"],
             basis="《钦州港片区深化“证照分离”改革实施方案》（钦港自贸管发〔2023〕21号）",
             phone="0777-3880301"),
    ]),
    ("二、跨境贸易", "跨境贸易", [
        dict(q="钦州港口岸进出口整体通关时间是多少？有哪些提速措施？",
             a=["2023年，钦州港口岸进口整体通关时间为18.6小时，出口整体通关时间为0.9小时，均优于全国平均水平。企业可选择以下便利措施：",
                "（1）“提前申报”，货物抵港前即可申报，到港后直接提离；",
                "（2）“两步申报”，先凭提单信息概要申报提离货物，再在运输工具申报进境之日起14日内完成完整申报；",
                "（3）“船边直提”“抵港直装”，进口货物在船边直接提离，出口货物运抵码头后直接装船。"],
             basis="《钦州港口岸提升跨境贸易便利化水平十条措施》（钦港自贸管发〔2023〕15号）",
             phone="0777-3882105"),
        dict(q="企业通过西部陆海新通道海铁联运班列运输货物，可以享受哪些补贴？",
             a=["对在钦州港通过海铁联运班列进出口的货物，按以下标准给予补贴：",
                "（1）重箱每标准箱（TEU）补贴300元，空箱不予补贴；",
                "（2）冷链集装箱每标准箱补贴500元；",
                "（3）新开通的国际海铁联运线路，运营满一年且累计开行不少于50列的，给予线路开辟奖励50万元。",
                "每家企业年度补贴总额不超过800万元。补贴按季度申报，企业应在每季度结束后15个工作日内向片区口岸物流局提交申请。"],
             basis="《钦州港片区支持西部陆海新通道海铁联运发展奖补办法》（钦港自贸管规〔2024〕1号）",
             phone="0777-3882136"),
        dict(q="RCEP原产地证书在哪里办理？能否自助打印？",
             a=["企业可向钦州海关或中国国际贸易促进委员会钦州市委员会申请签发RCEP原产地证书。经海关认定的经核准出口商，可自行出具RCEP原产地声明，无需申领证书。",
                "RCEP原产地证书已实现“智能审核+自助打印”，企业通过中国国际贸易单一窗口“原产地证”模块申报，审核通过后可24小时自助打印。"],
             basis="《〈区域全面经济伙伴关系协定〉项下进出口货物原产地管理办法》（海关总署令第255号）",
             phone="0777-3882105"),
        dict(q="片区企业开展跨境电商B2B出口（9710、9810）需要具备什么条件？",
             a=["开展跨境电商B2B直接出口（9710）或跨境电商出口海外仓（9810）业务的企业，应当：",
                "（1）在海关办理注册登记，并向钦州海关办理跨境电商企业备案；",
                "（2）开展9810业务的，还应当向海关提交海外仓所在国家或地区、仓库面积、租赁合同或产权证明等海外仓信息。",
                "单票金额在5000元人民币以内且不涉证、不涉检、不涉税的货物，可通过跨境电商出口统一版系统以申报清单方式通关。"],
             basis="《海关总署关于开展跨境电子商务企业对企业出口监管试点的公告》（海关总署公告2020年第75号）",
             phone="0777-3882105"),
        dict(q="出口退税需要多长时间到账？",
             a=["税务部门对出口退（免）税企业实行分类管理。管理类别为一类、二类的企业，正常出口退（免）税平均办理时间压缩至3个工作日以内；三类、四类企业按规定时限办理。",
                "企业可通过广西电子税务局“出口退税”模块在线申报，申报后可在“进度查询”中实时查看审核进度。"],
             basis="《出口退（免）税企业分类管理办法》（国家税务总局公告2016年第46号）",
             phone="12366"),
    ]),
    ("三、金融服务", "金融服务", [
        dict(q="片区企业如何享受跨境人民币结算便利化？",
             a=["优质企业经银行审核纳入跨境人民币结算便利化名单后，可凭《跨境人民币收/付款说明》直接办理货物贸易、服务贸易跨境人民币结算，无需事前逐笔提交合同、发票等单证。",
                "目前片区已有中国银行钦州分行、中国工商银行钦州分行、广西北部湾银行钦州分行等9家银行开展该项业务。截至2023年末，片区纳入便利化名单企业186家。"],
             basis="《中国人民银行关于进一步优化跨境人民币政策 支持稳外贸稳外资的通知》（银发〔2020〕330号）",
             phone="0777-3881152"),
        dict(q="中小微企业融资有哪些贴息和风险补偿政策？",
             a=["（1）贷款贴息：对片区中小微企业获得的流动资金贷款，按贷款市场报价利率（LPR）的50%给予贴息，每家企业每年最高100万元，贴息期限不超过2年；",
                "（2）风险补偿：片区设立5000万元融资风险补偿资金池，合作银行向片区中小微企业发放的信用贷款发生损失的，由资金池按损失本金的40%给予补偿；",
                "（3）担保费补贴：通过政府性融资担保机构获得贷款的，按担保费的50%给予补贴，担保费率高于1%的部分不予补贴。",
                "申报窗口：片区金融工作局（政务服务中心四楼402室）。"],
             basis="《钦州港片区支持中小微企业融资若干措施》（钦港自贸管规〔2023〕5号）",
             phone="0777-3881152"),
        dict(q="资本项目收入支付便利化业务怎么办理？",
             a=["符合条件的企业将资本金、外债和境外上市等资本项目收入用于境内支付时，无需事前向银行逐笔提供真实性证明材料，由银行事后抽查。申请企业应当同时满足：",
                "（1）近一年无外汇违法违规行为；",
                "（2）有货物贸易外汇收支的，货物贸易外汇管理分类为A类。",
                "企业可直接向片区内任一外汇指定银行申请办理。"],
             basis="《国家外汇管理局关于优化外汇管理 支持涉外业务发展的通知》（汇发〔2020〕8号）",
             phone="0777-3881152"),
    ]),
    ("四、人才服务", "人才服务", [
        dict(q="片区对高层次人才有哪些住房保障？",
             a=["对经认定的片区高层次人才，按类别给予住房保障：",
                "（1）A类、B类人才可免租金入住片区人才公寓，期限最长3年；",
                "（2）在片区首次购买自住商品房的，A类人才给予购房补贴80万元，B类人才50万元，C类人才20万元，分3年拨付；",
                "（3）未享受人才公寓和购房补贴的C类、D类人才，每月给予租房补贴1500元，最长36个月。",
                "人才类别认定由片区人力资源和社会保障局受理，每年集中认定两次（4月、10月）。"],
             basis="《钦州港片区高层次人才引进培育暂行办法》（钦港自贸管规〔2022〕4号）第十二条",
             phone="0777-3882260"),
        dict(q="外籍人才在片区办理工作许可和居留许可需要多长时间？",
             a=["片区实行外国人来华工作许可和居留许可“一窗受理、并联办理”，申请人在片区政务服务中心综合窗口一次提交材料，工作许可5个工作日、居留许可7个工作日内办结。",
                "对符合片区产业发展需要的外国高端人才（A类），可申请有效期最长5年的工作许可。"],
             basis="《钦州港片区高层次人才引进培育暂行办法》（钦港自贸管规〔2022〕4号）第二十条",
             phone="0777-3882260"),
    ]),
]

QA_NOTE = "注：以上解答仅供参考，具体以相关政策文件及主管部门解释为准。"

CC = "抄送：钦州市人民政府办公室，自治区自由贸易试验区工作办公室，钦州海关，国家税务总局钦州港经济技术开发区税务局。"
PRINTER = "钦州港片区管理委员会办公室"
PRINT_DATE = "2024年3月19日印发"
SIGN_DATE = "2024年3月18日"

# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------


def set_font(run, name, size, bold=False, color=None):
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


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def para(doc_or_cell, text="", font=FS, size=16, bold=False, color=None, **kw):
    p = doc_or_cell.add_paragraph()
    fmt(p, **kw)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side, sz, color="000000"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:%s" % side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_page_field(p, font=SONG, size=14):
    set_font(p.add_run("— "), font, size)
    r = p.add_run()
    set_font(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    set_font(p.add_run(" —"), font, size)


def cell_margins(cell, top=60, bottom=60, left=100, right=100):
    tcpr = cell._tc.get_or_add_tcPr()
    m = OxmlElement("w:tcMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement("w:%s" % k); e.set(qn("w:w"), str(v)); e.set(qn("w:type"), "dxa"); m.append(e)
    tcpr.append(m)


def cell_shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcpr.append(s)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trpr.append(e)


def cell_text(cell, lines, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align=align, line=20, first=Pt(size * 2) if indent else None)
        set_font(p.add_run(ln), font, size, bold)


def make_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    sec.header_distance = Mm(15)
    doc.settings.odd_and_even_pages_header_footer = True
    # odd page: right, one char in; even page: left, one char in
    fp = sec.footer.paragraphs[0]
    fmt(fp, align=WD_ALIGN_PARAGRAPH.RIGHT, line=18, right=Pt(14))
    add_page_field(fp)
    ep = sec.even_page_footer.paragraphs[0]
    fmt(ep, align=WD_ALIGN_PARAGRAPH.LEFT, line=18, left=Pt(14))
    add_page_field(ep)

    # 版头 — two lines because the organ name is long
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=48, before=0)
    set_font(p.add_run("中国（广西）自由贸易试验区"), XBS, 30, color=RED)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=48)
    set_font(p.add_run("钦州港片区管理委员会文件"), XBS, 36, color=RED)
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, DOCNO, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    # red rule
    p = para(doc, "", line=8, after=0)
    border(p, "bottom", 18, "FF0000")
    para(doc, "", line=28)
    # title: 二号 = 22pt, in two lines, 梯形
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    set_font(p.add_run("关于印发《中国（广西）自由贸易试验区"), XBS, 22)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    set_font(p.add_run("钦州港片区惠企政策百问百答"), XBS, 22)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    set_font(p.add_run("（2024年版）》的通知"), XBS, 22)
    para(doc, "", line=28)
    para(doc, ZHUSONG)

    for item in BODY:
        kind = item[0]
        if kind == "p":
            para(doc, item[1], first=Pt(32), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "h1":
            para(doc, item[1], font=HT, first=Pt(32))
        elif kind == "h2p":
            p = para(doc, first=Pt(32), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            set_font(p.add_run(item[1]), KT, 16)
            set_font(p.add_run(item[2]), FS, 16)

    para(doc, "")
    # 附件说明: 左空二字, 回行与附件名对齐
    p = para(doc, first=Pt(32), align=WD_ALIGN_PARAGRAPH.LEFT)
    set_font(p.add_run("附件：" + QA_TITLE), FS, 16)
    # hanging: left indent 5 chars, first -3 chars so wrap aligns after “附件：”
    p.paragraph_format.left_indent = Pt(16 * 5)
    p.paragraph_format.first_line_indent = Pt(-16 * 3)

    para(doc, "")
    para(doc, "")
    para(doc, "")
    para(doc, ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(16 * 2))
    para(doc, SIGN_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(16 * 4))
    para(doc, "")
    para(doc, "（此件公开发布）", first=Pt(32))

    # attachment on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, line=4)
    para(doc, "附件", font=HT, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "")
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    set_font(p.add_run("中国（广西）自由贸易试验区钦州港片区"), XBS, 22)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    set_font(p.add_run("惠企政策百问百答（2024年版）"), XBS, 22)
    para(doc, "")

    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(4.4), Cm(10.0)]
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
    hdr = tbl.rows[0]
    repeat_header(hdr)
    for c, w, t in zip(hdr.cells, widths, ["序号", "问题", "解答"]):
        c.width = w
        cell_text(c, [t], font=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_shade(c, "D9D9D9")
    n = 0
    for cat, _sheet, items in QA:
        row = tbl.add_row()
        m = row.cells[0].merge(row.cells[2])
        cell_text(m, [cat], font=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        for it in items:
            n += 1
            row = tbl.add_row()
            for c, w in zip(row.cells, widths):
                c.width = w
                cell_margins(c)
            cell_text(row.cells[0], [str(n)], size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[1], [it["q"]], size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(row.cells[2], it["a"], size=12, indent=True)
    para(doc, "")
    para(doc, QA_NOTE, size=12, line=20, first=Pt(24))

    # 版记 at the end of the last page
    para(doc, "")
    para(doc, "")
    p = para(doc, CC, size=14, line=24, left=Pt(14), right=Pt(14), align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.left_indent = Pt(14 + 14 * 3)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    border(p, "top", 8)
    border(p, "bottom", 4)
    p = para(doc, size=14, line=24, left=Pt(14), right=Pt(14))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156 - 10), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(PRINTER + "\t" + PRINT_DATE), FS, 14)
    border(p, "bottom", 8)

    doc.core_properties.title = ""
    doc.core_properties.author = "hgw"
    doc.save(path)


# ---------------------------------------------------------------------------
# xlsx
# ---------------------------------------------------------------------------


def make_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    n = 0
    for cat, sheet, items in QA:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:D1")
        ws["A1"] = "钦州港片区惠企政策百问百答（2024年版）——" + cat.split("、", 1)[1]
        ws["A1"].font = Font(name="方正小标宋简体", size=16)
        ws["A1"].alignment = center
        ws.row_dimensions[1].height = 36
        for j, h in enumerate(["问题", "解答", "政策依据", "咨询电话"], 1):
            c = ws.cell(row=2, column=j, value=h)
            c.font = Font(name="黑体", size=12, bold=True)
            c.alignment = center
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.border = box
        r = 3
        for it in items:
            ws.cell(row=r, column=1, value=it["q"])
            ws.cell(row=r, column=2, value="\n".join(it["a"]))
            ws.cell(row=r, column=3, value=it["basis"])
            ws.cell(row=r, column=4, value=it["phone"])
            for j in range(1, 5):
                c = ws.cell(row=r, column=j)
                c.font = Font(name="仿宋_GB2312", size=11)
                c.alignment = wrap if j < 4 else center
                c.border = box
            ws.row_dimensions[r].height = 15 * (2 + sum(len(x) // 30 + 1 for x in it["a"]))
            r += 1
        last = r - 1
        # the way people do it: a phone shared by neighbouring rows is merged vertically
        first_data = 3
        runs = []
        start = first_data
        for i in range(first_data + 1, last + 2):
            prev = ws.cell(row=i - 1, column=4).value
            cur = ws.cell(row=i, column=4).value if i <= last else None
            if cur != prev:
                if i - 1 > start:
                    runs.append((start, i - 1))
                start = i
        for a, b in runs:
            ws.merge_cells("D%d:D%d" % (a, b))
        # same basis for neighbouring rows merged too (人才服务 sheet: same 办法, different articles -> not merged)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.cell(row=r, column=1, value=QA_NOTE + "（更新时间：2024年3月）").font = Font(name="仿宋_GB2312", size=10)
        ws.column_dimensions["A"].width = 28
        ws.column_dimensions["B"].width = 70
        ws.column_dimensions["C"].width = 36
        ws.column_dimensions["D"].width = 14
        ws.freeze_panes = "A3"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.print_title_rows = "2:2"
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    wb.properties.title = QA_TITLE
    wb.properties.creator = "钦州港片区营商环境办公室"
    wb.save(path)


# ---------------------------------------------------------------------------
# html
# ---------------------------------------------------------------------------

HTML_TITLE = "自贸试验区建设及境外投资合作常见问题解答"
HTML_INTRO = "为便于企业和群众了解自由贸易试验区建设和境外投资合作相关政策，我厅梳理了近期咨询较多的8个问题，现将解答公布如下。如有其他疑问，请拨打自治区商务厅政务服务咨询电话0771-2050672（工作日9:00—12:00，14:30—17:30）。"

HQ = [
    ("一、自贸试验区建设", "details", [
        dict(q="广西自贸试验区包括哪几个片区？实施范围多大？",
             a=["中国（广西）自由贸易试验区于2019年8月30日揭牌，实施范围119.99平方公里，涵盖三个片区：南宁片区46.8平方公里，钦州港片区58.19平方公里（含钦州保税港区8.81平方公里），崇左片区15平方公里。"],
             links=["《国务院关于印发6个新设自由贸易试验区总体方案的通知》（国发〔2019〕16号）"]),
        dict(q="自贸试验区制度创新成果如何申报复制推广？",
             a=["自治区自贸办（设在自治区商务厅）每年组织两批制度创新成果评估，分别于5月和11月集中受理。各片区工作机构、自治区有关部门通过“广西自贸试验区制度创新成果管理系统”填报，需提交：",
                ("ul", ["创新举措的具体内容及实施情况；", "与改革前的对比及成效数据；", "风险防控措施及复制推广条件。"]),
                "经评估认定的成果，由自治区人民政府发文在全区复制推广。咨询电话：0771-2050673。"],
             links=["《中国（广西）自由贸易试验区制度创新成果评估办法（试行）》（桂自贸办发〔2022〕6号）"]),
        dict(q="自贸试验区建设专项资金支持哪些方向？",
             a=["自治区本级每年安排自贸试验区建设专项资金，重点支持：（一）制度创新和压力测试项目；（二）重大开放平台和公共服务平台建设；（三）面向东盟的跨境产业链供应链合作项目。单个项目支持金额原则上不超过500万元。",
                "申报通知一般于每年3月在商务厅门户网站“通知公告”栏目发布，请各片区统一组织申报，企业不直接向商务厅申报。"],
             links=["《中国（广西）自由贸易试验区建设专项资金管理办法》（桂财建〔2021〕88号）"]),
    ]),
    ("二、境外投资与“一带一路”经贸合作", "h4", [
        dict(q="我公司准备在越南投资设厂，需要办理哪些手续？",
             a=["地方企业开展非敏感类境外投资，应当报自治区商务厅备案。企业登录商务部“业务系统统一平台”填报《境外投资备案表》，材料齐全的，商务厅自受理之日起3个工作日内颁发《企业境外投资证书》。",
                "同时，企业还需向发展改革部门办理境外投资项目备案（中方投资额3亿美元以下的非敏感类项目向自治区发展改革委备案），并凭相关证书到银行办理外汇登记。",
                "涉及敏感国家和地区、敏感行业的，须报商务部核准。"],
             links=["《境外投资管理办法》（商务部令2014年第3号）", "《企业境外投资管理办法》（国家发展改革委令第11号）"]),
        dict(q="《企业境外投资证书》需要变更或者失效了怎么办？",
             a=["境外企业名称、投资主体、中方投资额等事项发生变更的，企业应通过“业务系统统一平台”提出变更申请，商务厅自受理之日起3个工作日内换发证书。",
                "企业自领取《企业境外投资证书》之日起2年内未在境外开展投资的，证书自动失效；如需再开展境外投资，应当重新办理备案。"],
             links=["《境外投资管理办法》（商务部令2014年第3号）"]),
        dict(q="参加中国—东盟博览会等境外展会，有哪些展位费补贴？",
             a=["对自治区内外贸企业参加商务厅认定的重点境外展会（含中国—东盟博览会境外展、RCEP成员国展会），按以下标准给予补贴：",
                ("ul", ["标准展位（9平方米）每个补贴展位费的70%，最高1.5万元；", "每家企业每个展会补贴不超过2个标准展位；", "参展人员往返国际机票每展会补贴1人，最高8000元。"]),
                "申报须在展会结束后3个月内通过“广西外经贸发展专项资金管理系统”提交。"],
             links=["《广西外经贸发展专项资金管理实施细则》（桂商财发〔2023〕12号）"]),
        dict(q="出口信用保险保费有补贴吗？",
             a=["有。对投保短期出口信用保险的中小微外贸企业，按实缴保费的50%给予补贴，每家企业年度最高50万元；对承保“一带一路”沿线国家（地区）出口业务的，补贴比例提高至60%。",
                "企业可直接联系中国出口信用保险公司广西分公司（电话：0771-5502316）办理投保。"],
             links=["《广西外经贸发展专项资金管理实施细则》（桂商财发〔2023〕12号）"]),
        dict(q="如何查询RCEP成员国的关税减让承诺？",
             a=["可通过以下渠道查询：",
                "1.中国自由贸易区服务网（fta.mofcom.gov.cn）“RCEP”专栏的“关税减让表”；",
                "2.中国国际贸易单一窗口“RCEP智能辅助”系统；",
                "3.致电广西RCEP企业服务中心咨询热线0771-2050990（工作日9:00—12:00，14:30—17:30）。"],
             links=["《区域全面经济伙伴关系协定》（RCEP）文本及附件"]),
    ]),
]


def ans_html(a):
    out = []
    for x in a:
        if isinstance(x, tuple):
            out.append("<ul>" + "".join("<li>%s</li>" % li for li in x[1]) + "</ul>")
        else:
            out.append("<p>%s</p>" % x)
    return "\n".join(out)


def links_html(links, k):
    s = "、".join('<a href="/zcfg/zcjd/t%d_%d.shtml" target="_blank">%s</a>' % (1829000 + k, i, t) for i, t in enumerate(links))
    return '<div class="xgzc"><span>相关政策：</span>%s</div>' % s


def make_html(path):
    parts = []
    k = 0
    for sec, kind, items in HQ:
        parts.append('<h3 class="faq-cat">%s</h3>' % sec)
        for it in items:
            k += 1
            if kind == "details":
                parts.append('<details class="faq-item">\n<summary><span class="q-icon">问</span>%s</summary>\n<div class="faq-answer"><span class="a-icon">答</span>\n%s\n%s\n</div>\n</details>' % (it["q"], ans_html(it["a"]), links_html(it["links"], k)))
            else:
                parts.append('<div class="faq-item2">\n<h4>%d.%s</h4>\n%s\n%s\n</div>' % (k, it["q"], ans_html(it["a"]), links_html(it["links"], k)))
    body = "\n".join(parts)
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%(title)s_常见问题_广西壮族自治区商务厅</title>
<meta name="SiteName" content="广西壮族自治区商务厅">
<meta name="SiteDomain" content="swt.gxzf.gov.cn">
<meta name="SiteIDCode" content="4500000031">
<meta name="ColumnName" content="常见问题">
<meta name="ColumnType" content="互动交流">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-05-20 10:32">
<meta name="ContentSource" content="自由贸易试验区工作处">
<meta name="Keywords" content="自贸试验区,境外投资,RCEP,一带一路">
<meta name="Description" content="广西壮族自治区商务厅关于自贸试验区建设及境外投资合作的常见问题解答">
<link rel="stylesheet" href="/images/style2022.css">
<style>
 body{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#f4f4f4}
 .top{background:#b50000;color:#fff;padding:10px 40px}
 .nav a{color:#fff;margin-right:24px;text-decoration:none}
 .main{width:1100px;margin:20px auto;background:#fff;padding:30px 50px}
 details summary{cursor:pointer;font-weight:bold;padding:8px 0}
 .xgzc{font-size:14px;color:#666;margin:6px 0 16px}
 .q-icon,.a-icon{display:inline-block;background:#b50000;color:#fff;border-radius:3px;padding:0 4px;margin-right:6px;font-size:12px}
</style>
<script>
 var _hmt = _hmt || [];
 function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body>
<div class="top">
  <div class="logo">广西壮族自治区商务厅<span class="en">Department of Commerce of Guangxi Zhuang Autonomous Region</span></div>
  <div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/ztzl/">专题专栏</a></div>
  <div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div>
</div>
<div class="main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/hdjl/">互动交流</a> &gt; <a href="/hdjl/cjwt/">常见问题</a></div>
  <h1 class="article-title">%(title)s</h1>
  <div class="article-info">发布时间：2024-05-20 10:32　来源：自由贸易试验区工作处　浏览次数：<span id="hits">1286</span>　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
  <div class="article-content" id="zoom">
<p>%(intro)s</p>
%(body)s
  </div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
  <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="related"><h5>相关链接</h5><ul><li><a href="/ztzl/gxzmq/">中国（广西）自由贸易试验区专题</a></li><li><a href="/ztzl/rcep/">RCEP专题</a></li></ul></div>
</div>
<div class="footer">
  <p>主办单位：广西壮族自治区商务厅　地址：南宁市青秀区民族大道137号　邮编：530028</p>
  <p>桂ICP备05004102号-1　<a href="#">桂公网安备 45010302000517号</a>　网站标识码：4500000031</p>
  <p>建议使用1920×1080分辨率浏览　<a href="/wzdt/">网站地图</a>　<a href="/lxwm/">联系我们</a></p>
</div>
</body>
</html>
""" % dict(title=HTML_TITLE, intro=HTML_INTRO, body=body)
    path.write_text(html, encoding="utf-8")


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------


def flat(a):
    out = []
    for x in a:
        if isinstance(x, tuple):
            out.extend(x[1])
        else:
            out.append(x)
    return out


def expected():
    # docx / pdf
    cl = []
    for item in BODY:
        if item[0] == "p":
            cl.append(item[1])
        elif item[0] == "h2p":
            cl.append(item[1] + item[2])
    cl.append("附件：" + QA_TITLE)
    qa_cl = []
    qmap = []
    n = 0
    for cat, sheet, items in QA:
        for it in items:
            n += 1
            c = "序号：%d；问题：%s；解答：%s" % (n, it["q"], "\n".join(it["a"]))
            qa_cl.append(c)
            qmap.append({"question": it["q"], "category": cat, "answer_clause": c})
    cl += qa_cl + [QA_NOTE]
    docx_doc = {
        "meta": {
            "title": TITLE,
            "doc_number": DOCNO,
            "issuer": [ISSUER],
            "date": "2024-03-18",
            "level": "municipal",
            "region": "广西壮族自治区钦州市（中国（广西）自由贸易试验区钦州港片区）",
            "effective": "2024-04-01",
            "expires": "2025-12-31",
            "attachments": [QA_TITLE],
            "main_recipients": ZHUSONG.rstrip("："),
            "print_date": "2024-03-19 (印发日期, NOT the 成文日期)",
            "publication": "此件公开发布",
        },
        "clauses": cl,
        "questions": qmap,
        "_note": (
            "Furniture, not clauses: the two-line red 版头 (中国（广西）自由贸易试验区 / 钦州港片区管理委员会文件), 文号, red rule, the two-line title, 主送, "
            "the heading lines 一、加强政策宣传 / 二、做好咨询服务 / 三、实行动态更新 / 四、其他事项 (labels/sections of the clauses under them), "
            "落款 and date, （此件公开发布）, the attachment's '附件' mark and repeated title, the table header row 序号｜问题｜解答 (repeated on every PDF page), "
            "the merged category rows 一、企业开办 / 二、跨境贸易 / 三、金融服务 / 四、人才服务 (a section for the rows under them, NOT a sibling of the notice's own 一、二、三、四), "
            "the 版记 (抄送…; 钦州港片区管理委员会办公室 2024年3月19日印发) which comes AFTER the table, footer page numbers '— N —' (odd pages right, even pages left). "
            "Tolerable: 1./2./（1）/（2） under 三 kept as separate clauses or merged into the lead-in; （一）（二） kept with their 楷体 run-in heading; "
            "the Q&A attachment read as a second document titled " + QA_TITLE + " (then its meta is issuer as above, no 文号, date 2024-03-18); "
            "Q&A rows without the 序号 field, or with the answer's paragraphs joined without newlines. "
            "Not tolerable: a question separated from its answer, answer paragraphs ((1)(2)(3)) split into clauses that lose the question, a row cut at a PDF page break into two clauses, "
            "the 版记/抄送 glued to the last row or to the 注, 印发日期 2024-03-19 taken as the date, 2024-04-01 taken as date. Applies to 钦州港片区 / 钦州市, not to 南宁 or nationwide."
        ),
    }

    # xlsx
    xcl = []
    xq = []
    for cat, sheet, items in QA:
        for it in items:
            c = "问题：%s；解答：%s；政策依据：%s；咨询电话：%s" % (it["q"], "\n".join(it["a"]), it["basis"], it["phone"])
            xcl.append(c)
            xq.append({"question": it["q"], "sheet": sheet, "answer_clause": c})
    xlsx_doc = {
        "meta": {
            "title": QA_TITLE,
            "doc_number": None,
            "issuer": [ISSUER],
            "date": None,
            "level": "municipal",
            "region": "广西壮族自治区钦州市（中国（广西）自由贸易试验区钦州港片区）",
            "effective": None,
            "expires": None,
            "attachments": [],
            "sheets": [s for _, s, _ in QA],
        },
        "clauses": xcl,
        "questions": xq,
        "_note": (
            "Four sheets (企业开办/跨境贸易/金融服务/人才服务), each: row 1 merged title '钦州港片区惠企政策百问百答（2024年版）——<类别>' (furniture; the category is a section label), "
            "row 2 header 问题｜解答｜政策依据｜咨询电话 (furniture), data rows, last row merged 注 (furniture or one low-value clause, tolerable either way). "
            "咨询电话 is merged vertically where neighbouring rows share a number (企业开办 rows 1–2 0777-3880301; 跨境贸易 rows 3–4 0777-3882105; 金融服务 all 3 rows 0777-3881152; 人才服务 both rows 0777-3882260): "
            "the merged value should reach every row it covers (tolerable: only the first row has it). Answer cells hold several lines ((1)(2)(3)) separated by newlines: one clause per row, never split. "
            "Title may be taken from the workbook title property or the sheet title rows; issuer may be missing (it is only implied by 钦州港片区, core property creator is 钦州港片区营商环境办公室): missing issuer is medium, "
            "a wrong issuer is high. No 文号, no date in the file except '更新时间：2024年3月' in the 注 (date 2024-03 tolerable). One document for the whole workbook is best; one document per sheet tolerable."
        ),
    }

    # html
    hcl = [HTML_INTRO]
    hq = []
    for sec, kind, items in HQ:
        for it in items:
            c = it["q"] + "\n" + "\n".join(flat(it["a"])) + "\n相关政策：" + "、".join(it["links"])
            hcl.append(c)
            hq.append({"question": it["q"], "section": sec, "answer_clause": c})
    html_doc = {
        "meta": {
            "title": HTML_TITLE,
            "doc_number": None,
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2024-05-20",
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "source_unit": "自由贸易试验区工作处",
        },
        "clauses": hcl,
        "questions": hq,
        "_note": (
            "Furniture: <title> suffix '_常见问题_广西壮族自治区商务厅', site header/logo/English name, nav (首页 政务公开 …), search box, breadcrumb 当前位置, "
            "info bar (发布时间 2024-05-20 10:32 / 来源 / 浏览次数 1286 / 字体 大中小), section headings h3 一、自贸试验区建设 / 二、境外投资与“一带一路”经贸合作 (section labels), "
            "the 问/答 icons, 分享到, 打印本页/关闭窗口, 相关链接 box, footer (主办单位, 地址, 桂ICP备05004102号-1, 桂公网安备, 网站标识码, 分辨率), <script>/<style>. "
            "Each Q&A (first 3 in <details><summary>, last 5 as <h4>N.question</h4> + <p>s, some with <ul><li>) should be ONE clause: question + answer (+ its 相关政策 line; "
            "相关政策 as a separate reference/link rather than text is tolerable; dropping it is low). Not tolerable: the question as a heading only with the answer's <p>s as separate clauses that lose the question, "
            "<summary> text lost, <li> items lost, the list items 1./2./3. of the RCEP answer split into separate clauses without the question. "
            "The h4 numbering 4.–8. continues after the <details> items (which are unnumbered). Issuer from the site name / footer 主办单位; "
            "date = 发布时间 2024-05-20. The 越南 question applies to Guangxi enterprises investing abroad: applies_to should be 广西壮族自治区, not 越南."
        ),
    }

    return {
        "blind131_qinzhou_qa": [docx_doc],
        "blind131_qinzhou_qabook": [xlsx_doc],
        "blind131_guangxi_faq": [html_doc],
    }


def main():
    d = HERE
    docx_path = d / "blind131_qinzhou_qa.docx"
    make_docx(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(d), str(docx_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    make_xlsx(d / "blind131_qinzhou_qabook.xlsx")
    make_html(d / "blind131_guangxi_faq.html")
    (d / "expected.json").write_text(json.dumps(expected(), ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in d.iterdir() if p.name.startswith("blind131_")))


if __name__ == "__main__":
    main()
