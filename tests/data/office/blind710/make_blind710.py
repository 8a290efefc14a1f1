# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 710 blind test documents: 省级自贸试验区2026年工作要点 (通知 + 要点)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_run(run, font, size, bold=False, color=None, ascii_font=None):
    run.font.name = ascii_font or font
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), font)
    if ascii_font:
        rfonts.set(qn("w:ascii"), ascii_font)
        rfonts.set(qn("w:hAnsi"), ascii_font)
    return run


def fmt(p, align=None, first=None, left=None, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", font=FS, size=16, bold=False, align=None, first=32,
         left=None, exact=28, color=None, ascii_font=None):
    p = doc.add_paragraph()
    fmt(p, align=align, first=first, left=left, exact=exact)
    if text:
        set_run(p.add_run(text), font, size, bold, color, ascii_font)
    return p


def empty(doc, n=1, exact=28):
    for _ in range(n):
        para(doc, "", first=0, exact=exact)


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(pbdr)
    pbdr.append(parse_xml(
        '<w:%s %s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
        % (side, nsdecls("w"), sz, color)))


def setup_page(doc):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    add_page_number(s)


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(p.add_run("— "), "宋体", 14, ascii_font="宋体")
    r = set_run(p.add_run(), "宋体", 14, ascii_font="宋体")
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = set_run(p.add_run(), "宋体", 14, ascii_font="宋体")
    r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = set_run(p.add_run(), "宋体", 14, ascii_font="宋体")
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    set_run(p.add_run("1"), "宋体", 14, ascii_font="宋体")
    r = set_run(p.add_run(), "宋体", 14, ascii_font="宋体")
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    set_run(p.add_run(" —"), "宋体", 14, ascii_font="宋体")


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align=align, first=0, exact=20)
    set_run(p.add_run(text), font, size, bold)


def table_borders(table, inner=True):
    tblpr = table._tbl.tblPr
    inside = ('<w:insideH w:val="single" w:sz="4" w:color="000000"/>'
              '<w:insideV w:val="single" w:sz="4" w:color="000000"/>') if inner else (
              '<w:insideH w:val="nil"/><w:insideV w:val="nil"/>')
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="4" w:color="000000"/>'
        '<w:left w:val="single" w:sz="4" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="4" w:color="000000"/>'
        '<w:right w:val="single" w:sz="4" w:color="000000"/>%s</w:tblBorders>'
        % (nsdecls("w"), inside)))


def no_borders(table):
    table._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def add_decimal_numbering(doc, num_id=71):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_710", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def resp(lead, coop=None, label="牵头单位"):
    if coop:
        return "（%s：%s；配合单位：%s）" % (label, lead, coop)
    return "（%s：%s）" % (label, lead)


