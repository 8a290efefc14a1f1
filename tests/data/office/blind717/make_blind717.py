# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 717 blind test documents: 商务部令 + 规定, 海关总署令 + 规定."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, align=None, first_indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_runs(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=True, line=28):
    """parts: list of (text, font, size, bold[, color])"""
    p = doc.add_paragraph()
    fmt_par(p, align, first_indent, line)
    for part in parts:
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def body(doc, text, **kw):
    return add_runs(doc, [(text, FS, 16, False)], **kw)


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_par(p, first_indent=False)


def article(doc, num, sep, text, split_at=None):
    """第X条 in 黑体 bold, then separator, then 仿宋 text (optionally split in runs)."""
    parts = [(num, HT, 16, False), (sep, FS, 16, False)]
    if split_at:
        parts.append((text[:split_at], FS, 16, False))
        parts.append((text[split_at:], FS, 16, False))
    else:
        parts.append((text, FS, 16, False))
    add_runs(doc, parts)
    return num + sep + text


def chapter(doc, text):
    p = add_runs(doc, [(text, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                 first_indent=False)
    return p


def setup_page(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def add_page_number(doc, style="dash"):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if style == "dash" else WD_ALIGN_PARAGRAPH.RIGHT

    def txt(t):
        r = p.add_run(t)
        set_font(r, "宋体", 14)

    txt("— " if style == "dash" else "- ")
    r = p.add_run()
    set_font(r, "宋体", 14)
    fc1 = OxmlElement("w:fldChar")
    fc1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    fc2 = OxmlElement("w:fldChar")
    fc2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    fc3 = OxmlElement("w:fldChar")
    fc3.set(qn("w:fldCharType"), "end")
    r._element.append(fc1)
    r._element.append(it)
    r._element.append(fc2)
    r._element.append(t)
    r._element.append(fc3)
    txt(" —" if style == "dash" else " -")


def red_bottom_border(p, size=18):
    ppr = p._element.get_or_add_pPr()
    pbdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="6" w:color="FF0000"/></w:pBdr>'
        % (nsdecls("w"), size))
    ppr.append(pbdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_chinese_numbering(doc, num_id=90):
    """Word auto numbering （一）（二）… with no tab after the number."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/>'
        '<w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    num = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id))
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return num_id


def numbered_item(doc, num_id, text):
    p = body(doc, text)
    ppr = p._element.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    ppr.insert(0, numpr)
    return p


def no_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w"))
    tblpr.append(b)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_717", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ================================================================ 商务部令
def make_mofcom():
    doc = Document()
    setup_page(doc)
    add_page_number(doc, "dash")
    reg_clauses = []

    # ---- 令 head
    empty(doc, 1)
    add_runs(doc, [("中华人民共和国商务部令", XBS, 36, False, RED)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=48)
    empty(doc, 1)
    p = add_runs(doc, [("2026年第3号", FS, 16, False)],
                 align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    red_bottom_border(p)
    empty(doc, 1)
    order_text = ("《境外经贸合作区管理规定》已经2026年3月6日商务部第12次部务会议审议通过，"
                  "现予公布，自2026年5月1日起施行。")
    add_runs(doc, [("《境外经贸合作区管理规定》", FS, 16, False),
                   ("已经2026年3月6日商务部第12次部务会议审议通过，", FS, 16, False),
                   ("现予公布，自2026年5月1日起施行。", FS, 16, False)])
    empty(doc, 2)
    # 部长 + date in one paragraph: manual trailing spaces + soft line break
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    r = p.add_run("部长" + FW + "林" + FW + "峰" + FW * 3)
    set_font(r, FS, 16)
    r.add_break()  # soft line break
    r2 = p.add_run("2026年3月18日" + FW * 2)
    set_font(r2, FS, 16)

    page_break(doc)

    # ---- 规定
    add_runs(doc, [("境外经贸合作区管理规定", XBS, 22, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc, 1)
    # 目录 (not clauses)
    add_runs(doc, [("目" + FW * 2 + "录", HT, 16, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    for t in ["第一章" + FW + "总" + FW * 2 + "则",
              "第二章" + FW + "备案与确认",
              "第三章" + FW + "运营与服务",
              "第四章" + FW + "监督管理",
              "第五章" + FW + "附" + FW * 2 + "则"]:
        add_runs(doc, [(t, KT, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 1)

    def art(num, text, sep=FW, split_at=None):
        reg_clauses.append(article(doc, num, sep, text, split_at))

    def para(text):
        body(doc, text)
        reg_clauses.append(text)

    def items(lst):
        for t in lst:
            body(doc, t)
            reg_clauses.append(t)

    chapter(doc, "第一章" + FW + "总" + FW * 2 + "则")
    art("第一条", "为了规范境外经贸合作区（以下简称合作区）的建设和运营管理，推动合作区高质量发展，"
        "服务高质量共建“一带一路”，根据《中华人民共和国对外贸易法》等法律、行政法规和国务院有关规定，"
        "制定本规定。", split_at=33)
    art("第二条", "本规定所称合作区，是指在中华人民共和国境内依法设立的企业（以下简称实施企业）"
        "通过在境外设立的中资控股独立法人机构，投资建设的基础设施完善、主导产业明确、"
        "公共服务功能健全、具有集聚和辐射效应的产业园区。")
    art("第三条", "合作区建设应当坚持企业主体、市场运作、政府引导、互利共赢的原则，"
        "遵守东道国（地区）法律法规，尊重当地风俗习惯，履行必要的社会责任。")
    art("第四条", "商务部负责全国合作区的宏观指导、统筹协调和监督管理，会同有关部门建立合作区工作协调机制。")
    para("省、自治区、直辖市、计划单列市及新疆生产建设兵团商务主管部门（以下统称省级商务主管部门）"
         "负责本行政区域内实施企业建设运营合作区的指导、服务和日常管理工作。")
    para("我国驻外使（领）馆经济商务机构（以下简称驻外经商机构）负责对驻在国（地区）合作区进行指导、协调和监督。")

    chapter(doc, "第二章" + FW + "备案与确认")
    art("第五条", "实施企业在境外建设合作区，应当按照境外投资管理有关规定办理备案或者核准手续，"
        "并在合作区启动建设后30个工作日内，通过商务部业务系统统一平台（以下简称业务平台）"
        "向所在地省级商务主管部门报送合作区基本信息。")
    art("第六条", "报送的合作区基本信息应当包括下列内容：")
    items(["（一）合作区名称、所在国家（地区）及具体位置；",
           "（二）实施企业和境外建区企业的基本情况；",
           "（三）规划面积、已开发面积和主导产业；",
           "（四）计划投资总额及资金来源；",
           "（五）与东道国（地区）政府签署的协议或者取得的批准文件。"])
    art("第七条", "实施企业可以向商务部申请合作区确认。申请确认的合作区应当具备下列条件：")
    items(["（一）实施企业为在中华人民共和国境内注册、具有独立法人资格的企业，近三年无重大违法违规记录；",
           "（二）合作区已取得东道国（地区）政府或者其授权机构的批准，土地权属清晰，土地使用期限不少于30年；",
           "（三）合作区基础设施投资不低于人民币3亿元，已入区企业不少于15家，其中中资控股企业不少于8家；",
           "（四）合作区设有专门的运营管理机构，能够为入区企业提供投资咨询、政策法律、物流通关、"
           "人力资源等服务；",
           "（五）商务部规定的其他条件。"])
    art("第八条", "申请确认的，实施企业应当通过业务平台提交下列材料：")
    items(["（一）合作区确认申请书；",
           "（二）合作区总体发展规划和年度运营报告；",
           "（三）东道国（地区）政府批准文件或者双方签署的协议；",
           "（四）由具有资质的会计师事务所出具的上一年度合作区投资情况专项审计报告；",
           "（五）驻外经商机构出具的意见。"])
    art("第九条", "省级商务主管部门应当自收到申请材料之日起20个工作日内提出初审意见，报送商务部。"
        "中央企业作为实施企业的，直接向商务部提出申请。")
    art("第十条", "商务部应当自收到初审意见或者申请之日起60个工作日内，会同有关部门组织专家评审，"
        "作出是否确认的决定，并书面通知申请人。确认的合作区名单由商务部向社会公布。")
    para("专家评审所需时间不计入前款规定的期限。")

    chapter(doc, "第三章" + FW + "运营与服务")
    art("第十一条", "实施企业应当建立健全合作区运营管理制度，明确招商引资、安全生产、环境保护、"
        "社区关系等方面的管理责任。")
    # quirk: two ASCII spaces typed instead of a full-width space
    art("第十二条", "合作区应当结合东道国（地区）资源禀赋和产业需求，科学确定主导产业，"
        "引导入区企业集聚发展，推动产业链供应链上下游协同。", sep="  ")
    art("第十三条", "鼓励合作区与国内自由贸易试验区、综合保税区、国家级经济技术开发区等开展合作，"
        "探索“两国双园”“一区多园”等合作模式。")
    art("第十四条", "鼓励合作区发展跨境电子商务、海外仓、保税维修等新业态，利用中欧班列、"
        "西部陆海新通道等国际物流通道，提升物流通关便利化水平。")
    art("第十五条", "合作区应当为入区企业提供下列公共服务：")
    items(["（一）政策咨询和法律服务；",
           "（二）企业注册、证照办理等代办服务；",
           "（三）物流、通关和仓储服务；",
           "（四）人员招聘和职业技能培训；",
           "（五）安全风险提示和应急协调服务。"])
    art("第十六条", "实施企业应当尊重当地员工权益，优先雇用当地员工，加强本地化经营，积极参与社区公益事业。")
    art("第十七条", "实施企业应当建立合作区安全风险防范和突发事件应急处置机制，定期开展风险评估和应急演练。"
        "发生重大突发事件的，应当在24小时内向驻外经商机构和所在地省级商务主管部门报告。")
    para("省级商务主管部门接到报告后，应当及时报告商务部。")

    chapter(doc, "第四章" + FW + "监督管理")
    art("第十八条", "实施企业应当于每年3月31日前，通过业务平台报送上一年度合作区运营情况，"
        "内容包括投资建设、入区企业、产值税收、就业、安全生产和社会责任履行等情况。")
    art("第十九条", "商务部每两年组织对已确认合作区开展综合评价。综合评价结果分为优秀、良好、合格和不合格四个等次。")
    art("第二十条", "综合评价主要考察下列内容：")
    items(["（一）基础设施建设和投资完成情况；",
           "（二）入区企业数量、产值和产业集聚程度；",
           "（三）公共服务能力和运营管理水平；",
           "（四）对东道国（地区）经济社会发展的贡献；",
           "（五）安全生产、环境保护和合规经营情况。"])
    art("第二十一条", "综合评价结果为优秀的合作区，商务部会同有关部门在政策支持、项目对接、"
        "宣传推介等方面予以倾斜。")
    art("第二十二条", "综合评价结果为不合格的，由商务部责令实施企业限期整改，整改期限不超过12个月。"
        "整改期满仍不合格的，取消合作区确认资格，并向社会公布。")
    art("第二十三条", "省级商务主管部门应当加强对本行政区域实施企业的日常监督，每年对合作区运营情况进行抽查，"
        "抽查比例不低于本行政区域已确认合作区数量的30%。")
    art("第二十四条", "驻外经商机构发现合作区存在违反东道国（地区）法律法规或者严重损害国家利益等情形的，"
        "应当及时向商务部报告。")
    art("第二十五条", "实施企业有下列情形之一的，由商务部给予警告，责令限期改正，并可以取消合作区确认资格；"
        "涉嫌犯罪的，依法移送司法机关处理：")
    items(["（一）以提供虚假材料等不正当手段取得合作区确认的；",
           "（二）未按照规定报送年度运营情况或者报送信息严重失实的；",
           "（三）发生重大安全生产事故或者严重损害国家形象，造成恶劣影响的。"])
    art("第二十六条", "被取消合作区确认资格的实施企业，自取消之日起3年内不得再次申请合作区确认。")
    art("第二十七条", "商务主管部门及其工作人员在合作区管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分。")

    chapter(doc, "第五章" + FW + "附" + FW * 2 + "则")
    art("第二十八条", "在香港特别行政区、澳门特别行政区和台湾地区建设的经贸合作园区，参照本规定执行。")
    art("第二十九条", "本规定由商务部负责解释。")
    art("第三十条", "本规定自2026年5月1日起施行。商务部、财政部2015年8月20日发布的"
        "《境外经济贸易合作区确认考核和年度考核管理办法》（商合发〔2015〕307号）同时废止。")

    stem = "blind717_shangwubu_buling"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    order = {
        "meta": {
            "title": "中华人民共和国商务部令",
            "doc_number": "商务部令2026年第3号",
            "issuer": ["商务部"],
            "date": "2026-03-18",
            "published": "2026-03-18",
            "level": "national",
            "region": "全国",
            "effective": "2026-05-01",
            "expires": None,
            "attachments": [],
            "doc_type": "令",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": [order_text],
    }
    reg = {
        "meta": {
            "title": "境外经贸合作区管理规定",
            "doc_number": "商务部令2026年第3号",
            "issuer": ["商务部"],
            "date": "2026-03-18",
            "published": "2026-03-18",
            "level": "national",
            "region": "全国",
            "effective": "2026-05-01",
            "expires": None,
            "attachments": [],
            "doc_type": "规定",
            "recipients": [],
            "publicity": None,
            "repeals": "《境外经济贸易合作区确认考核和年度考核管理办法》（商合发〔2015〕307号）",
        },
        "clauses": reg_clauses,
    }
    return stem, [order, reg]


# ================================================================ 海关总署令
def make_customs():
    doc = Document()
    setup_page(doc)
    add_page_number(doc, "plain")
    num_id = add_chinese_numbering(doc)
    reg_clauses = []

    add_runs(doc, [("海关总署令", XBS, 36, False, RED)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=48)
    add_runs(doc, [("第281号", FS, 16, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    empty(doc, 1)
    order_text = ("《中华人民共和国海关综合保税区跨境电子商务零售进出口商品监管规定》"
                  "已于2026年2月26日经海关总署署务会议审议通过，现予公布，自2026年4月1日起施行。")
    body(doc, order_text)
    empty(doc, 2)
    # 署长 / date in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (ri, ci, txt) in [(0, 1, "署长" + FW + "赵" + FW + "宁"), (1, 1, "2026年3月5日")]:
        c = t.cell(ri, ci)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = c.paragraphs[0].add_run(txt)
        set_font(r, FS, 16)
    # quirk: empty paragraphs instead of a page break
    empty(doc, 9)

    # title over two lines with a soft line break
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    r = p.add_run("中华人民共和国海关综合保税区跨境电子商务")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("零售进出口商品监管规定")
    set_font(r, XBS, 22)
    # 题注
    add_runs(doc, [("（2026年3月5日海关总署令第281号公布" + FW + "自2026年4月1日起施行）", KT, 16, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc, 1)

    def art(num, text, sep=FW, split_at=None):
        reg_clauses.append(article(doc, num, sep, text, split_at))

    def para(text):
        body(doc, text)
        reg_clauses.append(text)

    chapter(doc, "第一章" + FW + "总" + FW + "则")
    art("第一条", "为了规范海关对综合保税区内跨境电子商务零售进出口商品的监管，促进跨境电子商务健康发展，"
        "根据《中华人民共和国海关法》及有关法律、行政法规，制定本规定。")
    art("第二条", "本规定适用于海关对综合保税区（以下简称综保区）内开展的跨境电子商务零售进口网购保税"
        "（以下简称网购保税进口）、跨境电子商务零售出口海外仓以及特殊区域出口等业务的监管。")
    art("第三条", "参与综保区跨境电子商务零售进出口业务的跨境电子商务企业、跨境电子商务平台企业、支付企业、"
        "物流企业以及区内仓储企业等（以下统称参与企业），应当依法向所在地海关办理注册登记或者信息登记，"
        "并按照规定传输交易、支付、物流等电子信息。", split_at=40)

    chapter(doc, "第二章" + FW + "网购保税进口")
    art("第四条", "网购保税进口商品应当存放在综保区内经海关验收的专用仓储场所，并实施信息化系统管理，"
        "实现商品入区、存储、出区全流程数据可追溯。")
    art("第五条", "网购保税进口商品从境外入区时，区内仓储企业应当向海关申报进境备案清单；"
        "商品出区销售给境内消费者时，跨境电子商务企业境内代理人或者其委托的报关企业应当向海关申报"
        "《中华人民共和国海关跨境电子商务零售进出口商品申报清单》。")
    art("第六条", "网购保税进口商品在区内可以进行下列作业：")
    for txt in ["分拣、分装、贴标、打包；",
                "品质检验和抽样检测；",
                "退货商品的查验、整理和重新上架。"]:
        numbered_item(doc, num_id, txt)
    reg_clauses += ["（一）分拣、分装、贴标、打包；",
                    "（二）品质检验和抽样检测；",
                    "（三）退货商品的查验、整理和重新上架。"]
    art("第七条", "符合条件的网购保税进口商品可以在综保区内开展跨境电子商务退货，"
        "退货商品应当在原申报清单放行之日起30日内申请退货，并在45日内运抵原综保区。")
    art("第八条", "网购保税进口商品不得进入境内市场再次销售；需要转为一般贸易进口的，"
        "应当按照规定办理相关手续并缴纳税款。")

    chapter(doc, "第三章" + FW + "出口监管")
    art("第九条", "在综保区内开展跨境电子商务出口海外仓业务的，企业应当向海关办理出口海外仓业务模式备案，"
        "并按照规定申报。")
    art("第十条", "境内区外货物进入综保区用于跨境电子商务特殊区域出口的，视同出口，按照规定办理出口退税。")
    art("第十一条", "对综保区跨境电子商务出口商品，海关可以采取“提前申报”“抵港直装”等便利措施，"
        "支持通过中欧班列等国际物流通道运输出境。")

    chapter(doc, "第四章" + FW + "法律责任")
    art("第十二条", "参与企业违反本规定，构成走私行为、违反海关监管规定行为或者其他违反海关法行为的，"
        "由海关依照《中华人民共和国海关法》和《中华人民共和国海关行政处罚实施条例》的有关规定予以处理；"
        "构成犯罪的，依法追究刑事责任。")
    art("第十三条", "区内仓储企业未按照规定实施信息化系统管理，或者数据无法追溯的，由海关责令改正，给予警告；"
        "拒不改正的，可以暂停其开展网购保税进口业务。")

    chapter(doc, "第五章" + FW + "附" + FW + "则")
    art("第十四条", "本规定中下列用语的含义：")
    para("“跨境电子商务企业”，是指自境外向境内消费者销售跨境电子商务零售进口商品的境外注册企业，"
         "或者境内向境外消费者销售跨境电子商务零售出口商品的企业。")
    para("“区内仓储企业”，是指在综保区内注册，为网购保税进口商品提供仓储、分拣等服务的企业。")
    art("第十五条", "保税物流中心（B型）内开展跨境电子商务零售进出口业务的监管，参照本规定执行。")
    art("第十六条", "本规定由海关总署负责解释。")
    art("第十七条", "本规定自2026年4月1日起施行。2020年3月1日海关总署令第247号公布的"
        "《中华人民共和国海关综合保税区网购保税进口商品监管暂行办法》同时废止。")

    stem = "blind717_haiguan_zongshuling"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    title = "中华人民共和国海关综合保税区跨境电子商务零售进出口商品监管规定"
    order = {
        "meta": {
            "title": "海关总署令",
            "doc_number": "海关总署令第281号",
            "issuer": ["海关总署"],
            "date": "2026-03-05",
            "published": "2026-03-05",
            "level": "national",
            "region": "全国",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [],
            "doc_type": "令",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": [order_text],
    }
    reg = {
        "meta": {
            "title": title,
            "doc_number": "海关总署令第281号",
            "issuer": ["海关总署"],
            "date": "2026-03-05",
            "published": "2026-03-05",
            "level": "national",
            "region": "全国",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [],
            "doc_type": "规定",
            "recipients": [],
            "publicity": None,
            "repeals": "《中华人民共和国海关综合保税区网购保税进口商品监管暂行办法》（海关总署令第247号）",
        },
        "clauses": reg_clauses,
    }
    return stem, [order, reg]


def main():
    expected = {}
    for fn in (make_mofcom, make_customs):
        stem, docs = fn()
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
