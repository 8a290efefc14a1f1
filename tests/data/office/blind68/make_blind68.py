# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 68: a Hunan FTZ policy compilation (汇编) plus one red-header control notice.

Writes next to itself:
  blind68_hunan_compilation.docx / .pdf  -- cover, 编印说明, 目录, six documents, running headers
  blind68_yueyang_notice.docx / .pdf     -- control: red-header 通知 with 版记
  expected.json
PDFs are made by LibreOffice (soffice --headless), one file at a time.
"""
import json
import os
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
    WD_TAB_LEADER,
)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

COMP_NAME = "中国（湖南）自由贸易试验区政策文件汇编（第三辑）"


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(container, text="", name=FS, size=16, bold=False, align=None, indent=True, color=None,
         before=0, after=0, exact=25, page_break_before=False, right_indent=None, runs=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if page_break_before:
        pf.page_break_before = True
    if runs:
        for t, nm, b in runs:
            font(p.add_run(t), nm, size, b, color)
    elif text:
        font(p.add_run(text), name, size, bold, color)
    return p


def field(paragraph, instr, name=SONG, size=14, placeholder="1"):
    r = paragraph.add_run()
    font(r, name, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
    r2 = paragraph.add_run(); font(r2, name, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    r2._element.append(it)
    r3 = paragraph.add_run(); font(r3, name, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._element.append(s)
    r4 = paragraph.add_run(placeholder); font(r4, name, size)
    r5 = paragraph.add_run(); font(r5, name, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._element.append(e)


def border(p, side="bottom", color="000000", sz=6, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:%s" % side)
    el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(sz)); el.set(qn("w:space"), str(space)); el.set(qn("w:color"), color)
    pbdr.append(el)


def page_numbering(section, start=1, fmt=None):
    sp = section._sectPr
    for old in sp.findall(qn("w:pgNumType")):
        sp.remove(old)
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    if fmt:
        pg.set(qn("w:fmt"), fmt)
    sp.append(pg)


def gb_margins(section):
    section.page_width = Mm(210); section.page_height = Mm(297)
    section.top_margin = Mm(37); section.bottom_margin = Mm(35)
    section.left_margin = Mm(28); section.right_margin = Mm(26)
    section.header_distance = Mm(15); section.footer_distance = Mm(22)


def fill_header(hdr, text):
    p = hdr.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run(text), SONG, 10.5)
    border(p, "bottom", "000000", 6, 1)


def fill_footer(ftr, align):
    p = ftr.paragraphs[0]
    p.text = ""
    p.alignment = align
    font(p.add_run("— "), SONG, 14)
    field(p, "PAGE", SONG, 14)
    font(p.add_run(" —"), SONG, 14)


def cell_text(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 6)
    font(p.add_run(text), name, size, bold)


# ---------------------------------------------------------------- content
# Each document: list of blocks.  kinds:
#   title, docno, docno_pre, docno_paren, salute, p (clause), h1 (clause heading 一、), h2 (（一）clause),
#   item (1. clause), sub ((1) clause), art (第X条 clause), sign (落款 org), date, note (furniture),
#   sub_title (title of an attached 办法 inside a 印发 notice), table, party (甲方/乙方 lines),
#   endmark (（以下无正文）), sigpage (signature page), tabtitle
DOCS = []

DOCS.append(dict(
    key="d1",
    toc="湖南省人民政府办公厅关于支持中国（湖南）自由贸易试验区深度融入共建“一带一路”的实施意见",
    meta=dict(title="湖南省人民政府办公厅关于支持中国（湖南）自由贸易试验区深度融入共建“一带一路”的实施意见",
              doc_number="湘政办发〔2022〕35号", issuer="湖南省人民政府办公厅", date="2022-07-08",
              level="provincial", region="湖南省", effective="2022-07-08", expires="2026-12-31"),
    blocks=[
        ("title", "湖南省人民政府办公厅"),
        ("title", "关于支持中国（湖南）自由贸易试验区"),
        ("title", "深度融入共建“一带一路”的实施意见"),
        ("docno", "湘政办发〔2022〕35号"),
        ("salute", "各市州、县市区人民政府，省政府各厅委、各直属机构："),
        ("p", "为贯彻落实《中国（湖南）自由贸易试验区总体方案》，推动中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）在服务共建“一带一路”中发挥示范引领作用，经省人民政府同意，现提出如下实施意见。"),
        ("h1", "一、畅通国际物流通道"),
        ("h2", "（一）提升中欧班列（长沙）运营水平。", "支持长沙片区打造中欧班列集结中心，加密至中亚、东南亚的线路，到2025年力争年开行班列1200列以上。"),
        ("h2", "（二）拓展江海联运航线。", "支持岳阳片区城陵矶港加密至东盟国家的近洋航线，对新开通的国际集装箱航线按照有关规定给予支持。"),
        ("h1", "二、提升贸易投资便利化水平"),
        ("h2", "（三）深化通关便利化改革。", "推行“提前申报”“两步申报”等通关模式，具体包括："),
        ("item", "1.对自共建“一带一路”国家进口的农产品、食品，在风险可控前提下实行“先放行、后检测”。"),
        ("item", "2.加大海关经认证的经营者（AEO）培育力度："),
        ("sub", "（1）建立重点企业培育库，实行“一企一策”辅导；"),
        ("sub", "（2）对首次通过海关高级认证的企业，由所在片区按规定给予奖励。"),
        ("h2", "（四）便利企业境外投资。", "支持企业在共建“一带一路”国家设立境外经贸合作区，对符合条件的项目优先纳入省级重点外经项目库。"),
        ("h1", "三、强化组织保障"),
        ("h2", "（五）加强统筹协调。", "省自由贸易试验区工作领导小组办公室要加强统筹调度，各片区管委会要制定具体实施方案，每年12月底前将落实情况报送省商务厅（省自贸办）。"),
        ("h2", "（六）明确实施期限。", "本实施意见自印发之日起施行，有效期至2026年12月31日。"),
        ("sign", "湖南省人民政府办公厅"),
        ("date", "2022年7月8日"),
        ("note", "（此件主动公开）"),
    ]))

DOCS.append(dict(
    key="d2",
    toc="湖南省商务厅 湖南省市场监督管理局关于印发《中国（湖南）自由贸易试验区境外投资备案“一站式”服务暂行办法》的通知",
    meta=dict(title="湖南省商务厅 湖南省市场监督管理局关于印发《中国（湖南）自由贸易试验区境外投资备案“一站式”服务暂行办法》的通知",
              doc_number="湘商发〔2021〕46号", issuer="湖南省商务厅、湖南省市场监督管理局", date="2021-12-20",
              level="provincial", region="湖南省", effective="2022-01-01", expires="2025-12-31",
              expires_as_printed="2023-12-31",
              changed_by="湘商发〔2023〕58号: 有效期延长至2025年12月31日; 自2024年1月1日起暂停执行第七条"),
    blocks=[
        ("title", "湖南省商务厅 湖南省市场监督管理局"),
        ("title", "关于印发《中国（湖南）自由贸易试验区境外"),
        ("title", "投资备案“一站式”服务暂行办法》的通知"),
        ("docno", "湘商发〔2021〕46号"),
        ("salute", "各市州商务主管部门、市场监督管理局，中国（湖南）自由贸易试验区各片区管委会："),
        ("p", "现将《中国（湖南）自由贸易试验区境外投资备案“一站式”服务暂行办法》印发给你们，请结合实际认真贯彻执行。"),
        ("sign2", "湖南省商务厅", "湖南省市场监督管理局"),
        ("date", "2021年12月20日"),
        ("sub_title", "中国（湖南）自由贸易试验区境外投资备案"),
        ("sub_title", "“一站式”服务暂行办法"),
        ("art", "第一条", "为提升中国（湖南）自由贸易试验区（以下简称自贸试验区）境外投资便利化水平，支持企业有序参与共建“一带一路”，根据《境外投资管理办法》（商务部令2014年第3号）等规定，结合我省实际，制定本办法。"),
        ("art", "第二条", "本办法适用于在自贸试验区长沙、岳阳、郴州片区内注册的企业（金融企业除外）开展的境外投资备案及相关服务。"),
        ("art", "第三条", "各片区管委会设立境外投资“一站式”服务窗口，统一受理企业境外投资备案申请，实行“一窗受理、并联办理、限时办结”。"),
        ("art", "第四条", "企业通过商务部业务系统统一平台提交备案申请，材料齐全、符合法定形式的，服务窗口应当在3个工作日内完成备案并颁发《企业境外投资证书》。"),
        ("art", "第五条", "涉及敏感国家和地区、敏感行业的境外投资，按照国家有关规定实行核准管理，不适用本办法。"),
        ("art", "第六条", "市场监督管理部门应当为已完成备案的企业办理相关登记事项提供便利，推行境外投资企业信息“一次采集、多方共享”。"),
        ("art", "第七条", "对在共建“一带一路”国家新设境外投资项目且中方实际投资额在1000万美元以上的企业，按中方实际投资额的1%给予一次性补助，单个企业最高不超过50万元，所需资金从省级外经贸发展专项资金中列支。"),
        ("art", "第八条", "各片区管委会应当建立境外投资项目跟踪服务机制，定期了解企业境外经营情况，及时协调解决困难和问题。"),
        ("art", "第九条", "企业应当按照规定报送境外投资统计数据；弄虚作假骗取补助的，依法追回补助资金并纳入信用记录。"),
        ("art", "第十条", "本办法由省商务厅、省市场监督管理局负责解释。"),
        ("art", "第十一条", "本办法自2022年1月1日起施行，有效期两年。"),
    ]))

MEMO_TITLE = "湖南省商务厅 中国出口信用保险公司湖南分公司支持中国（湖南）自由贸易试验区企业开拓“一带一路”市场合作备忘录"
DOCS.append(dict(
    key="d3",
    toc=MEMO_TITLE,
    meta=dict(title=MEMO_TITLE, doc_number=None, issuer="湖南省商务厅、中国出口信用保险公司湖南分公司", date="2022-11-08",
              level="provincial", region="湖南省", effective="2022-11-08", expires="2025-11-07",
              expires_note="not printed as a date: 自双方签字盖章之日起生效，有效期三年; signed 2022年11月8日 on the signature page"),
    blocks=[
        ("title", "湖南省商务厅"),
        ("title", "中国出口信用保险公司湖南分公司"),
        ("title", "支持中国（湖南）自由贸易试验区企业开拓"),
        ("title", "“一带一路”市场合作备忘录"),
        ("party", "甲方：湖南省商务厅"),
        ("party", "乙方：中国出口信用保险公司湖南分公司"),
        ("p", "为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，充分发挥政策性出口信用保险作用，支持中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）企业开拓“一带一路”市场，甲乙双方本着平等互利、优势互补的原则，经友好协商，达成如下合作备忘："),
        ("art", "第一条", "合作目标。双方建立长期战略合作关系，力争2023—2025年乙方为湖南自贸试验区企业提供出口信用保险承保金额累计不低于50亿美元。"),
        ("art", "第二条", "合作内容。"),
        ("h2", "（一）", "甲方将出口信用保险保费扶持纳入外经贸发展专项资金支持范围，对湖南自贸试验区内小微外贸企业投保短期险的保费给予最高50%的支持。"),
        ("h2", "（二）", "乙方为湖南自贸试验区企业开辟承保理赔“绿色通道”，对符合条件的案件在材料齐全后10个工作日内定损核赔。"),
        ("h2", "（三）", "双方共同组织“一带一路”国别风险研判和政策宣讲活动，每年不少于4场。"),
        ("art", "第三条", "信息共享。双方建立季度会商机制，在符合保密规定的前提下共享重点企业、重点项目信息。"),
        ("art", "第四条", "保密义务。双方对合作中知悉的对方商业秘密及企业信息负有保密义务，未经对方书面同意不得向第三方披露。"),
        ("art", "第五条", "本备忘录为双方合作意向的框架性文件，不构成具有法律约束力的合同，具体合作事项由双方另行协商确定。"),
        ("art", "第六条", "本备忘录自双方签字盖章之日起生效，有效期三年。本备忘录一式四份，双方各执两份，具有同等效力。"),
        ("endmark", "（以下无正文）"),
        ("sigpage", "（本页无正文，为《" + MEMO_TITLE + "》签字页）"),
    ]))

DOCS.append(dict(
    key="d4",
    toc="中国（湖南）自由贸易试验区长沙片区支持中非经贸深度合作若干政策",
    meta=dict(title="中国（湖南）自由贸易试验区长沙片区支持中非经贸深度合作若干政策",
              doc_number="长政办发〔2023〕9号", issuer="长沙市人民政府办公厅", date="2023-03-10",
              level="municipal", region="湖南省长沙市", effective="2023-04-01", expires="2025-12-31"),
    blocks=[
        ("title", "中国（湖南）自由贸易试验区长沙片区"),
        ("title", "支持中非经贸深度合作若干政策"),
        ("docno_paren", "（长政办发〔2023〕9号）"),
        ("p", "为深入落实中非经贸博览会机制，推动中国（湖南）自由贸易试验区长沙片区（以下简称长沙片区）打造中非经贸深度合作先行区，制定以下政策。"),
        ("h1p", "一、", "支持非洲非资源性产品进口。对长沙片区内企业年度自非洲进口非资源性产品金额超过500万美元的，按进口额的1%给予奖励，单个企业年度奖励最高200万元。"),
        ("h1p", "二、", "支持中非跨境人民币结算。对在长沙片区内开展对非跨境人民币结算业务、年度结算量达到1亿元以上的银行机构，给予最高50万元奖励。"),
        ("h1p", "三、", "支持对非物流通道建设。对开通长沙至非洲国际全货机航线的航空公司，按每班次最高30万元给予补贴。"),
        ("h1p", "四、", "支持中非经贸合作平台建设。对经认定的中非经贸合作促进创新示范园区内新引进的非洲国家商协会、代表处，给予每家最高20万元一次性落户支持。"),
        ("h1p", "五、", "本政策与长沙市其他同类政策有重复的，按照“就高不重复”原则执行。本政策由长沙市商务局负责解释，自2023年4月1日起施行，有效期至2025年12月31日。"),
        ("sign", "长沙市人民政府办公厅"),
        ("date", "2023年3月10日"),
    ]))

TABLE_HDR = ["序号", "成果名称", "主要内容", "所在片区", "推广范围"]
TABLE_ROWS = [
    ["1", "中欧班列“一单制”多式联运", "以中欧班列运单作为多式联运全程单证，实现“一次委托、一单到底、一次结算”", "长沙片区", "全省"],
    ["2", "对非易货贸易“一站式”服务", "建设易货贸易数字化服务平台，集成报关、结算、物流等功能", "长沙片区", "全省"],
    ["3", "江海联运“港航通”信息平台", "打通港口、船公司、海关数据，实现船舶动态、集装箱状态实时查询", "岳阳片区", "岳阳市、常德市、益阳市"],
    ["4", "加工贸易“保税+”产业链监管", "对链上企业实施保税货物流转“分送集报”，降低企业资金占用", "郴州片区", "全省综合保税区"],
    ["5", "涉外商事纠纷“一站式”多元化解", "设立国际商事调解中心，为涉“一带一路”企业提供调解、仲裁、诉讼衔接服务", "长沙片区", "全省"],
]
DOCS.append(dict(
    key="d5",
    toc="湖南省自由贸易试验区工作领导小组办公室关于印发中国（湖南）自由贸易试验区第三批制度创新成果的通知",
    meta=dict(title="湖南省自由贸易试验区工作领导小组办公室关于印发中国（湖南）自由贸易试验区第三批制度创新成果的通知",
              doc_number="湘自贸办发〔2023〕3号", issuer="湖南省自由贸易试验区工作领导小组办公室", date="2023-05-22",
              level="provincial", region="湖南省", effective=None, expires=None),
    blocks=[
        ("docno_pre", "湘自贸办发〔2023〕3号"),
        ("title", "湖南省自由贸易试验区工作领导小组办公室"),
        ("title", "关于印发中国（湖南）自由贸易试验区"),
        ("title", "第三批制度创新成果的通知"),
        ("salute", "各市州人民政府，省自由贸易试验区工作领导小组成员单位，各片区管委会："),
        ("p", "经省自由贸易试验区工作领导小组同意，现将中国（湖南）自由贸易试验区第三批制度创新成果（见下表）予以印发，请各地各部门结合实际复制推广。"),
        ("tabtitle", "中国（湖南）自由贸易试验区第三批制度创新成果"),
        ("table",),
        ("p", "各市州、各成员单位要加强组织领导，于2023年12月底前将复制推广情况报送省自贸办。"),
        ("sign", "湖南省自由贸易试验区工作领导小组办公室"),
        ("date", "2023年5月22日"),
    ]))

DOCS.append(dict(
    key="d6",
    toc="湖南省商务厅 湖南省市场监督管理局关于延长《中国（湖南）自由贸易试验区境外投资备案“一站式”服务暂行办法》有效期的通知",
    meta=dict(title="湖南省商务厅 湖南省市场监督管理局关于延长《中国（湖南）自由贸易试验区境外投资备案“一站式”服务暂行办法》有效期的通知",
              doc_number="湘商发〔2023〕58号", issuer="湖南省商务厅、湖南省市场监督管理局", date="2023-12-18",
              level="provincial", region="湖南省", effective=None, expires=None,
              changes="湘商发〔2021〕46号: expires 2023-12-31 -> 2025-12-31; 第七条 suspended from 2024-01-01"),
    blocks=[
        ("title", "湖南省商务厅 湖南省市场监督管理局"),
        ("title", "关于延长《中国（湖南）自由贸易试验区"),
        ("title", "境外投资备案“一站式”服务暂行办法》"),
        ("title", "有效期的通知"),
        ("docno", "湘商发〔2023〕58号"),
        ("salute", "各市州商务主管部门、市场监督管理局，中国（湖南）自由贸易试验区各片区管委会："),
        ("p", "《中国（湖南）自由贸易试验区境外投资备案“一站式”服务暂行办法》（湘商发〔2021〕46号，以下简称《暂行办法》）将于2023年12月31日到期。根据工作需要，经研究，现就有关事项通知如下："),
        ("h1p", "一、", "《暂行办法》有效期延长至2025年12月31日。"),
        ("h1p", "二、", "自2024年1月1日起，暂停执行《暂行办法》第七条关于境外投资补助的规定，已受理的补助申请按原规定办理。《暂行办法》其他条款继续有效。"),
        ("h1p", "三、", "执行中如遇问题，请及时向省商务厅（省自贸办）、省市场监督管理局反馈。"),
        ("sign2", "湖南省商务厅", "湖南省市场监督管理局"),
        ("date", "2023年12月18日"),
    ]))

COVER_DATE = "二〇二四年三月"
# page where each document starts (content section numbering starts at 1); checked against the PDF
TOC_PAGES = {"d1": 1, "d2": 3, "d3": 5, "d4": 8, "d5": 9, "d6": 11}


def render_blocks(doc, blocks, first):
    pb = first
    for b in blocks:
        k = b[0]
        if k == "title":
            para(doc, b[1], XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=33, page_break_before=pb)
            pb = False
        elif k == "docno_pre":
            para(doc, b[1], FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, page_break_before=pb, after=6)
            pb = False
        elif k == "docno":
            para(doc, b[1], FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=8, after=8)
        elif k == "docno_paren":
            para(doc, b[1], KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=8, after=8)
        elif k == "salute":
            para(doc, b[1], FS, 16, indent=False)
        elif k == "p":
            para(doc, b[1], FS, 16)
        elif k == "h1":
            para(doc, b[1], HT, 16)
        elif k == "h1p":
            para(doc, runs=[(b[1], HT, False), (b[2], FS, False)])
        elif k == "h2":
            para(doc, runs=[(b[1], KT, True), (b[2], FS, False)])
        elif k in ("item", "sub"):
            para(doc, b[1], FS, 16)
        elif k == "art":
            para(doc, runs=[(b[1], HT, False), ("\u3000" + b[2] if b[2] else "", FS, False)])
        elif k == "sign":
            p = para(doc, b[1], FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=32, before=16)
            p.paragraph_format.keep_with_next = True
        elif k == "sign2":
            p = para(doc, b[1] + "\t" + b[2], FS, 16, indent=False, before=16)
            p.paragraph_format.left_indent = Pt(32)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(95), WD_TAB_ALIGNMENT.LEFT)
            p.paragraph_format.keep_with_next = True
        elif k == "date":
            para(doc, b[1], FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=64)
        elif k == "note":
            para(doc, b[1], FS, 16, before=10)
        elif k == "sub_title":
            para(doc, b[1], XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=33,
                 before=(24 if blocks[blocks.index(b) - 1][0] != "sub_title" else 0))
        elif k == "party":
            para(doc, b[1], FS, 16, indent=False)
        elif k == "endmark":
            para(doc, b[1], FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=10)
        elif k == "sigpage":
            para(doc, b[1], FS, 16, indent=True, page_break_before=True)
            para(doc, "")
            t = doc.add_table(rows=4, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            sig = [("甲方：湖南省商务厅（盖章）", "乙方：中国出口信用保险公司湖南分公司（盖章）"),
                   ("", ""),
                   ("授权代表（签字）：", "授权代表（签字）："),
                   ("2022年11月8日", "2022年11月8日")]
            for i, (a, c) in enumerate(sig):
                cell_text(t.cell(i, 0), a, FS, 16)
                cell_text(t.cell(i, 1), c, FS, 16)
                for cc in (t.cell(i, 0), t.cell(i, 1)):
                    cc.paragraphs[0].paragraph_format.line_spacing = Pt(40)
        elif k == "tabtitle":
            para(doc, b[1], HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=4)
        elif k == "table":
            t = doc.add_table(rows=1 + len(TABLE_ROWS), cols=len(TABLE_HDR))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Mm(12), Mm(36), Mm(62), Mm(22), Mm(24)]
            for j, h in enumerate(TABLE_HDR):
                cell_text(t.cell(0, j), h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            for i, row in enumerate(TABLE_ROWS):
                for j, v in enumerate(row):
                    cell_text(t.cell(i + 1, j), v, FS, 12,
                              align=WD_ALIGN_PARAGRAPH.CENTER if j in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT)
            t.autofit = False
            grid = t._tbl.tblGrid
            for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[j].twips)))
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
            # repeat header row
            trpr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trpr.append(th)
        else:
            raise ValueError(k)


def build_compilation(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    doc.settings.odd_and_even_pages_header_footer = True

    s1 = doc.sections[0]
    gb_margins(s1)
    s1.different_first_page_header_footer = True
    page_numbering(s1, 1, "upperRoman")
    for h in (s1.header, s1.even_page_header):
        fill_header(h, COMP_NAME)
    fill_footer(s1.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    fill_footer(s1.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    # ---- cover (first page: no header/footer)
    for _ in range(3):
        para(doc, "", indent=False)
    para(doc, "中国（湖南）自由贸易试验区", XBS, 26, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=44)
    para(doc, "政策文件汇编", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=60, before=12)
    para(doc, "（第三辑）", KT, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=40, before=6)
    for _ in range(8):
        para(doc, "", indent=False)
    para(doc, "湖南省自由贸易试验区工作领导小组办公室", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "湖南省商务厅", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "编", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, COVER_DATE, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=12)

    # ---- 编印说明
    para(doc, "编印说明", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=33, page_break_before=True, after=16)
    para(doc, "为便于各地各部门和市场主体全面了解、准确适用中国（湖南）自由贸易试验区相关政策，我们对2021年12月以来出台的部分政策文件进行了汇编，共收录文件6件。")
    para(doc, "本汇编所收文件以正式印发文本为准。其中，《中国（湖南）自由贸易试验区境外投资备案“一站式”服务暂行办法》有效期已延长，第七条暂停执行，请结合本汇编所收相关通知使用。")
    para(doc, "湖南省自由贸易试验区工作领导小组办公室", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=16, before=28)
    para(doc, "2024年3月", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=64)

    # ---- 目录
    para(doc, "目　　录", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=33, page_break_before=True, after=16)
    nums = "一二三四五六"
    for i, d in enumerate(DOCS):
        p = para(doc, "%s、%s\t%d" % (nums[i], d["toc"], TOC_PAGES[d["key"]]), FS, 14, indent=False, exact=26, after=6)
        p.paragraph_format.left_indent = Pt(28)
        p.paragraph_format.first_line_indent = Pt(-28)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    # ---- content section, numbering restarts at 1
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    gb_margins(s2)
    s2.different_first_page_header_footer = False
    page_numbering(s2, 1, None)
    for h in (s2.header, s2.even_page_header, s2.first_page_header):
        h.is_linked_to_previous = False
    for f in (s2.footer, s2.even_page_footer, s2.first_page_footer):
        f.is_linked_to_previous = False
    fill_header(s2.header, COMP_NAME); fill_header(s2.even_page_header, COMP_NAME)
    fill_footer(s2.footer, WD_ALIGN_PARAGRAPH.RIGHT); fill_footer(s2.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    for i, d in enumerate(DOCS):
        render_blocks(doc, d["blocks"], first=(i > 0))
    doc.save(path)


# ---------------------------------------------------------------- control: red-header notice
CTRL_META = dict(title="岳阳市人民政府办公室关于做好2024年度中国（湖南）自由贸易试验区岳阳片区“一带一路”国际产能合作项目申报工作的通知",
                 doc_number="岳政办发〔2024〕3号", issuer="岳阳市人民政府办公室", date="2024-01-19",
                 level="municipal", region="湖南省岳阳市", effective=None, expires=None)
CTRL_BODY = [
    ("p", "为贯彻落实《湖南省人民政府办公厅关于支持中国（湖南）自由贸易试验区深度融入共建“一带一路”的实施意见》（湘政办发〔2022〕35号），加快推进中国（湖南）自由贸易试验区岳阳片区（以下简称岳阳片区）国际产能合作，经市人民政府同意，现就做好2024年度项目申报工作通知如下。"),
    ("h1", "一、申报范围"),
    ("h2", "（一）", "在岳阳片区注册、在共建“一带一路”国家开展境外投资、对外承包工程的企业。"),
    ("h2", "（二）", "为上述企业提供境外物流、检验检测、法律咨询等服务的专业机构。"),
    ("h1", "二、申报条件"),
    ("p", "申报企业应当具有独立法人资格，近三年无重大违法违规记录；申报项目已取得境外投资备案或对外承包工程相关手续，2023年度中方实际投资额或完成营业额不低于100万美元。"),
    ("h1", "三、申报时间和方式"),
    ("p", "请于2024年3月15日前，通过“湘商通”平台提交申报材料，同时将纸质材料一式三份报送岳阳片区管委会经济发展局。逾期不予受理。"),
    ("h1", "四、联系方式"),
    ("p", "岳阳片区管委会经济发展局：刘婷，0730-8266315；市商务局对外投资和经济合作科：周鹏，0730-8889027。"),
]


def build_control(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    s = doc.sections[0]
    gb_margins(s)
    doc.settings.odd_and_even_pages_header_footer = True
    fill_footer(s.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    fill_footer(s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    s.header.paragraphs[0].text = ""
    s.even_page_header.paragraphs[0].text = ""

    para(doc, "岳阳市人民政府办公室文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=56, color=RED, before=20)
    para(doc, "", indent=False, exact=20)
    p = para(doc, "岳政办发〔2024〕3号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=2)
    border(p, "bottom", "E60012", 18, 4)
    para(doc, "", indent=False)
    for t in ("岳阳市人民政府办公室", "关于做好2024年度中国（湖南）", "自由贸易试验区岳阳片区“一带一路”", "国际产能合作项目申报工作的通知"):
        para(doc, t, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=33)
    para(doc, "", indent=False)
    para(doc, "各县市区人民政府，岳阳经济技术开发区、城陵矶新港区管委会，中国（湖南）自由贸易试验区岳阳片区管委会，市直有关单位：", FS, 16, indent=False)
    for b in CTRL_BODY:
        if b[0] == "p": para(doc, b[1])
        elif b[0] == "h1": para(doc, b[1], HT, 16)
        elif b[0] == "h2": para(doc, runs=[(b[1], KT, False), (b[2], FS, False)])
    p = para(doc, "附件：2024年度岳阳片区“一带一路”国际产能合作项目申报表", FS, 16)
    para(doc, "")
    para(doc, "岳阳市人民政府办公室", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=64, before=16)
    para(doc, "2024年1月19日", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=80)
    para(doc, "（此件主动公开）", FS, 16, before=6)
    # 版记 at the foot of the last page
    p = para(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。", FS, 14, indent=False, exact=24)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 12, 4); border(p, "bottom", "000000", 4, 4)
    p = para(doc, "岳阳市人民政府办公室\t2024年1月19日印发", FS, 14, indent=False, exact=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(152), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 12, 4)
    doc.save(path)


# ---------------------------------------------------------------- expected
def clauses_of(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("p", "h1", "item", "sub"):
            out.append(b[1])
        elif k in ("h2", "h1p"):
            out.append(b[1] + b[2])
        elif k == "art":
            out.append(b[1] + ("\u3000" + b[2] if b[2] else ""))
        elif k == "table":
            for row in TABLE_ROWS:
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(TABLE_HDR, row)))
    return out


def expected():
    comp = []
    for d in DOCS:
        comp.append(dict(meta=d["meta"], clauses=clauses_of(d["blocks"])))
    comp_note = (
        "Furniture, never clauses and never documents: the cover (中国（湖南）自由贸易试验区 / 政策文件汇编 / （第三辑） / 湖南省自由贸易试验区工作领导小组办公室 / 湖南省商务厅 / 编 / 二〇二四年三月); "
        "the 编印说明 page (an editor's note with its own 落款 and 2024年3月; it is not a policy document); the 目录 with dotted leaders and page numbers; "
        "the running header 中国（湖南）自由贸易试验区政策文件汇编（第三辑） on every page but the cover; page numbers — I — / — 1 — (odd right, even left); "
        "every document's title lines, 文号 line (d4 prints it as （长政办发〔2023〕9号）, d5 prints it right-aligned ABOVE the title), 主送 line, 落款 and date; "
        "（此件主动公开）; in d2 the title of the attached 办法 (中国（湖南）自由贸易试验区境外投资备案“一站式”服务暂行办法) that sits between the 通知's 落款/date and 第一条; "
        "in d3 the party lines 甲方：…/乙方：…, （以下无正文）, the signature page note （本页无正文，为《…》签字页） and the borderless two-column signature table "
        "(甲方：湖南省商务厅（盖章） | 乙方：中国出口信用保险公司湖南分公司（盖章） / 授权代表（签字）： / 2022年11月8日); in d5 the table caption. "
        "Documents: six, in this order; the compilation itself is not a seventh document. Each clause must stay inside its own document (in particular d2's 第十一条 must not absorb d3's title or 甲方 lines, d3's 第六条 must not absorb the signature page, d5's last paragraph must not absorb d6's title). "
        "d2 is a 印发 notice whose body is the notice paragraph plus the attached 办法; a reader that files the 办法's articles under the notice is right; it may take the 办法's title as the title, tolerated if the 文号/issuer/date stay. "
        "Tolerated: bare headings such as 一、畅通国际物流通道 or 第二条　合作内容。 as their own clauses or folded into the first child; (1)(2) folded into 2.; the preamble/notice paragraph missing as a clause would be lost text (medium). "
        "Dates: date is the 落款 date; d3 has no 落款 except the signature page, so its date is 2022-11-08 from there. "
        "effective/expires: d1 expires 2026-12-31 printed; d2 printed 施行 2022-01-01 有效期两年 (=2023-12-31) but d6 extends it to 2025-12-31 and suspends 第七条 from 2024-01-01 — an analyst records expires 2025-12-31 and 第七条 suspended; "
        "a reader that only gives 2023-12-31 for d2 is wrong after reading the whole compilation (high if it says d2 is expired in 2024-2025). d3 expires three years from signing (2025-11-07) — tolerated as null since no end date is printed. "
        "d4 施行 2023-04-01, 有效期至2025-12-31. Level: d1/d2/d5/d6 provincial, d3 provincial tolerated as other (a memorandum between a department and a state-owned insurer's branch), d4 municipal (长沙). "
        "Region: 湖南省 for all but d4 (湖南省长沙市 / 长沙片区)."
    )
    ctrl = [dict(meta=CTRL_META, clauses=clauses_of(CTRL_BODY))]
    ctrl_note = ("Furniture: red header 岳阳市人民政府办公室文件, the 文号 line and red rule, title lines, 主送 line, 附件 line (tolerated as a clause), 落款, date, （此件主动公开）, "
                 "版记 (抄送：… and 岳阳市人民政府办公室 2024年1月19日印发 between rules), page numbers — 1 —. The 印发 date 2024年1月19日 equals the 成文 date here. "
                 "Tolerated: bare headings 一、申报范围 etc. as their own clauses or folded into the following paragraph.")
    return {
        "blind68_hunan_compilation": dict(documents=comp, _note=comp_note),
        "blind68_yueyang_notice": dict(documents=ctrl, _note=ctrl_note),
    }


def to_pdf(docx):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("no soffice; skipping", docx, file=sys.stderr)
        return
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


if __name__ == "__main__":
    a = os.path.join(HERE, "blind68_hunan_compilation.docx")
    b = os.path.join(HERE, "blind68_yueyang_notice.docx")
    build_compilation(a)
    build_control(b)
    exp = expected()
    # expected.json: file stem -> list of documents (plus a sibling _note per stem)
    out = {}
    for stem, v in exp.items():
        docs = v["documents"]
        for d in docs:
            d["_note"] = v["_note"]
        out[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    if "--no-pdf" not in sys.argv:
        to_pdf(a)
        to_pdf(b)