# ================================================================ 湖北
HB_SECTIONS = [
    ("一、实施提升战略，强化制度创新引领", [
        ("制定出台湖北自贸试验区提升行动方案，明确2026—2028年重点任务、责任分工和推进路径。对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，在货物贸易、服务贸易、数字贸易等领域开展压力测试。",
         resp("省商务厅", "省发展改革委、省司法厅，各片区管委会")),
        ("推动修订《中国（湖北）自由贸易试验区条例》，完成立法后评估，形成修订草案送审稿。",
         resp("省司法厅、省商务厅", "各片区管委会")),
        ("围绕产业链供应链创新链融合发展开展差异化探索，全年形成省级制度创新成果30项以上，力争5项以上在全国复制推广。",
         resp("省商务厅", "省直有关部门，各片区管委会")),
        ("建立首创性改革事项储备库，实行“谋划一批、实施一批、总结一批”滚动管理。",
         resp("省商务厅", "各片区管委会")),
        ("推进自贸试验区联动创新区建设，年内新认定省级联动创新区3至5个。建立改革试点经验同步复制机制，推动成熟经验在全省落地。",
         resp("省商务厅", "省发展改革委，有关市、州人民政府")),
        ("推动自贸试验区与武汉东湖综合保税区、宜昌综合保税区等海关特殊监管区域统筹发展，推进政策叠加、功能互补、协同联动。",
         resp("省商务厅、武汉海关", "武汉市、宜昌市人民政府，各片区管委会")),
    ]),
    ("二、推进贸易投资自由化便利化", [
        ("深化国际贸易“单一窗口”建设，拓展跨境贸易、物流、金融、政务服务等特色功能，主要业务应用率保持100%。",
         resp("省商务厅", "武汉海关、省交通运输厅、人民银行湖北省分行")),
        ("深入推进武汉、襄阳、宜昌、黄石等跨境电商综合试验区建设，推广“跨境电商+产业带”发展模式，支持企业建设海外仓。全年跨境电商进出口额增长15%以上。",
         resp("省商务厅", "武汉海关、省邮政管理局，有关市人民政府")),
        ("扩大中欧班列（武汉）开行规模，加密至中亚、东南亚线路，推动班列与长江航运、航空货运多式联运。全年开行中欧班列1200列以上。",
         resp("省发展改革委", "省交通运输厅、武汉海关、中国铁路武汉局集团有限公司，武汉市人民政府")),
        ("支持综合保税区内企业开展保税维修、保税研发、保税检测等新业态，争取新增保税维修产品目录5项以上。",
         resp("省商务厅", "武汉海关、省生态环境厅")),
        ("推广“提前申报”“两步申报”“船边直提”“抵港直装”等通关模式，持续压缩进出口整体通关时间。",
         resp("武汉海关", "省商务厅、省交通运输厅")),
        ("推进阳逻港、宜昌白洋港等港口智慧化改造，深化江海联运、铁水联运“一单制”改革。",
         resp("省交通运输厅", "省发展改革委、武汉海关，武汉市、宜昌市人民政府")),
        ("全面落实外商投资准入前国民待遇加负面清单管理制度，严格执行外商投资安全审查、外商投资信息报告制度。",
         resp("省发展改革委、省商务厅", "省市场监管局")),
        ("举办湖北自贸试验区全球招商推介活动，全年新设外商投资企业300家以上，实际使用外资保持增长。",
         resp("省商务厅", "省投资促进局，各片区管委会")),
        ("落实跨境服务贸易负面清单管理制度，推动在专业服务、文化旅游、医疗健康等领域扩大开放。",
         resp("省商务厅", "省文化和旅游厅、省卫生健康委")),
        ("研究制定自贸试验区数据出境负面清单，探索建立数据跨境流动“白名单”制度。",
         resp("省委网信办", "省数据局、省商务厅，武汉片区管委会")),
    ]),
    ("三、推动金融领域开放创新", [
        ("深化跨境贸易投资高水平开放试点，扩大优质企业贸易外汇收支便利化政策覆盖面。",
         resp("国家外汇管理局湖北省分局", "省委金融办，各片区管委会")),
        ("推进本外币合一银行结算账户体系试点，扩大试点银行范围。",
         resp("人民银行湖北省分行")),
        ("扩大合格境外有限合伙人（QFLP）试点规模，支持符合条件的外资股权投资机构在自贸试验区落户。",
         resp("省委金融办", "省市场监管局、国家外汇管理局湖北省分局")),
        ("发展供应链金融，支持金融机构依托中欧班列、跨境电商等场景开发专属信贷产品。扩大出口信用保险覆盖面，全年承保金额增长10%以上。",
         resp("省委金融办", "国家金融监督管理总局湖北监管局、中国出口信用保险公司湖北分公司")),
        ("推动人民币在跨境贸易和投资中的使用，开展跨境人民币结算便利化试点。",
         resp("人民银行湖北省分行", "省商务厅")),
        ("深化知识产权质押融资，推广“科技贷”“知担贷”等金融产品。",
         resp("省知识产权局", "省科技厅、国家金融监督管理总局湖北监管局")),
    ]),
    ("四、推动重点产业创新发展", [
        ("支持武汉片区围绕光电子信息、集成电路等产业开展全产业链开放创新，推进“光谷科创大走廊”协同创新。",
         resp("武汉片区管委会", "省经信厅、省科技厅")),
        ("落实生物医药研发用物品进口“白名单”制度，扩大试点企业范围，缩短研发用物品通关时间。",
         resp("省商务厅、武汉海关", "省药监局")),
        ("支持襄阳片区发展新能源汽车及零部件出口，推进二手车出口业务扩量提质。",
         resp("襄阳片区管委会", "省商务厅、省公安厅、武汉海关")),
        ("支持宜昌片区推进磷化工产业绿色转型，探索生态产品价值实现和碳排放权交易机制创新。",
         resp("宜昌片区管委会", "省生态环境厅、省经信厅")),
        ("推动自贸试验区与鄂州花湖国际机场联动发展，拓展国际航空货运航线，发展航空物流和临空产业。",
         resp("省发展改革委", "省交通运输厅、武汉海关，鄂州市人民政府")),
        ("发展数字经济，建设跨境数据服务平台，培育一批数字贸易重点企业。",
         resp("省数据局", "省商务厅、省经信厅")),
        ("完善知识产权保护体系，推进知识产权快速维权中心建设，探索海外知识产权纠纷应对指导机制。",
         resp("省知识产权局", "省市场监管局、省高级人民法院")),
        ("实施自贸试验区高层次人才引进计划，落实外籍人才工作许可、居留许可“一窗受理、并联审批”。",
         resp("省人社厅", "省科技厅、省公安厅")),
    ]),
    ("五、持续优化营商环境", [
        ("推进“高效办成一件事”改革，在自贸试验区率先推出一批集成服务场景。",
         resp("省政务管理办", "省直有关部门，各片区管委会")),
        ("深化商事登记确认制改革，推行经营主体登记“全程网办”。",
         resp("省市场监管局")),
        ("推行包容审慎监管，动态调整轻微违法行为不予行政处罚清单。",
         resp("省司法厅", "省市场监管局、省生态环境厅等行政执法部门")),
        ("推进武汉国际商事调解中心建设，健全诉讼、仲裁、调解有机衔接的国际商事纠纷多元化解机制。",
         resp("省司法厅", "省高级人民法院、武汉仲裁委员会")),
        ("健全以信用为基础的新型监管机制，推进信用分级分类监管。",
         resp("省发展改革委", "省市场监管局")),
        ("建立健全自贸试验区风险防控体系，加强对重点领域、重点环节的风险监测预警。",
         resp("省商务厅", "省委金融办、武汉海关、省公安厅")),
    ]),
    ("六、强化组织实施保障", [
        ("充分发挥省自贸试验区工作领导小组统筹协调作用，定期召开领导小组会议，研究解决重大问题。",
         resp("省商务厅")),
        ("持续向自贸试验区下放省级管理权限，开展赋权事项承接评估，确保放得下、接得住、管得好。",
         resp("省委编办、省司法厅", "省直有关部门，各片区管委会")),
        ("加强自贸试验区制度创新案例总结宣传，编印年度最佳实践案例集。",
         resp("省商务厅", "省委宣传部，各片区管委会")),
        ("完善自贸试验区统计监测制度，按季度报送主要经济指标。年底前完成年度工作评估。",
         resp("省统计局、省商务厅", "各片区管委会")),
    ]),
]

