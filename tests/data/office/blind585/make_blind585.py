# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 585: 合同示范文本 issued by 市场监督管理局 + 商务局."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
BL = "________________________"


# ---------------------------------------------------------------- helpers
def set_run(run, font=FS, size=16, bold=False, color=None, underline=False):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), font)
    rfonts.set(qn("w:hAnsi"), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if underline:
        run.font.underline = True
    if color is not None:
        run.font.color.rgb = color


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
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28.9)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run(r, "宋体", 14)
    r = p.add_run()
    set_run(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    set_run(r, "宋体", 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r._element.append(it)
    r = p.add_run()
    set_run(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(" —")
    set_run(r, "宋体", 14)


def para(doc, segs, align=None, indent=True, font=FS, size=16, color=None,
         clauses=None, clause_text=None, line=None):
    """segs: str or list of (text, font, bold) / str / '\n' for soft break."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if line is not None:
        p.paragraph_format.line_spacing = Pt(line)
    if isinstance(segs, str):
        segs = [segs]
    text = ""
    for s in segs:
        if s == "\n":
            r = p.add_run()
            r.add_break()
            continue
        if isinstance(s, str):
            s = (s, font, False)
        t, f, b = s
        r = p.add_run(t)
        set_run(r, f, size, b, color)
        text += t
    if clauses is not None:
        clauses.append(clause_text if clause_text is not None else text)
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def red_rule(p):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="4" w:color="FF0000"/></w:pBdr>'
        % nsdecls("w")))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, segs, font=FS, size=16, bold=False, align=None, color=None):
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    if isinstance(segs, str):
        segs = [segs]
    first = True
    for s in segs:
        if s == "\n":
            p.add_run().add_break()
            continue
        r = p.add_run(s)
        set_run(r, font, size, bold, color)
    return p


def set_table_borders(table, spec):
    tbl = table._tbl
    tblPr = tbl.tblPr
    inner = "".join(
        '<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="000000"/>' % (k, v[0], v[1])
        for k, v in spec.items())
    tblPr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), inner)))


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记 as a one-column table with thick top/bottom rules (not clauses)."""
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=1)
    set_table_borders(t, {"top": ("single", 12), "bottom": ("single", 12),
                          "insideH": ("single", 6), "left": ("nil", 0),
                          "right": ("nil", 0), "insideV": ("nil", 0)})
    cell_text(t.cell(0, 0), chaosong, FS, 14)
    cell_text(t.cell(1, 0), yinfa_org + "　　　　　　" + yinfa_date, FS, 14)


def add_numbering(doc, num_id=77):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1．"/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))
    return num_id


def numbered(doc, text, num_id, clauses, size=16):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
        % (nsdecls("w"), num_id)))
    r = p.add_run(text)
    set_run(r, FS, size)
    return p


def title(doc, segs, size=22):
    p = para(doc, segs, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font=XBS,
             size=size, line=33)
    return p


