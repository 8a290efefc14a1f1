# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 506 blind documents: cross-border RMB / FX business FAQs (自贸区 / 自贸港)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, first_indent=True, align=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def add_border_bottom(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_field(par, font=SONG, size=14):
    r = par.add_run("— ")
    set_font(r, font, size)
    r = par.add_run()
    set_font(r, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = par.add_run()
    set_font(r, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = par.add_run()
    set_font(r, font, size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._element.append(f2)
    r = par.add_run(" —")
    set_font(r, font, size)


def page_setup(doc):
    s = doc.sections[0]
    s.page_height = Cm(29.7)
    s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    return s


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, first_indent=False, align=align, line=20)
    set_font(p.add_run(text), font, size, bold)


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first_indent=False)


def set_cell_borders_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def set_table_borders(table, top=None, bottom=None, insideH=None):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, val in (("top", top), ("left", None), ("bottom", bottom),
                      ("right", None), ("insideH", insideH), ("insideV", None)):
        e = OxmlElement("w:" + edge)
        if val:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(val))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def data_table(doc, header, rows, clauses, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.cell(0, i), h, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            cell_text(t.cell(r, i), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(Cm(w).twips)))
            tcW.set(qn("w:type"), "dxa")


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_506", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ====================================================================
# Document 1: bank branch FAQ, Xiamen area of Fujian pilot FTZ
# ====================================================================
BANK = "中国银行股份有限公司厦门自贸试验区分行"