HB_INTRO = ("2026年是“十五五”开局之年，也是中国（湖北）自由贸易试验区深入实施提升战略的关键之年。"
            "为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，全面落实省委、省政府工作要求，"
            "持续推进高水平制度型开放，现制定本工作要点。")
HB_NOTICE = [
    "《中国（湖北）自由贸易试验区2026年工作要点》已经省人民政府同意，现印发给你们，请结合实际认真组织实施。",
    "各牵头单位要会同配合单位细化工作举措，明确时间节点，于每季度结束后5个工作日内将工作进展情况报送省自贸试验区工作领导小组办公室（省商务厅）。",
]


def build_hubei():
    stem = "blind710_hubei_tongzhi"
    doc = Document()
    setup_page(doc)
    empty(doc, 2)
    p = para(doc, "湖北省人民政府办公厅文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER,
             first=0, exact=60, color=RED)
    empty(doc, 1)
    p = para(doc, "鄂政办发〔2026〕9号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0,
             ascii_font="Times New Roman")
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    # title with a soft line break
    p = para(doc, "", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    r = set_run(p.add_run("湖北省人民政府办公厅关于印发"), XBS, 22)
    r.add_break()
    set_run(p.add_run("中国（湖北）自由贸易试验区2026年工作要点的通知"), XBS, 22)
    empty(doc, 1)
    para(doc, "各市、州、县人民政府，省政府各部门：", first=0)
    for t in HB_NOTICE:
        para(doc, t)
    empty(doc, 1)
    para(doc, "附件：中国（湖北）自由贸易试验区2026年工作要点")
    empty(doc, 2)
    # manual-space 落款
    para(doc, "　　　　　　　　　　　　　　湖北省人民政府办公厅", first=0)
    para(doc, "　　　　　　　　　　　　　　　　2026年2月12日", first=0)
    para(doc, "　　（此件公开发布）", first=0)
    page_break(doc)

    # 附件
    para(doc, "附件", HT, 16, first=0)
    empty(doc, 1)
    p = para(doc, "", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    r = set_run(p.add_run("中国（湖北）自由贸易试验区"), XBS, 22)
    r.add_break()
    set_run(p.add_run("2026年工作要点"), XBS, 22)
    empty(doc, 1)
    para(doc, HB_INTRO)
    clauses = [HB_INTRO]
    n = 0
    for head, items in HB_SECTIONS:
        para(doc, head, HT, 16)
        for text, rsp in items:
            n += 1
            p = para(doc)
            set_run(p.add_run("%d." % n), FS, 16, ascii_font="Times New Roman")
            set_run(p.add_run(text), FS, 16)
            if n % 7 == 3:
                # bracket split over runs, as happens after editing
                set_run(p.add_run(rsp[:1]), FS, 16)
                set_run(p.add_run(rsp[1:6]), FS, 16)
                set_run(p.add_run(rsp[6:]), FS, 16)
            else:
                set_run(p.add_run(rsp), FS, 16)
            clauses.append("%d.%s%s" % (n, text, rsp))
    assert n == 40, n
    empty(doc, 2)
    # 版记
    p = para(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，湖北军区。",
             FS, 14, first=0, left=14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "  湖北省人民政府办公厅                        2026年2月13日印发", FS, 14, first=0)
    border(p, "bottom", "000000", 8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta_common = dict(issuer=["湖北省人民政府办公厅"], date="2026-02-12", published=None,
                       level="provincial", region="湖北省", effective=None, expires=None,
                       repeals=None)
    exp = [
        {"meta": dict(title="湖北省人民政府办公厅关于印发中国（湖北）自由贸易试验区2026年工作要点的通知",
                      doc_number="鄂政办发〔2026〕9号",
                      attachments=["中国（湖北）自由贸易试验区2026年工作要点"],
                      doc_type="通知",
                      recipients=["各市、州、县人民政府", "省政府各部门"],
                      publicity="此件公开发布", **meta_common),
         "clauses": list(HB_NOTICE)},
        {"meta": dict(title="中国（湖北）自由贸易试验区2026年工作要点", doc_number=None,
                      attachments=[], doc_type="工作要点", recipients=[], publicity=None,
                      **meta_common),
         "clauses": clauses},
    ]
    return stem, path, exp


# ================================================================ 四川
SC_SECTIONS = [
    ("一、加快推进制度型开放", [
        ("全面对接国际高标准经贸规则，在成都天府新区片区开展数字贸易、知识产权、政府采购等领域先行先试。年内形成规则对接试点成果10项以上。",
         resp("省商务厅", "省委网信办、省知识产权中心、省财政厅，成都天府新区片区管委会")),
        ("制定中国（四川）自由贸易试验区提升行动实施方案，推动出台支持自贸试验区高质量发展的政策措施。",
         resp("省商务厅", "省发展改革委、省财政厅，各片区管委会")),
        ("深化自贸试验区协同改革先行区建设，推动绵阳、德阳、宜宾等协同改革先行区与自贸试验区同步复制改革经验。",
         resp("省商务厅", "有关市人民政府")),
        ("强化首创性、差异化改革探索，全年总结形成省级制度创新成果25项以上。",
         resp("省商务厅", "各片区管委会")),
        ("开展自贸试验区建设第三方评估，评估结果作为年度目标绩效考核的重要参考。",
         resp("省商务厅", "省政府目标绩效办")),
    ]),
    ("二、提升国际物流通道能级", [
        ("高质量推进中欧班列（成渝）建设，优化班列线路和运行组织，推动班列开行量保持全国前列。",
         resp("省发展改革委", "省经济和信息化厅、成都海关、中国铁路成都局集团有限公司")),
        ("推进西部陆海新通道建设，加密成都至北部湾港、至东盟的铁海联运班列，拓展“蓉欧+东盟”国际班列线路。",
         resp("省发展改革委", "省交通运输厅、成都海关，成都市、泸州市人民政府")),
        ("提升成都国际铁路港综合服务能力，推进进境肉类、粮食等指定监管场地扩大业务规模。",
         resp("成都青白江铁路港片区管委会", "成都海关")),
        ("推进川南临港片区泸州港、宜宾港联动发展，深化长江“水铁公”多式联运。",
         resp("川南临港片区管委会", "省交通运输厅，泸州市、宜宾市人民政府")),
        ("推动成都双流、天府国际机场航空货运发展，新开加密国际全货机航线。落实航空口岸7×24小时通关保障。",
         resp("省发展改革委、成都海关", "民航西南地区管理局，成都市人民政府")),
    ]),
    ("三、推动贸易投资便利化", [
        ("深化跨境电商综合试验区建设，支持成都、泸州、德阳等综试区发展跨境电商B2B出口和海外仓业务。",
         resp("省商务厅", "成都海关，有关市人民政府")),
        ("推动成都高新综合保税区、成都国际铁路港综合保税区等开展保税维修、保税研发和融资租赁业务，提升综合保税区发展绩效。",
         resp("省商务厅", "成都海关、省财政厅、四川省税务局")),
        ("推广进口货物“先放后检”、出口货物“抵港直装”等监管创新，巩固压缩整体通关时间成效。",
         resp("成都海关", label="责任单位")),
        ("落实外商投资准入前国民待遇加负面清单管理制度，建立重点外资项目“一项目一专班”服务机制。全年新设外商投资企业增长5%以上。",
         resp("省商务厅", "省发展改革委、省市场监管局")),
        ("扩大服务业开放，支持在医疗、教育、文化等领域引进外资项目。",
         resp("省商务厅", "省卫生健康委、省教育厅、省文化和旅游厅")),
    ]),
    ("四、深化金融开放创新", [
        ("开展跨境贸易投资高水平开放试点，推进资本项目收入支付便利化。",
         resp("国家外汇管理局四川省分局")),
        ("支持自贸试验区内企业开展跨境人民币融资、跨境双向人民币资金池业务。",
         resp("人民银行四川省分行", "省委金融办")),
        ("推动金融机构创新中欧班列运单融资、仓单质押融资等产品，缓解外贸中小企业融资难题。",
         resp("省委金融办", "人民银行四川省分行、国家金融监督管理总局四川监管局")),
        ("推进天府国际基金小镇发展，扩大合格境外有限合伙人（QFLP）试点。",
         resp("省委金融办", "成都天府新区片区管委会")),
    ]),
    ("五、优化营商环境和强化保障", [
        ("深化“放管服”改革，推进“一业一证”“证照分离”改革全覆盖。",
         resp("省市场监管局", "省政府政务服务和公共资源交易服务中心")),
        ("健全国际商事纠纷多元化解机制，支持天府中央法务区建设。",
         resp("省司法厅", "省高级人民法院，成都市人民政府")),
        ("继续下放省级管理权限，做好赋权事项承接和动态评估。",
         resp("省委编办、省司法厅", "省直有关部门")),
        ("加强风险防控，健全自贸试验区风险防控清单管理和定期排查机制。",
         resp("省商务厅", "省委金融办、成都海关、省公安厅")),
        ("强化督促落实，每半年通报一次工作进展，对工作推进不力的予以督办。年底前将工作完成情况报送省政府。",
         resp("省商务厅", "省政府督查室")),
    ]),
]
SC_INTRO = ("为深入实施自由贸易试验区提升战略，推动中国（四川）自由贸易试验区高质量发展，"
            "更好服务和融入新发展格局，制定本工作要点。")
SC_NOTICE = [
    "经省政府同意，现将《中国（四川）自由贸易试验区2026年工作要点》印发给你们，请结合实际认真贯彻落实。",
    "各牵头单位要切实履行牵头责任，配合单位要主动协同，确保各项任务按期完成。工作中遇到的重大问题，请及时报告省自贸试验区工作领导小组办公室。",
]


def build_sichuan():
    stem = "blind710_sichuan_tongzhi"
    doc = Document()
    setup_page(doc)
    num_id = add_decimal_numbering(doc)
    empty(doc, 1)
    # 版头 in a layout table
    t = doc.add_table(rows=2, cols=1)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.text = ""
    p = fmt(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=64)
    set_run(p.add_run("四川省人民政府办公厅文件"), XBS, 36, color=RED)
    c = t.cell(1, 0)
    c.text = ""
    p = fmt(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=40)
    set_run(p.add_run("川办函〔2026〕8号"), FS, 16, ascii_font="Times New Roman")
    c._tc.get_or_add_tcPr().append(parse_xml(
        '<w:tcBorders %s><w:bottom w:val="single" w:sz="18" w:color="FF0000"/></w:tcBorders>' % nsdecls("w")))
    empty(doc, 2)
    p = para(doc, "", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    set_run(p.add_run("四川省人民政府办公厅"), XBS, 22)
    set_run(p.add_run("关于印发《中国（四川）自由贸易试验区"), XBS, 22)
    set_run(p.add_run("2026年工作要点》的通知"), XBS, 22)
    empty(doc, 1)
    para(doc, "各市（州）人民政府，省政府各部门、各直属机构，有关单位：", first=0)
    for t_ in SC_NOTICE:
        para(doc, t_)
    empty(doc, 1)
    # 附件 list with hanging alignment by spaces
    para(doc, "附件：中国（四川）自由贸易试验区2026年工作要点")
    empty(doc, 2)
    # 落款 in a layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    for i, txt in enumerate(["四川省人民政府办公厅", "2026年3月4日"]):
        cell = t.cell(i, 1)
        cell.text = ""
        p = fmt(cell.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
        set_run(p.add_run(txt), FS, 16)
    para(doc, "（此件公开发布）", first=32)
    page_break(doc)

    para(doc, "附件", HT, 16, first=0)
    empty(doc)
    p = para(doc, "中国（四川）自由贸易试验区2026年工作要点", XBS, 22, first=0,
             align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    empty(doc)
    para(doc, SC_INTRO)
    clauses = [SC_INTRO]
    n = 0
    for head, items in SC_SECTIONS:
        p = para(doc)
        set_run(p.add_run(head), HT, 16, bold=True)
        for text, rsp in items:
            n += 1
            p = para(doc)
            p.paragraph_format.first_line_indent = None
            set_num(p, num_id)
            set_run(p.add_run(text), FS, 16)
            clauses.append("%d.%s" % (n, text))
            # responsibility note on its own line
            p = para(doc, rsp, KT, 16, first=32)
            clauses.append(rsp)
    assert n == 24, n
    empty(doc, 2)
    # 版记 as a 2-row table with horizontal rules only
    t = doc.add_table(rows=2, cols=2)
    t._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))
    a = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(a, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，省法院，省检察院。", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(1, 0), "四川省人民政府办公厅", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(1, 1), "2026年3月5日印发", FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta_common = dict(issuer=["四川省人民政府办公厅"], date="2026-03-04", published=None,
                       level="provincial", region="四川省", effective=None, expires=None,
                       repeals=None)
    exp = [
        {"meta": dict(title="四川省人民政府办公厅关于印发《中国（四川）自由贸易试验区2026年工作要点》的通知",
                      doc_number="川办函〔2026〕8号",
                      attachments=["中国（四川）自由贸易试验区2026年工作要点"],
                      doc_type="通知",
                      recipients=["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"],
                      publicity="此件公开发布", **meta_common),
         "clauses": list(SC_NOTICE)},
        {"meta": dict(title="中国（四川）自由贸易试验区2026年工作要点", doc_number=None,
                      attachments=[], doc_type="工作要点", recipients=[], publicity=None,
                      **meta_common),
         "clauses": clauses},
    ]
    return stem, path, exp


# ================================================================ 河南
HN_TARGET_HEAD = ["序号", "指标", "2026年目标", "责任单位"]
HN_TARGETS = [
    ["1", "省级制度创新成果", "20项以上", "省商务厅"],
    ["2", "实际使用外资", "增长5%以上", "省商务厅"],
    ["3", "跨境电商进出口额", "增长10%以上", "省商务厅、郑州海关"],
    ["4", "中欧班列（中豫号）开行量", "1000列以上", "省发展改革委"],
    ["5", "郑州机场货邮吞吐量", "80万吨以上", "省机场集团"],
]
HN_SECTIONS = [
    ("二、深化制度创新", [
        ("实施自贸试验区提升战略，制定出台河南自贸试验区提升行动方案。",
         resp("省商务厅", "省发展改革委、省司法厅，各片区管委会")),
        ("聚焦“两体系、一枢纽”战略定位，在政府治理、投资贸易、多式联运等领域开展集成化改革探索。年内形成制度创新成果20项以上。",
         resp("省商务厅", "省直有关部门，郑州、开封、洛阳片区管委会")),
        ("推进自贸试验区联动创新区建设，支持许昌、南阳等联动创新区复制推广改革试点经验。",
         resp("省商务厅", "有关省辖市人民政府")),
        ("推动开封片区深化“放管服”改革，打造“一枚印章管审批”升级版。",
         resp("开封片区管委会", "省行政审批和政务信息管理局")),
        ("推动洛阳片区建设国际文化旅游创新发展区，探索文物保护利用和文旅融合改革。",
         resp("洛阳片区管委会", "省文化和旅游厅、省文物局")),
    ]),
    ("三、推进贸易投资便利化", [
        ("深化跨境电商零售进口“1210”模式创新，推广“网购保税+实体新零售”模式。支持郑州建设跨境电商国际枢纽。",
         resp("省商务厅", "郑州海关，郑州市人民政府")),
        ("推动中欧班列（中豫号）扩量提质，加密至欧洲、中亚方向线路，发展班列运贸一体化。",
         resp("省发展改革委", "郑州海关、河南中豫国际港务集团有限公司")),
        ("深化郑州—卢森堡“空中丝绸之路”建设，拓展国际货运航线网络。",
         resp("省发展改革委", "省机场集团、郑州航空港经济综合实验区管委会")),
        ("推进郑州新郑综合保税区、郑州经开综合保税区高质量发展，支持开展保税维修、保税研发和保税展示交易。",
         resp("省商务厅", "郑州海关、省财政厅")),
        ("推进多式联运“一单制”改革，探索多式联运提单物权化。",
         resp("省交通运输厅", "省发展改革委、郑州海关")),
        ("落实外商投资准入前国民待遇加负面清单管理制度，组织开展自贸试验区专题招商活动。",
         resp("省商务厅", "省发展改革委")),
        ("拓展国际贸易“单一窗口”功能，推广“两步申报”“提前申报”等通关模式。",
         resp("郑州海关", "省商务厅")),
    ]),
    ("四、推进金融创新和营商环境优化", [
        ("深化跨境贸易投资高水平开放试点，扩大贸易外汇收支便利化试点范围。",
         resp("国家外汇管理局河南省分局")),
        ("支持郑州商品交易所在自贸试验区开展期货保税交割业务，扩大保税交割品种。",
         resp("省委金融办", "郑州海关、郑州商品交易所")),
        ("推广“信易贷”模式，支持金融机构为外贸企业提供供应链融资服务。",
         resp("省委金融办", "人民银行河南省分行、省发展改革委")),
        ("深化商事制度改革，推进经营主体登记注册便利化。",
         resp("省市场监管局")),
        ("健全国际商事纠纷多元化解机制，支持郑州国际商事调解中心发展。",
         resp("省司法厅", "省高级人民法院")),
    ]),
    ("五、强化保障措施", [
        ("发挥省自贸试验区建设领导小组统筹作用，强化省直部门与片区协调联动。",
         resp("省商务厅")),
        ("加强自贸试验区风险防控，健全风险排查和处置机制。",
         resp("省商务厅", "省委金融办、郑州海关、省公安厅")),
        ("强化考核评估，将自贸试验区建设纳入年度目标考核。各片区每季度末向领导小组办公室报送工作进展。",
         resp("省商务厅", "省统计局，各片区管委会")),
    ]),
]
HN_INTRO = ("2026年全省自贸试验区工作的总体要求是：坚持以制度创新为核心，以可复制可推广为基本要求，"
            "深入实施自贸试验区提升战略，加快建设“两体系、一枢纽”，为全省高水平对外开放提供有力支撑。")
HN_TARGET_LEAD = "全年力争实现以下主要目标："
HN_NOTICE = [
    "《2026年中国（河南）自由贸易试验区建设工作要点》已经省政府同意，现印发给你们，请认真贯彻执行。",
    "各牵头单位要切实履行牵头责任，配合单位要积极支持配合，于2026年6月30日、12月20日前分别将半年、全年工作进展情况报送省自贸试验区建设领导小组办公室（设在省商务厅）。",
    "联系人：省商务厅自贸试验区处　张明远；电话：0371－63945127。",
]


def build_henan():
    stem = "blind710_henan_tongzhi"
    doc = Document()
    setup_page(doc)
    empty(doc, 2)
    para(doc, "河南省人民政府办公厅", XBS, 44, align=WD_ALIGN_PARAGRAPH.CENTER, first=0,
         exact=56, color=RED)
    empty(doc, 1)
    p = para(doc, "豫政办〔2026〕11号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    border(p, "bottom", "FF0000", 24)
    empty(doc, 1)
    p = para(doc, "", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    r = set_run(p.add_run("河南省人民政府办公厅"), XBS, 22)
    r.add_break()
    r = set_run(p.add_run("关于印发2026年中国（河南）自由贸易试验区"), XBS, 22)
    r.add_break()
    set_run(p.add_run("建设工作要点的通知"), XBS, 22)
    empty(doc, 1)
    para(doc, "各省辖市人民政府、济源示范区管委会、航空港区管委会，省人民政府各部门：", first=0)
    for t_ in HN_NOTICE:
        para(doc, t_)
    empty(doc, 1)
    para(doc, "附件：2026年中国（河南）自由贸易试验区建设工作要点")
    empty(doc, 3)
    p = para(doc, "河南省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    set_run(p.add_run("　　　"), FS, 16)
    p = para(doc, "2026年1月27日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    set_run(p.add_run("　　　　"), FS, 16)
    para(doc, "（此件公开发布）")
    page_break(doc)

    para(doc, "附件", HT, 16, first=0)
    empty(doc)
    p = para(doc, "", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    r = set_run(p.add_run("2026年中国（河南）自由贸易试验区"), XBS, 22)
    r.add_break()
    set_run(p.add_run("建设工作要点"), XBS, 22)
    empty(doc)
    para(doc, HN_INTRO)
    clauses = [HN_INTRO]
    para(doc, "一、主要目标", HT, 16)
    para(doc, HN_TARGET_LEAD)
    clauses.append(HN_TARGET_LEAD)
    t = doc.add_table(rows=1 + len(HN_TARGETS), cols=4)
    table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(HN_TARGET_HEAD):
        cell_text(t.cell(0, j), h, HT, 12)
    for i, row in enumerate(HN_TARGETS, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(HN_TARGET_HEAD, row)))
    empty(doc, 1, exact=14)
    n = 0
    for head, items in HN_SECTIONS:
        # heading typed as bold run in a plain paragraph
        p = para(doc)
        set_run(p.add_run(head), HT, 16, bold=True)
        for text, rsp in items:
            n += 1
            p = para(doc)
            set_run(p.add_run("%d．" % n), FS, 16)
            set_run(p.add_run(text), FS, 16)
            set_run(p.add_run(rsp), KT, 16)
            clauses.append("%d．%s%s" % (n, text, rsp))
    assert n == 20, n
    empty(doc, 2)
    p = para(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。",
             FS, 14, first=0, left=14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "  河南省人民政府办公厅                         2026年1月28日印发", FS, 14, first=0)
    border(p, "bottom", "000000", 8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta_common = dict(issuer=["河南省人民政府办公厅"], date="2026-01-27", published=None,
                       level="provincial", region="河南省", effective=None, expires=None,
                       repeals=None)
    exp = [
        {"meta": dict(title="河南省人民政府办公厅关于印发2026年中国（河南）自由贸易试验区建设工作要点的通知",
                      doc_number="豫政办〔2026〕11号",
                      attachments=["2026年中国（河南）自由贸易试验区建设工作要点"],
                      doc_type="通知",
                      recipients=["各省辖市人民政府", "济源示范区管委会", "航空港区管委会", "省人民政府各部门"],
                      publicity="此件公开发布", **meta_common),
         "clauses": list(HN_NOTICE)},
        {"meta": dict(title="2026年中国（河南）自由贸易试验区建设工作要点", doc_number=None,
                      attachments=[], doc_type="工作要点", recipients=[], publicity=None,
                      **meta_common),
         "clauses": clauses},
    ]
    return stem, path, exp


def main():
    expected = {}
    for build in (build_hubei, build_sichuan, build_henan):
        stem, path, exp = build()
        convert(path)
        expected[stem] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