# ================================================================= Xiamen
def make_xiamen():
    doc = new_doc()
    cl_n = []   # notice clauses
    cl_c = []   # contract clauses

    # red header: two organs, second one spaced by hand
    p = para(doc, "厦门市市场监督管理局", WD_ALIGN_PARAGRAPH.CENTER, False, XBS, 36, RED, line=44)
    p = para(doc, "厦　门　市　商　务　局", WD_ALIGN_PARAGRAPH.CENTER, False, XBS, 36, RED, line=44)
    empty(doc)
    p = para(doc, "厦市监〔2025〕186号", WD_ALIGN_PARAGRAPH.CENTER, False)
    red_rule(p)
    empty(doc)
    title(doc, ["厦门市市场监督管理局　厦门市商务局", "\n",
                "关于印发《国际货运代理服务合同（示范文本）》的通知"])
    empty(doc)
    para(doc, "各区市场监督管理局、各区商务局，厦门市国际货运代理协会，各有关企业：", indent=False)

    para(doc, "为进一步规范国际货运代理服务合同行为，维护委托人和国际货运代理企业的合法权益，"
              "助力“丝路海运”和中欧（厦门）班列高质量发展，根据《中华人民共和国民法典》"
              "《合同行政监督管理办法》《国际货运代理企业备案（暂行）办法》等规定，"
              "厦门市市场监督管理局、厦门市商务局联合制定了《国际货运代理服务合同（示范文本）》"
              "（以下简称《示范文本》），现印发给你们，并就有关事项通知如下。", clauses=cl_n)
    para(doc, [("一、充分认识推行《示范文本》的重要意义", HT, False)])
    para(doc, "国际货运代理是连接国际贸易与国际物流的重要环节。近年来，我市国际货运代理企业数量"
              "持续增长，服务范围不断拓展，但部分企业使用的合同文本存在权利义务约定不清、费用构成"
              "不透明、免责条款不合理等问题，容易引发合同纠纷。推行《示范文本》，有利于引导当事人"
              "公平确定权利义务，减少合同纠纷，优化口岸营商环境。", clauses=cl_n)
    para(doc, [("二、切实做好《示范文本》推广应用", HT, False)])
    para(doc, [("（一）加强宣传解读。", KT, True),
               "各区市场监督管理局、商务局要通过政务网站、微信公众号、企业培训等多种渠道，加大"
               "《示范文本》宣传解读力度，引导国际货运代理企业和外贸企业知晓、使用《示范文本》。"],
         clauses=cl_n)
    para(doc, [("（二）发挥行业协会作用。", KT, True),
               "厦门市国际货运代理协会要将《示范文本》纳入会员服务内容，组织会员企业开展合同条款"
               "自查，主动对照《示范文本》修订本企业使用的格式条款。"], clauses=cl_n)
    para(doc, [("（三）坚持自愿使用原则。", KT, True),
               "《示范文本》供当事人参照使用，当事人可以根据业务实际对条款进行修改、增补或者删减，"
               "任何单位不得强制当事人使用。"], clauses=cl_n)
    empty(doc)
    para(doc, [("三、加强合同行政监管", HT, False)])
    para(doc, "（一）各区市场监督管理局要加强对国际货运代理领域格式条款的监督检查，依法查处利用"
              "合同格式条款免除自身责任、加重对方责任、排除对方主要权利等违法行为。", clauses=cl_n)
    para(doc, "（二）各区商务局要结合国际货运代理企业备案管理，引导企业诚信经营、规范签约，并将"
              "《示范文本》使用情况纳入企业信用评价参考因素。", clauses=cl_n)
    para(doc, [("四、工作要求", HT, False)])
    para(doc, "1.各单位要高度重视，明确责任分工，于2026年3月31日前将《示范文本》宣传推广计划报送"
              "市市场监督管理局。", clauses=cl_n)
    para(doc, "2.各单位在推广使用过程中发现的问题和意见建议，请及时反馈，以便进一步修改完善。",
         clauses=cl_n)
    para(doc, "本通知自2026年1月1日起施行，有效期至2030年12月31日。原厦门市工商行政管理局印发的"
              "《厦门市国际货运代理合同（示范文本）》（厦工商〔2017〕56号）同时废止。", clauses=cl_n)
    para(doc, "联系人及电话：市市场监督管理局合同监管处，0592-5396127；市商务局服务贸易处，"
              "0592-2858316。", clauses=cl_n)
    empty(doc)
    para(doc, "附件：国际货运代理服务合同（示范文本）")
    empty(doc, 3)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "厦门市市场监督管理局", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(0, 1), "厦门市商务局", align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "2025年12月8日　　　　", WD_ALIGN_PARAGRAPH.RIGHT, False)
    empty(doc)
    para(doc, "（此件公开发布）")

    # ------------- attachment: the contract
    page_break(doc)
    para(doc, [("附件", HT, False)], indent=False)
    empty(doc)
    title(doc, ["国际货运代理服务合同", "\n", "（示范文本）"], size=22)
    empty(doc)
    p = para(doc, "合同编号：" + "______________", WD_ALIGN_PARAGRAPH.RIGHT, False, size=14)
    empty(doc)
    para(doc, [("使用说明", HT, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    for t_ in [
        "1．本合同为示范文本，由厦门市市场监督管理局、厦门市商务局联合制定，自2026年1月1日起推荐"
        "使用，供国际货运代理服务委托人与国际货运代理企业参照使用。",
        "2．签订合同前，双方应当仔细阅读本合同各项条款，特别是其中有关责任限制、违约责任和争议解决"
        "方式的条款。",
        "3．本合同中的空格部分（“____”）由双方协商填写；不需要填写的，应当划“/”或者注明“无”。",
        "4．双方可以对本示范文本的条款内容进行修改、增补或者删减。合同签订生效后，未被修改的文本"
        "印刷文字视为双方同意内容。",
        "5．本示范文本由厦门市市场监督管理局负责解释。",
    ]:
        para(doc, t_, size=14, clauses=cl_c, line=26)
    page_break(doc)
    for t_ in [
        "甲方（委托人）：" + BL,
        "统一社会信用代码：" + BL,
        "住所：" + BL,
        "乙方（受托人）：" + BL,
        "统一社会信用代码：" + BL,
        "国际货运代理企业备案号：" + BL,
        "住所：" + BL,
    ]:
        para(doc, t_, indent=False, clauses=cl_c)
    empty(doc)
    para(doc, "根据《中华人民共和国民法典》等有关法律法规的规定，甲乙双方在平等、自愿、公平、诚实"
              "信用的基础上，就乙方接受甲方委托提供国际货运代理服务事宜，协商一致，订立本合同。",
         clauses=cl_c)

    def art(head, body, items=()):
        para(doc, [(head, HT, False), body], clauses=cl_c)
        for it in items:
            para(doc, it, clauses=cl_c)

    art("第一条　委托事项。", "甲方委托乙方办理下列第____项国际货运代理业务（可多选）：", [
        "（一）订舱、租船、包机及相关单证缮制；",
        "（二）货物的揽收、仓储、装箱、拆箱、分拨、中转；",
        "（三）报关、报检及相关手续办理；",
        "（四）国际多式联运、中欧（厦门）班列货物运输组织；",
        "（五）其他：________________________。",
    ])
    art("第二条　货物信息。", "货物名称：____________；包装方式：________；件数：________件；毛重："
        "________千克；体积：________立方米；起运港（站）：________；目的港（站）：________。")
    art("第三条　服务期限。", "本合同服务期限自____年____月____日起至____年____月____日止。期限届满前"
        "____日内，双方可以协商续签。")
    art("第四条　甲方的权利和义务。", "甲方享有下列权利，并承担下列义务：", [
        "（一）甲方应当如实申报货物的品名、数量、重量、体积、价值等信息，并对申报内容的真实性、准确性负责；",
        "（二）托运危险品、冷链货物或者其他特殊货物的，甲方应当提前____日书面告知乙方，并提供相关证明文件；",
        "（三）甲方应当按照本合同约定及时支付服务费用及代垫费用；",
        "（四）甲方有权随时查询货物的运输状态。",
    ])
    art("第五条　乙方的权利和义务。", "乙方享有下列权利，并承担下列义务：", [
        "（一）乙方应当具备从事国际货运代理业务的相应条件，并在商务主管部门完成备案；",
        "（二）乙方应当按照甲方指示，以合理、审慎的方式选择承运人及其他服务提供者；",
        "（三）乙方应当在货物装运后____个工作日内向甲方提供提单、运单或者其他运输单证；",
        "（四）乙方对因处理委托事务知悉的甲方商业秘密负有保密义务。",
    ])
    art("第六条　服务费用。", "本合同项下服务费用按下列第____种方式计收：", [
        "（一）包干费用：每标准箱（TEU）____元，散货每千克____元；",
        "（二）按实际发生计费：代理服务费____元/票，另加代垫的海运费、港杂费等实际费用；",
        "（三）其他方式：________________________。",
    ])
    art("第七条　费用结算。", "甲方应当于收到乙方开具的发票及费用清单之日起____日内，将费用支付至乙方"
        "以下账户：开户名称：____________；开户银行：____________；账号：____________。")
    art("第八条　代垫费用。", "乙方为完成委托事项代甲方垫付的费用，应当取得甲方事先书面同意；单笔超过"
        "____元的，应当逐笔确认。")
    art("第九条　货物交接。", "乙方应当在____________（地点）接收货物，并与甲方共同核对货物外包装、件数"
        "及铅封号，双方确认后签署交接单。")
    art("第十条　保险。", "甲方可以委托乙方代为投保货物运输保险，保险金额为____元，保险费由____方承担。"
        "未委托投保的，货物运输风险由甲方自行承担。")
    art("第十一条　留置权。", "甲方未按约定支付费用的，乙方可以依法留置相应价值的货物，但应当在留置后"
        "____日内书面通知甲方。")
    art("第十二条　违约责任。", "任何一方违反本合同约定的，应当承担违约责任：", [
        "（一）甲方逾期支付费用的，每逾期一日，按应付未付金额的____‰向乙方支付违约金；",
        "（二）因乙方过错造成货物灭失、损坏或者延误的，乙方应当赔偿甲方因此遭受的实际损失，但法律另有"
        "规定或者双方另有约定的除外；",
        "（三）因甲方申报不实造成乙方或者第三方损失的，甲方应当承担赔偿责任。",
    ])
    art("第十三条　不可抗力。", "因不可抗力不能履行本合同的，根据不可抗力的影响，部分或者全部免除责任，"
        "但法律另有规定的除外。受不可抗力影响的一方应当及时通知对方，并在____日内提供证明。")
    art("第十四条　合同解除。", "一方有下列情形之一的，另一方可以书面通知解除本合同：", [
        "（一）甲方逾期支付费用超过____日，经催告后仍未支付的；",
        "（二）乙方丧失从事国际货运代理业务条件的；",
        "（三）法律规定的其他情形。",
    ])
    art("第十五条　争议解决。", "本合同履行过程中发生争议的，双方可以协商解决，也可以向厦门市国际货运代理"
        "协会申请调解；协商或者调解不成的，按下列第____种方式解决：", [
        "（一）提交厦门仲裁委员会仲裁；",
        "（二）依法向____________人民法院提起诉讼。",
    ])
    art("第十六条　其他约定。", "________________________________________。")
    art("第十七条　合同生效。", "本合同一式____份，甲乙双方各执____份，具有同等法律效力。本合同自双方"
        "签字或者盖章之日起生效。")
    empty(doc)
    # signature table (not clauses)
    t = doc.add_table(rows=3, cols=2)
    t.style = doc.styles["Table Grid"]
    rows = [("甲方（盖章）：", "乙方（盖章）："),
            ("法定代表人或委托代理人（签字）：", "法定代表人或委托代理人（签字）："),
            ("日期：　　　年　　月　　日", "日期：　　　年　　月　　日")]
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, size=14)
        cell_text(t.cell(i, 1), b, size=14)

    banji(doc, "抄送：市司法局，厦门海关，市消费者权益保护委员会。",
          "厦门市市场监督管理局办公室", "2025年12月8日印发")

    stem = "blind585_xiamen_tongzhi"
    issuer = ["厦门市市场监督管理局", "厦门市商务局"]
    exp = [
        {"meta": {
            "title": "厦门市市场监督管理局 厦门市商务局关于印发《国际货运代理服务合同（示范文本）》的通知",
            "doc_number": "厦市监〔2025〕186号",
            "issuer": issuer,
            "date": "2025-12-08",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-01-01",
            "expires": "2030-12-31",
            "attachments": ["国际货运代理服务合同（示范文本）"],
            "doc_type": "通知",
            "recipients": ["各区市场监督管理局", "各区商务局", "厦门市国际货运代理协会", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": "《厦门市国际货运代理合同（示范文本）》（厦工商〔2017〕56号）",
        }, "clauses": cl_n},
        {"meta": {
            "title": "国际货运代理服务合同（示范文本）",
            "doc_number": None,
            "issuer": issuer,
            "date": "2025-12-08",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": [],
            "doc_type": "合同示范文本",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        }, "clauses": cl_c},
    ]
    return stem, doc, exp


# ================================================================= Shenzhen notice
def make_shenzhen_tongzhi():
    doc = new_doc()
    cl = []
    # red header as layout table: organs stacked left, 文件 merged right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "深圳市市场监督管理局", XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    cell_text(t.cell(1, 0), "深圳市商务局", XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 42, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
    m.vertical_alignment = 1
    for row in t.rows:
        row.cells[0].width = Mm(112)
    m.width = Mm(40)
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Mm(112), Mm(40))):
        gc.set(qn("w:w"), str(int(w.twips)))
    empty(doc)
    p = para(doc, "深市监〔2026〕9号", WD_ALIGN_PARAGRAPH.CENTER, False)
    red_rule(p)
    empty(doc)
    title(doc, "深圳市市场监督管理局 深圳市商务局关于印发《跨境电商海外仓服务合同（示范文本）》的通知")
    empty(doc)
    para(doc, "各区市场监督管理局、各区商务主管部门，深圳市跨境电子商务协会，有关企业：", indent=False)
    para(doc, "为规范跨境电商海外仓服务合同行为，引导跨境电商经营者与海外仓服务企业依法订立和履行合同，"
              "促进我市跨境电子商务高质量发展，依据《中华人民共和国民法典》《中华人民共和国电子商务法》"
              "《合同行政监督管理办法》等规定，深圳市市场监督管理局、深圳市商务局联合制定了《跨境电商"
              "海外仓服务合同（示范文本）》（以下简称《示范文本》），现印发给你们，请结合实际推广使用。",
         clauses=cl)
    para(doc, [("一、明确适用范围。", HT, False),
               "《示范文本》适用于在深圳市依法登记的跨境电商经营者委托海外仓服务企业提供货物入库、仓储、"
               "分拣、包装、配送、退换货处理等服务的情形。中国（广东）自由贸易试验区深圳前海蛇口片区可以"
               "结合中国（深圳）跨境电子商务综合试验区建设先行先试。"], clauses=cl)
    para(doc, [("二、突出重点条款。", HT, False),
               "《示范文本》对入库验收、库存差异、长期仓储费、货物损失赔偿限额、数据与个人信息保护、"
               "境外合规义务等易发纠纷事项作出了明确约定，各有关单位要在宣传解读中予以重点提示。"],
         clauses=cl)
    para(doc, [("三、加强推广应用。", HT, False),
               "各区市场监督管理局、商务主管部门要将《示范文本》推广工作纳入优化跨境电商营商环境的重点"
               "任务，具体分工如下："], clauses=cl)
    hdr = ["序号", "工作任务", "责任单位", "完成时限"]
    rows = [
        ["1", "组织《示范文本》专题宣讲和解读", "市商务局、市市场监督管理局", "2026年3月31日前"],
        ["2", "在跨境电商产业园区、海外仓服务企业中开展示范推广", "各区商务主管部门", "2026年6月30日前"],
        ["3", "开展跨境电商海外仓服务合同格式条款专项检查", "各区市场监督管理局", "2026年10月31日前"],
        ["4", "收集《示范文本》使用意见并提出修订建议", "深圳市跨境电子商务协会", "2026年12月31日前"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.CENTER if j in (0, 3) else None)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    for w, c in zip((Mm(12), Mm(70), Mm(45), Mm(30)), t.columns):
        for cell in c.cells:
            cell.width = w
    para(doc, [("四、强化监督检查。", HT, False),
               "各区市场监督管理局要依法查处海外仓服务企业利用格式条款不合理地免除或者减轻自身责任、"
               "加重跨境电商经营者责任、限制其主要权利等行为，典型案例及时向社会公开。"], clauses=cl)
    # 五 has a soft line break (Shift+Enter) between its two sentences
    p5 = [("五、其他事项。", HT, False), "本通知自2026年2月1日起施行，有效期5年。", "\n",
          "执行中遇到的问题，请及时向市市场监督管理局（合同监管处）、市商务局（电子商务处）反映。"]
    para(doc, p5, clauses=cl)
    empty(doc)
    para(doc, "附件：1．跨境电商海外仓服务合同（示范文本）")
    para(doc, "　　　2．跨境电商海外仓服务合同签约风险提示")
    empty(doc, 3)
    para(doc, "深圳市市场监督管理局　　　　　深圳市商务局", WD_ALIGN_PARAGRAPH.RIGHT, False)
    para(doc, "2026年1月12日　　　　", WD_ALIGN_PARAGRAPH.RIGHT, False)
    empty(doc)
    para(doc, "（此件公开发布）")
    banji(doc, "抄送：市司法局，深圳海关，前海管理局。",
          "深圳市市场监督管理局办公室", "2026年1月12日印发")

    stem = "blind585_shenzhen_tongzhi"
    exp = [{"meta": {
        "title": "深圳市市场监督管理局 深圳市商务局关于印发《跨境电商海外仓服务合同（示范文本）》的通知",
        "doc_number": "深市监〔2026〕9号",
        "issuer": ["深圳市市场监督管理局", "深圳市商务局"],
        "date": "2026-01-12",
        "published": None,
        "level": "municipal",
        "region": "深圳市",
        "effective": "2026-02-01",
        "expires": "2031-01-31",
        "attachments": ["跨境电商海外仓服务合同（示范文本）", "跨境电商海外仓服务合同签约风险提示"],
        "doc_type": "通知",
        "recipients": ["各区市场监督管理局", "各区商务主管部门", "深圳市跨境电子商务协会", "有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }, "clauses": cl}]
    return stem, doc, exp


# ================================================================= Shenzhen contract
def make_shenzhen_hetong():
    doc = new_doc()
    cl = []
    nid = add_numbering(doc)
    # cover page
    empty(doc, 4)
    title(doc, "跨境电商海外仓服务合同", size=26)
    title(doc, "（示范文本）", size=22)
    empty(doc, 10)
    for s in ["深圳市市场监督管理局", "深圳市商务局", "制定", "二〇二六年一月"]:
        para(doc, [(s, KT, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    page_break(doc)
    para(doc, "合同编号：", WD_ALIGN_PARAGRAPH.RIGHT, False, size=14)
    # blank in cover line as underlined spaces (looks like a line, text is spaces)
    p = doc.paragraphs[-1]
    r = p.add_run("　　　　　　　　")
    set_run(r, FS, 14, underline=True)
    empty(doc)
    para(doc, [("使用说明", HT, True)], WD_ALIGN_PARAGRAPH.CENTER, False)
    notes = [
        "本合同为示范文本，由深圳市市场监督管理局、深圳市商务局于2026年1月12日联合制定，自2026年2月1日"
        "起推荐使用，供跨境电商经营者与海外仓服务企业参照使用。",
        "本合同所称海外仓，是指海外仓服务企业在境外设立，为跨境电商经营者提供货物仓储、订单处理、末端"
        "配送及退换货等服务的仓储设施。",
        "签订合同前，双方应当仔细阅读本合同条款，对合同中涉及法律适用、货物损失赔偿限额等内容应当"
        "重点关注。",
        "本合同中的空格部分（“____”）由双方协商填写，不需要填写的应当划“/”。",
        "双方可以对本示范文本的条款内容进行修改、增补或者删减。",
    ]
    for i, n in enumerate(notes, 1):
        numbered(doc, n, nid, cl)
        cl.append("%d．%s" % (i, n))
    empty(doc)
    for t_ in [
        "甲方（委托方）：" + BL,
        "统一社会信用代码：" + BL,
        "主要跨境电商平台店铺名称：" + BL,
        "乙方（海外仓服务方）：" + BL,
        "统一社会信用代码：" + BL,
        "海外仓地址：____________（国家/地区）____________",
    ]:
        para(doc, t_, indent=False, clauses=cl)
    para(doc, "甲乙双方根据《中华人民共和国民法典》《中华人民共和国电子商务法》等法律法规，在平等自愿、"
              "协商一致的基础上，就乙方为甲方提供海外仓服务事宜，订立本合同，以资共同遵守。", clauses=cl)

    def art(head, items):
        para(doc, [(head, HT, True)], indent=False)
        for it in items:
            if isinstance(it, tuple) and it[0] == "TABLE":
                fee_table(it[1], it[2])
            else:
                para(doc, it, clauses=cl)

    def fee_table(hdr, rows):
        t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(hdr):
            cell_text(t.cell(0, j), h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        for i, r in enumerate(rows, 1):
            for j, v in enumerate(r):
                cell_text(t.cell(i, j), v, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            cl.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))

    art("第一条　服务内容", [
        "1.1 乙方为甲方提供下列第____项海外仓服务：头程运输对接、入库验收、仓储保管、订单处理、拣货包装、"
        "尾程配送、退换货处理、其他：____________。",
        "1.2 乙方提供服务的海外仓位于____________（国家/地区）____________（城市），仓储面积不少于"
        "____平方米。",
    ])
    art("第二条　服务期限", [
        "2.1 本合同服务期限为____年，自____年____月____日起至____年____月____日止。",
        "2.2 服务期限届满前____日，任何一方未书面提出异议的，本合同自动续期____年。",
    ])
    art("第三条　货物入库", [
        "3.1 甲方应当在货物发运前____个工作日通过乙方仓储管理系统（WMS）提交入库预报，列明货物名称、"
        "SKU、数量、申报价值等信息。",
        "3.2 乙方应当在货物到仓后____个工作日内完成清点、验收和上架，并向甲方反馈入库结果。",
        "3.3 入库货物与预报信息不一致的，乙方应当在____小时内通知甲方，双方以乙方拍照留存的实收数量"
        "为准。",
    ])
    art("第四条　仓储管理", [
        "4.1 乙方应当按照货物特性分区存放，做好防潮、防火、防盗等措施，保证货物安全。",
        "4.2 乙方应当每月向甲方提供库存报告，库存差异率不得超过____%。",
        "4.3 甲方货物在库时间超过____日的，乙方可以按照本合同第五条约定加收长期仓储费。",
    ])
    art("第五条　服务费用", [
        "5.1 服务费用按下表标准计收：",
        ("TABLE", ["服务项目", "计费标准", "计费单位", "备注"], [
            ["入库操作费", "____元", "件", "含卸货、清点、上架"],
            ["仓储费", "____元", "立方米/日", "在库90日以内"],
            ["长期仓储费", "____元", "立方米/日", "在库超过90日"],
            ["订单处理费", "____元", "单", "含拣货、包装"],
            ["退货处理费", "____元", "件", "含检测、重新上架"],
        ]),
        "5.2 上述费用以____（币种）计价，以____（币种）结算，汇率按结算当日中国人民银行授权中国外汇"
        "交易中心公布的人民币汇率中间价计算。",
        "5.3 乙方应当于每月____日前向甲方出具上月费用账单，甲方应当在收到账单后____个工作日内付款。",
    ])
    art("第六条　出库与配送", [
        "6.1 乙方应当在收到甲方订单后____小时内完成出库，并上传物流跟踪单号。",
        "6.2 尾程配送承运人由____方选定。因承运人原因造成延误、丢失的，乙方应当协助甲方向承运人索赔。",
    ])
    art("第七条　合规义务", [
        "7.1 甲方应当保证委托存储的货物来源合法，不存在侵犯知识产权等情形，并符合仓库所在国家（地区）"
        "的进口、质量安全和标签要求。",
        "7.2 乙方发现货物可能违反所在国家（地区）法律法规的，应当及时通知甲方，并有权暂停提供相关服务。",
    ])
    art("第八条　货物损失赔偿", [
        "8.1 货物在乙方仓库内发生灭失、短少、损坏的，乙方应当按照货物申报价值予以赔偿，但每件最高不超过"
        "____元；因不可抗力或者货物自身性质造成的除外。",
        "8.2 甲方可以委托乙方为在库货物投保财产保险，保险费用由____方承担。",
    ])
    art("第九条　数据与信息安全", [
        "9.1 乙方应当妥善保管在履行本合同过程中获取的甲方经营数据和消费者个人信息，不得用于本合同以外"
        "的用途。",
        "9.2 涉及个人信息出境的，双方应当遵守《中华人民共和国个人信息保护法》等有关规定。",
    ])
    art("第十条　违约责任", [
        "10.1 甲方逾期支付费用的，每逾期一日，按逾期金额的____‰支付违约金；逾期超过____日的，乙方可以"
        "暂停出库服务。",
        "10.2 乙方未按约定时限完成入库或者出库的，每延误一日，按该批次服务费用的____%向甲方支付违约金。",
    ])
    art("第十一条　合同解除", [
        "11.1 一方严重违约致使合同目的不能实现的，另一方可以书面通知解除本合同。",
        "11.2 合同解除或者终止后，乙方应当配合甲方在____日内完成货物清仓或者转仓，甲方应当结清全部费用。",
    ])
    art("第十二条　法律适用与争议解决", [
        "12.1 本合同的订立、效力、解释、履行和争议解决适用中华人民共和国法律。",
        "12.2 因本合同引起的争议，双方协商不成的，按下列第____种方式解决：（1）提交深圳国际仲裁院仲裁；"
        "（2）向____________人民法院提起诉讼。",
    ])
    art("第十三条　其他", [
        "13.1 本合同未尽事宜，双方可以另行签订补充协议，补充协议与本合同具有同等法律效力。",
        "13.2 本合同一式____份，双方各执____份，自双方签字并盖章之日起生效。",
    ])
    para(doc, "（以下无正文）", WD_ALIGN_PARAGRAPH.CENTER, False)
    empty(doc)
    t = doc.add_table(rows=1, cols=2)
    t.style = doc.styles["Table Grid"]
    for j, who in enumerate(["甲方", "乙方"]):
        cell_text(t.cell(0, j), [who + "（盖章）：", "\n", "\n",
                                 "法定代表人/授权代表（签字）：", "\n", "\n",
                                 "日期：　　　年　　月　　日"], FS, 14)

    stem = "blind585_shenzhen_hetong"
    exp = [{"meta": {
        "title": "跨境电商海外仓服务合同（示范文本）",
        "doc_number": None,
        "issuer": ["深圳市市场监督管理局", "深圳市商务局"],
        "date": "2026-01-12",
        "published": None,
        "level": "municipal",
        "region": "深圳市",
        "effective": "2026-02-01",
        "expires": None,
        "attachments": [],
        "doc_type": "合同示范文本",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }, "clauses": cl}]
    return stem, doc, exp


def main():
    expected = {}
    for fn in (make_xiamen, make_shenzhen_tongzhi, make_shenzhen_hetong):
        stem, doc, exp = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = exp
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_585", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