# ('h1', text) / ('h2', text) : heading on its own line
# ('qa', num, question, answer, mode) mode: same | br | next
# ('sub', text) ; ('p', text) ; ('table', header, rows) ; ('blank',)
XM = [
    ("p", "为便利中国（福建）自由贸易试验区厦门片区内企业和个人办理跨境人民币及外汇业务，我行根据国家外汇管理局、中国人民银行相关规定，结合近年来客户咨询的热点问题，对2024年版常见问题解答进行了修订，形成本解答。本解答仅供客户参考，不作为业务办理的依据。"),
    ("blank",),
    ("h1", "一、经常项目"),
    ("qa", "1.", "区内企业办理货物贸易外汇收支，是否还需要到外汇局办理名录登记？",
     "不需要。货物贸易外汇收支名录登记已改由银行直接办理，企业首次办理货物贸易外汇收支业务前，可持营业执照到我行任一网点办理名录登记，登记结果实时生效。", "same"),
    ("qa", "2.", "哪些企业可以申请贸易外汇收支便利化试点？",
     "诚信守法、内控制度健全、近两年无外汇违规记录的企业，经我行审核推荐并报国家外汇管理局厦门市分局备案后，可纳入贸易外汇收支便利化试点，享受单证审核简化、收付汇凭指令办理等便利。", "same"),
    ("qa", "3.", "试点企业办理货物贸易收付汇时，还需要提交报关单吗？",
     "一般情况下无需逐笔提交报关单、合同、发票等单证，企业提交《跨境业务收付款指令》即可办理。我行将按照“展业三原则”进行事后抽查，企业应留存相关单证5年备查。", "br"),
    ("qa", "4.", "跨境电商企业可以通过哪些方式办理货款收结汇？",
     "跨境电商企业可根据自身经营模式选择以下方式：", "same"),
    ("sub", "（1）通过具有跨境支付业务资质的支付机构办理收结汇，支付机构凭交易电子信息为企业集中办理；"),
    ("sub", "（2）以企业名义直接在我行开立经常项目外汇结算账户，凭平台交易明细办理收汇；"),
    ("sub", "（3）通过跨境电商综合服务企业代理办理收结汇，由综合服务企业承担交易真实性审核责任。"),
    ("qa", "5.", "跨境电商出口海外仓模式下，收汇金额与报关金额不一致怎么办？",
     "海外仓模式下货物先出口、后销售，收汇金额与报关金额存在差异属正常情况。企业可凭海外仓销售明细、仓储合同等材料办理收汇，差额原因在系统中如实申报即可，无需逐笔进行报告。", "same"),
    ("qa", "6.", "跨境电商企业能否将出口货款存放境外？",
     "符合条件的跨境电商企业可以将出口货款存放境外，存放期限及金额应当符合国家外汇管理局相关规定，调回时可直接在我行办理入账。", "same"),
    ("qa", "7.", "市场采购贸易方式下，个体工商户如何办理收汇？",
     "在市场采购贸易联网信息平台备案的个体工商户，可凭平台交易信息在我行开立个人外汇结算账户，办理市场采购贸易项下外汇收入入账及结汇。", "same"),
    ("qa", "8.", "中欧班列运输费用可以用人民币跨境支付吗？",
     "可以。中欧（厦门）班列项下国际运费、仓储费、代理费等，企业可使用人民币与境外承运人、代理人直接结算。我行可为班列运营平台公司提供人民币跨境集中收付服务。", "same"),
    ("qa", "9.", "企业支付境外运费时，需要提交哪些材料？", "按单笔金额区分如下：", "same"),
    ("table", ["业务情形", "需提交材料"], [
        ["单笔等值5万美元以下（含）", "原则上无需提交单证，凭收付款指令办理"],
        ["单笔等值5万美元以上", "运输合同或提单、运费发票"],
        ["向境外关联方支付", "运输合同、运费发票及关联交易说明"],
    ]),
    ("qa", "10.", "服务贸易对外支付是否都需要办理税务备案？",
     "单笔支付等值5万美元以上的服务贸易、收益、经常转移和部分资本项目对外支付，企业应当向主管税务机关办理税务备案，并向我行提交《服务贸易等项目对外支付税务备案表》或备案编号。以下情形无需办理税务备案：", "next"),
    ("sub", "（1）境内机构在境外发生的差旅、会议、商品展销等各项费用；"),
    ("sub", "（2）境内机构在境外代表机构的办公经费；"),
    ("sub", "（3）进口贸易项下境外机构获得的国际运输费用；"),
    ("sub", "（4）境内个人境外留学、旅游、探亲等因私用汇。"),
    ("qa", "11.", "企业能否以人民币向境外支付技术许可费？",
     "可以。企业凭技术进出口合同（或合同登记证书）、发票等材料，即可在我行办理人民币跨境支付；单笔等值5万美元以上的，还需提供税务备案表。", "same"),
    ("qa", "12.", "区内企业与境外企业之间的经常项目收支能否轧差结算？",
     "符合条件的跨国公司可通过跨境资金集中运营业务对经常项目收支实行集中收付和轧差净额结算；其他企业确有需要的，应事先向我行提交轧差结算说明，并完整申报收支数据。", "same"),
    ("qa", "13.", "经常项目外汇收入是否必须调回境内？",
     "企业经常项目外汇收入可以按规定保留在境内外汇账户，也可以按规定存放境外；跨境人民币收入可直接进入企业人民币银行结算账户。", "same"),
    ("qa", "14.", "出口收入结汇后资金是否有用途限制？",
     "经常项目外汇收入结汇后的人民币资金，企业可自主使用，但不得用于国家法律法规禁止的用途。", "same"),
    ("qa", "15.", "企业进口付汇后发生退汇怎么办？",
     "因合同取消等原因发生进口退汇的，企业可在原付汇银行办理退汇入账，退汇资金原路返回。超过原付汇日期180天或非原路退回的，企业需向我行提交书面说明及相关证明材料。", "same"),
    ("qa", "16.", "如何查询企业的贸易外汇分类等级？",
     "企业可登录国家外汇管理局数字外管平台（ASOne）查询本企业分类等级，也可持营业执照到我行柜台由经办人员协助查询。分类等级分为A、B、C三类。", "same"),
    ("qa", "17.", "B类、C类企业办理业务有哪些限制？", "主要限制如下：", "same"),
    ("sub", "（1）B类企业贸易外汇收支实行电子数据核查管理，收付汇需逐笔核对报关数据；"),
    ("sub", "（2）C类企业贸易外汇收支须经外汇局逐笔登记后方可办理；"),
    ("sub", "（3）B类、C类企业均不能享受贸易外汇收支便利化政策。"),
    ("blank",),
    ("h1", "二、资本项目"),
    ("h2", "（一）外商直接投资"),
    ("qa", "18.", "外商投资企业设立后，在哪里办理外汇登记？",
     "外商投资企业在市场监督管理部门完成注册登记后，可直接在我行办理外商直接投资基本信息登记，无需前往外汇局。", "same"),
    ("qa", "19.", "办理外商直接投资基本信息登记需要提交哪些材料？", "一般需提交以下材料：", "same"),
    ("table", ["序号", "材料名称", "备注"], [
        ["1", "《境内直接投资基本信息登记业务申请表（一）》", "加盖企业公章"],
        ["2", "营业执照", "复印件"],
        ["3", "外商投资信息报告回执", "系统打印件"],
        ["4", "法定代表人身份证件", "复印件"],
    ]),
    ("qa", "20.", "外商投资企业的资本金可以直接结汇吗？",
     "可以。外商投资企业资本金实行意愿结汇，企业可根据实际经营需要随时办理结汇，结汇所得人民币资金划入资本项目结汇待支付账户。", "same"),
    ("qa", "21.", "资本金结汇资金可以用于哪些用途？",
     "资本项目收入及其结汇所得人民币资金应在企业经营范围内遵循真实、自用原则使用，不得用于以下用途：", "next"),
    ("sub", "（1）直接或间接用于企业经营范围之外或国家法律法规禁止的支出；"),
    ("sub", "（2）除另有明确规定外，直接或间接用于证券投资或其他投资理财（风险评级结果不高于二级的理财产品及结构性存款除外）；"),
    ("sub", "（3）用于向非关联企业发放贷款，经营范围明确许可的情形除外；"),
    ("sub", "（4）用于建设、购买非自用房地产（房地产企业除外）。"),
    ("qa", "22.", "什么是资本项目收入支付便利化？",
     "符合条件的企业将资本金、外债和境外上市等资本项目收入用于境内支付时，无需事前向我行逐笔提供真实性证明材料，凭《资本项目收入支付便利化业务支付命令函》即可办理，我行事后进行抽查。", "br"),
    ("qa", "23.", "境外投资者可以用人民币出资吗？",
     "可以。境外投资者可使用境外合法取得的人民币对区内企业出资，人民币资本金应存入人民币资本金专用存款账户。", "same"),
    ("qa", "24.", "境外投资者将境内所得利润再投资，需要办理哪些手续？",
     "被投资企业应在我行办理基本信息登记或变更登记；符合条件的，资金可直接从利润分配企业账户划转至被投资企业账户，无需汇出境外。", "same"),
    ("qa", "25.", "外商投资企业减资、清算后，资金如何汇出？",
     "企业应先在我行办理减资或注销登记，凭登记凭证、股东会决议、完税证明等材料，将减资或清算所得资金以外汇或人民币汇出境外。", "same"),
    ("h2", "（二）外债与跨境融资"),
    ("qa", "26.", "区内企业借用外债，需要事前审批吗？",
     "不需要。非金融企业借用外债实行登记管理，应当在外债合同签约后15个工作日内，到我行办理外债签约登记。", "same"),
    ("qa", "27.", "企业跨境融资额度如何计算？", "按以下公式及参数计算：", "same"),
    ("table", ["项目", "计算方式或取值"], [
        ["跨境融资风险加权余额上限", "资本或净资产×跨境融资杠杆率×宏观审慎调节参数"],
        ["非金融企业跨境融资杠杆率", "2"],
        ["宏观审慎调节参数", "1.75（以中国人民银行最新公布为准）"],
        ["资本或净资产", "以最近一期经审计的财务报表中的净资产为准"],
    ]),
    ("qa", "28.", "外债资金可以用于哪些用途？",
     "外债资金应当用于企业自身经营，不得用于非自用房地产、证券投资（另有规定的除外）及向非关联企业发放贷款。", "same"),
    ("qa", "29.", "企业可以从境外借入人民币外债吗？",
     "可以。人民币外债与外币外债一并纳入跨境融资宏观审慎管理，资金可直接划入企业人民币专用存款账户，无需办理结汇。", "same"),
    ("qa", "30.", "区内企业是否可以办理一次性外债登记？",
     "符合条件的高新技术企业和“专精特新”企业可在不超过等值1000万美元额度内自主借用外债，并办理一次性外债登记，额度内借款无需逐笔登记。", "same"),
    ("qa", "31.", "外债还本付息需要办理什么手续？",
     "企业可直接在我行办理外债还本付息；提前还款的，应提交经境外债权人确认的提前还款证明。", "same"),
    ("qa", "32.", "境内企业向境外放款有额度限制吗？",
     "有。境内企业境外放款余额不得超过其所有者权益的0.5倍（宏观审慎调节系数以中国人民银行最新规定为准）。境外放款应在我行办理登记，放款期限原则上在6个月至5年之间。", "same"),
    ("h2", "（三）境外投资"),
    ("qa", "33.", "企业开展境外直接投资，需要先取得哪些核准或备案文件？",
     "企业开展境外直接投资前，应当取得：", "same"),
    ("sub", "（1）发展改革部门出具的境外投资项目核准文件或备案通知书；"),
    ("sub", "（2）商务部门颁发的《企业境外投资证书》；"),
    ("sub", "（3）涉及敏感国家和地区、敏感行业的，还需取得相应主管部门的核准文件。"),
    ("qa", "34.", "境外直接投资外汇登记在哪里办理？",
     "企业可直接在我行办理境外直接投资外汇登记，登记完成后即可汇出前期费用或投资款。", "same"),
    ("qa", "35.", "境外直接投资前期费用有额度限制吗？",
     "有。前期费用累计汇出额原则上不超过300万美元且不超过中方投资总额的15%。", "same"),
    ("qa", "36.", "境外企业利润可以留存境外吗？",
     "可以。境外企业利润可留存境外用于再投资，境内投资主体应在每年9月30日前办理境外直接投资存量权益登记。", "same"),
    ("qa", "37.", "参与“一带一路”项目的企业，能否使用人民币对外投资？",
     "可以。我行鼓励企业在“一带一路”项目中使用人民币，可提供人民币境外直接投资、人民币境外项目贷款、跨境人民币保函等一揽子服务。", "same"),
    ("blank",),
    ("h1", "三、跨境人民币与投融资便利化"),
    ("qa", "38．", "什么是跨境人民币结算优质企业便利化？",
     "经我行审核认定的优质企业，在办理货物贸易、服务贸易及资本项目人民币收付时，可凭《跨境人民币收付款说明》直接办理，无需事前提交合同、发票等交易单证。", "same"),
    ("qa", "39．", "如何申请成为跨境人民币结算优质企业？",
     "企业应同时满足以下条件：", "same"),
    ("sub", "（1）近两年无外汇、跨境人民币及反洗钱违规记录；"),
    ("sub", "（2）上一年度跨境收支结算量超过等值200万美元；"),
    ("sub", "（3）货物贸易外汇分类等级为A类；"),
    ("sub", "（4）经我行综合评估，内部管理制度健全。"),
    ("qa", "40．", "什么是跨国公司本外币一体化资金池？",
     "跨国公司本外币一体化资金池是指跨国公司以境内成员企业为主办企业，通过主账户集中管理境内外成员企业本外币资金，实现本外币资金一体化集中调拨和归集的业务。", "br"),
    ("qa", "41．", "设立本外币一体化资金池需要满足什么条件？",
     "主办企业应具备真实业务需求，上一年度境内外成员企业本外币跨境收支合计超过等值10亿美元（厦门片区为等值5亿美元），且近两年无重大违规记录。", "same"),
    ("qa", "42．", "区内企业能否办理跨境人民币双向资金池？",
     "可以。企业集团可按照中国人民银行相关规定，选定一家境内成员企业作为主办企业，在我行开立人民币专用存款账户，开展跨境双向人民币资金归集业务。", "same"),
    ("qa", "43．", "境外机构能否在区内银行开立人民币账户？",
     "可以。境外机构可在我行开立境外机构人民币银行结算账户（NRA账户），用于跨境贸易、投资等人民币结算。", "same"),
    ("qa", "44．", "离岸转手买卖如何办理跨境结算？",
     "企业办理离岸转手买卖收支，应提交合同、提单或仓单等物权凭证，我行审核货物流、资金流与订单流的一致性后办理。收支原则上应同币种结算，并全额申报。", "same"),
    ("qa", "45．", "新型离岸国际贸易需要提交哪些材料？",
     "除合同、发票外，企业还应根据业务类型提交以下材料：（1）全球采购业务提交采购订单及物流单据；（2）委托境外加工业务提交加工合同及货物流转证明；（3）承包工程境外购买货物业务提交工程承包合同。", "same"),
    ("blank",),
    ("h1", "四、个人业务"),
    ("qa", "46.", "个人年度便利化额度是多少？",
     "境内个人和境外个人每人每年分别享有等值5万美元的结汇和购汇便利化额度。", "same"),
    ("qa", "47.", "台湾居民在厦门片区工作，工资收入能否购汇汇出？",
     "可以。台湾居民可凭台湾居民来往大陆通行证、劳动合同及完税证明，将合法取得的工资收入在我行购汇后汇出，或以人民币直接汇至台湾地区。", "same"),
    ("qa", "48.", "个人可以办理跨境人民币汇款吗？",
     "可以。个人经常项目项下人民币跨境汇款，凭本人有效身份证件及相关交易材料即可办理。", "same"),
    ("qa", "49.", "个人经常项目用汇超过年度额度怎么办？", "按不同用途提供相应材料：", "same"),
    ("table", ["业务类型", "年度额度内", "超过年度额度"], [
        ["境外留学购汇", "凭本人有效身份证件办理", "另需提供录取通知书和学费证明"],
        ["境外就医购汇", "凭本人有效身份证件办理", "另需提供医疗机构费用证明"],
        ["工资收入结汇", "凭本人有效身份证件办理", "另需提供劳动合同和完税证明"],
    ]),
    ("qa", "50.", "个体工商户能否以人民币办理跨境结算？",
     "可以。个体工商户可凭营业执照在我行开立个人或单位银行结算账户，办理货物贸易、服务贸易项下人民币跨境结算。", "same"),
    ("blank",),
    ("h1", "五、其他"),
    ("qa", "51.", "办理跨境业务时，银行为什么要求企业提供交易背景材料？",
     "根据“了解客户、了解业务、尽职审查”的展业原则，银行须对跨境交易的真实性、合规性进行审核，企业应予以配合。", "same"),
    ("qa", "52.", "企业是否可以通过线上方式办理跨境业务？",
     "可以。企业可通过我行企业网银、手机银行及跨境金融服务平台在线提交收付款指令和电子单证，实现跨境业务“足不出户”办理。", "same"),
    ("qa", "53.", "企业如何管理汇率风险？",
     "企业应树立汇率风险中性理念，可通过我行办理远期结售汇、外汇掉期、货币掉期及外汇期权等业务锁定汇率成本。", "same"),
    ("qa", "54.", "遇到政策问题可以向谁咨询？",
     "可拨打我行客服热线95566，或联系我行国际结算部，联系电话：0592-5316682。", "same"),
    ("blank",),
    ("p", "本解答自2026年1月1日起使用，《中国（福建）自由贸易试验区厦门片区跨境人民币及外汇业务常见问题解答（2024年版）》同时停止使用。本解答内容如与国家最新政策规定不一致的，以最新规定为准。"),
]


