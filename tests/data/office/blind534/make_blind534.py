# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 534: 一企一策 投资合作协议（示范文本）, 审批表, 承诺书."""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16  # 三号
SI = 14   # 四号

C = "\u3000"  # full-width space
SIGN = "签字：" + C * 6 + "日期：" + C * 2 + "年" + C * 2 + "月" + C * 2 + "日"


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=SAN, bold=None, color=None, underline=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if underline is not None:
        run.font.underline = underline
    return run


def add_text(p, text, **kw):
    """Add text to paragraph; '\n' becomes a soft line break (w:br)."""
    parts = text.split("\n")
    last = None
    for i, part in enumerate(parts):
        r = p.add_run(part)
        font(r, **kw)
        if i < len(parts) - 1:
            r.add_break()
        last = r
    return last


def fmt(p, align=None, indent=False, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if indent:
        pf.first_line_indent = Pt(SAN * 2)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", align=None, indent=False, line=28, **kw):
    p = doc.add_paragraph()
    fmt(p, align=align, indent=indent, line=line)
    if text:
        add_text(p, text, **kw)
    return p


def runs_para(doc, runs, align=None, indent=True, line=28):
    p = doc.add_paragraph()
    fmt(p, align=align, indent=indent, line=line)
    for text, kw in runs:
        add_text(p, text, **kw)
    return p


def empty(doc, n=1):
    for _ in range(n):
        para(doc)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), name="宋体", size=SI)
    r = p.add_run()
    font(r, name="宋体", size=SI)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, it, s, t, e):
        r._element.append(el)
    font(p.add_run(" —"), name="宋体", size=SI)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_number_footer(sec)


def cell_text(cell, text, name=FS, size=12, bold=None, align=WD_ALIGN_PARAGRAPH.CENTER,
              blank_before=0):
    cell.paragraphs[0].text = ""
    first = cell.paragraphs[0]
    # empty lines left for handwriting come first, the text last
    ps = [first] + [cell.add_paragraph() for _ in range(blank_before)]
    target = ps[-1]
    for p in ps:
        fmt(p, align=align, line=22)
    add_text(target, text, name=name, size=size, bold=bold)


def grid_table(doc, header, rows, widths, signcol=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, name=HT, size=size)
    for ri, row in enumerate(rows, 1):
        for ci, val in enumerate(row):
            if signcol is not None and ci == signcol:
                cell_text(t.rows[ri].cells[ci], val, size=size, blank_before=2,
                          align=WD_ALIGN_PARAGRAPH.RIGHT)
            else:
                cell_text(t.rows[ri].cells[ci], val, size=size,
                          align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT)
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)
    return ["；".join(f"{h}：{v}" for h, v in zip(header, row)) for row in rows]


def add_numbering(doc, num_id=90, abs_id=90):
    """Word automatic numbering 1. 2. 3. (decimal, tab after the number)."""
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); an.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
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
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId"); ref.set(qn("w:val"), str(abs_id)); num.append(ref)
    numbering.append(num)
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id))
    np_.append(il); np_.append(ni)
    ppr.insert(0, np_)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level="zone", region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ================================================================ 西安