def build_xiamen():
    doc = Document()
    sec = page_setup(doc)
    clauses = []

    # running header (not body)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("中国银行厦门自贸试验区分行 · 跨境业务常见问题解答（2026年版）"), SONG, 9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # title split across two paragraphs
    for line in ("中国（福建）自由贸易试验区厦门片区", "跨境人民币及外汇业务常见问题解答"):
        p = doc.add_paragraph()
        fmt(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
        set_font(p.add_run(line), XBS, 22)
    p = doc.add_paragraph()
    fmt(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    set_font(p.add_run("（2026年版）"), KT, 16)
    empty(doc)

    for item in XM:
        kind = item[0]
        if kind == "blank":
            empty(doc)
        elif kind == "h1":
            p = doc.add_paragraph()
            fmt(p)
            set_font(p.add_run(item[1]), HT, 16)
        elif kind == "h2":
            p = doc.add_paragraph()
            fmt(p)
            set_font(p.add_run(item[1]), KT, 16, bold=True)
        elif kind == "p":
            p = doc.add_paragraph()
            fmt(p)
            set_font(p.add_run(item[1]), FS, 16)
            clauses.append(item[1])
        elif kind == "sub":
            p = doc.add_paragraph()
            fmt(p)
            set_font(p.add_run(item[1]), FS, 16)
            clauses.append(item[1])
        elif kind == "qa":
            _, num, q, a, mode = item
            p = doc.add_paragraph()
            fmt(p)
            set_font(p.add_run(num), FS, 16, bold=True)
            set_font(p.add_run(q), FS, 16, bold=True)
            if mode == "same":
                set_font(p.add_run(a), FS, 16)
                clauses.append(num + q + a)
            elif mode == "br":
                r = p.add_run()
                set_font(r, FS, 16)
                r.add_break(WD_BREAK.LINE)
                set_font(p.add_run(a), FS, 16)
                clauses.append(num + q + a)
            else:  # next paragraph
                clauses.append(num + q)
                p2 = doc.add_paragraph()
                fmt(p2)
                set_font(p2.add_run(a), FS, 16)
                clauses.append(a)
        elif kind == "table":
            data_table(doc, item[1], item[2], clauses)
        else:
            raise ValueError(kind)

    # signature with manual spaces
    empty(doc, 2)
    p = doc.add_paragraph()
    fmt(p, first_indent=False)
    set_font(p.add_run("\u3000" * 8 + BANK), FS, 16)
    p = doc.add_paragraph()
    fmt(p, first_indent=False)
    set_font(p.add_run("\u3000" * 15 + "2025年12月18日"), FS, 16)

    path = os.path.join(HERE, "blind506_xiamen_wenda.docx")
    doc.save(path)
    meta = {
        "title": "中国（福建）自由贸易试验区厦门片区跨境人民币及外汇业务常见问题解答（2026年版）",
        "doc_number": None,
        "issuer": [BANK],
        "date": "2025-12-18",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": "2026-01-01",
        "expires": None,
        "attachments": [],
        "doc_type": "问答",
        "recipients": [],
        "publicity": None,
        "repeals": "中国（福建）自由贸易试验区厦门片区跨境人民币及外汇业务常见问题解答（2024年版）",
    }
    return path, [{"meta": meta, "clauses": clauses}]


# ====================================================================
# Document 2: PBOC Hainan + SAFE Hainan notice issuing a 政策问答 (attachment)
# ====================================================================
PBOC = "中国人民银行海南省分行"
SAFE = "国家外汇管理局海南省分局"
QA_TITLE = "海南自由贸易港跨境人民币与外汇业务政策问答（2026年版）"

NOTICE_BODY = [
    "为深入贯彻落实《海南自由贸易港建设总体方案》和《中华人民共和国海南自由贸易港法》，推动海南自由贸易港跨境贸易投资高水平开放，进一步提升跨境人民币和外汇业务办理的规范性和便利度，中国人民银行海南省分行、国家外汇管理局海南省分局在总结全岛封关运作准备工作经验的基础上，编写了《海南自由贸易港跨境人民币与外汇业务政策问答（2026年版）》（以下简称《政策问答》），现印发给你们，并就有关事项通知如下：",
    "一、加强政策宣导。各银行要将《政策问答》作为对外宣传和客户服务的重要参考，通过营业网点、门户网站、手机银行等渠道向企业和个人广泛宣传，切实提高政策知晓度。",
    "二、规范业务办理。各银行要对照《政策问答》梳理本行跨境人民币和外汇业务操作规程，于2026年3月31日前完成内部制度修订，确保政策口径统一、执行到位。",
    "三、做好培训解释工作。各银行要组织一线业务人员开展专题培训，准确理解政策要求，耐心做好客户解释工作，不得以内部规定为由拒绝办理合规业务。",
    "四、及时反馈问题。执行中遇到的问题和客户意见建议，请及时向中国人民银行海南省分行跨境人民币业务处和国家外汇管理局海南省分局经常项目管理处反映。",
    "联系人：王琳，电话：0898-66531207；陈思远，电话：0898-66531185。",
]

# ('h1', text) ; ('q', question) auto-numbered ; ('a', answer) answer paragraph with 答：
# ('sub', text) ; ('table', header, rows) ; ('p', text)
HN = [
    ("h1", "一、经常项目"),
    ("q", "海南自由贸易港全岛封关运作后，企业办理货物贸易外汇收支的政策有何变化？"),
    ("a", "全岛封关运作后，“一线”进出境货物和“二线”进出岛货物的外汇管理政策保持连续稳定。企业与境外之间的货物贸易收支仍按跨境收支管理；海南与内地之间的货物往来属于境内交易，以人民币结算，不属于跨境收支。"),
    ("q", "企业从境外进口货物存放在海关特殊监管区域内，付款时如何申报？"),
    ("a", "企业应按实际交易性质申报为货物贸易项下支出，并在交易附言中注明货物所在海关特殊监管区域名称。"),
    ("q", "哪些银行可以为企业办理贸易外汇收支便利化业务？"),
    ("a", "在海南省内设立的银行机构均可按规定申请开展贸易外汇收支便利化业务，银行应向国家外汇管理局海南省分局报备实施细则后方可办理。"),
    ("q", "便利化试点企业应当符合哪些条件？"),
    ("a", "便利化试点企业一般应同时符合以下条件："),
    ("sub", "（1）货物贸易外汇管理分类结果为A类；"),
    ("sub", "（2）近两年无外汇违规行为记录；"),
    ("sub", "（3）内部管理制度健全，跨境收支业务具有真实合法的交易背景；"),
    ("sub", "（4）经办银行认可的其他条件。"),
    ("q", "新型离岸国际贸易的收付款，银行审核的重点是什么？"),
    ("a", "银行应重点审核交易的真实性和合理性，结合合同、提单、仓单等物权凭证以及物流信息，确认货物流、资金流、订单流相互匹配，防范虚构贸易背景。"),
    ("q", "离岸转手买卖业务能否实行收支轧差结算？"),
    ("a", "不能。离岸转手买卖收支应当全额申报，原则上“先收后付”、同币种结算。确有“先付后收”需要的，经办银行应加强审核。"),
    ("q", "服务贸易项下对外支付单笔金额多少以下无需审核单证？"),
    ("a", "服务贸易项下单笔等值5万美元以下（含）的对外支付，原则上银行无需审核交易单证；但资金性质不明确的，银行应当要求企业提交相关单证。"),
    ("q", "企业支付境外技术服务费，需要提供哪些材料？"),
    ("a", "按下表提交："),
    ("table", ["支付情形", "所需材料"], [
        ["单笔等值5万美元以下（含）", "支付指令"],
        ["单笔等值5万美元以上", "支付指令、合同、发票、税务备案表编号"],
        ["涉及技术进口", "另需提供技术进出口合同登记证书"],
    ]),
    ("q", "海南企业向境外支付航运、航空运费，能否使用人民币？"),
    ("a", "可以。企业可与境外承运人约定以人民币计价结算，银行凭支付指令和运费单据办理。"),
    ("q", "外籍船员工资能否在海南直接以外币发放？"),
    ("a", "可以。船公司可以通过外汇账户向外籍船员支付工资，外籍船员也可凭护照、劳动合同在银行办理结汇或购汇汇出。"),
    ("q", "跨境电商企业在海南开展进口业务，付汇时如何办理？"),
    ("a", "跨境电商企业可通过具有跨境支付业务资质的支付机构或银行集中办理进口付汇，银行和支付机构凭交易电子信息审核，单笔交易无需逐一提供纸质单证。"),
    ("q", "跨境电商出口货款能否存放在海外仓所在国家或地区？"),
    ("a", "可以。符合条件的跨境电商企业可将出口货款存放境外，用于海外仓租赁、境外营销推广等支出，存放期限和金额按国家外汇管理局有关规定执行。"),
    ("q", "企业因贸易纠纷需要向境外支付赔偿款，如何办理？"),
    ("a", "企业可凭合同、仲裁裁决书或法院判决书等材料在银行办理，并按货物贸易或服务贸易项下如实申报。"),
    ("q", "经常项目资金能否集中收付？"),
    ("a", "可以。跨国公司可通过本外币一体化资金池对经常项目资金实行集中收付和轧差净额结算。"),
    ("h1", "二、资本项目"),
    ("q", "外商投资企业在海南办理外汇登记，是否需要前往外汇局？"),
    ("a", "不需要。外商投资企业可直接在银行办理外商直接投资基本信息登记及变更、注销登记。"),
    ("q", "海南自由贸易港合格境外有限合伙人（QFLP）试点企业可以投资哪些领域？"),
    ("a", "QFLP试点企业可以通过股权投资、可转换债投资等方式，投资境内非上市企业、上市企业非公开发行和交易的普通股以及法律法规允许的其他领域。"),
    ("q", "QFLP试点企业资金如何进出？"),
    ("a", "QFLP试点企业应在银行开立专用账户，在登记的投资规模内，资金可按实际投资需要汇入、汇出，银行凭投资协议、出资证明等材料办理。"),
    ("q", "什么是合格境内有限合伙人（QDLP）试点？"),
    ("a", "QDLP试点是指经批准的试点机构在境内募集资金，以人民币或外币形式投资境外一级、二级市场的业务。"),
    ("q", "QDLP试点企业境外投资额度如何管理？"),
    ("a", "QDLP境外投资额度由海南省地方金融管理部门会同国家外汇管理局海南省分局实行余额管理，试点企业在额度内可循环使用。"),
    ("q", "资本项目收入可以用于境内股权投资吗？"),
    ("a", "可以。非投资性外商投资企业在不违反现行外商投资准入特别管理措施且境内所投项目真实、合规的前提下，可以依法以资本金进行境内股权投资。"),
    ("q", "资本项目收入结汇支付有哪些负面清单？"),
    ("a", "资本项目收入及其结汇所得人民币资金不得用于：（1）企业经营范围之外或国家法律法规禁止的支出；（2）除另有明确规定外的证券投资或其他投资理财；（3）向非关联企业发放贷款，经营范围明确许可的情形除外；（4）建设、购买非自用房地产，房地产企业除外。"),
    ("q", "外债便利化额度试点如何在海南实施？"),
    ("a", "海南自由贸易港内符合条件的非金融企业，可在等值1000万美元额度内自主借用外债，额度内借款实行一次性登记。"),
    ("q", "海南企业跨境融资宏观审慎参数是多少？"),
    ("a", "现行参数如下："),
    ("table", ["参数名称", "取值", "说明"], [
        ["跨境融资杠杆率", "2", "适用于非金融企业"],
        ["宏观审慎调节参数", "1.75", "以中国人民银行最新公布为准"],
        ["境外放款杠杆率", "0.5", "适用于境内企业境外放款"],
    ]),
    ("q", "外债资金可以用于偿还境内人民币贷款吗？"),
    ("a", "可以。企业可将外债资金用于偿还自身境内金融机构人民币贷款，但不得用于偿还关联企业贷款。"),
    ("q", "境外上市募集资金能否调回境内结汇使用？"),
    ("a", "可以。企业在办理境外上市登记后，募集资金可调回境内外汇账户或人民币专用存款账户，并按资本项目收入有关规定使用。"),
    ("q", "海南企业在境外发行人民币债券后，资金能否调回境内？"),
    ("a", "可以。企业在境外发行人民币债券募集的资金，可按实际需要调回境内使用，并按规定办理外债登记。"),
    ("q", "海南企业境外放款的额度如何计算？"),
    ("a", "境外放款余额上限=所有者权益×境外放款杠杆率×宏观审慎调节系数，其中境外放款杠杆率为0.5，宏观审慎调节系数为1。"),
    ("q", "境外直接投资外汇登记应当在何时办理？"),
    ("a", "境内投资主体应当在汇出投资款之前，持商务部门、发展改革部门的核准或备案文件到银行办理境外直接投资外汇登记。"),
    ("q", "境外直接投资存量权益登记的截止时间是什么时候？"),
    ("a", "境内投资主体应当于每年9月30日前，通过银行报送上年末境外直接投资存量权益数据。"),
    ("q", "外国投资者以境外人民币直接投资海南企业，需要注意什么？"),
    ("a", "外国投资者以境外人民币出资的，被投资企业应开立人民币资本金专用存款账户，人民币资本金不得用于证券投资、委托贷款等用途。"),
    ("h1", "三、多功能自由贸易账户（EF账户）"),
    ("q", "什么是多功能自由贸易账户？"),
    ("a", "多功能自由贸易账户（EF账户）是在海南自由贸易港内开立的本外币合一账户，按照“一线放开、二线管住”原则实行分账核算管理，可为企业提供跨境贸易投资便利化的资金结算服务。"),
    ("q", "哪些主体可以开立EF账户？"),
    ("a", "以下主体可以开立EF账户："),
    ("sub", "（1）在海南自由贸易港依法注册的企业；"),
    ("sub", "（2）在海南自由贸易港工作的境外个人；"),
    ("sub", "（3）境外机构。"),
    ("q", "EF账户与境内普通账户之间的资金划转有何规定？"),
    ("a", "EF账户与境内（含海南）非EF账户之间的资金划转，视同跨境业务管理，应当遵守跨境收支相关规定。"),
    ("q", "EF账户可以办理哪些收付？"),
    ("a", "EF账户资金收付范围如下："),
    ("table", ["账户类型", "可办理的收入", "可办理的支出"], [
        ["单位EF账户", "经常项目收入、资本项目收入、同名账户划入", "经常项目支出、资本项目支出、同名账户划出"],
        ["境外机构EF账户", "境外汇入、境内非居民账户划入", "汇往境外、境内结算支付"],
        ["个人EF账户", "工资薪金、投资收益", "经常项目支出、汇往境外"],
    ]),
    ("q", "EF账户内资金可以自由兑换吗？"),
    ("a", "EF账户内资金可以在银行自由兑换，汇率由银行按市场供求自主确定。"),
    ("q", "EF账户能否办理融资？"),
    ("a", "可以。银行可以为EF账户主体提供本外币融资，融资资金按规定使用，境外融资纳入跨境融资宏观审慎管理。"),
    ("q", "开立EF账户需要提交哪些材料？"),
    ("a", "企业开立EF账户应当提交："),
    ("sub", "（1）营业执照；"),
    ("sub", "（2）法定代表人身份证件；"),
    ("sub", "（3）开户申请书及账户使用承诺书；"),
    ("sub", "（4）银行要求的其他材料。"),
    ("q", "同一企业可以在多家银行开立EF账户吗？"),
    ("a", "可以。但同一企业在同一家银行只能开立一个EF账户，可下设不同币种的子账户。"),
    ("q", "EF账户的存款利率如何确定？"),
    ("a", "EF账户存款利率由银行参考境内外市场利率自主确定。"),
    ("h1", "四、跨境人民币创新业务"),
    ("q", "海南企业可以开展哪些跨境人民币创新业务？"),
    ("a", "海南企业可以开展跨境人民币贸易融资资产转让、跨境双向人民币资金池、境外人民币直接投资、人民币境外放款等创新业务。"),
    ("q", "境外机构能否在海南开立NRA账户并用于投资？"),
    ("a", "可以。境外机构可在海南银行机构开立境外机构人民币银行结算账户（NRA账户），用于跨境贸易结算、境内直接投资等业务。"),
    ("q", "跨境人民币贸易融资资产转让业务如何开展？"),
    ("a", "海南银行机构可以将真实贸易背景下形成的人民币贸易融资资产转让给境外银行，转让收入和支出均以人民币结算，并应当按规定报送相关信息。"),
    ("q", "跨境双向人民币资金池的准入条件是什么？"),
    ("a", "企业集团开展跨境双向人民币资金池业务，应当同时满足以下条件："),
    ("sub", "（1）参加归集的境内成员企业上年度营业收入合计不低于5亿元人民币；"),
    ("sub", "（2）参加归集的境外成员企业上年度营业收入合计不低于1亿元人民币；"),
    ("sub", "（3）成员企业经营时间1年以上，且未被列入出口货物贸易人民币结算重点监管企业名单。"),
    ("q", "海南企业能否直接以人民币向境外发放贷款？"),
    ("a", "可以。海南企业可向其具有股权关联关系的境外企业发放人民币贷款，放款余额纳入境外放款宏观审慎管理。"),
    ("q", "跨境人民币业务是否都需要提供交易单证？"),
    ("a", "不一定。银行可按照“展业三原则”，对优质企业的跨境人民币收付凭收付款指令直接办理，对其他企业则应审核相应交易单证。"),
    ("h1", "五、个人及其他"),
    ("q", "境外来琼人员能否使用境外银行卡在海南消费？"),
    ("a", "可以。境外来琼人员可使用境外银行卡在海南受理商户刷卡消费，也可通过绑定境外银行卡使用移动支付。"),
    ("q", "外籍人士在海南就业，工资收入如何汇出？"),
    ("a", "外籍人士可凭护照、劳动合同、完税证明等材料，在银行将合法取得的工资收入购汇汇出，或以人民币直接汇出境外。"),
    ("q", "个人购汇用于境外留学的额度是多少？"),
    ("a", "个人年度购汇便利化额度为等值5万美元，超过额度的，凭录取通知书、学费证明等材料在银行办理。"),
    ("q", "银行如何开展跨境业务尽职调查？"),
    ("a", "银行应按照“了解客户、了解业务、尽职审查”的原则，对客户身份、交易背景和资金用途进行审核，对可疑交易按规定报告。"),
    ("q", "企业或个人对业务办理有疑问，可向谁咨询？"),
    ("a", "可向经办银行咨询，也可拨打中国人民银行海南省分行咨询电话0898-66531207、国家外汇管理局海南省分局咨询电话0898-66531185。"),
    ("p", "本问答内容仅供参考，具体业务办理以法律法规和监管规定为准。"),
]


def add_qa_numbering(doc, num_id=90, abs_id=90):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
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
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    rpr.append(OxmlElement("w:b"))
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def build_hainan():
    doc = Document()
    sec = page_setup(doc)
    num_id = add_qa_numbering(doc)
    # odd/even page numbers
    doc.settings.odd_and_even_pages_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)
    ep = sec.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_page_field(ep)

    notice_clauses = []
    qa_clauses = []

    # red joint header as layout table, "文件" merged vertically
    empty(doc)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, org in enumerate((PBOC, SAFE)):
        c = t.cell(r, 0)
        c.text = ""
        p = c.paragraphs[0]
        fmt(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
        set_font(p.add_run(org), XBS, 26, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.text = ""
    p = m.paragraphs[0]
    fmt(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=40, before=20)
    set_font(p.add_run("文件"), XBS, 40, color=RED)
    set_col_widths(t, [12.0, 3.6])
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p.add_run("琼银发〔2026〕15号"), FS, 16)
    p = doc.add_paragraph()
    add_border_bottom(p, "FF0000", 18)
    fmt(p, first_indent=False, line=12)
    empty(doc)

    # title with soft line breaks
    p = doc.add_paragraph()
    fmt(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    lines = ["中国人民银行海南省分行 国家外汇管理局", "海南省分局关于印发《海南自由贸易港跨境",
             "人民币与外汇业务政策问答", "（2026年版）》的通知"]
    for i, ln in enumerate(lines):
        r = set_font(p.add_run(ln), XBS, 22)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    empty(doc)

    p = doc.add_paragraph()
    fmt(p, first_indent=False)
    set_font(p.add_run("各政策性银行海南省分行，各国有商业银行海南省分行，各股份制商业银行海口分行，海南银行，各农村商业银行，各外资银行海口分行："), FS, 16)

    for i, txt in enumerate(NOTICE_BODY):
        p = doc.add_paragraph()
        fmt(p)
        if txt[:2] in ("一、", "二、", "三、", "四、"):
            head, rest = txt.split("。", 1)
            set_font(p.add_run(head + "。"), HT, 16)
            set_font(p.add_run(rest), FS, 16)
        else:
            set_font(p.add_run(txt), FS, 16)
        notice_clauses.append(txt)

    empty(doc)
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run("附件：" + QA_TITLE), FS, 16)
    empty(doc, 2)

    # signature block as layout table
    st = doc.add_table(rows=2, cols=2)
    st.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate((PBOC, SAFE)):
        cell_text(st.cell(0, i), org, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(st.cell(1, 0), "", FS, 16)
    cell_text(st.cell(1, 1), "2026年2月10日", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run("（此件公开发布）"), FS, 16)

    # attachment
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, first_indent=False)
    p = doc.add_paragraph()
    fmt(p, first_indent=False)
    set_font(p.add_run("附件"), HT, 16)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    set_font(p.add_run("海南自由贸易港跨境人民币与外汇"), XBS, 22)
    r = p.add_run()
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("业务政策问答（2026年版）"), XBS, 22)
    empty(doc)

    qn_counter = 0
    for item in HN:
        kind = item[0]
        if kind == "h1":
            p = doc.add_paragraph()
            fmt(p)
            set_font(p.add_run(item[1]), HT, 16)
        elif kind == "q":
            qn_counter += 1
            p = doc.add_paragraph()
            set_num(p, num_id)
            fmt(p)
            set_font(p.add_run(item[1]), FS, 16, bold=True)
            qa_clauses.append("%d.%s" % (qn_counter, item[1]))
        elif kind == "a":
            p = doc.add_paragraph()
            fmt(p)
            set_font(p.add_run("答："), HT, 16)
            set_font(p.add_run(item[1]), FS, 16)
            qa_clauses.append("答：" + item[1])
        elif kind in ("sub", "p"):
            p = doc.add_paragraph()
            fmt(p)
            set_font(p.add_run(item[1]), FS, 16)
            qa_clauses.append(item[1])
        elif kind == "table":
            data_table(doc, item[1], item[2], qa_clauses)
        else:
            raise ValueError(kind)

    # 版记 as a bordered layout table at the very end
    empty(doc, 3)
    bj = doc.add_table(rows=2, cols=1)
    set_table_borders(bj, top=12, bottom=12, insideH=4)
    c = bj.cell(0, 0)
    c.text = ""
    p = c.paragraphs[0]
    fmt(p, first_indent=False, line=22)
    set_font(p.add_run("抄送：中国人民银行，国家外汇管理局，海南省地方金融管理局，海口海关。"), FS, 14)
    c = bj.cell(1, 0)
    c.text = ""
    p = c.paragraphs[0]
    fmt(p, first_indent=False, line=22)
    set_font(p.add_run("  中国人民银行海南省分行办公室" + " " * 18 + "2026年2月11日印发"), FS, 14)

    path = os.path.join(HERE, "blind506_hainan_tongzhi.docx")
    doc.save(path)
    assert qn_counter >= 50, qn_counter
    meta1 = {
        "title": "中国人民银行海南省分行 国家外汇管理局海南省分局关于印发《海南自由贸易港跨境人民币与外汇业务政策问答（2026年版）》的通知",
        "doc_number": "琼银发〔2026〕15号",
        "issuer": [PBOC, SAFE],
        "date": "2026-02-10",
        "published": None,
        "level": "provincial",
        "region": "海南自由贸易港",
        "effective": None,
        "expires": None,
        "attachments": [QA_TITLE],
        "doc_type": "通知",
        "recipients": ["各政策性银行海南省分行", "各国有商业银行海南省分行", "各股份制商业银行海口分行",
                       "海南银行", "各农村商业银行", "各外资银行海口分行"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    meta2 = {
        "title": QA_TITLE,
        "doc_number": None,
        "issuer": [PBOC, SAFE],
        "date": "2026-02-10",
        "published": None,
        "level": "provincial",
        "region": "海南自由贸易港",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "问答",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta1, "clauses": notice_clauses},
                  {"meta": meta2, "clauses": qa_clauses}]


def main():
    expected = {}
    for builder in (build_xiamen, build_hainan):
        path, objs = builder()
        convert(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