def build_xian():
    doc = Document()
    setup(doc)
    organ = "西安国际港务区管理委员会"
    region = "西安国际港务区"
    date = "2025-10-20"
    t_xieyi = "西安国际港务区招商引资项目“一企一策”投资合作协议（示范文本）"
    t_biao = "西安国际港务区招商引资项目“一企一策”审批表"
    t_cns = "政策兑现承诺书"
    title = f"{organ}关于印发《{t_xieyi}》的通知"

    # ---- 版头
    empty(doc, 2)
    p = para(doc, "西安国际港务区管理委员会文件", align=WD_ALIGN_PARAGRAPH.CENTER, line=50,
             name=XBS, size=28, color=RED)
    empty(doc, 1)
    p = para(doc, "西港管发〔2025〕31号", align=WD_ALIGN_PARAGRAPH.CENTER, name=FS, size=SAN)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    # title split over three paragraphs (typed line by line)
    for line in ("西安国际港务区管理委员会", "关于印发《西安国际港务区招商引资项目", "“一企一策”投资合作协议（示范文本）》的通知"):
        para(doc, line, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, name=XBS, size=22)
    empty(doc, 1)
    para(doc, "管委会各部门，各街道办事处，区属各国有企业：", name=FS)

    cl = []

    def body(text, manual=False):
        if manual:  # indentation typed with two full-width spaces
            para(doc, C * 2 + text, name=FS)
        else:
            para(doc, text, indent=True, name=FS)
        cl.append(text)

    def runin(head, rest, hfont=KT):
        runs_para(doc, [(head, dict(name=hfont, bold=True)), (rest, dict(name=FS))])
        cl.append(head + rest)

    def heading(text):
        para(doc, C * 2 + text, name=HT)

    body("为进一步规范招商引资项目“一企一策”协议签订、审批和政策兑现工作，防范合同履约风险和财政资金风险，"
         "经管委会2025年第18次主任办公会议研究同意，现将《" + t_xieyi + "》印发给你们，并就有关事项通知如下。")
    heading("一、适用范围")
    body("在西安国际港务区（含中国（陕西）自由贸易试验区西安国际港务区片区）新引进的，计划固定资产投资额5000万元以上的"
         "先进制造、现代物流、跨境电商及数字贸易等项目，以及经管委会认定的重大招商项目，需给予“一企一策”扶持的，"
         "应参照本示范文本签订投资合作协议。", manual=True)
    heading("二、审批程序")
    runin("（一）项目初审。", "投资合作局会同经济发展局、财政金融局对项目投资强度、产出效益、产业匹配度等进行初审，"
          "填写《" + t_biao + "》。")
    runin("（二）合法性审查。", "协议文本由管委会法律顾问进行合法性审查并出具书面审查意见；涉及市场主体经济活动的扶持措施，"
          "应按规定开展公平竞争审查。")
    runin("（三）集体决策。", "按照扶持额度实行分级审批，具体如下：")
    cl += grid_table(doc, ["序号", "扶持额度", "审批层级", "备注"], [
        ["1", "500万元以下（含）", "管委会分管领导审批", "报主要领导备案"],
        ["2", "500万元至3000万元（含）", "管委会主任办公会议审议", "—"],
        ["3", "3000万元以上", "管委会党工委会议审议", "必要时报西安市人民政府"],
    ], [1.4, 4.6, 5.2, 4.4], size=14)
    runin("（四）协议签订。", "经审批同意的，由投资合作局组织签订协议，协议正本原件报管委会办公室统一存档。")
    heading("三、工作要求")
    runin("（一）严禁擅自承诺。", "各部门不得在示范文本之外擅自承诺土地出让金返还、税收返还等违法违规优惠政策，"
          "不得以会议纪要、函件等形式变相突破协议约定。")
    runin("（二）加强履约监管。", "投资合作局应建立“一企一策”项目履约台账，重点对以下事项进行跟踪：")
    for t in ("1.项目注册、开工、竣工、投产等关键节点；",
              "2.固定资产投资、营业收入、纳税等承诺指标完成情况；",
              "3.扶持资金拨付和使用情况。"):
        body(t)
    runin("（三）严格政策兑现。", "企业申请兑现扶持政策时，应签署《政策兑现承诺书》。经核查发现企业存在弄虚作假行为的，"
          "依法依约追回扶持资金，并按规定纳入信用记录。")
    body("本通知自2025年11月1日起施行，有效期2年。《西安国际港务区招商引资项目合同管理暂行办法》（西港管发〔2021〕9号）同时废止。")
    body("联系人：投资合作局　赵一鸣；联系电话：029-83398765。")
    empty(doc, 1)
    # 附件 list aligned with typed spaces
    para(doc, C * 2 + "附件：1." + t_xieyi, name=FS)
    para(doc, C * 5 + "2." + t_biao, name=FS)
    para(doc, C * 5 + "3." + t_cns, name=FS)
    empty(doc, 3)
    # 落款 pushed right with typed spaces
    para(doc, C * 12 + organ, name=FS)
    para(doc, C * 14 + "2025年10月20日", name=FS)
    empty(doc, 1)
    para(doc, C * 2 + "（此件公开发布）", name=FS)

    notice = {"meta": meta(title=title, doc_number="西港管发〔2025〕31号", issuer=[organ], date=date,
                           region=region, effective="2025-11-01", expires="2027-10-31",
                           attachments=[t_xieyi, t_biao, t_cns], doc_type="通知",
                           recipients=["管委会各部门", "各街道办事处", "区属各国有企业"],
                           publicity="此件公开发布",
                           repeals="《西安国际港务区招商引资项目合同管理暂行办法》（西港管发〔2021〕9号）"),
              "clauses": cl}

    # ---- 附件1 示范文本
    page_break(doc)
    para(doc, "附件1", name=HT)
    empty(doc, 2)
    para(doc, "西安国际港务区招商引资项目“一企一策”", align=WD_ALIGN_PARAGRAPH.CENTER, line=40, name=XBS, size=22)
    para(doc, "投资合作协议", align=WD_ALIGN_PARAGRAPH.CENTER, line=40, name=XBS, size=22)
    para(doc, "（示范文本）", align=WD_ALIGN_PARAGRAPH.CENTER, line=40, name=KT, size=SAN)
    empty(doc, 1)
    cl = []

    def plain(text, indent=False):
        para(doc, text, indent=indent, name=FS)
        cl.append(text)

    for t in ("甲方：西安国际港务区管理委员会",
              "地址：西安国际港务区港务大道____号",
              "法定代表人：____________",
              "乙方：________________________",
              "统一社会信用代码：____________________",
              "法定代表人：____________",
              "联系地址：________________________"):
        plain(t)
    empty(doc, 1)
    plain("为加快推进____________项目（以下简称“本项目”）落地建设，根据《中华人民共和国民法典》《中华人民共和国外商投资法》"
          "《优化营商环境条例》等法律法规及西安国际港务区相关政策规定，甲乙双方本着平等自愿、诚实守信、互利共赢的原则，"
          "经友好协商，就本项目投资合作事宜达成如下协议。", indent=True)

    def chapter(text):
        para(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER, name=HT, line=36)

    def art(num, text):
        runs_para(doc, [(num, dict(name=HT, bold=True)), (C + text, dict(name=FS))])
        cl.append(num + C + text)

    def item(text):
        para(doc, text, indent=True, name=FS)
        cl.append(text)

    chapter("第一章" + C + "总" + C + "则")
    art("第一条", "本协议所称“一企一策”，是指甲方根据乙方项目投资规模、产业类别、科技含量及经济社会贡献等情况，"
        "经集体决策后对乙方给予的专项扶持政策。")
    art("第二条", "甲乙双方应遵守国家法律法规和产业政策，本协议约定的扶持政策应当符合公平竞争审查有关规定。")
    art("第三条", "本协议附件及双方签署的补充协议是本协议的组成部分，与本协议具有同等法律效力。")
    chapter("第二章" + C + "项目概况")
    art("第四条", "项目基本情况如下：")
    for t in ("1.项目名称：________________________。",
              "2.建设地点：西安国际港务区____________路以____、____________路以____，具体四至范围以自然资源部门出具的规划条件为准。",
              "3.建设内容：________________________。",
              "4.项目总投资____万元，其中固定资产投资不低于____万元（不含土地出让金）。"):
        item(t)
    art("第五条", "乙方应在本协议签订之日起____日内在西安国际港务区注册成立具有独立法人资格的项目公司（以下简称“项目公司”），"
        "注册资本不低于____万元，并在项目公司成立后____日内以书面形式确认承继本协议项下乙方的全部权利义务。")
    art("第六条", "乙方承诺按以下进度推进项目建设：")
    for t in ("1.在取得土地使用权之日起____个月内开工建设；",
              "2.自开工之日起____个月内竣工并投产；",
              "3.投产后第____个完整会计年度实现年营业收入不低于____万元，年纳税额不低于____万元。"):
        item(t)
    chapter("第三章" + C + "甲方的权利和义务")
    art("第七条", "甲方的权利：")
    for t in ("1.对乙方项目建设进度、投资强度、产出效益等情况进行监督检查；",
              "2.要求乙方按时报送项目统计数据及经营情况；",
              "3.乙方未达到本协议约定条件的，按本协议约定暂缓、核减或追回扶持资金。"):
        item(t)
    # 第八条: items kept in one paragraph with soft line breaks
    items8 = ["1.协调相关部门为乙方办理项目备案、规划、环评、施工许可等手续，提供“全程代办”服务；",
              "2.协调做好项目用地范围外的水、电、气、通信等配套基础设施建设，确保在乙方开工前接通至项目用地红线；",
              "3.按照本协议第十四条约定及时兑现扶持政策。"]
    runs_para(doc, [("第八条", dict(name=HT, bold=True)),
                    (C + "甲方的义务：\n" + "\n".join(items8), dict(name=FS))])
    cl.append("第八条" + C + "甲方的义务：")
    cl += items8
    art("第九条", "甲方指定____________（部门）为本项目服务专班牵头单位，联系人：____________，联系电话：____________。")
    chapter("第四章" + C + "乙方的权利和义务")
    art("第十条", "乙方享有依照本协议约定申请兑现扶持政策的权利，并有权就项目建设运营中遇到的困难和问题向甲方提出协调请求。")
    art("第十一条", "乙方应当依法合规经营，按照国家和地方有关规定办理项目建设相关手续，承担项目建设运营中的安全生产、环境保护等主体责任。")
    art("第十二条", "乙方承诺项目公司的注册地、纳税地、统计关系均在西安国际港务区，自投产之日起____年内不得迁出。")
    art("第十三条", "乙方应于每季度结束后____个工作日内向甲方报送项目投资进度、营业收入、纳税及用工等情况，并对所报送材料的真实性负责。")
    chapter("第五章" + C + "扶持政策及兑现")
    art("第十四条", "在乙方满足本协议约定条件的前提下，甲方给予乙方以下扶持政策：")
    for t in ("1.固定资产投资补助：按乙方实际完成设备投资额的____%给予补助，最高不超过____万元；",
              "2.物流运费补贴：乙方通过中欧班列（西安）运输自有货物的，按实际发运集装箱数给予每标箱____元补贴，每年最高不超过____万元；",
              "3.经营贡献奖励：项目投产后____年内，按乙方对西安国际港务区年度经济贡献的____%给予奖励；",
              "4.其他支持：________________________。"):
        item(t)
    art("第十五条", "扶持资金按年度兑现。乙方应于每年____月底前提出兑现申请，并提交《政策兑现承诺书》及相关证明材料，"
        "经甲方审核通过后____个工作日内拨付。")
    art("第十六条", "本协议约定的扶持政策与西安国际港务区其他同类政策不重复享受，按照“就高不重复”原则执行。")
    chapter("第六章" + C + "违约责任")
    art("第十七条", "乙方有下列情形之一的，甲方有权解除本协议，停止兑现尚未拨付的扶持资金，并要求乙方退还已享受的扶持资金：")
    for t in ("1.未按约定时间开工或竣工，经甲方书面催告后____个月内仍未改正的；",
              "2.项目公司在约定期限内将注册地、纳税地迁出西安国际港务区的；",
              "3.提供虚假材料骗取扶持资金的。"):
        item(t)
    art("第十八条", "甲方未按本协议约定履行义务，致使乙方项目不能按期开工建设的，乙方的开工、竣工期限相应顺延。")
    chapter("第七章" + C + "附" + C + "则")
    art("第十九条", "本协议履行过程中发生争议的，双方应友好协商解决；协商不成的，任何一方均可向项目所在地有管辖权的人民法院提起诉讼。")
    art("第二十条", "本协议一式____份，甲方执____份，乙方执____份，具有同等法律效力。本协议自双方法定代表人或授权代表签字并加盖公章之日起生效。")
    empty(doc, 2)
    # signature block: borderless layout table
    st = doc.add_table(rows=3, cols=2)
    sig = [("甲方（盖章）：", "乙方（盖章）："),
           ("法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）："),
           ("签订日期：" + C * 2 + "年" + C * 2 + "月" + C * 2 + "日", "签订日期：" + C * 2 + "年" + C * 2 + "月" + C * 2 + "日")]
    for ri, (a, b) in enumerate(sig):
        cell_text(st.rows[ri].cells[0], a, size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(st.rows[ri].cells[1], b, size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    xieyi = {"meta": meta(title=t_xieyi, issuer=[organ], date=date, region=region, doc_type="协议"),
             "clauses": cl}

    # ---- 附件2 审批表
    page_break(doc)
    para(doc, "附件2", name=HT)
    empty(doc, 1)
    para(doc, t_biao, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, name=XBS, size=20)
    empty(doc, 1)
    cl = []
    for t in ("项目名称：________________________________",
              "投资主体：________________________________",
              "计划总投资：________万元" + C * 2 + "拟扶持总额：________万元"):
        para(doc, t, name=FS, size=SI)
        cl.append(t)
    cl += grid_table(doc, ["序号", "审批环节", "审核要点", "审批意见"], [
        ["1", "投资合作局初审", "项目真实性、投资强度、产出效益及扶持政策合理性", SIGN],
        ["2", "法律顾问合法性审查", "协议条款合法合规性、公平竞争审查情况", SIGN],
        ["3", "财政金融局审核", "扶持资金来源、兑现方式及财政承受能力", SIGN],
        ["4", "分管领导审批", "综合审核意见", SIGN],
        ["5", "主要领导审批（或主任办公会议决定）", "审批结论", SIGN],
    ], [1.2, 3.4, 4.6, 6.4], signcol=3)
    t = "注：本表一式三份，投资合作局、财政金融局、管委会办公室各存一份。"
    para(doc, t, name=KT, size=12)
    cl.append(t)
    biao = {"meta": meta(title=t_biao, issuer=[organ], date=date, region=region, doc_type="审批表"),
            "clauses": cl}

    # ---- 附件3 承诺书 (Word automatic numbering)
    page_break(doc)
    para(doc, "附件3", name=HT)
    empty(doc, 1)
    para(doc, t_cns, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, name=XBS, size=22)
    empty(doc, 1)
    cl = []
    para(doc, "西安国际港务区管理委员会：", name=FS)
    t = ("本单位____________________（统一社会信用代码：____________________）申请兑现____年度“一企一策”"
         "扶持资金共计____万元，现郑重承诺如下：")
    para(doc, t, indent=True, name=FS)
    cl.append(t)
    nid = add_numbering(doc)
    for i, t in enumerate(("本单位申报的全部材料真实、准确、完整、有效，不存在虚报、瞒报、伪造、篡改等情况；",
                           "本单位近三年内无重大违法违规行为，未被列入严重失信主体名单；",
                           "本次申请兑现的扶持事项未重复享受国家、省、市及西安国际港务区其他同类财政资金支持；",
                           "本单位注册地、纳税地、统计关系在协议约定期限内不迁出西安国际港务区；",
                           "扶持资金将按规定用途使用，并自觉接受管委会及财政、审计等部门的监督检查；",
                           "如违反上述承诺，本单位自愿退还已获得的全部扶持资金，并承担相应的法律责任。"), 1):
        p = para(doc, t, name=FS)
        numbered(p, nid)
        cl.append(f"{i}.{t}")
    empty(doc, 2)
    para(doc, C * 9 + "承诺单位（盖章）：", name=FS)
    para(doc, C * 9 + "法定代表人（签字）：", name=FS)
    para(doc, C * 13 + "年" + C * 2 + "月" + C * 2 + "日", name=FS)
    cns = {"meta": meta(title=t_cns, issuer=[organ], date=date, region=region, doc_type="承诺书",
                        recipients=["西安国际港务区管理委员会"]),
           "clauses": cl}

    # ---- 版记 (at the very end, after the attachments), as a layout table
    page_break(doc)
    empty(doc, 14)
    bt = doc.add_table(rows=2, cols=1)
    tblPr = bt._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "bottom", "insideH"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "8"); e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)
    cell_text(bt.rows[0].cells[0], "抄送：西安市商务局，西安市投资合作委员会。", size=SI, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bt.rows[1].cells[0], "西安国际港务区管理委员会办公室" + C * 5 + "2025年10月21日印发", size=SI,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    return doc, [notice, xieyi, biao, cns]


# ================================================================ 成都
def build_chengdu():
    doc = Document()
    setup(doc)
    organ = "成都国际铁路港经济技术开发区管理委员会办公室"
    region = "成都国际铁路港经济技术开发区"
    t_sqb = "成都国际铁路港经济技术开发区“一企一策”项目政策兑现申请表"
    title = organ + "关于进一步规范“一企一策”招商项目政策兑现工作的通知"

    empty(doc, 1)
    para(doc, "成都国际铁路港经济技术开发区\n管理委员会办公室", align=WD_ALIGN_PARAGRAPH.CENTER, line=52,
         name=XBS, size=26, color=RED)
    empty(doc, 1)
    p = para(doc, "成铁港管办〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, name=FS)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    para(doc, organ + "\n关于进一步规范“一企一策”招商项目政策兑现工作的通知",
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36, name=XBS, size=22)
    empty(doc, 1)
    para(doc, "管委会各局（办），各街道办事处，各有关企业：", name=FS)
    cl = []

    def body(text):
        para(doc, text, indent=True, name=FS)
        cl.append(text)

    def runin(head, rest):
        # bold heading typed as a separate run, same 仿宋 font
        runs_para(doc, [(head, dict(name=FS, bold=True)), (rest, dict(name=FS))])
        cl.append(head + rest)

    def heading(text):
        para(doc, text, indent=True, name=HT)

    body("为进一步提升“一企一策”招商项目政策兑现效率，防范财政资金风险，持续优化国际铁路港营商环境，"
         "结合开发区实际，现就有关事项通知如下。")
    heading("一、明确兑现范围")
    runin("（一）兑现对象。", "已与管委会签订“一企一策”投资合作协议，且在开发区内依法登记注册、纳税和纳入统计的企业。")
    runin("（二）兑现内容。", "包括固定资产投资补助、中欧班列（成渝）回程货源组织奖励、跨境电商进出口业务奖励、"
          "成都国际铁路港综合保税区加工贸易发展补贴等协议约定的扶持事项。")
    runin("（三）不予兑现情形。", "企业存在以下情形之一的，当年度不予兑现：")
    for t in ("1.未完成协议约定的年度投资或经营贡献指标的；",
              "2.被列入严重失信主体名单的；",
              "3.发生较大及以上生产安全事故或突发环境事件的。"):
        body(t)
    heading("二、规范兑现流程")
    body("兑现工作按照“企业申请、部门初审、联合会审、公示拨付”的流程办理，具体如下：")
    cl += grid_table(doc, ["环节", "责任单位", "办理时限", "主要内容"], [
        ["企业申请", "申请企业", "每年3月1日至4月30日", "提交兑现申请表、政策兑现承诺书及佐证材料"],
        ["部门初审", "投资促进局", "15个工作日", "审核材料完整性和指标完成情况"],
        ["联合会审", "经济运行局、财政金融局等", "10个工作日", "对兑现金额进行复核，出具会审意见"],
        ["公示", "投资促进局", "5个工作日", "在开发区门户网站公示兑现企业名单及金额"],
        ["资金拨付", "财政金融局", "公示无异议后10个工作日", "将扶持资金拨付至企业基本账户"],
    ], [2.2, 3.6, 3.6, 6.2])
    body("单个企业年度兑现金额超过1000万元的，须提交管委会主任办公会议审议后方可拨付。")
    heading("三、强化监督管理")
    runin("（一）实行承诺制管理。", "企业申请兑现时须签署政策兑现承诺书，对申报材料的真实性、合法性作出承诺。")
    runin("（二）加强事后核查。", "投资促进局应会同相关部门每年对已兑现项目开展抽查，抽查比例不低于20%，重点核查：")
    for t in ("1.企业实际投资情况；",
              "2.营业收入及纳税情况，其中：",
              "（1）跨境电商业务以海关申报数据为准；",
              "（2）中欧班列货源组织以班列平台公司出具的发运证明为准。",
              "3.注册地、纳税地及统计关系是否迁出开发区。"):
        body(t)
    runin("（三）严肃责任追究。", "对弄虚作假骗取扶持资金的，依法依约追回资金；涉嫌犯罪的，移送司法机关处理。")
    # level-一 item with run-in text
    runs_para(doc, [("四、", dict(name=HT)),
                    ("本通知自2026年4月1日起施行，有效期至2028年3月31日。此前有关规定与本通知不一致的，以本通知为准。", dict(name=FS))])
    cl.append("四、本通知自2026年4月1日起施行，有效期至2028年3月31日。此前有关规定与本通知不一致的，以本通知为准。")
    body("联系人：投资促进局　李　杨，电话：028-83961234。")
    empty(doc, 1)
    para(doc, "附件：" + t_sqb, indent=True, name=FS)
    empty(doc, 3)
    # 落款 + date in one paragraph, soft line break, right aligned
    p = para(doc, organ + "\n2026年3月16日" + C * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, name=FS)
    notice = {"meta": meta(title=title, doc_number="成铁港管办〔2026〕7号", issuer=[organ], date="2026-03-16",
                           region=region, effective="2026-04-01", expires="2028-03-31",
                           attachments=[t_sqb], doc_type="通知",
                           recipients=["管委会各局（办）", "各街道办事处", "各有关企业"]),
              "clauses": cl}

    # ---- 附件 申请表
    page_break(doc)
    para(doc, "附件", name=HT)
    empty(doc, 1)
    para(doc, "成都国际铁路港经济技术开发区“一企一策”\n项目政策兑现申请表", align=WD_ALIGN_PARAGRAPH.CENTER, line=36,
         name=XBS, size=20)
    empty(doc, 1)
    cl = []
    for t in ("申请单位：________________________（盖章）",
              "统一社会信用代码：____________________",
              "经办人：____________" + C * 2 + "联系电话：____________"):
        para(doc, t, name=FS, size=SI)
        cl.append(t)
    cl += grid_table(doc, ["序号", "兑现事项", "协议约定标准", "佐证材料"], [
        ["1", "固定资产投资补助", "按设备投资额的____%补助，最高____万元", "设备购置发票、专项审计报告"],
        ["2", "中欧班列（成渝）回程货源组织奖励", "每标箱____元，年度最高____万元", "班列平台公司出具的发运证明"],
        ["3", "跨境电商进出口业务奖励", "按进出口额每1亿元奖励____万元", "海关跨境电商申报数据"],
        ["4", "综合保税区加工贸易发展补贴", "按加工贸易增值额的____%补贴", "海关加工贸易手（账）册核销资料"],
    ], [1.2, 4.4, 5.2, 4.8])
    empty(doc, 1)
    cl += grid_table(doc, ["审核单位", "审核意见"], [
        ["投资促进局", SIGN],
        ["经济运行局", SIGN],
        ["财政金融局", SIGN],
    ], [3.6, 12.0], signcol=1)
    t = "本单位承诺所填报内容及所附材料真实、准确、完整，如有虚假，愿承担相应法律责任。"
    para(doc, t, indent=True, name=FS, size=SI)
    cl.append(t)
    para(doc, "法定代表人（签字）：" + C * 6 + "\n" + C * 2 + "年" + C * 2 + "月" + C * 2 + "日",
         align=WD_ALIGN_PARAGRAPH.RIGHT, name=FS, size=SI)
    sqb = {"meta": meta(title=t_sqb, issuer=[organ], date="2026-03-16", region=region, doc_type="申请表"),
           "clauses": cl}

    # ---- 版记 as bordered paragraphs
    page_break(doc)
    empty(doc, 16)
    p = para(doc, C + "抄送：青白江区人民政府办公室。", name=FS, size=SI)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, C + organ + C + "2026年3月17日印发", name=FS, size=SI)
    border(p, "bottom", "000000", 8)
    return doc, [notice, sqb]


def main():
    expected = {}
    lo = "-env:UserInstallation=file:///tmp/lo_534"
    for stem, builder in (("blind534_xian_tongzhi", build_xian),
                          ("blind534_chengdu_tongzhi", build_chengdu)):
        doc, objs = builder()
        path = HERE / f"{stem}.docx"
        doc.save(str(path))
        expected[stem] = objs
        subprocess.run(["soffice", lo, "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
